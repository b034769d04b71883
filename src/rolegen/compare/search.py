"""Find roles by any word: title, alias, market title, skill, KPI, background or any text, in both languages.

Matching is case- and accent-insensitive and works on word starts
("referenc" finds "Référencement"); a plural query word also matches its
singular ("gestionnaires" finds "Gestionnaire"). A role's score adds, for each
query word, the weight of the best field it matched (a title or an alias counts
most, free text least), plus a bonus for the longest of its names (title,
aliases, market titles) whose every word is in the query in the same order, so that a job-board
title ("Chargé de marketing digital H/F - CDI") ranks the role it names first.

A job-board title carries words that name no role: contract types and gender
marks (CDI, alternance, H/F), small words (de, et), seniority (junior, senior)
and words the roles never use (a city). The first three are dropped (the
seniority is reported); a word that matches no role at all is ignored and
reported. The hits are the roles that match every remaining word, and the roles
one of whose names the query contains; when there is none, the closest roles (those that match some of the words, or whose names
are one or two letters away) are returned as suggestions, never nothing.

The guide's role finder applies the same rules in its script, from the same
word lists (exported in its index).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import LANGS, Role
from rolegen.knowledge.sections import registry
from rolegen.textutil import fold

WEIGHTS = registry().searched()
"""How much a match in each kind of field counts (declared on the role model's fields, read from there at each search);
ties go to the role matching in more places."""
NAME_BONUS = 100
"""Bonus per word of the longest name (title, alias, market title) whose every word is in the query."""
NAME_KINDS = ("id", "title", "alias", "market title")
"""The kinds of field that name a role."""
NOISE = frozenset(
    "h f x m hf fh cdi cdd stage stagiaire stages alternance alternant alternante apprenti apprentie apprentissage "
    "freelance interim temps plein partiel teletravail remote full hybride bac contrat job emploi offre "
    "fe rice trice euse ne".split())
"""Contract, gender and job-ad words that name no role, and the feminine endings of inclusive titles ("Chef(fe)",
"Directeur/rice")."""
STOPWORDS = frozenset("de du des la le les l d et en a au aux un une pour sur avec the of and for in with at to or ou "
                      "e".split())
"""Small words of French and English titles ("chargé·e" folds to "charge e")."""
LEVEL_WORDS = {"junior": "junior", "confirme": "confirmed", "confirmee": "confirmed", "experimente": "confirmed",
               "experimentee": "confirmed", "senior": "senior", "lead": "lead"}
"""Seniority words of job titles, by folded word: the seniority level they name."""
SUGGESTIONS = 3
"""How many closest roles a query that matches no role suggests."""


@dataclass
class Hit:
    """A role that matches a query, with where it matched."""

    role: str
    score: int
    matches: list[tuple[str, str]] = field(default_factory=list)
    """(field kind, the matching text), best fields first, one per field."""


@dataclass
class Result:
    """What a query finds: the hits, or the closest roles when no role matches every word."""

    hits: list[Hit]
    exact: bool = True
    """False when ``hits`` are suggestions: the closest roles, no role matching every word."""
    ignored: list[str] = field(default_factory=list)
    """Query words that no role uses (a city, a company name), left out of the matching."""
    level: str | None = None
    """The seniority level the query names (junior, confirmed, senior, lead), if any."""


def names(role: Role, langs: tuple[str, ...] = LANGS) -> Iterator[tuple[str, str]]:
    """(kind, text) of every name of a role: id, titles, aliases and market titles.

    Aliases and market titles count in both languages: French job boards use English titles as they are."""
    yield "id", role.id
    for lang in langs:
        yield "title", role.title[lang]
    yield from (("alias", a) for a in role.aliases)
    yield from (("market title", t.title) for t in role.market_titles)


def _fields(kb: KnowledgeBase, role: Role, langs: tuple[str, ...]) -> Iterator[tuple[str, object, str]]:
    """(kind, key, text) for every searchable text; the key tells the same field in two languages apart."""
    for kind, text in names(role, langs):
        yield kind, fold(text), text  # one match per name, whatever the language
    searched = [s for s in registry().search_sections() if s.search[0].name not in NAME_KINDS]
    for lang in langs:
        for section in searched:
            if section.name in _FIELDS:
                yield from _FIELDS[section.name](kb, role, lang)
            else:  # a list of statements
                yield from ((section.search[0].name, i, t[lang]) for i, t in enumerate(getattr(role, section.name)))


_FIELDS = {
    "family": lambda kb, role, lang: [("family", 0, kb.families[role.family].label[lang])],
    "summary": lambda kb, role, lang: [("summary", 0, role.summary[lang])],
    "skills": lambda kb, role, lang: [(f"skill ({s.need})", s.skill, kb.skills[s.skill].label[lang])
                                      for s in role.skills],
    "kpis": lambda kb, role, lang: [("kpi", k, kb.kpis[k].label[lang]) for k in role.kpis],
    "backgrounds": lambda kb, role, lang: [("background", b, kb.backgrounds[b].label[lang]) for b in role.backgrounds],
    "collaborations": lambda kb, role, lang: [("collaboration", c.with_, c.about[lang]) for c in role.collaborations],
    "not_to_confuse_with": lambda kb, role, lang: [("distinction", d.role, d.why[lang]) for d in role.not_to_confuse_with],
}
"""The searchable texts of each section whose items are not plain statements, as (kind, key, text)."""


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


def stem(word: str) -> str:
    """A folded word without its plural and feminine endings, to compare names: "chargees" -> "charg"."""
    if len(word) > 3 and word.endswith("aux"):
        word = word[:-2] + "l"
    elif len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    while len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def in_order(name: list[str], query: list[str]) -> bool:
    """Whether the words of a name all appear in the query, in the same order (other words may come between)."""
    rest = iter(query)
    return all(any(word == q for q in rest) for word in name)


def word_matches(word: str, tokens: list[str]) -> bool:
    """Whether a token starts with ``word`` or one of its singular forms."""
    return any(t.startswith(f) for f in forms(word) for t in tokens)


def significant(words: list[str]) -> list[str]:
    """The words of a folded title that can name a role: no contract, gender, small or seniority word."""
    return [w for w in words if w not in NOISE and w not in STOPWORDS and w not in LEVEL_WORDS and not w.isdigit()]


def close(a: str, b: str) -> bool:
    """Whether two words are at most one edit apart (two for words of 7 letters or more): a typing slip."""
    if abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < 4:
        return False
    return _distance(a, b) <= (2 if min(len(a), len(b)) >= 7 else 1)


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def find(kb: KnowledgeBase, query: str, lang: str | None = None) -> Result:
    """The roles a query (any words, or a job-board title) finds, best first; suggestions when none matches."""
    folded = fold(query).split()
    if not folded:
        return Result([])
    level = next((LEVEL_WORDS[w] for w in folded if w in LEVEL_WORDS), None)
    words = list(dict.fromkeys(significant(folded) or folded))
    langs = (lang,) if lang else LANGS
    scored = [_score(kb, role, words, langs) for role in kb.roles.values()]
    known = [w for w in words if any(best[w] for best, *_ in scored)]
    ignored = [w for w in words if w not in known]
    exact = [_hit(role, best, known, bonus, matches) for role, (best, bonus, matches) in zip(kb.roles.values(), scored)
             if bonus or (known and all(best[w] for w in known))]
    if exact:
        return Result(_ranked(exact), True, ignored, level)
    partial = [_hit(role, best, known, bonus, matches) for role, (best, bonus, matches) in zip(kb.roles.values(), scored)]
    partial = [h for h in partial if h.score > 0] or _fuzzy(kb, words, langs)
    return Result(_ranked(partial)[:SUGGESTIONS], False, ignored, level)


def search(kb: KnowledgeBase, query: str, lang: str | None = None) -> list[Hit]:
    """The hits of :func:`find` (suggestions included when no role matches every word)."""
    return find(kb, query, lang).hits


def _ranked(hits: list[Hit]) -> list[Hit]:
    return sorted(hits, key=lambda h: (-h.score, -len(h.matches), h.role))


def _score(kb: KnowledgeBase, role: Role, words: list[str], langs: tuple[str, ...]):
    """Each word's best weight, the name bonus and the fields matched, for one role."""
    best = dict.fromkeys(words, 0)
    matches: dict[tuple[str, object], str] = {}
    bonus, named = 0, None
    stems = [stem(w) for w in words]
    weights = registry().weights
    for kind, key, text in _fields(kb, role, langs):
        tokens = fold(text).split()
        found = [w for w in words if word_matches(w, tokens)]
        for w in found:
            best[w] = max(best[w], weights[kind])
        if found:
            matches.setdefault((kind, key), text)
        if kind in NAME_KINDS:
            name = significant(tokens)
            if name and in_order([stem(t) for t in name], stems) and NAME_BONUS * len(name) > bonus:
                bonus, named = NAME_BONUS * len(name), (kind, key)
    if named in matches:  # the name the query contains is said first
        matches = {named: matches[named], **matches}
    return best, bonus, matches


def _hit(role: Role, best: dict, known: list[str], bonus: int, matches: dict) -> Hit:
    weights = registry().weights
    ranked = sorted(matches.items(), key=lambda m: -weights[m[0][0]])
    return Hit(role.id, bonus + sum(best[w] for w in known), [(kind, text) for (kind, _), text in ranked])


def _fuzzy(kb: KnowledgeBase, words: list[str], langs: tuple[str, ...]) -> list[Hit]:
    """Roles whose names have a word one or two letters away from a query word: the typing slips."""
    hits, weights = [], registry().weights
    for role in kb.roles.values():
        score, matched = 0, []
        for kind, text in names(role, langs):
            tokens = significant(fold(text).split())
            near = sum(1 for w in words if any(close(w, t) for t in tokens))
            if near:
                matched.append((kind, text))
                score = max(score, near * weights[kind])
        if score:
            hits.append(Hit(role.id, score, matched))
    return hits
