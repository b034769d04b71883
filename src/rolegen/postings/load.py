"""Read ``openings/*.yml`` with their company profiles into resolved :class:`Vacancy` objects.

A :class:`Vacancy` is what every posting renders: an opening file, or a role's posting for a company
(:func:`role_posting`), which is an opening with the defaults (no reference, no pay of its own, no level, the
company's place and dates).

Every file is read and checked before anything is returned: the problems of
every opening (and of the company profiles they name) are raised together as
one :class:`DataError`, one located line each. A field that is wrong on its own
does not hide the meaning-level problems of the others: the checks run on the
fields that are valid.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from rolegen.errors import UsageError
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.checks import check_company
from rolegen.knowledge.company import Company
from rolegen.knowledge.loader import Reading, shown_path
from rolegen.knowledge.locate import Loc, Locator
from rolegen.knowledge.model import ID_PATTERN, Role, RoleLevel, SeniorityLevel
from rolegen.postings.checks import check_opening
from rolegen.postings.merge import merged_company
from rolegen.postings.model import Opening
from rolegen.safefile import stays_inside
from rolegen.textutil import shown_value

DEFAULT_OPENINGS = "openings"
_ID = re.compile(ID_PATTERN)
_TAGS = {"location": ("name", "address"), "manager": ("name", "text"), "team": ("name", "text"),
         "company": ("path", "profile")}


@dataclass(frozen=True)
class Vacancy:
    """One opening with everything it refers to resolved: what the renderers read."""

    id: str
    """The file stem (the role's id for a role's posting): output files are named ID.LANG.EXT."""
    path: str
    """The file, as messages show it (the role's id for a role's posting)."""
    opening: Opening | None
    """None for a role's posting: an opening with the defaults."""
    role: Role
    level: SeniorityLevel | None
    role_level: RoleLevel | None
    profile: Company | None
    """The company profile as written; None for a role's posting with placeholders."""
    company: Company | None
    """The profile with the opening's overrides applied (place, remote, contract, pay, apply, dates, reference)."""

    @property
    def template(self) -> str:
        """The stem of the Markdown template: ``opening`` for an opening, ``posting`` for a role's posting."""
        return "posting" if self.opening is None else "opening"


def role_posting(role: Role, company: Company | None) -> Vacancy:
    """A role's posting for ``company`` (None: placeholders such as <Entreprise>): an opening with the defaults."""
    return Vacancy(role.id, role.id, None, role, None, None, company, company)


class OpeningLocator(Locator):
    """Places problems on the file's own keys: the model's union tags (location.address) are not in the file."""

    def problem(self, loc: Loc, message: str, severity: str = "error", on_key: bool = False):
        return super().problem(untag(loc), message, severity, on_key)

    def scalar(self, loc: Loc):
        return super().scalar(untag(loc))


def untag(loc: Loc) -> Loc:
    """``('location', 'address', 'city')`` -> ``('location', 'city')``; ``drop[1].text`` -> ``drop[1]``."""
    out: list[Any] = []
    for step in loc:
        after_location = bool(out) and isinstance(out[-1], str) and step in _TAGS.get(out[-1], ())
        after_drop = len(out) >= 2 and out[-2] == "drop" and isinstance(out[-1], int) and step in ("index", "text")
        if not (after_location or after_drop):
            out.append(step)
    return tuple(out)


def load_openings(folder: str | Path, kb: KnowledgeBase, warnings: list | None = None) -> list[Vacancy]:
    """Every opening of ``folder`` (``*.yml``), sorted by file name; references must be unique.

    ``warnings`` receives the located warnings of the openings and their company profiles.
    """
    root = Path(folder)
    if not root.is_dir():
        raise UsageError(f"no openings folder at '{folder}'; give one with --openings DIR")
    paths = sorted([*root.glob("*.yml"), *root.glob("*.yaml")])
    return _load(paths, kb, root, warnings)


def load_opening(path: str | Path, kb: KnowledgeBase, warnings: list | None = None) -> Vacancy:
    """One opening file, with its company profile (``warnings`` receives the located warnings)."""
    source = Path(path)
    if not os.path.lexists(source) or source.is_dir():  # a pipe or a device is refused by the reading, located
        raise UsageError(f"no opening file at '{path}'")
    return _load([source], kb, None, warnings)[0]


def _load(paths: list[Path], kb: KnowledgeBase, folder: Path | None = None,
          warnings: list | None = None) -> list[Vacancy]:
    reading = Reading()
    companies: dict[Path, Company | None] = {}
    references: dict[str, str] = {}
    vacancies: list[Vacancy] = []
    for path in paths:
        if folder is not None and not stays_inside(path, folder):
            reading.error_at_file(shown_path(path), "symbolic link points outside the openings folder; "
                                                    "copy the file instead")
            continue
        vacancy = _read_one(path, kb, reading, companies, references)
        if vacancy is not None:
            vacancies.append(vacancy)
    reading.raise_errors()
    if warnings is not None:
        warnings.extend(sorted(set(p for p in reading.problems if p.severity != "error")))
    return vacancies


def _read_one(path: Path, kb: KnowledgeBase, reading: Reading, companies: dict, references: dict) -> Vacancy | None:
    shown = shown_path(path)
    if not _ID.match(path.stem):
        reading.error_at_file(shown, f"file name '{path.stem}' is not a valid id (lower-case, digits, hyphens): "
                                     "it names the posting files")
        return None
    locator = reading.locators.setdefault(shown, OpeningLocator(path, shown))
    before = len(reading.problems)
    opening, data, _ = reading.read(path, Opening)
    if data is None:
        return None
    fields = opening.__dict__ if opening is not None else valid_fields(data)
    profile = _company(path, fields.get("company"), locator, reading, companies)
    reading.problems.extend(check_opening(fields, kb, profile, locator, data))
    _unique_reference(fields.get("reference"), shown, locator, reading, references)
    if opening is None or profile is None or _has_error(reading, shown, before):
        return None
    role = kb.roles[opening.role]
    return Vacancy(path.stem, shown, opening, role, kb.seniority[opening.seniority], role.level_of(opening.seniority),
                   profile, merged_company(profile, opening))


def _has_error(reading: Reading, shown: str, start: int) -> bool:
    return any(p.severity == "error" and p.path == shown for p in reading.problems[start:])


_STRICT = ConfigDict(strict=True)


def valid_fields(data: Any) -> dict[str, Any]:
    """The top-level fields of an invalid file that are valid on their own (the others are left out)."""
    if not isinstance(data, dict):
        return {}
    fields: dict[str, Any] = {}
    for name, info in Opening.model_fields.items():
        if name not in data:
            continue
        model = isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel)
        adapter = TypeAdapter(info.annotation) if model else TypeAdapter(info.annotation, config=_STRICT)
        try:
            fields[name] = adapter.validate_python(data[name])
        except ValidationError:
            continue
    return fields


def _company(path: Path, value: Any, locator: Locator, reading: Reading, companies: dict) -> Company | None:
    """The company profile named by the opening (read once per file), or written in it; its problems added to
    ``reading``."""
    if isinstance(value, Company):
        found = check_company(value, _Within(locator, ("company",)))
        reading.problems.extend(found)
        return None if any(p.severity == "error" for p in found) else value
    if not isinstance(value, str):
        return None
    target = (path.parent / value).resolve()
    if target in companies:
        return companies[target]
    if not any(stays_inside(target, root) for root in project_roots(path)):
        reading.problems.append(locator.problem(("company",), f"the company profile {shown_value(value)} is outside "
                                                              "the project; keep it in the project's folders"))
        companies[target] = None
        return None
    if not target.exists() or target.is_dir():
        reading.problems.append(locator.problem(("company",), f"no company profile at '{value}' "
                                                              f"(read relative to {shown_path(path.parent) or '.'})"))
        companies[target] = None
        return None
    company, _, company_locator = reading.read(target, Company)
    if company is not None:
        found = check_company(company, company_locator)
        reading.problems.extend(found)
        company = None if any(p.severity == "error" for p in found) else company
    companies[target] = company
    return company


class _Within:
    """Places the problems of a profile written inside the opening under its key."""

    def __init__(self, locator: Locator, prefix: Loc):
        self.locator, self.prefix = locator, prefix

    def problem(self, loc: Loc, message: str, severity: str = "error", on_key: bool = False):
        return self.locator.problem((*self.prefix, *loc), message, severity, on_key)


def project_roots(opening: Path) -> list[Path]:
    """Where an opening's company profile may be: the project (the folder of rolegen.toml, else the working
    folder) and the folder that holds the opening's folder (``openings/../companies/``)."""
    from rolegen.project.config import discover

    return [discover().root, opening.resolve().parent.parent]


def _unique_reference(reference: Any, shown: str, locator: Locator, reading: Reading, seen: dict) -> None:
    if not isinstance(reference, str):
        return
    key = reference.casefold()
    if key in seen:
        reading.problems.append(locator.problem(("reference",), f"reference '{reference}' is already used by {seen[key]}"))
    else:
        seen[key] = shown
