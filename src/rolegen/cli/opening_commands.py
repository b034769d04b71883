"""Openings on the command line: new-opening, and the --openings option of postings."""

from __future__ import annotations

import click

from rolegen.cli.options import load_kb, renamed, roles_option

openings_option = click.option(
    "--openings", "openings_dir", default="openings", show_default=True, envvar="ROLEGEN_OPENINGS",
    type=click.Path(file_okay=False), help="Folder of opening files (env ROLEGEN_OPENINGS).",
)


@click.command(name="new-opening")
@click.argument("role")
@click.option("--company", "company_file", type=click.Path(dir_okay=False), required=True,
              help="Company profile the opening is for (its path is written relative to the new file).")
@click.option("--seniority", "level", default=None, help="Level of experience (default: the role's first).")
@click.option("-o", "--out", "output", type=click.Path(dir_okay=False), default=None,
              help="File to write, in a folder that exists [default: OPENINGS/ROLE.yml].")
@renamed("--output", "-o/--out", "output", type=click.Path(dir_okay=False))
@openings_option
@roles_option
def new_opening(role: str, company_file: str, level: str | None, output: str | None, openings_dir: str,
                roles_dir: str) -> None:
    """Write a commented opening for ROLE (id, alias or title), to fill in; never overwrites a file."""
    import os
    from pathlib import Path

    from rolegen.errors import UsageError
    from rolegen.postings.scaffold import opening_skeleton

    kb = load_kb(roles_dir)
    found = kb.find_role(role)
    if level is not None and found.level_of(level) is None:
        levels = ", ".join(entry.level for entry in found.seniority) or "none yet"
        raise UsageError(f"the role {found.id} has no level '{level}' (its levels: {levels})")
    if not Path(company_file).is_file():
        raise UsageError(f"no company profile at '{company_file}'")
    path = Path(output) if output else Path(openings_dir) / f"{found.id}.yml"
    if output and not path.parent.is_dir():
        from rolegen.errors import OutputError

        raise OutputError(f"cannot write {output}: the folder {path.parent} does not exist")
    company = Path(os.path.relpath(Path(company_file).resolve(), path.parent.resolve())).as_posix()
    path.parent.mkdir(parents=True, exist_ok=True)  # the project's openings folder
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(opening_skeleton(kb, found, company, level))
    except FileExistsError:
        raise UsageError(f"{path} already exists; rolegen never overwrites an opening file") from None
    click.echo(f"wrote {path}; fill in the TODO fields, then run 'rolegen check-posting --opening {path}'")


COMMANDS = [new_opening]
