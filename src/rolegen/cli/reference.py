"""The reference pages of the manual, written from the code.

``python -m rolegen.cli.reference`` (what ``make docs`` runs first) writes:

- ``docs/reference/commands.md``: every command and option, from the click definitions;
- ``docs/reference/exit-codes.md``: from :data:`rolegen.errors.EXIT_CODES`;
- ``docs/file-formats.md``: the fields of every file format, from the model (``rolegen schema --markdown``);
- ``docs/ad-rules.md``: every shipped rule of the ad checker, from its rule files;
- ``docs/reference/gender-coded-word-lists.md``: the word lists of the gender-coding rules, from the same files.

``--check`` writes nothing and lists the pages that are not current (exit 1), as the test suite does.
"""

from __future__ import annotations

import html
import inspect
import re
import sys
from pathlib import Path

import click

COMMANDS_PAGE = "reference/commands.md"
EXIT_CODES_PAGE = "reference/exit-codes.md"
FORMATS_PAGE = "file-formats.md"
RULES_PAGE = "ad-rules.md"
WORDS_PAGE = "reference/gender-coded-word-lists.md"
CODING_PAGE = "gender-coded-words.md"
"""Written by hand but for its French word table, which the generator keeps current."""
REGENERATE = "python -m rolegen.cli.reference"

_SPECIAL = re.compile(r"([\\`*_\[\]])")


def _text(value: str) -> str:
    """Help text as Markdown that shows it as written: HTML and Markdown syntax escaped."""
    return _SPECIAL.sub(r"\\\1", html.escape(value, quote=False))


def _cell(value: str) -> str:
    return _text(" ".join(value.split())).replace("|", "\\|")


def _paragraphs(help_text: str) -> list[str]:
    """The paragraphs of a docstring, click's no-rewrap marker (\\b) dropped, each line kept as a line."""
    out = []
    for block in re.split(r"\n\s*\n", inspect.cleandoc(help_text)):
        block_lines = [line for line in block.splitlines() if line.strip() != "\b"]
        if block_lines:
            out.append(block_lines)
    return out


def _default(param: click.Option) -> str:
    default = param.default
    if param.is_flag or default is None or callable(default) or default == () or not param.show_default:
        return ""
    if isinstance(param.show_default, str):
        return _cell(param.show_default)
    return f"`{default}`"


def _options_table(command: click.Command, ctx: click.Context) -> list[str]:
    """One row per option, written as ``--help`` writes it (names and value), then what it does, its default and
    its environment variable."""
    rows = ["| option | what it does |", "|---|---|"]
    for option in [p for p in command.params if isinstance(p, click.Option)]:
        record = option.get_help_record(ctx)
        if record is None:  # a hidden option
            continue
        envvar = option.envvar if isinstance(option.envvar, str) else ", ".join(option.envvar or ())
        notes = [f"Default: {_default(option)}." if _default(option) else "",
                 f"Environment: `{envvar}`." if envvar else ""]
        rows.append(f"| `{record[0]}` | {' '.join(filter(None, [_cell(option.help or ''), *notes]))} |")
    help_names = ", ".join(ctx.help_option_names)
    rows.append(f"| `{help_names}` | Show the command's help and exit. |")
    return rows


def _arguments(command: click.Command, ctx: click.Context) -> list[str]:
    arguments = [p for p in command.params if isinstance(p, click.Argument)]
    if not arguments:
        return []
    items = []
    for argument in arguments:
        metavar = argument.make_metavar(ctx) if "ctx" in inspect.signature(argument.make_metavar).parameters \
            else argument.make_metavar()
        many = " (any number)" if argument.nargs == -1 else ""
        need = "required" if argument.required else "optional"
        items.append(f"- `{metavar}`: {need}{many}")
    return ["Arguments:", "", *items, ""]


def _usage(command: click.Command, ctx: click.Context) -> str:
    pieces = command.collect_usage_pieces(ctx)
    return " ".join(["rolegen", ctx.info_name, *pieces]) if ctx.info_name else " ".join(["rolegen", *pieces])


def commands_markdown() -> str:
    """docs/reference/commands.md: the global options, then every command in the order of ``rolegen --help``."""
    from rolegen.cli import cli

    lines = ["# Commands and options", "",
             f"Generated from the command line's definitions by `{REGENERATE}`; a test checks that it is current",
             "and that every command and option has its help text. `rolegen COMMAND --help` prints the same.",
             "Exit codes: see [Exit codes](exit-codes.md).", ""]
    with click.Context(cli, info_name="rolegen") as root:
        lines += ["## `rolegen`", "", "```text", "rolegen [OPTIONS] COMMAND [ARGS]...", "```", ""]
        for paragraph in _paragraphs(cli.help or ""):
            lines += [*(_text(line) for line in paragraph), ""]
        lines += ["Global options, given before the command:", "", *_options_table(cli, root), ""]
        lines += ["| command | what it does |", "|---|---|"]
        names = list(cli.commands)
        for name in names:
            lines.append(f"| [`{name}`](#{name}) | {_cell(cli.commands[name].get_short_help_str(limit=200))} |")
        lines.append("")
        for name in names:
            command = cli.commands[name]
            with click.Context(command, info_name=name, parent=root) as ctx:
                lines += [f"## `rolegen {name}` {{#{name}}}", "", "```text", _usage(command, ctx)
                          .replace("rolegen rolegen", "rolegen"), "```", ""]
                for paragraph in _paragraphs(command.help or ""):
                    lines += [*(_text(line) for line in paragraph), ""]
                lines += _arguments(command, ctx)
                lines += ["Options:", "", *_options_table(command, ctx), ""]
    return "\n".join(lines)


def exit_codes_markdown() -> str:
    """docs/reference/exit-codes.md, from rolegen.errors.EXIT_CODES."""
    from rolegen.errors import EXIT_CODES

    lines = ["# Exit codes", "",
             f"Generated from `rolegen.errors.ExitCode` by `{REGENERATE}`. Every `rolegen` command ends with one",
             "of these codes; a problem is printed on standard error as one line per problem,",
             "`PATH:LINE:COL: message`, and nothing is written when there is one.", "",
             "| code | meaning |", "|---|---|"]
    lines += [f"| `{code}` | {_cell(meaning)} |" for code, meaning in sorted(EXIT_CODES.items())]
    return "\n".join(lines) + "\n"


def word_lists_markdown() -> str:
    """docs/reference/gender-coded-word-lists.md: the words of the rules masculine-coded and feminine-coded."""
    from rolegen.adcheck.ruleset import load_ruleset

    rules = {c.rule.id: c.rule for c in load_ruleset().rules}
    lines = ["# Gender-coded word lists", "",
             f"Generated from the rules `masculine-coded` and `feminine-coded` of `src/rolegen/adcheck/rules/notices.yml`",
             f"by `{REGENERATE}`. A word ending in `*` is a stem: it counts every word that starts with it. Matching",
             "ignores case and accents (the words are written without them) and reads French inclusive forms. Where the",
             "lists come from, the words left out",
             "and how an ad's verdict is reached: [Gender-coded words](../gender-coded-words.md).", ""]
    for rule_id, title in (("masculine-coded", "Masculine-coded words"), ("feminine-coded", "Feminine-coded words")):
        rule = rules[rule_id]
        lines += [f"## {title}", ""]
        for lang, name in (("en", "English"), ("fr", "French")):
            words = getattr(rule.words, lang)
            lines += [f"**{name}** ({len(words)}): " + ", ".join(f"`{w}`" for w in words), ""]
    return "\n".join(lines)


def pages(docs: Path | None = None) -> dict[str, str]:
    """Every generated page of the manual, by its path under docs/; with ``docs``, also the pages that are written
    by hand around a generated block (the French list of gender-coded words)."""
    from rolegen.adcheck.coding import with_table
    from rolegen.adcheck.export import rules_markdown
    from rolegen.knowledge.formatdoc import reference

    found = {COMMANDS_PAGE: commands_markdown(), EXIT_CODES_PAGE: exit_codes_markdown(),
             FORMATS_PAGE: reference(), RULES_PAGE: rules_markdown(),
             WORDS_PAGE: word_lists_markdown()}
    if docs is not None and (docs / CODING_PAGE).is_file():
        found[CODING_PAGE] = with_table((docs / CODING_PAGE).read_text(encoding="utf-8"))
    return found


def stale(docs: Path) -> list[str]:
    """The generated pages under ``docs`` that differ from what the code gives now."""
    return [path for path, text in pages(docs).items()
            if not (docs / path).is_file() or (docs / path).read_text(encoding="utf-8") != text]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    rest = [a for a in args if a != "--check"]
    if len(rest) > 1 or any(a.startswith("-") for a in rest):
        print(f"usage: {REGENERATE} [--check] [DOCS]  (DOCS: the manual's folder, docs by default)", file=sys.stderr)
        return 2
    docs = Path(rest[0] if rest else "docs")
    if check:
        late = stale(docs)
        for path in late:
            print(f"{docs / path}: not current; run {REGENERATE}", file=sys.stderr)
        return 1 if late else 0
    for path, text in pages(docs).items():
        target = docs / path
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
