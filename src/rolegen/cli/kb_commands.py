"""Commands over the knowledge base itself: validate, list, show, export, schema, new."""

from __future__ import annotations

import click

from rolegen.cli.options import emit, force_option, lang_option, load_kb, renamed, roles_option, strict_option


def _output_option(function):
    """-o/--out FILE (formerly -o/--output)."""
    function = renamed("--output", "-o/--out", "output", type=click.Path(dir_okay=False))(function)
    return click.option("-o", "--out", "output", type=click.Path(dir_okay=False), default=None,
                        help="Write to this file instead of stdout (its folder must exist).")(function)


@click.command()
@roles_option
@strict_option
def validate(roles_dir: str, strict: bool) -> None:
    """Check every role and vocabulary file; report every problem at once.

    Each problem is one line, PATH:LINE:COL: FIELD: MESSAGE. Exits 1 when the
    data is invalid (or has warnings, with --strict).
    """
    kb = load_kb(roles_dir, strict=strict)
    sizes = ", ".join(f"{len(kb.vocabulary(k))} {k}" for k in ("skills", "kpis", "backgrounds", "teams", "glossary", "sources"))
    click.echo(f"{roles_dir}: {len(kb.roles)} roles and their vocabularies are valid ({sizes})")


@click.command(name="list")
@roles_option
@lang_option
def list_roles(roles_dir: str, lang: str) -> None:
    """List the roles: id, family, level and title."""
    from rolegen.i18n import word

    kb = load_kb(roles_dir)
    rows = [(r.id, r.family, word(r.level, lang), r.title[lang]) for r in kb.roles.values()]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(3)]
    for row in rows:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[3])


@click.command()
@click.argument("role")
@roles_option
@lang_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the role as the guide describes it; json: the role as data.")
@click.option("--seniority", "level_id", metavar="LEVEL", default=None,
              help="Show the role at this seniority level (junior, confirmed, senior, lead).")
def show(role: str, roles_dir: str, lang: str, fmt: str, level_id: str | None) -> None:
    """Show one role. ROLE is an id, an alias (CM, SMM) or a title.

    With --seniority LEVEL, the role as held at that level: typical
    experience, scope and autonomy, the responsibilities the level adds, the
    skills that deepen and the KPIs it owns. In JSON, {"role": ..., "level": ...}.
    """
    kb = load_kb(roles_dir)
    found = kb.find_role(role)
    level = None
    if level_id is not None:
        from rolegen.knowledge.seniority import find_level

        level = find_level(kb, found, level_id)
    if fmt == "json":
        from rolegen.knowledge.export import dump_model, to_json

        data = dump_model(found)
        if level is not None:
            data = {"role": data, "level": {**dump_model(level), "label": dump_model(kb.seniority[level.level].label)}}
        click.echo(to_json(data), nl=False)
    else:
        from rolegen.knowledge.show import role_text

        click.echo(role_text(kb, found, lang, level=level), nl=False)


@click.command()
@roles_option
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="The export's format (JSON only).")
@_output_option
@force_option
def export(roles_dir: str, fmt: str, output: str | None, force: bool) -> None:
    """Export the whole knowledge base as stable, sorted JSON.

    The format is documented in the manual, docs/reference/json-export.md (format "rolegen-kb").
    """
    from rolegen.knowledge.export import kb_data, to_json

    _check_output(output, roles_dir, force)
    kb = load_kb(roles_dir)
    emit(to_json(kb_data(kb)), output, (roles_dir,), force)


@click.command()
@click.argument("kind", default="role", type=click.Choice(["role", "company", "opening", "families", "skills",
                                                              "kpis", "backgrounds", "teams", "glossary",
                                                              "seniority", "sources", "wording"]))
@_output_option
@click.option("--markdown", is_flag=True, help="Print the field reference of every file format instead.")
@click.option("--kb", "with_ids", is_flag=True,
              help="Make the id fields (skill, KPI, background, team, family, role) enums of the knowledge base.")
@click.option("--dir", "schema_dir", type=click.Path(file_okay=False), default=None,
              help="Write the schema of every kind of file into DIR/KIND.schema.json instead.")
@force_option
@roles_option
def schema(kind: str, output: str | None, markdown: bool, with_ids: bool, schema_dir: str | None, force: bool,
           roles_dir: str) -> None:
    """Print the JSON Schema of a role file (or of KIND of file).

    Editors with the YAML language server (VS Code's YAML extension) validate
    and complete a file that starts with a line such as
    "# yaml-language-server: $schema=../schema/role.schema.json". With --kb
    they also complete ids: 'rolegen schema --kb --dir schema' after a
    vocabulary changes keeps them current.
    """
    _check_output(output, roles_dir, force)
    if markdown:
        from rolegen.knowledge.formatdoc import reference

        emit(reference(), output, (roles_dir,), force)
        return
    from rolegen.knowledge.export import to_json
    from rolegen.knowledge.schema import KINDS, kb_schema

    kb = load_kb(roles_dir) if with_ids else None
    if schema_dir is None:
        emit(to_json(kb_schema(kind, kb)), output, (roles_dir,), force)
        return
    from pathlib import Path

    from rolegen.cli.options import project_inputs
    from rolegen.errors import OutputError
    from rolegen.fsutil import input_clash, write_atomic
    from rolegen.textutil import one_line

    clash = input_clash(schema_dir, project_inputs(roles_dir), folder=True)
    if clash is not None:
        raise OutputError(f"will not write schemas into {one_line(schema_dir, 200)}: {one_line(clash, 200)}")

    changed = 0
    for each in KINDS:
        path, text = Path(schema_dir) / f"{each}.schema.json", to_json(kb_schema(each, kb))
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, text)
            changed += 1
    click.echo(f"{schema_dir}: {len(KINDS)} schemas, {changed} written, {len(KINDS) - changed} already current")


@click.command()
@click.argument("role_id", metavar="ROLE")
@roles_option
def new(role_id: str, roles_dir: str) -> None:
    """Write roles/ROLE.yml with every field to fill in; never overwrites."""
    import re
    from pathlib import Path

    from rolegen.errors import UsageError
    from rolegen.knowledge.model import ID_PATTERN
    from rolegen.knowledge.scaffold import role_skeleton

    if not re.match(ID_PATTERN, role_id):
        raise UsageError(f"'{role_id}' is not a valid role id: use lower-case letters, digits and hyphens")
    path = Path(roles_dir) / f"{role_id}.yml"
    if path.exists() or path.with_suffix(".yaml").exists():
        raise UsageError(f"{path} already exists; rolegen never overwrites a role file")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(role_skeleton(role_id))
    except FileExistsError:
        raise UsageError(f"{path} already exists; rolegen never overwrites a role file") from None
    click.echo(f"wrote {path}; fill it in, then run 'rolegen validate' to see what is left")


def _check_output(output: str | None, roles_dir: str, force: bool) -> None:
    """Refuse a bad -o FILE before any work."""
    if output in (None, "-"):
        return
    from rolegen.cli.options import project_inputs
    from rolegen.fsutil import check_output_file

    check_output_file(output, project_inputs(roles_dir), force)


COMMANDS = [validate, list_roles, show, export, schema, new]


@click.command()
@roles_option
@strict_option
def lint(roles_dir: str, strict: bool) -> None:
    """Check completeness and links beyond validity (warnings; errors with --strict).

    Rules: at least 4 items per list section, no untranslated sentence, no
    text listed twice in a section, every vocabulary entry used, every role
    named by another role.
    """
    from rolegen.errors import DataError
    from rolegen.knowledge.lint import lint as find

    kb = load_kb(roles_dir, strict=strict)
    findings = find(kb)
    if strict and findings:
        raise DataError([f.as_error() for f in findings])
    for finding in findings:
        click.echo(str(finding), err=True)
    noun = "finding" if len(findings) == 1 else "findings"
    click.echo(f"{roles_dir}: {len(findings)} lint {noun} in {len(kb.roles)} roles")


COMMANDS.append(lint)
