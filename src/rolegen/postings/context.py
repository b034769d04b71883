"""The data a posting template reads, in one language: one context for an opening and for a role's posting.

Every value is plain text (the templates' environment escapes it for the
output format); lists are lists of plain text. Without a company, the
company's fields are visible placeholders such as ``<Entreprise>``. A role's
posting (an opening with the defaults) has no reference, level or pay of its
own: those values are empty, the pay is the company's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rolegen.knowledge.company import Company
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role
from rolegen.postings import words
from rolegen.postings.words import pick
from rolegen.textutil import fold

if TYPE_CHECKING:
    from rolegen.postings.load import Vacancy

_SPACES = re.compile(r"\s+")
# Both gendered forms already in the title: "Rédacteur / Rédactrice", "Rédacteur·rice", "Rédacteur(rice)".
_BOTH_FORMS = re.compile(r"\S\s*/\s*\S|[·•]|\(\s*\w{1,5}\s*\)")


def clean(text: str) -> str:
    """One line of plain text: role texts are plain text, and a line break could start Markdown syntax."""
    return _SPACES.sub(" ", text).strip()


def shows_both_forms(title: str) -> bool:
    """Whether a French title already names both genders (so needs no H/F mark)."""
    return bool(_BOTH_FORMS.search(title))


def posting_title(role: Role, lang: str, mark: str) -> str:
    """The title of the ad; in French, with the H/F mark unless the title shows both forms."""
    title = clean(role.title[lang])
    if lang == "fr" and mark and not shows_both_forms(title):
        return f"{title} ({mark})"
    return title


def opening_title(vacancy: Vacancy, lang: str, mark: str) -> str:
    """The opening's title (checked for a gender mark when given), or the role's with the mark."""
    if vacancy.opening is not None and vacancy.opening.title is not None:
        return clean(vacancy.opening.title[lang])
    return posting_title(vacancy.role, lang, mark)


def missions(vacancy: Vacancy, lang: str) -> list[str]:
    """The role's responsibilities minus those dropped, then the level's additions, then the opening's."""
    if vacancy.opening is None or vacancy.role_level is None:
        return [clean(t[lang]) for t in vacancy.role.responsibilities]
    drop = vacancy.opening.missions.drop
    indexes = {d for d in drop if isinstance(d, int)}
    texts = {fold(d) for d in drop if isinstance(d, str)}
    kept = [t for i, t in enumerate(vacancy.role.responsibilities)
            if i not in indexes and fold(t.fr) not in texts and fold(t.en) not in texts]
    return [clean(t[lang]) for t in (*kept, *vacancy.role_level.adds, *vacancy.opening.missions.add)]


def skills(kb: KnowledgeBase, vacancy: Vacancy, lang: str) -> tuple[list[str], list[str]]:
    """(essential, optional) skill labels; those that deepen at the opening's level come first."""
    deep = set(vacancy.role_level.skills) if vacancy.role_level is not None else set()
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
    return pick(words.ASAP, lang) if start == "asap" else words.date(start, lang)


def _location(loc, lang: str) -> str:
    city = " ".join(clean(part) for part in (loc.postal_code or "", loc.city) if part)
    parts = [clean(loc.street) if loc.street else "", city, clean(loc.region) if loc.region else ""]
    return ", ".join(part for part in (*parts, words.country(loc.country, lang)) if part)


def _remote(company: Company, lang: str) -> str:
    text = pick(words.REMOTE[company.remote], lang)
    if company.remote != "full-remote":
        return text
    names = ", ".join(words.country(code, lang) for code in company.remote_countries)
    lead = "candidatures depuis" if lang == "fr" else "open to applicants living in"
    return f"{text} ({lead} : {names})" if lang == "fr" else f"{text} ({lead}: {names})"


def _role(kb: KnowledgeBase, role: Role, lang: str) -> dict[str, Any]:
    """The role's sections of the ad."""
    return {
        "role_id": role.id,
        "summary": clean(role.summary[lang]),
        "responsibilities": [clean(t[lang]) for t in role.responsibilities],
        "daily_activities": [clean(t[lang]) for t in role.daily_activities],
        "collaborations": [
            {"partner": clean(kb.partner_label(c.with_)[lang]), "about": clean(c.about[lang])}
            for c in role.collaborations
        ],
        "kpis": [
            {"label": clean(kb.kpis[k].label[lang]), "definition": clean(kb.kpis[k].definition[lang])}
            for k in role.kpis
        ],
        "backgrounds": [clean(kb.backgrounds[b].label[lang]) for b in role.backgrounds],
    }


def _company(company: Company | None, lang: str) -> dict[str, Any]:
    """The employer's sections of the ad (with the opening's overrides), or placeholders when there is none."""
    if company is None:
        return _placeholders(lang)
    return {
        "placeholders": False,
        "company": {"name": clean(company.name), "about": clean(company.about[lang]), "website": company.website},
        "locations": [_location(loc, lang) for loc in company.locations],
        "remote": _remote(company, lang),
        "contract": f"{pick(words.CONTRACTS[company.contract], lang)}, {pick(words.HOURS[company.hours], lang)}",
        "benefits": [clean(b[lang]) for b in company.benefits],
        "process": [clean(step[lang]) for step in company.process],
        "apply": {"url": company.apply.url, "email": company.apply.email, "direct": company.apply.direct, "text": ""},
        "date_posted": words.date(company.date_posted, lang),
        "valid_through": words.date(company.valid_through, lang) if company.valid_through else "",
        "identifier": company.identifier or "",
    }


def _placeholders(lang: str) -> dict[str, Any]:
    hold = {key: pick(pair, lang) for key, pair in words.PLACEHOLDERS.items()}
    return {
        "placeholders": True,
        "company": {"name": hold["company"], "about": hold["about"], "website": None},
        "locations": [hold["place"]],
        "remote": hold["remote"],
        "contract": hold["contract"],
        "benefits": [],
        "process": [],
        "apply": {"url": None, "email": None, "direct": False, "text": hold["apply"]},
        "date_posted": hold["date"],
        "valid_through": "",
        "identifier": "",
    }


def _pay(vacancy: Vacancy, lang: str) -> dict[str, str]:
    """The pay as text: the opening's (gross or net), else the company's (gross), else empty."""
    opening, company = vacancy.opening, vacancy.company
    if opening is not None:
        pay = opening.salary
        return {"salary": words.pay(pay.min, pay.max, pay.currency, pay.period, pay.gross, lang),
                "variable": clean(pay.variable[lang]) if pay.variable else ""}
    if company is None:
        return {"salary": pick(words.PLACEHOLDERS["salary"], lang), "variable": ""}
    salary = company.salary
    text = words.pay(salary.min, salary.max, salary.currency, salary.period, True, lang) if salary else ""
    return {"salary": text, "variable": ""}


def _opening(kb: KnowledgeBase, vacancy: Vacancy, lang: str) -> dict[str, Any]:
    """What the opening adds: reference, level, team, manager, missions, tools, languages, education."""
    opening, level = vacancy.opening, vacancy.role_level
    if opening is None or level is None or vacancy.level is None:
        return {"reference": "", "start": "", "level": "", "level_profile": "", "team": "", "manager": "",
                "missions": missions(vacancy, lang), "tools": [], "languages": [],
                "education": ""}
    label = clean(vacancy.level.label[lang])
    return {
        "reference": opening.reference,
        "start": _start(vacancy, lang),
        "level": label,
        "level_profile": words.level_profile(vacancy.level.id, label, level.experience.min, level.experience.max, lang),
        "team": _person(kb, opening.team, lang, kb.teams),
        "manager": _person(kb, opening.manager, lang, {}),
        "missions": missions(vacancy, lang),
        "tools": [clean(tool) for tool in opening.tools],
        "languages": [{"name": words.language(need.language, lang), "level": need.level, "why": clean(need.why[lang])}
                      for need in opening.languages],
        "education": pick(words.EDUCATION[opening.education], lang) if opening.education else "",
    }


def posting_context(kb: KnowledgeBase, vacancy: Vacancy, lang: str, mark: str) -> dict[str, Any]:
    """Everything a posting template can use (documented in templates/postings/README.md)."""
    essential, optional = skills(kb, vacancy, lang)
    return {
        "lang": lang,
        "title": opening_title(vacancy, lang, mark),
        **_role(kb, vacancy.role, lang),
        **_company(vacancy.company, lang),
        **_pay(vacancy, lang),
        **_opening(kb, vacancy, lang),
        "essential_skills": essential,
        "optional_skills": optional,
    }
