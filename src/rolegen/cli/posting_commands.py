"""Commands that write and check job postings: posting, postings, check-posting."""

from __future__ import annotations

import click

from rolegen.cli.opening_commands import openings_option
from rolegen.cli.options import AliasedChoice, emit, force_option, lang_option, load_kb, renamed, roles_option
from rolegen.postings.formats import BY_CHOICE

FORMAT_CHOICES = list(BY_CHOICE)

_templates_option = click.option(
    "--templates", type=click.Path(file_okay=False), default=None,
    help="Folder of templates that override the shipped ones by name (posting.LANG.md.j2, opening.LANG.md.j2, "
         "page.html.j2).",
)
def _rules_option(function):
    """--posting-rules FILE (formerly --rules, which check-ad keeps for the ad rules)."""
    function = renamed("--rules", "--posting-rules", "rules_file", type=click.Path(dir_okay=False))(function)
    return click.option(
        "--posting-rules", "rules_file", type=click.Path(dir_okay=False), default=None,
        help="YAML file of the posting checks' settings (H/F mark, pay transparency, gender-coding threshold; "
             "see examples/posting-rules.yml).",
    )(function)
_strict_checks = click.option("--strict", is_flag=True, help="Treat the checks' warnings as errors; write nothing then.")


def _load(roles_dir: str, company_file: str | None, rules_file: str | None):
    from rolegen.knowledge.loader import load_company
    from rolegen.postings import load_rules

    kb = load_kb(roles_dir)
    company = load_company(company_file) if company_file else None
    return kb, company, load_rules(rules_file)


def _project_company() -> str | None:
    """The project file's company profile (rolegen.toml), for a role's posting when --company is not given."""
    project = click.get_current_context().find_root().obj
    company = getattr(project, "company", None)
    return str(company) if company is not None else None


def _opening_warnings(warnings: list, strict: bool) -> None:
    """The openings' located warnings on stderr; with ``strict``, errors that stop the command."""
    from rolegen.errors import DataError

    if strict and warnings:
        raise DataError([w.as_error() for w in warnings])
    for warning in warnings:
        click.echo(str(warning), err=True)


def _report(findings) -> None:
    """Warnings on stderr, one line each (:func:`rolegen.findings.format_finding`); errors fail the command."""
    from rolegen.findings import format_finding
    from rolegen.postings import ChecksFailed

    for finding in findings:
        if finding.severity == "warning":
            click.echo(format_finding(finding), err=True)
    if any(f.severity == "error" for f in findings):
        raise ChecksFailed(findings)


_opening_option = click.option("--opening", "opening_file", type=click.Path(dir_okay=False), default=None,
                               help="Opening file (openings/*.yml): the posting of that vacancy instead of a role.")


def _role_or_opening(role: str | None, opening_file: str | None) -> None:
    from rolegen.errors import UsageError

    if (role is None) == (opening_file is None):
        raise UsageError("give a ROLE or --opening FILE (one of the two)")


@click.command()
@click.argument("role", required=False)
@_opening_option
@click.option("--company", "company_file", type=click.Path(dir_okay=False), default=None,
              help="Company profile (YAML) of a role's posting; without it, md, text and docx show placeholders.")
@lang_option
@click.option("--format", "fmt", type=AliasedChoice(FORMAT_CHOICES, {"txt": "text"}), default="md", show_default=True,
              help="md: Markdown; html: a web page; text: plain text; jsonld: Google's JobPosting data; docx: Word "
                   "(needs -o).")
@click.option("-o", "--out", "output", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of stdout (its folder must exist).")
@renamed("--output", "-o/--out", "output", type=click.Path(dir_okay=False))
@_templates_option
@_rules_option
@_strict_checks
@force_option
@roles_option
def posting(role: str | None, opening_file: str | None, company_file: str | None, lang: str, fmt: str,
            output: str | None, templates: str | None, rules_file: str | None, strict: bool, force: bool,
            roles_dir: str) -> None:
    """Write the job posting of an opening (--opening FILE), or of ROLE (an id, an alias or a title).

    The posting is checked against French and EU rules for job ads; the
    warnings go to stderr (errors with --strict, and then nothing is written).
    --format docx writes a Word file (give -o FILE.docx).
    """
    from rolegen.errors import UsageError
    from rolegen.postings.formats import FORMATS

    fmt = BY_CHOICE[fmt].name  # the extension: text is written as .txt
    _role_or_opening(role, opening_file)
    if opening_file is not None and company_file is not None:
        raise UsageError("--company goes in the opening file (its company field), not on the command line")
    if FORMATS[fmt].binary and output in (None, "-"):
        raise UsageError(f"--format {fmt} writes a {FORMATS[fmt].label} file: give -o FILE.{fmt}")
    if opening_file is None and company_file is None and FORMATS[fmt].needs_company:
        raise UsageError(f"--format {fmt} needs --company FILE: Google rejects a JobPosting with no hiring organisation")
    inputs = (opening_file, roles_dir, company_file, rules_file, templates)
    if output not in (None, "-"):  # before any work: a refused output is one line, whatever the opening holds
        from rolegen.cli.options import project_inputs
        from rolegen.fsutil import check_output_file

        check_output_file(output, project_inputs(*inputs), force)
    kb, vacancy, rules = _vacancy(role, opening_file, company_file, rules_file, roles_dir, strict)
    if vacancy.company is None:
        click.echo("rolegen: pas de --company : l'annonce montre des champs à remplir comme <Entreprise>" if lang == "fr"
                   else "rolegen: no --company given: the posting shows placeholders such as <Company>", err=True)
    findings, rendered = _checked(kb, vacancy, [lang], templates, rules, strict)
    _report(findings)
    emit(rendered[lang].output(fmt), output, inputs, force)


def _vacancy(role: str | None, opening_file: str | None, company_file: str | None, rules_file: str | None,
             roles_dir: str, strict: bool):
    """(knowledge base, the posting to render, the rules): an opening file, or a role's posting for a company."""
    from rolegen.postings import load_opening, role_posting

    kb, company, rules = _load(roles_dir, company_file, rules_file)
    if opening_file is not None:
        warnings: list = []
        vacancy = load_opening(opening_file, kb, warnings)
        _opening_warnings(warnings, strict)
        return kb, vacancy, rules
    return kb, role_posting(kb.find_role(role), company), rules


def _checked(kb, vacancy, langs: list[str], templates: str | None, rules, strict: bool):
    """The findings of the posting in ``langs`` (checked against its French version) and the rendered postings."""
    from rolegen.postings import render_opening
    from rolegen.postings.rules import check_rendered

    french = render_opening(kb, vacancy, "fr", templates, rules)
    rendered = {language: french if language == "fr" else render_opening(kb, vacancy, language, templates, rules)
                for language in langs}
    findings = [f for posting in rendered.values()
                for f in check_rendered(kb, posting, vacancy.role, rules, strict, french)]
    return findings, rendered


@click.command()
@click.option("--company", "company_file", type=click.Path(dir_okay=False), default=None,
              help="Write every role's posting for this company profile instead of the openings' postings.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False), default="build/postings", show_default=True,
              help="Folder to write the postings in (rolegen's own: created, and replaced as a whole).")
@openings_option
@_templates_option
@_rules_option
@_strict_checks
@roles_option
def postings(company_file: str | None, out_dir: str, openings_dir: str, templates: str | None,
             rules_file: str | None, strict: bool, roles_dir: str) -> None:
    """Write every opening's posting (OPENINGS/*.yml) in both languages and every format, as DIR/ID.LANG.EXT.

    ID is the opening file's name; the formats are md, html, txt, jsonld and
    docx. With --company FILE, every role's posting for that company instead
    (DIR/ROLE.LANG.EXT, without docx). DIR is replaced as a whole once every
    posting is rendered and checked (on every core); a DIR holding files
    rolegen did not write is refused.
    """
    import sys
    from dataclasses import replace
    from pathlib import Path

    from rolegen.cli.options import guard_folder
    from rolegen.postings import load_openings, role_posting, write_opening_postings
    from rolegen.postings.formats import OPENING_FORMATS, ROLE_FORMATS

    guard_folder(out_dir, roles_dir, openings_dir, templates, rules_file, company_file)
    kb, company, rules = _load(roles_dir, company_file, rules_file)
    if company_file is None:
        warnings: list = []
        vacancies, formats, what = load_openings(openings_dir, kb, warnings), OPENING_FORMATS, "openings"
        _opening_warnings(warnings, strict)
    else:
        vacancies, formats, what = [role_posting(kb.roles[r], company) for r in sorted(kb.roles)], ROLE_FORMATS, "roles"
    findings: list = []
    with click.progressbar(length=2 * len(vacancies), label="Rendering postings", file=sys.stderr) as bar:
        try:
            paths = write_opening_postings(kb, vacancies, out_dir, templates, lambda _name: bar.update(1),
                                           rules=rules, strict=strict, findings=findings, formats=formats)
        finally:
            _report([replace(f, path=str(Path(out_dir) / f.path)) for f in findings if f.severity == "warning"])
    click.echo(f"wrote {len(paths)} files ({len(vacancies)} {what} x 2 languages x {len(formats)} formats) "
               f"in {out_dir}")


@click.command(name="check-posting")
@click.argument("role", required=False)
@_opening_option
@click.option("--company", "company_file", type=click.Path(dir_okay=False), default=None,
              help="Company profile (YAML) of a role's posting.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None, help="Check one language only (default: both).")
@_templates_option
@_rules_option
@_strict_checks
@roles_option
def check_posting(role: str | None, opening_file: str | None, company_file: str | None, lang: str | None,
                  templates: str | None, rules_file: str | None, strict: bool, roles_dir: str) -> None:
    """Check the posting of an opening (--opening FILE), or of ROLE for --company FILE, against French and EU
    rules for job ads and Google's JobPosting.

    Prints every finding (rule, law, offending words and where they come
    from) and the gender-coding report. Exits 1 on an error (any warning,
    with --strict).
    """
    from rolegen.errors import UsageError
    from rolegen.postings import ChecksFailed

    _role_or_opening(role, opening_file)
    if opening_file is None and company_file is None and _project_company() is None:
        raise UsageError("check-posting ROLE needs --company FILE")
    if opening_file is None:
        company_file = company_file or _project_company()
    kb, vacancy, rules = _vacancy(role, opening_file, company_file, rules_file, roles_dir, strict)
    name = opening_file if opening_file is not None else vacancy.role.id
    findings, _ = _checked(kb, vacancy, [lang] if lang else ["fr", "en"], templates, rules, strict)
    from rolegen.findings import format_finding

    for finding in findings:
        if finding.severity != "error":
            click.echo(format_finding(finding))
    if any(f.severity == "error" for f in findings):
        raise ChecksFailed(findings)
    warnings = sum(f.severity == "warning" for f in findings)
    click.echo(f"{name}: {warnings} warning{'' if warnings == 1 else 's'}", err=True)


COMMANDS = [posting, postings, check_posting]
