"""Writing the generated pages and configurations (``build/guide/``).

rolegen owns that whole folder, engine output included, and marks it with a
file; a folder that exists without the mark was not made by rolegen, and
rolegen refuses to write into it rather than delete what someone else put
there. Files whose content did not change are not rewritten, so that a
watching engine (``rolegen serve``) rebuilds only what changed. The final
``site/`` is replaced as a whole by :func:`rolegen.outputs.replacing`.
"""

from __future__ import annotations

import os
from pathlib import Path

from rolegen.errors import OutputError
from rolegen.fsutil import write_atomic
from rolegen.site.config import THEME_DIR

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
    wanted = {os.path.normpath(os.path.join(folder, rel)) for rel in files}
    for top, _dirs, names in os.walk(folder, topdown=False):
        for name in names:
            path = os.path.join(top, name)
            if path not in wanted:
                os.unlink(path)
        if top != str(folder) and not os.listdir(top):
            os.rmdir(top)
    return written


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write ``path`` unless it already holds ``content``; True when it was written."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if os.stat(path).st_size == len(data) and path.read_bytes() == data:
            return False
    except FileNotFoundError:
        # A new file is written in place (cheaper than a temporary file and a rename): there is no
        # previous version to protect, and a watching engine that catches it half-written sees it again.
        try:
            with open(path, "xb") as handle:
                handle.write(data)
            return True
        except FileNotFoundError:  # its folder is new too
            pass
    write_atomic(path, data)
    return True


def write_language(folder: Path, tree: dict[str, str | bytes]) -> Path:
    """Write one language's folder; returns its configuration.

    The folder holds the configuration, docs/, the theme's templates, the
    engine's hook (hooks/) and the engine's site/ (left alone).
    """
    for sub in ("docs", THEME_DIR, "hooks"):
        sync_tree(folder / sub, {rel[len(sub) + 1:]: data for rel, data in tree.items() if rel.startswith(f"{sub}/")})
    write_if_changed(folder / "mkdocs.yml", tree["mkdocs.yml"])
    return folder / "mkdocs.yml"
