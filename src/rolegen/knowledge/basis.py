"""Where each statement of a role comes from: its ``basis``.

A basis is a list of source ids (``roles/vocabulary/sources.yml``) or the one
word ``practice``: established practice of the trade that none of the sources
states. Statements are the items of a role's lists (responsibilities, daily
activities, collaborations, facts, grey zones, distinctions), its summary, its
``level``, its reporting notes, each skill link, each KPI (through
``kpi_basis``), each background (``background_basis``), each place of
``found_in`` (``found_in_basis``) and each seniority level. This module finds them, in the model (for lint, the guide and the
export) and in the raw data (for the reference checks, which run even on a file
with shape errors).
"""

from __future__ import annotations

from typing import Any, Iterator

from rolegen.errors import Problem
from rolegen.knowledge.locate import Locator, did_you_mean
from rolegen.knowledge.model import PRACTICE, Role
from rolegen.knowledge.sections import registry

Path = tuple[Any, ...]
_NOUNS = {"found_in": "places (found_in)"}
"""How a finding names the items of a list field, where not by the field's name."""


def statement_lists() -> tuple[str, ...]:
    """Role fields whose every item carries its own basis: the lists of a model with a ``basis`` field."""
    return registry().statement_lists


def keyed() -> dict[str, str]:
    """List fields of plain ids whose basis is a mapping beside them, by id (kpis: kpi_basis)."""
    return registry().keyed


def statements(role: Role) -> Iterator[tuple[Path, list[str]]]:
    """(field path, basis) of every statement of a role."""
    yield ("summary",), list(role.summary.basis)
    yield ("level",), list(role.level_basis)
    for field in statement_lists():
        for i, item in enumerate(getattr(role, field, None) or []):
            yield (field, i), list(getattr(item, "basis", []))
    if role.reporting_notes is not None:
        yield ("reporting_notes",), list(role.reporting_notes.basis)
    for field, mapping in keyed().items():
        bases = getattr(role, mapping)
        for i, item in enumerate(getattr(role, field)):
            yield (field, i), list(bases.get(item, []))


def cited(role: Role) -> set[str]:
    """The source ids that the statements of a role cite."""
    return {s for _, basis in statements(role) for s in basis if s != PRACTICE}


def raw_bases(data: dict) -> Iterator[tuple[Path, Any]]:
    """(path of the basis, its raw value) of every basis a role file gives, valid or not."""
    for field in statement_lists():
        items = data.get(field)
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and "basis" in item:
                yield (field, i, "basis"), item["basis"]
    for field in ("reporting_notes", "summary"):
        text = data.get(field)
        if isinstance(text, dict) and "basis" in text:
            yield (field, "basis"), text["basis"]
    if "level_basis" in data:
        yield ("level_basis",), data["level_basis"]
    for mapping in keyed().values():
        bases = data.get(mapping)
        if isinstance(bases, dict):
            for key, basis in bases.items():
                yield (mapping, key), basis


def check_bases(data: dict, loc: Locator, sources: dict, readable: bool, known: dict[str, dict]) -> Iterator[Problem]:
    """Every basis names known sources listed in the role's ``sources``, or is ``[practice]`` alone.

    ``kpi_basis`` may only name KPIs of the role's ``kpis`` (checked once they
    all exist: a misspelt KPI is one mistake, reported once); the same goes for
    ``background_basis`` and ``found_in_basis``. ``known``: the KPIs and
    backgrounds by id. With ``readable``
    false (the sources file is broken), unknown ids are not reported: they
    would all be.
    """
    own = data.get("sources") if isinstance(data.get("sources"), list) else []
    if readable:
        yield from _known_sources(own, loc, sources)
    for path, basis in raw_bases(data):
        if not isinstance(basis, list):
            continue
        if PRACTICE in basis and len(basis) > 1:
            yield loc.problem(path, f"'{PRACTICE}' stands alone: a statement comes from sources or from practice")
        for j, source_id in enumerate(basis):
            if not isinstance(source_id, str) or source_id == PRACTICE:
                continue
            if readable and source_id not in sources:
                yield loc.problem((*path, j), f"unknown source '{source_id}'{did_you_mean(source_id, sources)}")
            elif source_id in sources and source_id not in own:
                yield loc.problem((*path, j), f"source '{source_id}' is not in this role's sources; add it there")
    yield from _keys(data, loc, known)


def _known_sources(own: list, loc: Locator, sources: dict) -> Iterator[Problem]:
    for i, source_id in enumerate(own):
        if isinstance(source_id, str) and source_id not in sources:
            yield loc.problem(("sources", i), f"unknown source '{source_id}'{did_you_mean(source_id, sources)}")


def _keys(data: dict, loc: Locator, known: dict) -> Iterator[Problem]:
    """Each key of kpi_basis, background_basis and found_in_basis is an item of the list it gives the basis of."""
    for field, mapping in keyed().items():
        items = data.get(field) if isinstance(data.get(field), list) else []
        bases = data.get(mapping)
        if field in known and not all(isinstance(k, str) and k in known[field] for k in items):
            continue
        noun = _NOUNS.get(field, field)
        for key in bases if isinstance(bases, dict) else {}:
            if key not in items:
                yield loc.problem((mapping, key), f"'{key}' is not one of this role's {noun}", on_key=True)


def check_source_ids(sources: dict, loc: Locator | None) -> Iterator[Problem]:
    """``practice`` is reserved: no source may take it as its id."""
    if PRACTICE in sources and loc is not None:
        index = loc.entry_index(PRACTICE)
        yield loc.problem((index, "id") if index is not None else (), f"'{PRACTICE}' is reserved; choose another id")
