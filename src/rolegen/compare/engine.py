"""Roles side by side: what they share and what is specific to each.

The sections compared, and their order, are those the role model declares
with ``compare=True`` (:mod:`rolegen.knowledge.sections`); ``rolegen compare
--section`` takes their names.

:func:`compare` returns JSON-ready data, the single source for ``rolegen
compare`` (text, Markdown, JSON) and for the guide's comparison pages::

    {
      "lang": "fr",
      "roles": [{"id": "community-manager", "title": "Community manager"}, ...],
      "sections": [
        {
          "name": "skills", "label": "Compétences",
          "shared":   [ITEM, ...],              # named by every role compared
          "partial":  [ITEM, ...],              # by some roles, not all (three roles)
          "specific": {"ROLE_ID": [ITEM, ...]}  # by that role only
        }, ...
      ],
      "overlaps": [{"a": ID, "b": ID, "score": 0.4231, "percent": 42}, ...],
      "distinctions": [{"role": ID, "other": ID, "why": "..."}, ...]
    }

An ITEM is ``{"key": ..., "label": ..., "roles": [IDS], "notes": {ID: ...}}``:
``key`` identifies it (a skill id, a KPI id, or the folded text of a sentence),
``roles`` lists the roles that name it, and ``notes`` (only where there is
something to say) gives each role's detail: the essential/optional mark of a
skill, what a collaboration is about.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from rolegen.i18n import colon, word
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role
from rolegen.knowledge.sections import registry
from rolegen.compare.overlap import pairs, percent
from rolegen.textutil import fold

Item = dict[str, Any]


def compare(kb: KnowledgeBase, ids: Iterable[str], lang: str, sections: Iterable[str] | None = None) -> dict[str, Any]:
    """Compare the roles ``ids`` (two or more, in the order given) section by section."""
    roles = [kb.roles[i] for i in ids]
    order = [role.id for role in roles]
    chosen = [s for s in registry().compared() if sections is None or s in set(sections)]
    return {
        "lang": lang,
        "roles": [{"id": r.id, "title": r.title[lang]} for r in roles],
        "sections": [_section(kb, roles, name, lang) for name in chosen],
        "overlaps": [
            {"a": a, "b": b, "score": round(score, 4), "percent": percent(score)}
            for a, b, score in pairs(kb, order)
        ],
        "distinctions": [
            {"role": role.id, "other": d.role, "why": d.why[lang]}
            for role in roles
            for d in role.not_to_confuse_with
            if d.role in order
        ],
    }


def _section(kb: KnowledgeBase, roles: list[Role], name: str, lang: str) -> dict[str, Any]:
    items = _ITEMS.get(name) or _texts(name)  # a list of statements needs no code of its own
    return merge(name, word(name, lang), [(role.id, items(kb, role, lang)) for role in roles])


def merge(name: str, label: str, subjects: list[tuple[str, list[tuple[str, str, str | None]]]]) -> dict[str, Any]:
    """One section from each subject's (key, label, note) items: shared, partly shared, specific.

    A subject is a role, or a role at one seniority level: both comparisons
    go through here, so they read the same way in every format.
    """
    merged: dict[str, Item] = {}
    for subject, entries in subjects:
        for key, item_label, note in entries:
            item = merged.setdefault(key, {"key": key, "label": item_label, "roles": [], "notes": {}})
            if subject not in item["roles"]:
                item["roles"].append(subject)
            if note:
                item["notes"][subject] = note
    for item in merged.values():
        if not item["notes"]:
            del item["notes"]
    everyone = len(subjects)
    items = list(merged.values())
    return {
        "name": name,
        "label": label,
        "shared": [i for i in items if len(i["roles"]) == everyone],
        "partial": [i for i in items if 1 < len(i["roles"]) < everyone],
        "specific": {subject: [i for i in items if i["roles"] == [subject]] for subject, _ in subjects},
    }


def _texts(field: str) -> Callable:
    def items(kb: KnowledgeBase, role: Role, lang: str):
        return [(fold(t[lang]), t[lang], None) for t in getattr(role, field)]

    return items


def _skills(kb: KnowledgeBase, role: Role, lang: str):
    return [(s.skill, kb.skills[s.skill].label[lang], word(s.need, lang)) for s in role.skills]


def _ids(field: str, vocabulary: str) -> Callable:
    def items(kb: KnowledgeBase, role: Role, lang: str):
        entries = kb.vocabulary(vocabulary)
        return [(i, entries[i].label[lang], None) for i in getattr(role, field)]

    return items


def _collaborations(kb: KnowledgeBase, role: Role, lang: str):
    return [(c.with_, kb.partner_label(c.with_)[lang], c.about[lang]) for c in role.collaborations]


def _reporting(kb: KnowledgeBase, role: Role, lang: str):
    lines = [("reports_to", r) for r in role.reports_to] + [("manages", r) for r in role.manages]
    return [(f"{kind}:{r}", word(kind, lang) + colon(lang) + kb.roles[r].title[lang], None) for kind, r in lines]


def _level(kb: KnowledgeBase, role: Role, lang: str):
    return [(role.level, word(role.level, lang), None)]


def _found_in(kb: KnowledgeBase, role: Role, lang: str):
    return [(place, word(place, lang), None) for place in role.found_in]


_ITEMS: dict[str, Callable] = {
    "skills": _skills,
    "backgrounds": _ids("backgrounds", "backgrounds"),
    "collaborations": _collaborations,
    "kpis": _ids("kpis", "kpis"),
    "reporting": _reporting,
    "level": _level,
    "found_in": _found_in,
}
"""The items of each compared section whose items are not plain statements (a list of statements needs none)."""
