"""The exception tree of rolegen.

Every error a user can cause is a :class:`RolegenError`, itself a
:class:`click.ClickException`, so the command line prints it without a
traceback and exits with its code: 1 for bad data, 2 for a usage error.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Iterable

import click


EXIT_CODES = {
    0: "success: nothing to report, or only what the command was asked to print",
    1: "invalid input or findings: bad data, an error in a checked ad or posting (a warning too with --strict), "
       "an unreadable file, an output refused",
    2: "usage error: an unknown command, option, role or level, a missing file named on the command line",
    70: "internal error: a bug in rolegen (ROLEGEN_DEBUG=1 shows the traceback)",
    130: "interrupted: Ctrl-C (or SIGTERM while an output folder is written); the previous outputs are left as they were",
}
"""Every exit code the ``rolegen`` command uses and what it means (the manual's reference is generated from it)."""


PATH_LIMIT, FIELD_LIMIT, MESSAGE_LIMIT = 200, 120, 400
"""Longest path, field path and message a problem's line shows; longer ones are cut."""


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem: ``PATH:LINE:COL: FIELD.PATH: message``."""

    path: str
    line: int
    column: int
    field: str
    message: str
    severity: str = "error"

    def as_error(self) -> "Problem":
        """The same problem as an error (what --strict makes of a warning)."""
        if self.severity == "error":
            return self
        return Problem(self.path, self.line, self.column, self.field, self.message)

    def __str__(self) -> str:
        """One line whatever the data: control characters in any part are shown escaped, long parts cut."""
        from rolegen.textutil import one_line

        where = f"{one_line(self.path, PATH_LIMIT)}:{self.line}:{self.column}"
        label = "" if self.severity == "error" else f"{self.severity}: "
        message = one_line(self.message, MESSAGE_LIMIT)
        if self.field:
            return f"{where}: {one_line(self.field, FIELD_LIMIT)}: {label}{message}"
        return f"{where}: {label}{message}"


class RolegenError(click.ClickException):
    """Base of every error rolegen reports to a user."""

    exit_code = 1

    def show(self, file=None) -> None:  # noqa: D102 - click's signature
        click.echo(self.format_message(), file=file or sys.stderr)


class UsageError(RolegenError):
    """The command was called wrongly (unknown role, bad option)."""

    exit_code = 2

    def format_message(self) -> str:
        """One line, whatever the user typed (a role name holding a newline or an escape sequence)."""
        from rolegen.textutil import one_line

        return one_line(self.message, MESSAGE_LIMIT)


class DataError(RolegenError):
    """The knowledge base, a company profile or a template is invalid.

    Carries every problem found, so that a user fixes them all in one pass.
    """

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(set(problems))
        super().__init__(self._summary())

    def _summary(self) -> str:
        errors = [p for p in self.problems if p.severity == "error"]
        files = {p.path for p in errors}
        count = len(errors)
        noun = "error" if count == 1 else "errors"
        where = "file" if len(files) == 1 else "files"
        return f"{count} {noun} in {len(files)} {where}; nothing was written"

    def format_message(self) -> str:
        lines = [str(p) for p in self.problems]
        lines.append(f"rolegen: {self.message}")
        return "\n".join(lines)


class OutputError(RolegenError):
    """An output could not be written (a path clash, a folder rolegen does not own)."""
