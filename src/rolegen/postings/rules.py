"""Checks of a posting: the ad checker on the text it renders, plus the structured data it has.

The text of the posting (its Markdown) goes through :mod:`rolegen.adcheck`,
the same engine as ``rolegen check-ad``; what the posting's JobPosting data
already shows (a salary, a date) counts for the whole-ad rules, but wording
such as "Rémunération selon profil" is judged on the text. Each finding names
its rule, the law behind it, and the offending words with the field they come
from. Findings are warnings (errors with --strict); the gender-coding report
is information unless strongly coded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any, Iterator

from rolegen.adcheck import check as check_text
from rolegen.adcheck import default_ruleset
from rolegen.knowledge.company import Company
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role
from rolegen.postings.config import DEFAULT_RULES, Rules
from rolegen.postings.posting import Posting, render, render_opening


@dataclass(frozen=True)
class Finding:
    """One result of a check: ``community-manager.fr: warning: rule: message``."""

    posting: str
    rule: str
    severity: str
    """info, warning or error."""
    message: str
    words: tuple[str, ...] = ()
    """The offending words, as written in the ad."""

    def __str__(self) -> str:
        return f"{self.posting}: {self.severity}: {self.rule}: {self.message}"


RULES = {
    **{c.rule.id: c.rule.reference for c in default_ruleset().rules},
    "employer-named": "French job-ad rules; Google hiringOrganization",
    "french-version": "Code du travail L5331-4",
    "gender-coding": "word lists of Gaucher, Friesen & Kay 2011",
    "jobposting": "Google for Jobs, JobPosting structured data",
}
"""Rule id -> where it comes from: the ad checker's rules (``rolegen/adcheck/rules/``) and the posting's own."""


def check_posting(
    kb: KnowledgeBase,
    role: Role,
    company: Company | None,
    lang: str,
    rules: Rules | None = None,
    templates: str | None = None,
    strict: bool = False,
) -> list[Finding]:
    """Render the ad of ``role`` in ``lang`` and check it; with ``strict``, warnings become errors."""
    return check_rendered(kb, render(kb, role, company, lang, templates, rules), role, rules, strict)


def check_rendered(
    kb: KnowledgeBase, posting: Posting, role: Role, rules: Rules | None = None, strict: bool = False,
    french: Posting | None = None,
) -> list[Finding]:
    """The findings of an ad already rendered (``french``: its French version, when already rendered too)."""
    rules = rules or DEFAULT_RULES
    sources = _sources(kb, role, posting.company, posting.lang)
    report = check_text(posting.markdown, path=posting.name, lang=posting.lang, fmt="md",
                        known=_known(posting), ignore=() if rules.pay_transparency else ("pay-range",),
                        threshold=rules.gender_coding.threshold)
    findings = [
        *_text_findings(posting, report, sources),
        *_dated_and_named(posting, posting.blocks),
        *_french_version(kb, posting, role, rules, french),
        *_gender(posting, report, sources, rules),
        *_jobposting(posting),
    ]
    return [replace(f, severity="error") if strict and f.severity == "warning" else f for f in findings]


def _known(posting: Posting) -> tuple[str, ...]:
    """Whole-ad requirements the posting's structured data meets (its text may still word them badly)."""
    known = ["french-version"]  # checked below against the rendered French version
    if posting.company is not None:
        data = posting.jsonld_data()
        if data.get("baseSalary"):
            known.append("pay-range")
        if _iso_date(data.get("datePosted")):
            known.append("date")
    return tuple(known)


def _text_findings(posting: Posting, report, sources) -> Iterator[Finding]:
    """The ad checker's errors and warnings, with the field each excerpt comes from; rolegen's own postings also
    follow the rules already adopted or drafted (the pay range, ahead of the French transposition)."""
    for f in report.findings:
        if f.category == "gender-coding" or (f.severity == "notice" and f.status not in ("adopted", "draft")):
            continue
        where = f"'{f.excerpt}' ({_where(f.excerpt, sources)})"
        yield Finding(posting.name, f.rule, "warning",
                      f"{f.category}: {where}: {f.message}; {f.suggestion} ({f.reference})", (f.excerpt,))


def _finding(posting: Posting, rule: str, message: str, words=(), severity: str = "warning") -> Finding:
    return Finding(posting.name, rule, severity, f"{message} ({RULES[rule]})", tuple(words))


def _sources(kb: KnowledgeBase, role: Role, company: Company | None, lang: str) -> list[tuple[str, str]]:
    """(field, text) of every text the ad takes from the role, its vocabularies and the company."""
    found = [("title", role.title[lang]), ("summary", role.summary[lang])]
    found += [(f"responsibilities[{i}]", t[lang]) for i, t in enumerate(role.responsibilities)]
    found += [(f"daily_activities[{i}]", t[lang]) for i, t in enumerate(role.daily_activities)]
    found += [(f"collaborations[{i}].about", c.about[lang]) for i, c in enumerate(role.collaborations)]
    found += [(f"collaborations[{i}].with ({c.with_})", kb.partner_label(c.with_)[lang])
              for i, c in enumerate(role.collaborations)]
    found += [(f"skills.yml {s.skill}", kb.skills[s.skill].label[lang]) for s in role.skills]
    for k in role.kpis:
        found += [(f"kpis.yml {k}", kb.kpis[k].label[lang]), (f"kpis.yml {k}", kb.kpis[k].definition[lang])]
    found += [(f"backgrounds.yml {b}", kb.backgrounds[b].label[lang]) for b in role.backgrounds]
    if company is not None:
        found += [("company about", company.about[lang]), ("company name", company.name)]
        found += [(f"company benefits[{i}]", b[lang]) for i, b in enumerate(company.benefits)]
    return [(f"{field}.{lang}" if not field.startswith(("company", "skills.yml", "kpis.yml", "backgrounds.yml"))
             else field, value) for field, value in found]


def _where(word: str, sources: list[tuple[str, str]]) -> str:
    """The first field whose text holds ``word``; "template" when none does."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)
    return next((field for field, value in sources if pattern.search(value)), "template")


def _located(words, sources) -> str:
    return ", ".join(f"'{w}' ({_where(w, sources)})" for w in words)


def _dated_and_named(posting: Posting, blocks) -> Iterator[Finding]:
    company = posting.company
    whole = "\n".join(t for _, t in blocks)
    if company is None:
        yield _finding(posting, "employer-named", "the ad names no employer; give a company profile")
    elif " ".join(company.name.split()) not in whole:
        yield _finding(posting, "employer-named", f"the employer '{company.name}' does not appear in the ad")


def _french_version(
    kb: KnowledgeBase, posting: Posting, role: Role, rules: Rules, french: Posting | None
) -> Iterator[Finding]:
    company = posting.company
    if posting.lang == "fr" or company is None:
        return
    in_france = any(loc.country == "FR" for loc in company.locations) or "FR" in company.remote_countries
    if not in_france:
        return
    french = french or render_opening(kb, posting.vacancy, "fr", posting.templates, rules)
    if not french.markdown.strip():
        yield _finding(posting, "french-version", "a job in France needs the French version of the ad, published first")


def _gender(posting: Posting, report, sources, rules: Rules) -> Iterator[Finding]:
    from rolegen.adcheck.coding import label

    settings = rules.gender_coding
    coding = report.gender
    side = "feminine" if coding.score > 0 else "masculine"
    strong = coding.verdict.startswith("strongly") and side in settings.fail_on
    message = (f"{label(coding.verdict, 'en')} ({len(coding.masculine)} masculine-coded: {_located(coding.masculine, sources) or '-'}; "
               f"{len(coding.feminine)} feminine-coded: {_located(coding.feminine, sources) or '-'})")
    yield _finding(posting, "gender-coding", message, coding.masculine + coding.feminine,
                   "warning" if strong else "info")


def _jobposting(posting: Posting) -> Iterator[Finding]:
    if posting.company is None:
        return
    for problem in jobposting_problems(posting.jsonld_data()):
        yield _finding(posting, "jobposting", problem)


_EMPLOYMENT = {"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}
_UNITS = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}


def jobposting_problems(data: dict[str, Any]) -> list[str]:
    """What Google would reject or flag in a JobPosting: missing or malformed properties."""
    problems = [f"missing required property {key}" for key in
                ("title", "description", "datePosted", "hiringOrganization") if not data.get(key)]
    if not data.get("jobLocation") and data.get("jobLocationType") != "TELECOMMUTE":
        problems.append("missing jobLocation (or jobLocationType TELECOMMUTE for a fully remote job)")
    if data.get("jobLocationType") == "TELECOMMUTE" and not data.get("applicantLocationRequirements"):
        problems.append("TELECOMMUTE needs applicantLocationRequirements")
    for i, place in enumerate(data.get("jobLocation") or []):
        address = place.get("address", {})
        if not (address.get("addressLocality") and re.fullmatch(r"[A-Z]{2}", address.get("addressCountry", ""))):
            problems.append(f"jobLocation[{i}] needs addressLocality and a two-letter addressCountry")
    if not (data.get("hiringOrganization") or {}).get("name"):
        problems.append("hiringOrganization needs a name")
    problems += _dates(data)
    problems += [f"unknown employmentType {t}" for t in data.get("employmentType", []) if t not in _EMPLOYMENT]
    problems += _salary(data.get("baseSalary"))
    return problems


def _iso_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", str(value)) else None
    except ValueError:
        return None


def _dates(data: dict[str, Any]) -> list[str]:
    posted = _iso_date(data.get("datePosted"))
    problems = [] if posted else [f"datePosted '{data.get('datePosted')}' is not an ISO 8601 date"]
    if "validThrough" in data:
        through = _iso_date(data["validThrough"])
        if through is None:
            problems.append(f"validThrough '{data['validThrough']}' is not an ISO 8601 date")
        elif posted and through <= posted:
            problems.append(f"validThrough {through} is not after datePosted {posted}")
    return problems


def _salary(salary: Any) -> list[str]:
    if salary is None:
        return []
    value = salary.get("value", {})
    problems = [] if re.fullmatch(r"[A-Z]{3}", salary.get("currency", "")) else ["baseSalary needs an ISO 4217 currency"]
    if salary.get("@type") != "MonetaryAmount" or value.get("@type") != "QuantitativeValue":
        problems.append("baseSalary must be a MonetaryAmount whose value is a QuantitativeValue")
    if value.get("unitText") not in _UNITS:
        problems.append(f"baseSalary unitText '{value.get('unitText')}' is not one of {', '.join(sorted(_UNITS))}")
    low, high = value.get("minValue", value.get("value")), value.get("maxValue", value.get("value"))
    if not all(isinstance(v, (int, float)) and v > 0 for v in (low, high)) or low > high:
        problems.append("baseSalary needs a positive value, or minValue <= maxValue")
    return problems
