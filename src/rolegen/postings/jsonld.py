"""schema.org ``JobPosting`` for Google for Jobs, built as Python data: one builder for every posting.

An opening adds to what a role's posting carries: its own reference, pay and
place, ``validThrough`` as the end of the last day in the company's time zone,
``directApply`` only when the opening says so, the occupation's codes, the
experience the level asks for, skills and responsibilities. A fully remote
job has no office ``jobLocation`` when the opening leaves it out.

Serialised with :func:`json.dumps`, then ``<``, ``>``, ``&`` and the two
JavaScript line separators are written as ``\\u`` escapes: the text is the
same JSON, and no role text can close the ``<script>`` element it sits in.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import TYPE_CHECKING, Any

from rolegen.knowledge.company import Company
from rolegen.knowledge.model import Role

if TYPE_CHECKING:
    from rolegen.postings.load import Vacancy

# schema.org / Google employmentType values for each French contract. There is no
# apprenticeship type: an alternance is a fixed-term, paid contract mixing work and
# school, so TEMPORARY plus OTHER, not INTERN (an internship is not employment in France).
EMPLOYMENT_TYPES = {
    "cdi": [],
    "cdd": ["TEMPORARY"],
    "stage": ["INTERN"],
    "alternance": ["TEMPORARY", "OTHER"],
    "freelance": ["CONTRACTOR"],
    "interim": ["TEMPORARY"],
}
_HOURS = {"full-time": "FULL_TIME", "part-time": "PART_TIME"}
_UNITS = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}
_UNSAFE_CHARS = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def employment_type(company: Company) -> list[str]:
    """Google's employmentType list for the company's contract and hours."""
    if company.contract in ("stage", "freelance"):
        return EMPLOYMENT_TYPES[company.contract]
    return [_HOURS[company.hours], *EMPLOYMENT_TYPES[company.contract]]


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else value


ISCO_LABELS = {
    "1221": "Sales and marketing managers",
    "1222": "Advertising and public relations managers",
    "2431": "Advertising and marketing professionals",
    "2432": "Public relations professionals",
    "2513": "Web and multimedia developers",
}
"""ISCO-08 unit groups (ILO) of the codes the roles use, by their English titles."""
ROME_LABELS = {"E1101": "Animation de site multimédia"}
"""ROME 4.0 fiches (France Travail) of the codes the roles use."""


def end_of_day(day: dt.date, time_zone: str) -> str:
    """The last second of ``day`` in ``time_zone``, with its UTC offset: ``2027-01-15T23:59:59+01:00``."""
    moment = dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=zoneinfo.ZoneInfo(time_zone))
    return moment.isoformat()


def occupational_category(role: Role) -> list[dict[str, Any]]:
    """The role's ISCO-08 and ROME codes as ``CategoryCode`` (code and label), where it has them."""
    codes = role.codes
    if codes is None:
        return []
    found = []
    if codes.isco:
        found.append(_code(codes.isco, ISCO_LABELS.get(codes.isco), "ISCO-08"))
    found += [_code(rome, ROME_LABELS.get(rome), "ROME 4.0") for rome in codes.rome]
    return found


def _code(value: str, label: str | None, code_set: str) -> dict[str, Any]:
    code: dict[str, Any] = {"@type": "CategoryCode", "codeValue": value,
                            "inCodeSet": {"@type": "CategoryCodeSet", "name": code_set}}
    if label:
        code["name"] = label
    return code


def job_posting(vacancy: Vacancy, title: str, description_html: str, missions: list[str],
                skills: list[str]) -> dict[str, Any]:
    """The ``JobPosting`` of one posting in one language (the title, description, missions and skills in it):
    Google's required properties and the recommended ones the posting has."""
    company, opening = vacancy.company, vacancy.opening
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": title,
        "description": description_html,
        "datePosted": company.date_posted.isoformat(),
        "hiringOrganization": _organization(company),
        "employmentType": employment_type(company),
    }
    if company.locations:
        data["jobLocation"] = [_place(loc) for loc in company.locations]
    if company.remote == "full-remote":
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = [{"@type": "Country", "name": c} for c in company.remote_countries]
    if company.salary:
        data["baseSalary"] = _salary(company)
    if company.identifier:
        data["identifier"] = {"@type": "PropertyValue", "name": company.name, "value": company.identifier}
    if opening is None:
        data["directApply"] = company.apply.direct
        if company.valid_through:
            data["validThrough"] = company.valid_through.isoformat()
        return data
    data["validThrough"] = end_of_day(opening.valid_through, company.time_zone)
    data["experienceRequirements"] = {"@type": "OccupationalExperienceRequirements",
                                      "monthsOfExperience": 12 * vacancy.role_level.experience.min}
    data["skills"] = skills
    data["responsibilities"] = missions
    if company.apply.direct:
        data["directApply"] = True
    if isinstance(opening.start, dt.date):
        data["jobStartDate"] = opening.start.isoformat()
    if opening.education:
        data["educationRequirements"] = {"@type": "EducationalOccupationalCredential",
                                         "credentialCategory": opening.education}
    categories = occupational_category(vacancy.role)
    if categories:
        data["occupationalCategory"] = categories if len(categories) > 1 else categories[0]
    return data


def _organization(company: Company) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": company.name}
    if company.website:
        org["sameAs"] = company.website
    if company.logo:
        org["logo"] = company.logo
    return org


def _place(loc) -> dict[str, Any]:
    address = {"@type": "PostalAddress", "addressLocality": loc.city, "addressCountry": loc.country}
    optional = {"streetAddress": loc.street, "postalCode": loc.postal_code, "addressRegion": loc.region}
    address.update({key: value for key, value in optional.items() if value})
    return {"@type": "Place", "address": address}


def _salary(company: Company) -> dict[str, Any]:
    pay = company.salary
    value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": _UNITS[pay.period]}
    if pay.min == pay.max:
        value["value"] = _number(pay.min)
    else:
        value.update(minValue=_number(pay.min), maxValue=_number(pay.max))
    return {"@type": "MonetaryAmount", "currency": pay.currency, "value": value}


def dumps(data: Any, indent: int | None = 2) -> str:
    """Stable JSON (sorted keys) that is also safe inside an HTML ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=True)
    for char, escaped in _UNSAFE_CHARS:  # a few passes at C speed: translate() looks up every character
        if char in text:
            text = text.replace(char, escaped)
    return text
