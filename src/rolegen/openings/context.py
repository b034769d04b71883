"""The data an opening's posting template reads, in one language.

Every value is plain text (the Markdown environment escapes it). The role
gives the missions, skills and backgrounds; its summary (third person) and its
KPI definitions stay on the role pages, where they read well.
"""

from __future__ import annotations

from typing import Any

from rolegen.knowledge.base import KnowledgeBase
from rolegen.openings import words
from rolegen.openings.load import Vacancy
from rolegen.postings import words as posting_words
from rolegen.postings.context import _location, _remote, clean, posting_title
from rolegen.postings.words import pick
from rolegen.textutil import fold


def opening_title(vacancy: Vacancy, lang: str, mark: str) -> str:
    """The opening's title (checked for a gender mark when given), or the role's with the mark."""
    if vacancy.opening.title is not None:
        return clean(vacancy.opening.title[lang])
    return posting_title(vacancy.role, lang, mark)


def missions(vacancy: Vacancy, lang: str) -> list[str]:
    """The role's responsibilities minus those dropped, then the level's additions, then the opening's."""
    drop = vacancy.opening.missions.drop
    indexes = {d for d in drop if isinstance(d, int)}
    texts = {fold(d) for d in drop if isinstance(d, str)}
    kept = [t for i, t in enumerate(vacancy.role.responsibilities)
            if i not in indexes and fold(t.fr) not in texts and fold(t.en) not in texts]
    return [clean(t[lang]) for t in (*kept, *vacancy.role_level.adds, *vacancy.opening.missions.add)]


def skills(kb: KnowledgeBase, vacancy: Vacancy, lang: str) -> tuple[list[str], list[str]]:
    """(essential, optional) skill labels; those that deepen at the opening's level come first."""
    deep = set(vacancy.role_level.skills)
    ordered = sorted(vacancy.role.skills, key=lambda s: s.skill not in deep)
    label = lambda s: clean(kb.skills[s.skill].label[lang])  # noqa: E731
    return ([label(s) for s in ordered if s.need == "essential"], [label(s) for s in ordered if s.need == "optional"])


def _person(kb: KnowledgeBase, value, lang: str, vocabulary: dict) -> str:
    """A role or team id as its title or label; words as written (in ``lang`` when given in both)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return clean(value[lang])
    if value in kb.roles:
        return clean(kb.roles[value].title[lang])
    if value in vocabulary:
        return clean(vocabulary[value].label[lang])
    return clean(value)


def _start(vacancy: Vacancy, lang: str) -> str:
    start = vacancy.opening.start
    if start is None:
        return ""
    return pick(words.ASAP, lang) if start == "asap" else posting_words.date(start, lang)


def opening_context(kb: KnowledgeBase, vacancy: Vacancy, lang: str, mark: str) -> dict[str, Any]:
    """Everything an opening template can use (documented in templates/postings/README.md)."""
    opening, company, level = vacancy.opening, vacancy.company, vacancy.role_level
    essential, optional = skills(kb, vacancy, lang)
    pay = opening.salary
    label = clean(vacancy.level.label[lang])
    return {
        "lang": lang,
        "title": opening_title(vacancy, lang, mark),
        "reference": opening.reference,
        "company": {"name": clean(company.name), "about": clean(company.about[lang]), "website": company.website},
        "salary": words.pay(pay.min, pay.max, pay.currency, pay.period, pay.gross, lang),
        "variable": clean(pay.variable[lang]) if pay.variable else "",
        "contract": f"{pick(posting_words.CONTRACTS[company.contract], lang)}, "
                    f"{pick(posting_words.HOURS[company.hours], lang)}",
        "locations": [_location(place, lang) for place in company.locations],
        "remote": _remote(company, lang),
        "start": _start(vacancy, lang),
        "level": label,
        "level_profile": words.level_profile(vacancy.level.id, label, level.experience.min, level.experience.max, lang),
        "team": _person(kb, opening.team, lang, kb.teams),
        "manager": _person(kb, opening.manager, lang, {}),
        "missions": missions(vacancy, lang),
        "essential_skills": essential,
        "optional_skills": optional,
        "tools": [clean(tool) for tool in opening.tools],
        "languages": [{"name": words.language(need.language, lang), "level": need.level, "why": clean(need.why[lang])}
                      for need in opening.languages],
        "education": pick(words.EDUCATION[opening.education], lang) if opening.education else "",
        "backgrounds": [clean(kb.backgrounds[b].label[lang]) for b in vacancy.role.backgrounds],
        "benefits": [clean(b[lang]) for b in company.benefits],
        "process": [clean(step[lang]) for step in company.process],
        "apply": {"url": company.apply.url, "email": company.apply.email, "direct": company.apply.direct},
        "date_posted": posting_words.date(opening.date_posted, lang),
        "valid_through": posting_words.date(opening.valid_through, lang),
    }
