"""The project file, ``rolegen.toml``: where a team's roles, openings, companies and templates are.

Every command looks for it in the working folder, then in each parent, as
git and mkdocs find theirs; paths in it are relative to the folder that holds
it, so a command run from a subfolder reads the same files. Without a project
file the defaults are the repository's layout (``roles/``, ``templates/``,
``site/`` ...) in the working folder. Options on the command line
(``--roles DIR``...) and environment variables (``ROLEGEN_ROLES``) win over it.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from rolegen.errors import DataError, Problem
from rolegen.textutil import shown_value

FILE_NAME = "rolegen.toml"
LANGUAGES = ("fr", "en")
FOLDERS = {
    "roles": "roles",
    "openings": "openings",
    "companies": "companies",
    "templates": "templates",
    "output": "site",
    "postings": "build/postings",
}
"""Folder keys of the ``[folders]`` table and their defaults."""
_TOP_KEYS = {"languages", "company", "mkdocs", "engine", "folders"}
ENGINES = ("mkdocs", "properdocs", "zensical")
"""The engines that can build the guide (``engine = ...``); the first is the default."""


@dataclass(frozen=True)
class Project:
    """A project's settings, paths made absolute (from the project file's folder)."""

    root: Path
    """The folder of the project file (the working folder when there is none)."""
    file: Path | None = None
    """The project file, or None when there is none."""
    folders: dict[str, Path] = field(default_factory=dict)
    languages: tuple[str, ...] = LANGUAGES
    """The languages of the project, the first one the default ``--lang``."""
    company: Path | None = None
    """The company profile the guide's postings are written for."""
    mkdocs: Path | None = None
    """The engine settings read over rolegen's defaults."""
    engine: str = ENGINES[0]
    """The engine that builds the guide (``rolegen build`` and ``rolegen serve``)."""

    def folder(self, name: str) -> Path:
        """The folder ``name`` (a key of FOLDERS)."""
        return self.folders[name]


def find(start: Path | None = None) -> Path | None:
    """The nearest ``rolegen.toml`` in ``start`` (default: the working folder) or a parent."""
    folder = Path(start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / FILE_NAME).is_file():
            return candidate / FILE_NAME
    return None


def discover(start: Path | None = None, file: str | Path | None = None) -> Project:
    """The project of ``file``, of the nearest project file, or the defaults in the working folder."""
    path = Path(file) if file is not None else find(start)
    if path is None:
        root = Path(start or Path.cwd()).resolve()
        return Project(root=root, folders={k: root / v for k, v in FOLDERS.items()},
                       mkdocs=root / "mkdocs.yml" if (root / "mkdocs.yml").is_file() else None)
    return load(path)


def load(path: Path) -> Project:
    """Read a project file; every problem is a located line."""
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError([Problem(shown, 1, 1, "", f"cannot read the project file: {exc}")]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, column = (int(found.group(1)), int(found.group(2))) if found else (1, 1)
        if "(at end of document)" in str(exc):
            line, column = text.count("\n") + 1, len(text.rsplit("\n", 1)[-1]) + 1
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise DataError([Problem(shown, line, column, "", f"TOML error: {message}")]) from None
    return _build(path.resolve().parent, path, data, _Locator(shown, text))


class _Locator:
    """Lines of keys in the file's text, to locate a problem (tomllib keeps no positions)."""

    def __init__(self, shown: str, text: str):
        self.shown = shown
        self.lines = text.splitlines()

    def problem(self, key: str, message: str) -> Problem:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                return Problem(self.shown, number, line.index(line.lstrip()[0]) + 1, key, message)
        return Problem(self.shown, 1, 1, key, message)


def _build(root: Path, path: Path, data: dict, where: _Locator) -> Project:
    problems = [where.problem(key, f"unknown setting; expected one of: {', '.join(sorted(_TOP_KEYS))}")
                for key in data if key not in _TOP_KEYS]
    folders_data = data.get("folders", {})
    if not isinstance(folders_data, dict):
        problems.append(where.problem("folders", "expected a table of folders: [folders]"))
        folders_data = {}
    folders = {}
    for key, default in FOLDERS.items():
        value = folders_data.get(key, default)
        if not isinstance(value, str) or not value.strip():
            problems.append(where.problem(key, f"expected a folder path as text, got {shown_value(value)}"))
            value = default
        folders[key] = root / value
    problems += [where.problem(key, f"unknown folder; expected one of: {', '.join(FOLDERS)}")
                 for key in folders_data if key not in FOLDERS]
    languages = data.get("languages", list(LANGUAGES))
    if (not isinstance(languages, list) or not languages or len(set(map(str, languages))) != len(languages)
            or not set(languages) <= set(LANGUAGES)):
        problems.append(where.problem("languages", f"expected a list of languages among {', '.join(LANGUAGES)}, "
                                      f"each once; got {shown_value(languages)}"))
        languages = list(LANGUAGES)
    optional = {}
    for key in ("company", "mkdocs"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(where.problem(key, f"expected a file path as text, got {shown_value(value)}"))
            value = None
        optional[key] = root / value if value else None
    engine = data.get("engine", ENGINES[0])
    if engine not in ENGINES:
        problems.append(where.problem("engine", f"expected one of {', '.join(ENGINES)}, got {shown_value(engine)}"))
        engine = ENGINES[0]
    if optional["mkdocs"] is None and (root / "mkdocs.yml").is_file():
        optional["mkdocs"] = root / "mkdocs.yml"
    if problems:
        raise DataError(problems)
    return Project(root=root, file=path, folders=folders, languages=tuple(languages), engine=engine, **optional)


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)
