"""schema.org ``JobPosting`` of one opening, built as Python data.

On top of what a role posting carries: the opening's own reference, pay and
place, ``validThrough`` as the end of the last day in the company's time zone,
``directApply`` only when the opening says so, no office ``jobLocation`` for a
fully remote job, the occupation's codes, the experience the level asks for,
skills and responsibilities.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from rolegen.knowledge.model import Role
from rolegen.openings.load import Vacancy
from rolegen.postings.jsonld import _organization, _place, _salary, employment_type

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


def opening_posting(vacancy: Vacancy, title: str, description_html: str, missions: list[str],
                    skills: list[str]) -> dict[str, Any]:
    """The ``JobPosting`` of one opening in one language (the title, description, missions and skills in it)."""
    company, opening = vacancy.company, vacancy.opening
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": title,
        "description": description_html,
        "datePosted": opening.date_posted.isoformat(),
        "validThrough": end_of_day(opening.valid_through, company.time_zone),
        "hiringOrganization": _organization(company),
        "employmentType": employment_type(company),
        "baseSalary": _salary(company),
        "identifier": {"@type": "PropertyValue", "name": company.name, "value": opening.reference},
        "experienceRequirements": {"@type": "OccupationalExperienceRequirements",
                                   "monthsOfExperience": 12 * vacancy.role_level.experience.min},
        "skills": skills,
        "responsibilities": missions,
    }
    if company.remote == "full-remote":
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = [{"@type": "Country", "name": c} for c in company.remote_countries]
    else:
        data["jobLocation"] = [_place(place) for place in company.locations]
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
