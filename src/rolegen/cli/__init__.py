"""The ``rolegen`` command line: a thin layer over the library.

Command modules import the library inside their functions, so that
``rolegen --help`` stays fast.
"""

from __future__ import annotations

import os
import sys

import click

from rolegen import __version__

from rolegen.cli import (adcheck_commands, compare_commands, kb_commands, opening_commands, posting_commands,
                         project_commands, site_commands)


class Reported(click.ClickException):
    """A library error (:class:`rolegen.errors.RolegenError`) as the command line shows it: its message on
    standard error, its exit code."""

    def __init__(self, error):
        super().__init__(error.format_message())
        self.error = error
        self.exit_code = int(error.exit_code)

    def format_message(self) -> str:
        return self.error.format_message()

    def show(self, file=None) -> None:  # noqa: D102 - click's signature
        click.echo(self.format_message(), file=file or sys.stderr)


class Rolegen(click.Group):
    """The command group: the one place where the library's errors become messages and exit codes."""

    def invoke(self, ctx: click.Context):
        from rolegen.errors import RolegenError

        try:
            return super().invoke(ctx)
        except RolegenError as exc:
            raise Reported(exc) from None


@click.group(cls=Rolegen, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="rolegen")
@click.option("--project", "project_file", type=click.Path(dir_okay=False), envvar="ROLEGEN_PROJECT", default=None,
              help="Project file (env ROLEGEN_PROJECT) [default: rolegen.toml in this folder or a parent].")
@click.pass_context
def cli(ctx: click.Context, project_file: str | None) -> None:
    """Role knowledge base, job postings and role guide for digital-marketing teams.

    Roles live as YAML in roles/ (one file per role, vocabularies in
    roles/vocabulary/). Every command reads the folders named in the project
    file, rolegen.toml, found in this folder or a parent ('rolegen init'
    writes one); options such as --roles DIR override it.

    \b
    Exit codes (the same for every command):
    {exit_codes}
    """
    if ctx.invoked_subcommand in _WITHOUT_PROJECT or ctx.resilient_parsing:
        return
    from rolegen.project.config import discover
    from rolegen.project.defaults import default_map

    ctx.obj = discover(file=project_file)  # the project, for commands that read more than their options' defaults
    ctx.default_map = default_map(ctx.obj, cli.commands)


_WITHOUT_PROJECT = {"init", "check-ad"}
"""Commands that read no project (check-ad takes no folder: it starts without reading rolegen.toml)."""


def _exit_code_lines() -> str:
    from rolegen.errors import ExitCode

    return "\n    ".join(f"{code.value:>3}  {code.meaning}" for code in ExitCode)


cli.help = (cli.help or "").replace("{exit_codes}", _exit_code_lines())


for _command in [*kb_commands.COMMANDS, *compare_commands.COMMANDS, *posting_commands.COMMANDS, *opening_commands.COMMANDS]:
    cli.add_command(_command)
for _command in [*site_commands.COMMANDS, *adcheck_commands.COMMANDS]:
    cli.add_command(_command)
for _command in project_commands.COMMANDS:
    cli.add_command(_command)


def main() -> None:
    """Console entry point: no traceback reaches the user."""
    from rolegen.errors import ExitCode, RolegenError
    try:
        cli.main(prog_name="rolegen", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except RolegenError as exc:  # raised outside a command (none today): the same message and code
        Reported(exc).show()
        sys.exit(int(exc.exit_code))
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("rolegen: interrupted", err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(ExitCode.FINDINGS)
    except Exception as exc:  # a bug: say so in one line, details on demand
        if os.environ.get("ROLEGEN_DEBUG"):
            raise
        click.echo(f"rolegen: internal error: {type(exc).__name__}: {exc} (set ROLEGEN_DEBUG=1 for details)", err=True)
        sys.exit(ExitCode.INTERNAL)
