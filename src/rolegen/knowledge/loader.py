"""Read ``roles/`` (and a company profile) into validated models.

Everything is read and checked before anything is returned; all problems of
all files are collected and raised together as one :class:`DataError`.
"""

from __future__ import annotations

import gc
import os
import re
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Iterator

from pydantic import TypeAdapter

from rolegen.knowledge import yamlio
from rolegen.knowledge.company import Company
from rolegen.knowledge.checks import RoleFile, check_company, check_kb
from rolegen.errors import DataError, Problem, UsageError
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.locate import Locator, did_you_mean
from rolegen.knowledge import model
from rolegen.knowledge.model import ID_PATTERN, OPTIONAL_VOCABULARIES, ORDERED_VOCABULARIES, VOCABULARIES
from rolegen.knowledge.validation import validate

DEFAULT_ROLES = "roles"
VOCABULARY_DIR = "vocabulary"
_ID = re.compile(ID_PATTERN)
_VOCAB_ADAPTERS = {kind: TypeAdapter(list[model]) for kind, model in VOCABULARIES.items()}


def shown_path(path: Path) -> str:
    """The path as messages show it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


class Reading:
    """The state of one load: located problems and one locator per file."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.locators: dict[str, Locator] = {}

    def read(self, path: Path, adapter: Any) -> tuple[Any, Any, Locator]:
        """Read and validate one YAML file: its model (None if invalid), its raw data, its locator."""
        shown = shown_path(path)
        locator = self.locators.setdefault(shown, Locator(path, shown))
        try:
            data, problems = yamlio.load(path, shown)
        except yamlio.YamlProblems as exc:
            self.problems.extend(exc.problems)
            return None, None, locator
        self.problems.extend(problems)
        model, invalid = validate(adapter, data, locator)
        # A value the YAML reader already refused reaches the model as a gap: say it once.
        refused = {p.field for p in problems if p.severity == "error"}
        self.problems.extend(p for p in invalid if not _under(p.field, refused))
        return (None if invalid else model), data, locator

    def error_at_file(self, shown: str, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(shown, 1, 1, "", message, severity))

    def raise_errors(self) -> None:
        if any(p.severity == "error" for p in self.problems):
            raise DataError(self.problems)


def load(roles_dir: str | Path = DEFAULT_ROLES, strict: bool = False) -> KnowledgeBase:
    """Load and check a knowledge base; raise :class:`DataError` if it is invalid.

    With ``strict``, warnings are errors too.
    """
    root = _existing_dir(roles_dir)
    with uncollected():
        return _load(root, strict)


@contextmanager
def uncollected() -> Iterator[None]:
    """Run the block without Python's cyclic garbage collector, then put it back as it was.

    For work that only adds objects it keeps (loading the roles, rendering a
    language's pages): the collector would walk the growing heap again and
    again and find nothing (half the load time of 1,000 roles, and more the
    more roles). Nested blocks leave the collector off until the outermost ends.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _load(root: Path, strict: bool) -> KnowledgeBase:
    reading = Reading()
    vocab, vocab_files = _read_vocabularies(root, reading)
    unreadable = {kind for kind, shown in vocab_files.items() if _failed(reading, shown)}
    role_files = _read_roles(root, reading)
    kb = KnowledgeBase(roles={}, files=vocab_files, **vocab)
    for role_file in sorted(role_files, key=lambda f: f.model.id if f.model else ""):
        role = role_file.model
        if role is not None and role.id not in kb.roles:
            kb.roles[role.id] = role
            kb.files[role.id] = role_file.shown
    shaped = {(p.path, p.field) for p in reading.problems if p.field}
    for problem in check_kb(kb, role_files, reading.locators, unreadable):
        if not any(path == problem.path and _under(problem.field, {field}) for path, field in shaped):
            reading.problems.append(problem)
    if strict:
        reading.problems = [p.as_error() for p in reading.problems]
    reading.raise_errors()
    kb.warnings = sorted(reading.problems)
    return kb


def _under(field: str, prefixes: set[str]) -> bool:
    return any(field == p or field.startswith((p + ".", p + "[")) for p in prefixes)


def _existing_dir(roles_dir: str | Path) -> Path:
    root = Path(roles_dir)
    if not root.is_dir():
        raise UsageError(f"no roles folder at '{roles_dir}'; give one with --roles DIR")
    return root


def _read_vocabularies(root: Path, reading: Reading) -> tuple[dict[str, dict], dict[str, str]]:
    """Each vocabulary by kind, and the file each was read from."""
    folder = root / VOCABULARY_DIR
    vocab: dict[str, dict] = {}
    files: dict[str, str] = {}
    for kind, adapter in _VOCAB_ADAPTERS.items():
        path = folder / f"{kind}.yml"
        files[kind] = shown_path(path)
        if not path.is_file():
            if kind in OPTIONAL_VOCABULARIES:
                vocab[kind] = {}
                continue
            reading.error_at_file(shown_path(path), f"missing vocabulary file ({kind}.yml)")
            vocab[kind] = {}
            continue
        entries, _, locator = reading.read(path, adapter) if _inside(path, root, reading) else (None, None, None)
        vocab[kind] = _by_id(entries or [], locator, reading, keep_order=kind in ORDERED_VOCABULARIES)
    if folder.is_dir():
        for extra in sorted(folder.glob("*.y*ml")):
            if extra.stem not in VOCABULARIES:
                message = f"unknown vocabulary file, ignored{did_you_mean(extra.stem, VOCABULARIES)}"
                reading.error_at_file(shown_path(extra), message, "warning")
    return vocab, files


def _by_id(entries: list, locator: Locator | None, reading: Reading, keep_order: bool = False) -> dict:
    """Entries by id, sorted (or in file order); a repeated id is a problem at its second entry."""
    first: dict[str, int] = {}
    for i, entry in enumerate(entries):
        if entry.id in first and locator is not None:
            message = f"duplicate id '{entry.id}' (first at [{first[entry.id]}])"
            reading.problems.append(locator.problem((i, "id"), message))
        first.setdefault(entry.id, i)
    ordered = first.items() if keep_order else sorted(first.items())
    return {entry_id: entries[i] for entry_id, i in ordered}


def _failed(reading: Reading, shown: str) -> bool:
    return any(p.path == shown and p.severity == "error" for p in reading.problems)


def _read_roles(root: Path, reading: Reading) -> list[RoleFile]:
    """Every role file, valid or not (data is None where it could not be parsed)."""
    roles: list[RoleFile] = []
    stems: dict[str, str] = {}
    for path in sorted([*root.glob("*.yml"), *root.glob("*.yaml")]):
        shown = shown_path(path)
        if not _ID.match(path.stem):
            reading.error_at_file(shown, f"file name '{path.stem}' is not a valid role id (lower-case, digits, hyphens)")
            continue
        if path.stem in stems:
            reading.error_at_file(shown, f"a second file for role '{path.stem}' (also {stems[path.stem]})")
            continue
        stems[path.stem] = shown
        if _inside(path, root, reading) is None:
            continue
        role, data, _ = reading.read(path, model.Role)  # looked up here: a test may extend the model
        roles.append(RoleFile(shown, data, role))
    return roles


def _inside(path: Path, root: Path, reading: Reading) -> Path | None:
    """``path`` if it stays inside ``root`` once links are followed, else None."""
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        reading.error_at_file(shown_path(path), "symbolic link points outside the roles folder; copy the file instead")
        return None
    if not resolved.is_file():
        reading.error_at_file(shown_path(path), "not a regular file")
        return None
    return path


def load_company(path: str | Path) -> Company:
    """Load and check a company profile; raise :class:`DataError` if it is invalid."""
    source = Path(path)
    if not source.exists() or source.is_dir():  # a pipe or a device is refused by the reading, located
        raise UsageError(f"no company profile at '{path}'")
    reading = Reading()
    company, _, locator = reading.read(source, Company)
    if company is not None:
        reading.problems.extend(check_company(company, locator))
    reading.raise_errors()
    return company
