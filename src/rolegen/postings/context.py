"""The data a posting template reads: a role and a company profile, in one language.

Every value is plain text (the templates' environment escapes it for the
output format); lists are lists of plain text. Without a company, the
company's fields are visible placeholders such as ``<Entreprise>``.
"""

from __future__ import annotations

import re
from typing import Any

from rolegen.knowledge.company import Company
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role
from rolegen.postings import words
from rolegen.postings.words import pick

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


def role_context(kb: KnowledgeBase, role: Role, lang: str) -> dict[str, Any]:
    """The role's sections of the ad."""
    skills = [(clean(kb.skills[s.skill].label[lang]), s.need) for s in role.skills]
    return {
        "role_id": role.id,
        "summary": clean(role.summary[lang]),
        "responsibilities": [clean(t[lang]) for t in role.responsibilities],
        "daily_activities": [clean(t[lang]) for t in role.daily_activities],
        "collaborations": [
            {"partner": clean(kb.partner_label(c.with_)[lang]), "about": clean(c.about[lang])}
            for c in role.collaborations
        ],
        "essential_skills": [label for label, need in skills if need == "essential"],
        "optional_skills": [label for label, need in skills if need == "optional"],
        "kpis": [
            {"label": clean(kb.kpis[k].label[lang]), "definition": clean(kb.kpis[k].definition[lang])}
            for k in role.kpis
        ],
        "backgrounds": [clean(kb.backgrounds[b].label[lang]) for b in role.backgrounds],
    }


def company_context(company: Company | None, lang: str) -> dict[str, Any]:
    """The employer's sections of the ad, or placeholders when there is no profile."""
    if company is None:
        return _placeholders(lang)
    salary = company.salary
    return {
        "placeholders": False,
        "company": {"name": clean(company.name), "about": clean(company.about[lang]), "website": company.website},
        "locations": [_location(loc, lang) for loc in company.locations],
        "remote": _remote(company, lang),
        "contract": f"{pick(words.CONTRACTS[company.contract], lang)}, {pick(words.HOURS[company.hours], lang)}",
        "salary": words.salary(salary.min, salary.max, salary.currency, salary.period, lang) if salary else "",
        "benefits": [clean(b[lang]) for b in company.benefits],
        "apply": {"url": company.apply.url, "email": company.apply.email, "text": ""},
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
        "salary": hold["salary"],
        "benefits": [],
        "apply": {"url": None, "email": None, "text": hold["apply"]},
        "date_posted": hold["date"],
        "valid_through": "",
        "identifier": "",
    }


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


def posting_context(kb: KnowledgeBase, role: Role, company: Company | None, lang: str, mark: str) -> dict[str, Any]:
    """Everything a posting template can use (documented in templates/postings/README.md)."""
    return {
        "lang": lang,
        "title": posting_title(role, lang, mark),
        **role_context(kb, role, lang),
        **company_context(company, lang),
    }
