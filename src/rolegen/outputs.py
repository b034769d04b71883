"""Output folders rolegen owns, replaced as a whole or not at all.

A build writes into a staging folder beside the target; only when every file
is written does the staging folder take the target's place (two renames).
A failure, Ctrl-C or SIGTERM in between leaves the previous outputs as they
were. rolegen marks the folders it writes with a manifest, and refuses to
replace a folder that holds files it did not write.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rolegen.errors import OutputError

MANIFEST = ".rolegen-manifest.json"
"""Lists, inside an output folder, every file rolegen wrote there."""


def _files(folder: Path) -> list[str]:
    """Every file and link under ``folder`` (relative paths, sorted); links to folders are listed, not entered.

    ``os.walk`` reads each folder once, without a ``stat`` per file: a built guide holds thousands of files.
    """
    found: list[str] = []
    for top, dirs, names in os.walk(folder):
        rel = os.path.relpath(top, folder)
        prefix = "" if rel == "." else rel + os.sep
        found += [prefix + name for name in names]
        found += [prefix + name for name in dirs if os.path.islink(os.path.join(top, name))]
    return sorted(found)


def check_owned(target: Path) -> None:
    """Refuse ``target`` unless it is absent, empty, or holds only files rolegen wrote."""
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise OutputError(f"{target} exists and is not a folder; rolegen will not replace it")
    if not target.exists():
        return
    present = [f for f in _files(target) if f != MANIFEST]
    manifest = target / MANIFEST
    if not manifest.is_file():
        if present:
            raise OutputError(f"{target} holds files rolegen did not write ({_names(present)}); "
                              "give an empty or new folder, or remove them")
        return
    try:
        written = set(json.loads(manifest.read_text(encoding="utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        raise OutputError(f"{target / MANIFEST} is damaged; remove the folder {target} to rebuild it") from None
    foreign = [f for f in present if f not in written]
    if foreign:
        raise OutputError(f"{target} holds files rolegen did not write ({_names(foreign)}); move them elsewhere first")


def _names(files: list[str]) -> str:
    shown = ", ".join(files[:3])
    return shown + (f" and {len(files) - 3} more" if len(files) > 3 else "")


def _restore_interrupted(target: Path) -> None:
    """A swap cut between its two renames leaves only the old folder: put it back."""
    if target.exists():
        return
    leftovers = sorted(target.parent.glob(f".{target.name}.old-*"))
    if leftovers:
        leftovers[-1].rename(target)


@contextmanager
def replacing(target: str | Path) -> Iterator[Path]:
    """Write a whole output folder: yields a staging folder that replaces ``target`` on success.

    On any exception (including Ctrl-C and SIGTERM), the staging folder is
    removed and ``target`` is left untouched.
    """
    target = Path(target)
    _restore_interrupted(target)
    check_owned(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        with _sigterm_as_interrupt():
            yield staging
            files = [f for f in _files(staging) if f != MANIFEST]
            (staging / MANIFEST).write_text(json.dumps({"files": files}, indent=1) + "\n", encoding="utf-8")
            _swap(staging, target)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}; the previous outputs are kept") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        old.rmdir()
        target.rename(old)
    staging.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM into KeyboardInterrupt while a folder is being written, so cleanup runs."""
    def interrupt(signum, frame):  # noqa: ARG001 - signal handler signature
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
