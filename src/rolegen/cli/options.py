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


def emit(text: str, output: str | None) -> None:
    """Print ``text``, or write it atomically to ``output`` ('-' is stdout)."""
    if output in (None, "-"):
        click.echo(text, nl=False)
        return
    from rolegen.fsutil import write_atomic

    write_atomic(output, text)
    click.echo(f"wrote {output}", err=True)
