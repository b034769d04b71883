"""Openings on the command line: new-opening, and the --opening side of posting, postings and check-posting."""

from __future__ import annotations

import click

from rolegen.cli.options import load_kb, roles_option

openings_option = click.option(
    "--openings", "openings_dir", default="openings", show_default=True, envvar="ROLEGEN_OPENINGS",
    type=click.Path(file_okay=False), help="Folder of opening files (env ROLEGEN_OPENINGS).",
)


def opening_warnings(warnings: list, strict: bool) -> None:
    """The openings' located warnings on stderr; with ``strict``, errors that stop the command."""
    from rolegen.errors import DataError

    if strict and warnings:
        raise DataError([w.as_error() for w in warnings])
    for warning in warnings:
        click.echo(str(warning), err=True)


def post_opening(opening_file: str, lang: str, fmt: str, output: str | None, templates: str | None, rules,
                 strict: bool, roles_dir: str, report, inputs: tuple = (), force: bool = False) -> None:
    """``rolegen posting --opening FILE``: one opening's ad, checked, in one language and format."""
    from rolegen.cli.options import project_inputs
    from rolegen.errors import UsageError
    from rolegen.fsutil import check_output_file, write_output
    from rolegen.openings import load_opening
    from rolegen.openings.render import render_opening
    from rolegen.postings.rules import check_rendered

    if fmt == "docx" and output in (None, "-"):
        raise UsageError("--format docx writes a Word file: give -o FILE.docx")
    if output not in (None, "-"):  # before any work: a refused output is one line, whatever the opening holds
        check_output_file(output, project_inputs(opening_file, roles_dir, templates, *inputs), force)
    kb = load_kb(roles_dir)
    warnings: list = []
    vacancy = load_opening(opening_file, kb, warnings)
    opening_warnings(warnings, strict)
    french = render_opening(kb, vacancy, "fr", templates, rules)
    rendered = french if lang == "fr" else render_opening(kb, vacancy, lang, templates, rules)
    report(check_rendered(kb, rendered, vacancy.role, rules, strict, french))
    content = rendered.output(fmt)
    if output in (None, "-"):
        click.echo(content, nl=False)
        return
    write_output(output, content, project_inputs(opening_file, roles_dir, templates, *inputs), force)
    click.echo(f"wrote {output}", err=True)


def post_openings(openings_dir: str, out_dir: str, templates: str | None, rules, strict: bool, roles_dir: str,
                  report) -> None:
    """``rolegen postings`` over the openings: every opening, both languages, every format."""
    import sys

    from rolegen.openings import load_openings
    from rolegen.openings.batch import FORMATS, write_opening_postings

    kb = load_kb(roles_dir)
    warnings: list = []
    vacancies = load_openings(openings_dir, kb, warnings)
    opening_warnings(warnings, strict)
    findings: list = []
    with click.progressbar(length=2 * len(vacancies), label="Rendering postings", file=sys.stderr) as bar:
        try:
            paths = write_opening_postings(kb, vacancies, out_dir, templates, lambda _name: bar.update(1),
                                           rules=rules, strict=strict, findings=findings)
        finally:
            report([f for f in findings if f.severity == "warning"])
    click.echo(f"wrote {len(paths)} files ({len(vacancies)} openings x 2 languages x {len(FORMATS)} formats) "
               f"in {out_dir}")


def check_opening_posting(opening_file: str, lang: str | None, templates: str | None, rules, strict: bool,
                          roles_dir: str) -> list:
    """The findings of one opening's ad, in one language or both (French first)."""
    from rolegen.openings import load_opening
    from rolegen.openings.render import render_opening
    from rolegen.postings.rules import check_rendered

    kb = load_kb(roles_dir)
    warnings: list = []
    vacancy = load_opening(opening_file, kb, warnings)
    opening_warnings(warnings, strict)
    french = render_opening(kb, vacancy, "fr", templates, rules)
    findings = []
    for language in [lang] if lang else ["fr", "en"]:
        rendered = french if language == "fr" else render_opening(kb, vacancy, language, templates, rules)
        findings += check_rendered(kb, rendered, vacancy.role, rules, strict, french)
    return findings


@click.command(name="new-opening")
@click.argument("role")
@click.option("--company", "company_file", type=click.Path(dir_okay=False), required=True,
              help="Company profile the opening is for (its path is written relative to the new file).")
@click.option("--seniority", "level", default=None, help="Level of experience (default: the role's first).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="File to write [default: OPENINGS/ROLE.yml].")
@openings_option
@roles_option
def new_opening(role: str, company_file: str, level: str | None, output: str | None, openings_dir: str,
                roles_dir: str) -> None:
    """Write a commented opening for ROLE (id, alias or title), to fill in; never overwrites a file."""
    import os
    from pathlib import Path

    from rolegen.errors import UsageError
    from rolegen.openings.scaffold import opening_skeleton

    kb = load_kb(roles_dir)
    found = kb.find_role(role)
    if level is not None and found.level_of(level) is None:
        levels = ", ".join(entry.level for entry in found.seniority) or "none yet"
        raise UsageError(f"the role {found.id} has no level '{level}' (its levels: {levels})")
    if not Path(company_file).is_file():
        raise UsageError(f"no company profile at '{company_file}'")
    path = Path(output) if output else Path(openings_dir) / f"{found.id}.yml"
    company = Path(os.path.relpath(Path(company_file).resolve(), path.parent.resolve())).as_posix()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(opening_skeleton(kb, found, company, level))
    except FileExistsError:
        raise UsageError(f"{path} already exists; rolegen never overwrites an opening file") from None
    click.echo(f"wrote {path}; fill in the TODO fields, then run 'rolegen check-posting --opening {path}'")


COMMANDS = [new_opening]
