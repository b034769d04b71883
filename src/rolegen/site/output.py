"""Writing the generated pages and configurations (``build/guide/``).

rolegen owns that whole folder, engine output included, and marks it with a
file; a folder that exists without the mark was not made by rolegen, and
rolegen refuses to write into it rather than delete what someone else put
there. Files whose content did not change are not rewritten, so that a
watching engine (``rolegen serve``) rebuilds only what changed. The final
``site/`` is replaced as a whole by :func:`rolegen.outputs.replacing`.
"""

from __future__ import annotations

from pathlib import Path

from rolegen.errors import OutputError
from rolegen.fsutil import write_atomic

MARKER = ".rolegen"
_MARKER_TEXT = "This folder is written by rolegen; it replaces the files in it on each build.\n"


def claim(folder: Path) -> None:
    """Make ``folder`` ours: create it with a marker, or check that it has one."""
    if folder.exists() and not (folder / MARKER).is_file():
        if not folder.is_dir() or any(folder.iterdir()):
            raise OutputError(f"{folder} exists and was not written by rolegen; move it away or choose another folder")
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / MARKER).is_file():
        write_atomic(folder / MARKER, _MARKER_TEXT)


def sync_tree(folder: Path, files: dict[str, str | bytes]) -> int:
    """Make ``folder`` hold exactly ``files`` (relative path -> content); returns how many were written.

    Unchanged files are left alone; files no longer generated are removed.
    """
    written = sum(write_if_changed(folder / rel, content) for rel, content in files.items())
    wanted = {folder / rel for rel in files}
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write ``path`` unless it already holds ``content``; True when it was written."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
        return False
    write_atomic(path, data)
    return True
