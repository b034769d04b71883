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
from dataclasses import replace
from typing import Any, Iterator

from rolegen.adcheck import check as check_text
from rolegen.findings import Finding
from rolegen.knowledge.company import Company
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role
from rolegen.postings.config import DEFAULT_RULES, Rules
from rolegen.postings.posting import Posting, render, render_opening


RULES = {
    "employer-named": ("règles françaises des offres d'emploi ; Google hiringOrganization",
                       "French job-ad rules; Google hiringOrganization"),
    "french-version": ("Code du travail L5331-4", "Code du travail L5331-4"),
    "gender-coding": ("listes de mots de Gaucher, Friesen et Kay 2011", "word lists of Gaucher, Friesen & Kay 2011"),
    "jobposting": ("Google for Jobs, données structurées JobPosting", "Google for Jobs, JobPosting structured data"),
}
"""The posting's own rules (the ad checker's are in ``rolegen/adcheck/rules/``): id -> where it comes from (fr, en)."""
CATEGORY = {"employer-named": "misleading", "french-version": "french-version", "gender-coding": "gender-coding",
            "jobposting": "structured-data"}
"""The category each of the posting's own rules is reported under (CATEGORY/RULE)."""

_SAY = {
    "from": ("'{words}' vient de {field}", "'{words}' comes from {field}"),
    "from-template": ("'{words}' vient du modèle", "'{words}' comes from the template"),
    "template": ("modèle", "template"),
    "no-employer": ("l'annonce ne nomme aucun employeur", "the ad names no employer"),
    "no-employer-fix": ("donnez un profil d'entreprise", "give a company profile"),
    "employer-absent": ("l'employeur '{name}' n'apparaît pas dans l'annonce", "the employer '{name}' does not appear in the ad"),
    "employer-fix": ("nommez l'employeur dans le texte", "name the employer in the text"),
    "french": ("un poste en France demande la version française de l'annonce, publiée en premier",
               "a job in France needs the French version of the ad, published first"),
    "french-fix": ("écrivez la version française", "write the French version"),
    "gender": ("{verdict} ({m} à connotation masculine : {masculine} ; {f} à connotation féminine : {feminine})",
               "{verdict} ({m} masculine-coded: {masculine}; {f} feminine-coded: {feminine})"),
    "gender-fix": ("équilibrez avec des mots neutres, ou décrivez la tâche plutôt que le trait",
                   "balance with neutral words, or describe the task rather than the trait"),
    "jobposting-fix": ("complétez les données de l'offre ou du profil d'entreprise",
                       "complete the opening's or the company profile's data"),
}
"""The posting checks' own words, in French and English: a finding speaks the language of its posting."""


def _say(key: str, lang: str, **values) -> str:
    pair = _SAY[key]
    return (pair[0] if lang == "fr" else pair[1]).format(**values)


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


def checked_path(posting: Posting) -> str:
    """What a posting's findings name as their file: the Markdown the checks read (ID.LANG.md)."""
    return f"{posting.name}.md"


def _text_findings(posting: Posting, report, sources) -> Iterator[Finding]:
    """The ad checker's errors and warnings, with the field each excerpt comes from; rolegen's own postings also
    follow the rules already adopted or drafted (the pay range, ahead of the French transposition)."""
    lang = posting.lang
    for f in report.findings:
        if f.category == "gender-coding" or (f.severity == "notice" and f.status not in ("adopted", "draft")):
            continue
        field = _where(f.excerpt, sources, lang)
        where = (_say("from", lang, words=f.excerpt, field=field) if field != _say("template", lang)
                 else _say("from-template", lang, words=f.excerpt))
        yield replace(f, path=checked_path(posting), severity="warning", message=f"{f.message}; {where}")


def _finding(posting: Posting, rule: str, message: str, suggestion: str, excerpt: str = "",
             severity: str = "warning") -> Finding:
    """A finding of the posting's own rules, on the posting as a whole (line 1, column 1)."""
    reference = RULES[rule][0 if posting.lang == "fr" else 1]
    return Finding(checked_path(posting), 1, 1, rule, CATEGORY[rule], severity, excerpt, message, suggestion,
                   reference)


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


def _where(word: str, sources: list[tuple[str, str]], lang: str) -> str:
    """The first field whose text holds ``word``; the template when none does."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)
    return next((field for field, value in sources if pattern.search(value)), _say("template", lang))


def _located(words, sources, lang: str) -> str:
    return ", ".join(f"'{w}' ({_where(w, sources, lang)})" for w in words)


def _dated_and_named(posting: Posting, blocks) -> Iterator[Finding]:
    company = posting.company
    whole = "\n".join(t for _, t in blocks)
    lang = posting.lang
    if company is None:
        yield _finding(posting, "employer-named", _say("no-employer", lang), _say("no-employer-fix", lang))
    elif " ".join(company.name.split()) not in whole:
        yield _finding(posting, "employer-named", _say("employer-absent", lang, name=company.name),
                       _say("employer-fix", lang))


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
        yield _finding(posting, "french-version", _say("french", posting.lang), _say("french-fix", posting.lang))


def _gender(posting: Posting, report, sources, rules: Rules) -> Iterator[Finding]:
    from rolegen.adcheck.coding import label

    settings = rules.gender_coding
    coding = report.gender
    side = "feminine" if coding.score > 0 else "masculine"
    strong = coding.verdict.startswith("strongly") and side in settings.fail_on
    lang = posting.lang
    from rolegen.adcheck.coding import label

    verdict = label(coding.verdict, lang)
    message = _say("gender", lang, verdict=verdict, m=len(coding.masculine), f=len(coding.feminine),
                   masculine=_located(coding.masculine, sources, lang) or "-",
                   feminine=_located(coding.feminine, sources, lang) or "-")
    yield _finding(posting, "gender-coding", message, _say("gender-fix", lang) if coding.score else "",
                   ", ".join(coding.masculine + coding.feminine), "warning" if strong else "notice")


def _jobposting(posting: Posting) -> Iterator[Finding]:
    if posting.company is None:
        return
    for problem in jobposting_problems(posting.jsonld_data(), posting.lang):
        yield _finding(posting, "jobposting", problem, _say("jobposting-fix", posting.lang))


_EMPLOYMENT = {"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}
_UNITS = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}


_PROBLEMS = {
    "required": ("propriété obligatoire {key} absente", "missing required property {key}"),
    "location": ("jobLocation absent (ou jobLocationType TELECOMMUTE pour un poste entièrement à distance)",
                 "missing jobLocation (or jobLocationType TELECOMMUTE for a fully remote job)"),
    "telecommute": ("TELECOMMUTE demande applicantLocationRequirements", "TELECOMMUTE needs applicantLocationRequirements"),
    "address": ("jobLocation[{i}] demande addressLocality et un addressCountry de deux lettres",
                "jobLocation[{i}] needs addressLocality and a two-letter addressCountry"),
    "organisation": ("hiringOrganization demande un nom (name)", "hiringOrganization needs a name"),
    "employment": ("employmentType {value} inconnu", "unknown employmentType {value}"),
    "date": ("{key} '{value}' n'est pas une date ISO 8601", "{key} '{value}' is not an ISO 8601 date"),
    "order": ("validThrough {through} ne vient pas après datePosted {posted}",
              "validThrough {through} is not after datePosted {posted}"),
    "currency": ("baseSalary demande une devise ISO 4217", "baseSalary needs an ISO 4217 currency"),
    "amount": ("baseSalary doit être un MonetaryAmount dont la valeur (value) est un QuantitativeValue",
               "baseSalary must be a MonetaryAmount whose value is a QuantitativeValue"),
    "unit": ("unitText '{value}' de baseSalary n'est pas l'un de {units}",
             "baseSalary unitText '{value}' is not one of {units}"),
    "range": ("baseSalary demande une valeur positive, ou minValue <= maxValue",
              "baseSalary needs a positive value, or minValue <= maxValue"),
}
"""What Google would reject in a JobPosting, in French and English."""


def jobposting_problems(data: dict[str, Any], lang: str = "en") -> list[str]:
    """What Google would reject or flag in a JobPosting: missing or malformed properties, in ``lang``."""
    def say(problem: str, **values) -> str:
        return _PROBLEMS[problem][0 if lang == "fr" else 1].format(**values)

    problems = [say("required", key=key) for key in
                ("title", "description", "datePosted", "hiringOrganization") if not data.get(key)]
    if not data.get("jobLocation") and data.get("jobLocationType") != "TELECOMMUTE":
        problems.append(say("location"))
    if data.get("jobLocationType") == "TELECOMMUTE" and not data.get("applicantLocationRequirements"):
        problems.append(say("telecommute"))
    for i, place in enumerate(data.get("jobLocation") or []):
        address = place.get("address", {})
        if not (address.get("addressLocality") and re.fullmatch(r"[A-Z]{2}", address.get("addressCountry", ""))):
            problems.append(say("address", i=i))
    if not (data.get("hiringOrganization") or {}).get("name"):
        problems.append(say("organisation"))
    problems += _dates(data, say)
    problems += [say("employment", value=t) for t in data.get("employmentType", []) if t not in _EMPLOYMENT]
    problems += _salary(data.get("baseSalary"), say)
    return problems


def _iso_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", str(value)) else None
    except ValueError:
        return None


def _dates(data: dict[str, Any], say) -> list[str]:
    posted = _iso_date(data.get("datePosted"))
    problems = [] if posted else [say("date", key="datePosted", value=data.get("datePosted"))]
    if "validThrough" in data:
        through = _iso_date(data["validThrough"])
        if through is None:
            problems.append(say("date", key="validThrough", value=data["validThrough"]))
        elif posted and through <= posted:
            problems.append(say("order", through=through, posted=posted))
    return problems


def _salary(salary: Any, say) -> list[str]:
    if salary is None:
        return []
    value = salary.get("value", {})
    problems = [] if re.fullmatch(r"[A-Z]{3}", salary.get("currency", "")) else [say("currency")]
    if salary.get("@type") != "MonetaryAmount" or value.get("@type") != "QuantitativeValue":
        problems.append(say("amount"))
    if value.get("unitText") not in _UNITS:
        problems.append(say("unit", value=value.get("unitText"), units=", ".join(sorted(_UNITS))))
    low, high = value.get("minValue", value.get("value")), value.get("maxValue", value.get("value"))
    if not all(isinstance(v, (int, float)) and v > 0 for v in (low, high)) or low > high:
        problems.append(say("range"))
    return problems
