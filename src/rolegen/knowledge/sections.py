"""The sections of a role, declared once, on the fields of the role model.

Each field of :class:`rolegen.knowledge.model.Role` that a reader sees carries
a :class:`Section` in its annotation: its name in French and English, and
what the outputs do with it (its place on the page, whether ``rolegen
compare`` lays it side by side, how ``rolegen search`` weighs a match in it,
whether ``rolegen lint`` asks for a number of items). ``rolegen show``, lint,
``rolegen new``, compare, search, the guide's role, comparison and matrix
pages and its finder read this registry instead of lists of their own::

    responsibilities: Annotated[list[Statement], Section(
        "Responsabilités", "Responsibilities", order=10, compare=True, min_items=True,
        search=(Kind("responsibility", 1, "responsabilité"),))] = Field(min_length=1)

A new list of statements (``list[Statement]``) needs nothing else: every
output shows, checks, compares and searches it like the responsibilities.
Sections whose items are not plain statements (skills, collaborations, codes
...) are laid out by code of their own in each output, looked up by name.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pydantic import BaseModel


@dataclass(frozen=True)
class Kind:
    """How ``rolegen search`` and the guide's finder name a match in a section, and what it weighs."""

    name: str
    """The name in results and in JSON, in English ("daily activity")."""
    weight: int
    """How much a query word matched there counts; names weigh 10, free text 1."""
    fr: str
    """The name the French finder shows."""
    en: str = ""
    """The name the English finder shows; ``name`` when left out."""

    def __getitem__(self, lang: str) -> str:
        return self.fr if lang == "fr" else (self.en or self.name)


@dataclass(frozen=True)
class Section:
    """A field of the role model as readers see it: its name and what each output does with it."""

    fr: str
    """The field's name in French (a heading, or the label of a line)."""
    en: str
    """The field's name in English."""
    order: int | None = None
    """Place among the role's sections (show, the role page, compare); None: no section of its own."""
    head: bool = False
    """Shown at the top (``show``'s first lines, the page's summary box) rather than as a section of its own."""
    shown: bool = True
    """Shown by ``rolegen show`` and the role page (left_out is the editor's record, not shown)."""
    compare: bool = False
    """Laid side by side by ``rolegen compare`` and the guide's comparisons; the facts of the head come last."""
    search: tuple[Kind, ...] = ()
    """How a match in the section is named and weighed by ``rolegen search``; empty: not searched."""
    search_order: int | None = None
    """Place among the sections search reads (matches of equal weight are listed in this order); ``order`` if None."""
    min_items: bool = False
    """``rolegen lint`` (rule min-items) asks for at least MIN_ITEMS items."""
    duty: bool = False
    """Its items are duties: one that names a skill's subject asks for that skill as essential (lint, skill-need)."""
    matrix: bool = False
    """The guide has a matrix page laying every role side by side for this section."""
    basis: str | None = None
    """The field that gives the basis of each item (kpis: kpi_basis), when the items are plain ids."""
    section: str | None = None
    """The section this field is part of, when it is not one of its own (manages: reporting)."""
    heading: tuple[str, str] | None = None
    """The section's heading in French and English, when the section is named apart from its first field."""
    show_after: str | None = None
    """``rolegen show`` only: the section this one follows there, where it differs from ``order``."""
    name: str = ""
    """The section's name (set by the registry: the field's name, or ``section``)."""
    fields: tuple[str, ...] = ()
    """The role fields the section shows (set by the registry)."""
    shape: str = ""
    """``statements`` for a list of statements, which every output handles alike; else the section's name."""

    def __getitem__(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    @property
    def anchor(self) -> str:
        """The id of the section's heading on the role page."""
        return self.name.replace("_", "-")

    @property
    def generic(self) -> bool:
        """Whether every output lays the section out by its shape alone (a list of statements)."""
        return self.shape == "statements"


@dataclass(frozen=True)
class Registry:
    """The sections of one role model, and the names of its fields."""

    sections: tuple[Section, ...]
    """Every section, in ``order``."""
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Field or section name -> (French, English)."""
    kinds: tuple[Kind, ...] = ()
    """Every search kind, in the order of the fields."""
    weights: dict[str, int] = field(default_factory=dict)
    """Search kind -> weight, heaviest first (ties in the order of the fields)."""
    searched_sections: tuple[Section, ...] = ()
    """The sections search reads, in ``search_order``."""
    keyed: dict[str, str] = field(default_factory=dict)
    """List field of plain ids -> the field that gives the basis of each, by id."""
    statement_lists: tuple[str, ...] = ()
    """List fields whose every item carries its own basis, in the order of the fields."""
    text_lists: tuple[str, ...] = ()
    """Fields that are lists of statements (``list[Statement]``), in the order of the fields."""

    def get(self, name: str) -> Section:
        """The section ``name``."""
        return next(s for s in self.sections if s.name == name)

    def body(self) -> list[Section]:
        """The sections of the page's body, in order."""
        return [s for s in self.sections if not s.head and s.shown]

    def compared(self) -> list[str]:
        """Names of the sections ``rolegen compare`` lays side by side: the body's, then the head's facts."""
        chosen = [s for s in self.sections if s.compare]
        return [s.name for s in sorted(chosen, key=lambda s: (s.head, s.order))]

    def search_sections(self) -> tuple[Section, ...]:
        """The sections ``rolegen search`` reads, in ``search_order``."""
        return self.searched_sections

    def searched(self) -> dict[str, int]:
        """Search kind -> weight, heaviest first (ties in the order of the fields)."""
        return self.weights

    def kind_names(self) -> dict[str, tuple[str, str]]:
        """Search kind -> its name in the French and the English finder, heaviest first."""
        return {k.name: (k["fr"], k["en"]) for k in sorted(self.kinds, key=lambda k: -k.weight)}

    def min_items(self) -> tuple[str, ...]:
        """The fields ``rolegen lint`` asks at least MIN_ITEMS items of."""
        return tuple(name for s in self.sections if s.min_items for name in s.fields)

    def duties(self) -> tuple[str, ...]:
        """The fields whose items are duties (lint's skill-need rule reads them)."""
        return tuple(name for s in self.sections if s.duty for name in s.fields)

    def matrices(self) -> tuple[str, ...]:
        """The sections the guide has a matrix page for."""
        return tuple(s.name for s in self.sections if s.matrix)


def item_type(annotation) -> type | None:
    """The item type of ``list[X]`` (through Annotated), else None."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        while typing.get_origin(item) is typing.Annotated:
            item = typing.get_args(item)[0]
        return item
    return None


@lru_cache(maxsize=8)
def build(model: type[BaseModel]) -> Registry:
    """The registry of ``model``'s fields (cached per model class)."""
    from rolegen.knowledge.model import Statement

    declared: list[Section] = []
    labels: dict[str, tuple[str, str]] = {}
    kinds: list[Kind] = []
    keyed: dict[str, str] = {}
    with_basis, texts = [], []
    parts: dict[str, list[str]] = {}
    for name, info in model.model_fields.items():
        item = item_type(info.annotation)
        if isinstance(item, type) and issubclass(item, BaseModel) and "basis" in item.model_fields:
            with_basis.append(name)
        if item is Statement:
            texts.append(name)
        entry = next((m for m in info.metadata if isinstance(m, Section)), None)
        if entry is None:
            continue
        labels[name] = (entry.fr, entry.en)
        kinds += entry.search
        if entry.basis:
            keyed[name] = entry.basis
        owner = entry.section or name
        parts.setdefault(owner, []).append(name)
        if entry.heading:
            labels[owner] = entry.heading
        if entry.order is not None:
            shape = "statements" if item is Statement else owner
            fr, en = entry.heading or (entry.fr, entry.en)
            declared.append(replace(entry, fr=fr, en=en, name=owner, shape=shape))
    orders = [s.order for s in declared]
    if len(set(orders)) != len(orders):
        raise ValueError(f"two sections of {model.__name__} have the same order: {sorted(orders)}")
    if len({k.name for k in kinds}) != len(kinds):
        raise ValueError(f"two sections of {model.__name__} name a search match the same way")
    sections = tuple(sorted((replace(s, fields=tuple(parts[s.name])) for s in declared), key=lambda s: s.order))
    weights = {k.name: k.weight for k in sorted(kinds, key=lambda k: -k.weight)}
    searched = tuple(sorted((s for s in sections if s.search),
                            key=lambda s: s.order if s.search_order is None else s.search_order))
    return Registry(sections=sections, labels=labels, kinds=tuple(kinds), weights=weights, searched_sections=searched,
                    keyed=keyed, statement_lists=tuple(with_basis), text_lists=tuple(texts))


def registry() -> Registry:
    """The registry of the role model in use (:data:`rolegen.knowledge.model.Role`)."""
    from rolegen.knowledge import model

    return build(model.Role)
