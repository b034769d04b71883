"""The checker's rules, built once and kept in the user's cache folder.

Reading and checking the rule files, expanding and widening the patterns, finding each pattern's first letters
and required literals: about a second, the same for every run. The result (plain data: no compiled expression,
no validation model) is kept in ``$XDG_CACHE_HOME/rolegen`` (``~/.cache/rolegen``), under a name that hashes
everything it depends on: the rule files and the checker's code as installed, a user's ``--rules`` file, the
version of rolegen and of Python. A change to any of them gives another name, so a cache is never stale. A
file is written whole or not at all (a temporary file renamed); one that cannot be read is rebuilt; a folder
that cannot be written (no home, a read-only one) only means building each time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Callable

ENABLED = True
"""Whether the cache is read and written (the benchmark measures the checker without it too)."""
FORMAT = 5
"""Changes when what is cached changes shape."""
KEPT = 32
"""Files kept in the folder: past that the oldest go (each --rules file and version gets its own)."""


def folder() -> Path | None:
    """The cache folder (not created), or None when there is no home to put it in."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "rolegen"
    home = os.environ.get("HOME") or (os.path.expanduser("~") if os.name != "posix" else "")
    if not home or not os.path.isabs(home):
        return None
    return Path(home) / ".cache" / "rolegen"


def shipped(name: str) -> Path:
    """A rule or word-list file shipped with the package: ``rules/NAME.yml``."""
    from importlib import resources

    return Path(str(resources.files("rolegen.adcheck") / "rules" / f"{name}.yml"))


def read_shipped(name: str):
    """The data of the shipped file ``rules/NAME.yml`` (the one reader of the shipped YAML files)."""
    import yaml

    from rolegen.knowledge.yamlio import loader

    return yaml.load(shipped(name).read_text(encoding="utf-8"), Loader=loader())  # noqa: S506 - a safe loader


def _code() -> list[Path]:
    """The files what is cached is made from: the checker's code and its rule files."""
    here = Path(__file__).resolve().parent
    return sorted([*here.glob("*.py"), *(here / "rules").glob("*")])


def key(kind: str, extra: bytes = b"") -> str:
    """The name of a cached ``kind`` built from the shipped files and ``extra`` (a user's rules file)."""
    from rolegen import __version__

    digest = hashlib.sha256(f"{FORMAT}\0{kind}\0{__version__}\0{sys.version}\0".encode())
    for path in _code():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(extra)
    return f"{kind}-{digest.hexdigest()[:32]}.pickle"


def cached(kind: str, build: Callable[[], object], extra: bytes = b""):
    """What ``build()`` returns, read from the cache when it is there, else built and kept."""
    if not ENABLED:
        return build()
    where = folder()
    try:
        name = key(kind, extra)
    except OSError:
        return build()
    if where is not None:
        try:
            with open(where / name, "rb") as stream:
                return pickle.load(stream)
        except Exception:  # noqa: BLE001 - missing, truncated, corrupt or foreign: built again
            pass
    value = build()
    if where is not None:
        _store(where, name, value)
    return value


def _store(where: Path, name: str, value) -> None:
    """Write ``value`` as ``where/name`` atomically; give up silently when the folder cannot be written."""
    import tempfile

    try:
        where.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=where, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, where / name)
        except BaseException:
            os.unlink(temporary)
            raise
        _prune(where)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no error
        pass


def _prune(where: Path) -> None:
    files = sorted(where.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
    for old in files[:-KEPT]:
        try:
            old.unlink()
        except OSError:
            pass
