"""Levels of one role side by side (``rolegen compare ROLE@junior ROLE@senior``).

The data has the shape of :func:`rolegen.compare.engine.compare`, built by
the same :func:`~rolegen.compare.engine.merge`, so the text, Markdown and JSON
renderers serve both. Each compared "role" is ``ROLE@LEVEL``; there are no
overlaps or distinctions, and ``role`` and ``levels`` name what is compared::

    {"lang": "en", "role": "community-manager", "levels": ["junior", "senior"],
     "roles": [{"id": "community-manager@junior", "title": "Community manager (junior)"}, ...],
     "sections": [...], "overlaps": [], "distinctions": []}

Sections: ``experience`` (typical years), ``scope``, ``responsibilities``
(the role's own, shared by every level, and what each level adds),
``skills`` (those that deepen at the level) and ``kpis`` (those it owns).
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from rolegen.compare.engine import merge
from rolegen.i18n import word
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role, RoleLevel
from rolegen.knowledge.seniority import experience_text, level_title
from rolegen.textutil import fold

LEVEL_SECTIONS = ("experience", "scope", "responsibilities", "skills", "kpis")
"""Sections of a comparison of levels, in the order they are shown."""

_LABELS = {"skills": "skills_deepened", "kpis": "kpis_owned"}


def compare_levels(kb: KnowledgeBase, role: Role, levels: list[RoleLevel], lang: str,
                   sections: Iterable[str] | None = None) -> dict[str, Any]:
    """Compare two or more seniority levels of ``role`` (in the order given), section by section."""
    chosen = [s for s in LEVEL_SECTIONS if sections is None or s in set(sections)]
    subjects = [f"{role.id}@{entry.level}" for entry in levels]
    return {
        "lang": lang,
        "role": role.id,
        "levels": [entry.level for entry in levels],
        "roles": [{"id": s, "title": level_title(kb, role, e, lang)} for s, e in zip(subjects, levels)],
        "sections": [
            merge(name, word(_LABELS.get(name, name), lang),
                  [(s, _ITEMS[name](kb, role, e, lang)) for s, e in zip(subjects, levels)])
            for name in chosen
        ],
        "overlaps": [],
        "distinctions": [],
    }


def _experience(kb: KnowledgeBase, role: Role, entry: RoleLevel, lang: str):
    span = entry.experience
    return [(f"{span.min}-{'' if span.max is None else span.max}", experience_text(entry, lang), None)]


def _scope(kb: KnowledgeBase, role: Role, entry: RoleLevel, lang: str):
    return [(fold(entry.scope[lang]), entry.scope[lang], None)]


def _responsibilities(kb: KnowledgeBase, role: Role, entry: RoleLevel, lang: str):
    return [(fold(t[lang]), t[lang], None) for t in [*role.responsibilities, *entry.adds]]


def _skills(kb: KnowledgeBase, role: Role, entry: RoleLevel, lang: str):
    return [(s, kb.skills[s].label[lang], None) for s in entry.skills]


def _kpis(kb: KnowledgeBase, role: Role, entry: RoleLevel, lang: str):
    return [(k, kb.kpis[k].label[lang], None) for k in entry.kpis]


_ITEMS: dict[str, Callable] = {
    "experience": _experience,
    "scope": _scope,
    "responsibilities": _responsibilities,
    "skills": _skills,
    "kpis": _kpis,
}
