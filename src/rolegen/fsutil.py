"""Writing files so that a failure never leaves a half-written one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable


def write_atomic(path: str | Path, content: str | bytes) -> None:
    """Write ``content`` to a temporary file beside ``path``, then rename it over ``path``.

    A reader sees the old file or the new one, never a part of the new one.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


LEDGER = ".rolegen-files.json"
"""Lists, in a folder where rolegen wrote single files (-o FILE), each file's name and the hash of what it wrote.

A file there whose content still has that hash is rolegen's to replace; any
other existing file is the user's, and is kept unless --force.
"""


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _ledger(folder: Path) -> dict[str, str]:
    import json

    try:
        data = json.loads((folder / LEDGER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(files, dict) else {}


def _resolved(path: str | Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):  # a loop of links
        return Path(os.path.abspath(path))


def input_clash(target: str | Path, inputs: Iterable[str | Path], folder: bool = False) -> str | None:
    """Why writing ``target`` would replace one of the project's ``inputs`` (files or folders), or None.

    Links are followed. A file may not be an input nor lie inside an input
    folder; an output folder (``folder``) may not contain an input either, as it
    is replaced whole.
    """
    where = _resolved(target)
    for each in inputs:
        each = _shown(each)
        source = _resolved(each)
        if where == source:
            return f"{each} is one of the project's inputs"
        if source.is_dir() and where.is_relative_to(source):
            return f"it is inside {each}, one of the project's input folders"
        if folder and source.is_relative_to(where):
            return f"it holds {each}, one of the project's inputs"
    return None


def check_output_file(target: str | Path, inputs: Iterable[str | Path], force: bool = False) -> None:
    """Refuse to write ``target`` over an input of the project, or over an existing file rolegen did not write."""
    from rolegen.errors import OutputError
    from rolegen.safefile import kind_problem
    from rolegen.textutil import one_line

    path = Path(target)
    shown = one_line(str(target), 200)
    clash = input_clash(path, inputs)
    if clash is not None:
        raise OutputError(f"will not write {shown}: {one_line(clash, 200)}; give another output file")
    if not path.parent.is_dir():  # no folder is created that the user did not ask for
        why = "is not a folder" if path.parent.exists() else "does not exist"
        raise OutputError(f"cannot write {shown}: the folder {one_line(str(path.parent), 200)} {why}")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot write {shown}: {exc.strerror or exc}") from None
    problem = kind_problem(info.st_mode)
    if problem is not None:
        raise OutputError(f"will not write {shown}: it {problem}")
    if force:
        return
    try:
        current = _digest(path.read_bytes()) if info.st_size <= 64 * 1024 * 1024 else ""
    except OSError:
        current = ""
    if _ledger(path.parent).get(path.name) != current:
        raise OutputError(f"will not write {shown}: the file exists and rolegen did not write it; "
                          "give another file, remove it, or add --force")


def write_output(target: str | Path, content: str | bytes, inputs: Iterable[str | Path], force: bool = False) -> None:
    """Write a single output file (-o FILE) after :func:`check_output_file`, and note it in the folder's ledger."""
    import json

    check_output_file(target, inputs, force)
    data = content.encode("utf-8") if isinstance(content, str) else content
    path = Path(target)
    write_atomic(path, data)
    ledger = _ledger(path.parent)
    ledger[path.name] = _digest(data)
    try:
        write_atomic(path.parent / LEDGER, json.dumps({"files": dict(sorted(ledger.items()))}, indent=1) + "\n")
    except OSError:  # the output is written; only its replacement without --force is lost
        pass


def _shown(path: str | Path) -> str:
    """A path as messages show it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative
