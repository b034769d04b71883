"""Find roles by any word: title, alias, skill, KPI, background or any text, in both languages.

Matching is case- and accent-insensitive and works on word starts
("referenc" finds "Référencement"); a plural query word also matches its
singular ("gestionnaires" finds "Gestionnaire"). Every word of the query must match
somewhere in a role; a role's score adds, for each query word, the weight of
the best field it matched (a title or an alias counts most, free text least).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import LANGS, Role
from rolegen.textutil import fold

WEIGHTS = {
    "id": 10, "title": 10, "alias": 10, "skill (essential)": 6, "kpi": 5, "skill (optional)": 4, "background": 4,
    "family": 3, "summary": 2, "responsibility": 1, "daily activity": 1, "collaboration": 1, "distinction": 1,
    "grey zone": 1, "fact": 1,
}
"""How much a match in each kind of field counts; ties go to the role matching in more places."""


@dataclass
class Hit:
    """A role that matches a query, with where it matched."""

    role: str
    score: int
    matches: list[tuple[str, str]] = field(default_factory=list)
    """(field kind, the matching text), best fields first, one per field."""


def _fields(kb: KnowledgeBase, role: Role, langs: tuple[str, ...]) -> Iterator[tuple[str, object, str]]:
    """(kind, key, text) for every searchable text; the key tells the same field in two languages apart."""
    yield "id", 0, role.id
    yield from (("alias", i, a) for i, a in enumerate(role.aliases))
    for lang in langs:
        yield "title", 0, role.title[lang]
        yield "family", 0, kb.families[role.family].label[lang]
        yield from ((f"skill ({s.need})", s.skill, kb.skills[s.skill].label[lang]) for s in role.skills)
        yield from (("kpi", k, kb.kpis[k].label[lang]) for k in role.kpis)
        yield from (("background", b, kb.backgrounds[b].label[lang]) for b in role.backgrounds)
        yield "summary", 0, role.summary[lang]
        lists = (("responsibility", role.responsibilities), ("daily activity", role.daily_activities),
                 ("grey zone", role.grey_zones), ("fact", role.facts))
        for kind, texts in lists:
            yield from ((kind, i, t[lang]) for i, t in enumerate(texts))
        yield from (("collaboration", c.with_, c.about[lang]) for c in role.collaborations)
        yield from (("distinction", d.role, d.why[lang]) for d in role.not_to_confuse_with)


def forms(word: str) -> tuple[str, ...]:
    """A folded query word and, for a French or English plural, its singular start.

    "gestionnaires" also matches "gestionnaire", "reseaux" "reseau", "journaux" "journal".
    The guide's role finder applies the same rule in its script.
    """
    if len(word) > 3 and word.endswith("aux"):
        return word, word[:-1], word[:-2] + "l"
    if len(word) > 3 and word[-1] in "sx":
        return word, word[:-1]
    return (word,)


def word_matches(word: str, tokens: list[str]) -> bool:
    """Whether a token starts with ``word`` or one of its singular forms."""
    return any(t.startswith(f) for f in forms(word) for t in tokens)


def search(kb: KnowledgeBase, query: str, lang: str | None = None) -> list[Hit]:
    """Roles matching every word of ``query``, best first (then by places matched, then by id)."""
    words = fold(query).split()
    if not words:
        return []
    langs = (lang,) if lang else LANGS
    hits = [hit for role in kb.roles.values() if (hit := _match(kb, role, words, langs)) is not None]
    return sorted(hits, key=lambda h: (-h.score, -len(h.matches), h.role))


def _match(kb: KnowledgeBase, role: Role, words: list[str], langs: tuple[str, ...]) -> Hit | None:
    best = dict.fromkeys(words, 0)
    matches: dict[tuple[str, object], str] = {}
    for kind, key, text in _fields(kb, role, langs):
        tokens = fold(text).split()
        found = [w for w in words if word_matches(w, tokens)]
        for w in found:
            best[w] = max(best[w], WEIGHTS[kind])
        if found:
            matches.setdefault((kind, key), text)
    if not all(best.values()):
        return None
    ranked = sorted(matches.items(), key=lambda m: -WEIGHTS[m[0][0]])
    return Hit(role.id, sum(best.values()), [(kind, text) for (kind, _), text in ranked])
