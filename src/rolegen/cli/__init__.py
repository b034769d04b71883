"""The ``rolegen`` command line: a thin layer over the library.

Command modules import the library inside their functions, so that
``rolegen --help`` stays fast.
"""

from __future__ import annotations

import os
import sys

import click

from rolegen import __version__

from rolegen.cli import adcheck_commands

_MODULES = ("kb_commands", "compare_commands", "posting_commands", "opening_commands", "site_commands",
            "adcheck_commands", "project_commands")
"""The command modules, in the order their commands are listed."""


class _Commands(dict):
    """The commands by name: ``rolegen check-ad`` (a pre-commit hook, an editor) starts with its own module only;
    any other look at the commands (another command, the help, the manual) imports every module first."""

    loaded = False

    def _all(self) -> _Commands:
        if not self.loaded:
            import importlib

            self.loaded = True
            ordered = [c for name in _MODULES for c in importlib.import_module(f"rolegen.cli.{name}").COMMANDS]
            dict.clear(self)
            for command in ordered:
                dict.__setitem__(self, command.name, command)
        return self

    def get(self, name, default=None):
        return dict.get(self if dict.__contains__(self, name) else self._all(), name, default)

    def __getitem__(self, name):
        return dict.__getitem__(self if dict.__contains__(self, name) else self._all(), name)

    def __contains__(self, name) -> bool:
        return dict.__contains__(self, name) or dict.__contains__(self._all(), name)

    def __iter__(self):
        return dict.__iter__(self._all())

    def __len__(self) -> int:
        return dict.__len__(self._all())

    def keys(self):
        return dict.keys(self._all())

    def values(self):
        return dict.values(self._all())

    def items(self):
        return dict.items(self._all())


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


cli.commands = _Commands()
for _command in adcheck_commands.COMMANDS:  # the others when first looked at (see _Commands)
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
