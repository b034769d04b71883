"""schema.org ``JobPosting`` for Google for Jobs, built as Python data.

Serialised with :func:`json.dumps`, then ``<``, ``>``, ``&`` and the two
JavaScript line separators are written as ``\\u`` escapes: the text is the
same JSON, and no role text can close the ``<script>`` element it sits in.
"""

from __future__ import annotations

import json
from typing import Any

from rolegen.knowledge.company import Company

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


def job_posting(title: str, description_html: str, company: Company) -> dict[str, Any]:
    """The ``JobPosting`` of one ad: Google's required properties and the recommended ones the profile has."""
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": title,
        "description": description_html,
        "datePosted": company.date_posted.isoformat(),
        "hiringOrganization": _organization(company),
        "jobLocation": [_place(loc) for loc in company.locations],
        "employmentType": employment_type(company),
        "directApply": company.apply.direct,
    }
    if company.remote == "full-remote":
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = [{"@type": "Country", "name": c} for c in company.remote_countries]
    if company.valid_through:
        data["validThrough"] = company.valid_through.isoformat()
    if company.salary:
        data["baseSalary"] = _salary(company)
    if company.identifier:
        data["identifier"] = {"@type": "PropertyValue", "name": company.name, "value": company.identifier}
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
