"""Options shared by several commands."""

from __future__ import annotations

import click

roles_option = click.option(
    "--roles",
    "roles_dir",
    default="roles",
    show_default=True,
    envvar="ROLEGEN_ROLES",
    type=click.Path(file_okay=False),
    help="Folder of role files (env ROLEGEN_ROLES).",
)
lang_option = click.option(
    "--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True, help="Language of the output."
)
strict_option = click.option("--strict", is_flag=True, help="Treat warnings as errors.")


def load_kb(roles_dir: str, strict: bool = False):
    """Load the knowledge base and print its warnings on stderr."""
    from rolegen.knowledge.loader import load

    kb = load(roles_dir, strict=strict)
    for warning in kb.warnings:
        click.echo(str(warning), err=True)
    return kb


force_option = click.option("--force", is_flag=True,
                            help="Replace an existing output file that rolegen did not write (never an input).")


def project_inputs(*named: str | None) -> list:
    """The project's inputs no output may replace: its folders of roles, openings, companies and templates, its
    project file, company profile and engine settings, and the files and folders ``named`` on the command line."""
    from pathlib import Path

    project = click.get_current_context().find_root().obj
    found: list = [Path(n) for n in named if n]
    if project is not None:
        found += [project.folders[k] for k in ("roles", "openings", "companies", "templates") if k in project.folders]
        found += [p for p in (project.file, project.company, project.mkdocs) if p is not None]
    return found


def emit(text: str | bytes, output: str | None, inputs: tuple[str | None, ...] = (), force: bool = False) -> None:
    """Print ``text``, or write it atomically to ``output`` ('-' is stdout), never over an input of the project
    (``inputs``: the files and folders the command read besides the project's) nor over a file rolegen did not
    write unless ``force``."""
    if output in (None, "-"):
        click.echo(text, nl=False)
        return
    from rolegen.fsutil import write_output

    write_output(output, text, project_inputs(*inputs), force)
    click.echo(f"wrote {output}", err=True)


def guard_folder(folder: str, *named: str | None) -> None:
    """Refuse an output folder that is, lies in, or holds an input of the project (it is replaced whole)."""
    from rolegen.errors import OutputError
    from rolegen.fsutil import input_clash
    from rolegen.textutil import one_line

    clash = input_clash(folder, project_inputs(*named), folder=True)
    if clash is not None:
        raise OutputError(f"will not write {one_line(folder, 200)}: {one_line(clash, 200)}; give another folder")


REMOVED_AFTER = "the next release"


def deprecated(old: str, new: str) -> None:
    """The one-line notice an old spelling prints on standard error (it still works, for one release)."""
    click.echo(f"rolegen: {old} is deprecated and will be removed in {REMOVED_AFTER}; use {new}", err=True)


class AliasedChoice(click.Choice):
    """A choice whose old spellings (``aliases``: old -> new) still work for one release, hidden from the help,
    with a deprecation notice."""

    def __init__(self, choices, aliases: dict[str, str]):
        super().__init__(choices)
        self.aliases = aliases

    def convert(self, value, param, ctx):
        if isinstance(value, str) and value in self.aliases:
            name = param.opts[-1] if param is not None and param.opts else "the value"
            deprecated(f"{name} {value}", f"{name} {self.aliases[value]}")
            value = self.aliases[value]
        return super().convert(value, param, ctx)


def renamed(old: str, new: str, dest: str, **attrs):
    """Keep ``old``, the former spelling of the option ``new`` (parameter ``dest``), for one release: hidden from
    the help, it sets the same value and prints a one-line deprecation notice on standard error."""
    import functools

    hidden = f"{dest}__{old.lstrip('-').replace('-', '_')}"

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            value = kwargs.pop(hidden, None)
            if value is not None:
                deprecated(old, new)
                ctx = click.get_current_context()
                source = ctx.get_parameter_source(dest)
                if source is None or source.name in ("DEFAULT", "DEFAULT_MAP") or kwargs.get(dest) is None:
                    kwargs[dest] = value
            return function(*args, **kwargs)

        return click.option(old, hidden, hidden=True, default=None, expose_value=True,
                            help=f"Deprecated spelling of {new}.", **attrs)(wrapper)

    return decorate
