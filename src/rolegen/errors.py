"""The exception tree of rolegen, and its exit codes.

Every error a user can cause is a :class:`RolegenError`: it carries its
message, where it is (``path``, ``line``, ``column`` when known) and the
:class:`ExitCode` the command line exits with. The library raises them and
knows nothing of the command line; ``rolegen.cli`` turns them into one-line
messages in one place. Importing this module imports no third-party package.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Iterable


class ExitCode(IntEnum):
    """What a ``rolegen`` command's exit status means (the same for every command)."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    UNREADABLE = 66
    INTERNAL = 70
    CANNOT_WRITE = 73
    INTERRUPTED = 130

    @property
    def meaning(self) -> str:
        """One sentence for the exit code table of the manual and of ``rolegen --help``."""
        return _MEANINGS[self]


_MEANINGS = {
    ExitCode.OK: "success: nothing fails (warnings and notices may be printed)",
    ExitCode.FINDINGS: "findings that fail (errors; warnings with --strict) or invalid data; nothing written",
    ExitCode.USAGE: "usage error: an unknown option, role or rule, a missing or clashing argument",
    ExitCode.UNREADABLE: "an input could not be read (missing, not a file, too large, not text); others checked",
    ExitCode.INTERNAL: "internal error: a bug in rolegen (ROLEGEN_DEBUG=1 shows the traceback)",
    ExitCode.CANNOT_WRITE: "an output could not be written (no such folder, or an input or a file of yours there)",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C); partial outputs removed",
}


EXIT_CODES = {int(code): code.meaning for code in ExitCode}
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


class RolegenError(Exception):
    """Base of every error rolegen reports to a user: a message, where (when known) and an exit code."""

    exit_code: int = ExitCode.FINDINGS

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path, self.line, self.column = path, line, column

    def format_message(self) -> str:
        """What the command line prints (on standard error)."""
        return self.message

    def __str__(self) -> str:
        return self.message


class UsageError(RolegenError):
    """The command was called wrongly (unknown role, bad option)."""

    exit_code = ExitCode.USAGE

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
        first = self.problems[0] if self.problems else None
        super().__init__(self._summary(), *((first.path, first.line, first.column) if first else ()))

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
    """An output could not be written (a path clash, a folder rolegen does not own, a folder that does not exist)."""

    exit_code = ExitCode.CANNOT_WRITE


class Unreadable(RolegenError):
    """An input could not be read (missing, not a regular file, too large, not text)."""

    exit_code = ExitCode.UNREADABLE
