"""Reading input files so that none can hang rolegen or exhaust its memory.

Only regular files are read: a named pipe (FIFO), a device (``/dev/zero``), a
socket, or a symbolic link to one of them is refused from its ``stat``, before
it is opened. A file's size is checked before it is read, and the read itself
stops one byte past the limit (a file that grows while it is read is refused
too). Standard input is read up to the limit, then refused. Every refusal is a
:class:`Refused` with one plain sentence, for the caller to place in a message.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class Refused(Exception):
    """A file rolegen will not read; ``str()`` says why in one sentence (no path, no content)."""


_KINDS = [
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a device, not a regular file"),
    (stat.S_ISBLK, "is a device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
    (stat.S_ISDIR, "is a folder, not a file"),
]


def kind_problem(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read, or None for a regular file."""
    for test, message in _KINDS:
        if test(mode):
            return message
    return None if stat.S_ISREG(mode) else "is not a regular file"


def check_regular(path: str | Path) -> os.stat_result:
    """The ``stat`` of ``path`` (links followed) if it is a regular file; else :class:`Refused`. Never opens it."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        if os.path.islink(path):
            raise Refused("is a symbolic link to nothing") from None
        raise Refused(f"cannot be read ({exc.strerror or exc})") from None
    except OSError as exc:
        raise Refused(f"cannot be read ({exc.strerror or exc})") from None
    problem = kind_problem(info.st_mode)
    if problem is not None:
        raise Refused(problem)
    return info


def too_large(size: int, limit: int) -> str:
    return f"is {size:,} bytes; the limit is {limit:,}"


def read_bytes(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else is :class:`Refused`.

    The file is opened without blocking (a pipe swapped in after the check
    cannot make the open wait) and checked again once open.
    """
    info = check_regular(path)
    if info.st_size > limit:
        raise Refused(too_large(info.st_size, limit))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise Refused(f"cannot be read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as handle:
        opened = os.fstat(handle.fileno())
        problem = kind_problem(opened.st_mode)
        if problem is not None:
            raise Refused(problem)
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise Refused(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise Refused(f"is larger than the limit of {limit:,} bytes")
    return data


def read_stream(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of a stream (standard input); one more byte is :class:`Refused`."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(1 << 16, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise Refused(f"is larger than the limit of {limit:,} bytes (read up to the limit, then stopped)")
    return b"".join(chunks)


def stays_inside(path: str | Path, folder: str | Path) -> bool:
    """Whether ``path``, links followed, is ``folder`` or inside it (links followed too)."""
    try:
        return Path(path).resolve().is_relative_to(Path(folder).resolve())
    except (OSError, RuntimeError):  # a loop of links
        return False
