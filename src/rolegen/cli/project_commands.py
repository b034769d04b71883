"""Commands for a team's own project: init, and diff for reviewing changes."""

from __future__ import annotations

import click

from rolegen.cli.options import lang_option, roles_option


@click.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--empty", is_flag=True, help="Write the vocabularies only, no roles (and no example opening).")
@click.option("--site-name", default=None, help="Name of the guide, written into mkdocs.yml and the README.")
def init(directory: str, empty: bool, site_name: str | None) -> None:
    """Start a project for your own role guide in DIRECTORY (default: here).

    Writes rolegen.toml, roles/ with ten roles and their vocabularies (--empty:
    the vocabularies only), an example company and opening, mkdocs.yml,
    .gitignore, a README, GitHub Actions and GitLab CI files, and editor
    schemas. Never overwrites a file: one that exists is kept and named.
    """
    import os
    from pathlib import Path

    from rolegen import safetext
    from rolegen.project.init import PLACEHOLDER_NAME, init_project
    from rolegen.textutil import one_line

    if site_name is not None and safetext.unsafe_chars(site_name):
        click.echo(f"rolegen: --site-name: {safetext.removal_message(safetext.unsafe_chars(site_name))}", err=True)
        site_name = safetext.clean(site_name)
    if site_name is not None and not site_name.strip():
        from rolegen.errors import UsageError

        raise UsageError(f"--site-name {one_line(site_name)}: give a name with letters in it")
    done = init_project(Path(directory), empty=empty, site_name=site_name)
    if not done.written:
        click.echo(f"rolegen: {directory} already holds every file init writes ({len(done.kept)} kept); "
                   "nothing was written", err=True)
        return
    for path in done.written:
        click.echo(f"wrote {os.path.relpath(path)}")
    for path in done.kept:
        click.echo(f"kept {os.path.relpath(path)} (already there)", err=True)
    roles = "the vocabularies" if empty else "ten roles and their vocabularies"
    click.echo(f"{directory}: a new project with {roles} ({len(done.written)} files).")
    if site_name is None:
        click.echo(f"Name your guide in mkdocs.yml (site_name: \"{PLACEHOLDER_NAME}\" for now).")
    where = "" if Path(directory).resolve() == Path.cwd() else f"cd {directory} && "
    click.echo(f"Next: {where}rolegen validate --strict && rolegen build")


@click.command()
@click.argument("old")
@click.argument("new")
@click.option("--git", "use_git", is_flag=True,
              help="OLD and NEW are git revisions (HEAD~1, main, a commit): their roles folder is compared.")
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True,
              help="md for a merge-request comment, json for tools.")
@lang_option
@roles_option
def diff(old: str, new: str, use_git: bool, fmt: str, lang: str, roles_dir: str) -> None:
    """Say in words what changed between two versions of the knowledge base.

    OLD and NEW are two roles folders, or with --git two revisions of the
    repository (the roles folder of the project, or --roles DIR, in each).
    One paragraph per role: added or removed, fields changed, items added
    or dropped, in which language. Titles are shown in --lang.
    """
    from rolegen.kbdiff import compare_folders, compare_revisions, render

    changes = compare_revisions(old, new, roles_dir) if use_git else compare_folders(old, new)
    click.echo(render(changes, fmt, lang), nl=False)


COMMANDS = [init, diff]
