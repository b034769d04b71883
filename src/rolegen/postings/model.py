"""The opening model: one vacancy, for one role at one level, in one file of ``openings/``.

A company profile holds what every opening of the employer shares; an opening
names its profile and overrides what differs (place, remote work, contract,
pay, how to apply). The docstring under each field is its documentation (JSON
Schema, ``rolegen new-opening``, docs/file-formats.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import BeforeValidator, Discriminator, Field, StringConstraints, Tag

from rolegen.knowledge.company import Apply, Company, Contract, Country, Date, Location, Period, Remote, _date
from rolegen.knowledge.model import Id, Line, Model, Text

Reference = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._/-]{1,64}$")]
Cefr = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
Education = Literal["high school", "associate degree", "bachelor degree", "professional certificate",
                    "postgraduate degree"]
"""Google's credentialCategory values for educationRequirements."""


def _start(value: object) -> object:
    """A start date, or the word ``asap``; anything else is one clear message."""
    if value == "asap" or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _date(value)
    raise ValueError("expected a date (YYYY-MM-DD) or asap")


def _drop_kind(value: object) -> str:
    return "index" if isinstance(value, int) else "text"


def _place_kind(value: object) -> str:
    return "address" if isinstance(value, dict) else "name"


PlaceOfWork = Annotated[
    Union[Annotated[Line, Tag("name")], Annotated[Location, Tag("address")]],
    Discriminator(_place_kind),
]


def _words_kind(value: object) -> str:
    return "text" if isinstance(value, dict) else "name"


NameOrText = Annotated[
    Union[Annotated[Line, Tag("name")], Annotated[Text, Tag("text")]],
    Discriminator(_words_kind),
]
"""An id (or a name written the same in both languages), or a text in French and English."""


def _company_kind(value: object) -> str:
    return "profile" if isinstance(value, (dict, Company)) else "path"


CompanyRef = Annotated[
    Union[Annotated[Line, Tag("path")], Annotated[Company, Tag("profile")]],
    Discriminator(_company_kind),
]
"""The path of a company profile, or the profile itself written in the opening."""


class OpeningSalary(Model):
    """The pay of this opening: a range (min = max for one figure), required by the pay-transparency rules."""

    min: Annotated[float, Field(gt=0, allow_inf_nan=False)]
    """Lowest pay offered."""
    max: Annotated[float, Field(gt=0, allow_inf_nan=False)]
    """Highest pay offered."""
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    """ISO 4217 currency code (EUR)."""
    period: Period
    """What the amounts are paid for: hour, day, week, month or year."""
    gross: bool
    """true for gross pay (before social charges, the French norm), false for net."""
    variable: Text | None = None
    """The variable part, if any ("up to 10 % of the annual pay on objectives")."""


class Missions(Model):
    """How the opening changes the role's responsibilities."""

    add: list[Text] = []
    """Missions this opening adds, after the role's own."""
    drop: list[Annotated[Union[Annotated[Annotated[int, Field(ge=0)], Tag("index")], Annotated[Line, Tag("text")]],
                         Discriminator(_drop_kind)]] = []
    """Responsibilities of the role left out: by index (0 is the first) or by their French or English text."""


class LanguageNeed(Model):
    """A language the job needs, at what level, and why (French law asks for a reason)."""

    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
    """ISO 639-1 code of the language (en, de, es ...)."""
    level: Cefr
    """Level on the Common European Framework: A1 to C2."""
    why: Text
    """What in the job needs it ("talking with the agency's partners in Germany")."""


class Opening(Model):
    """One vacancy: a role at a level of experience, for a company, with its own pay, place and reference."""

    role: Id
    """Id of the role (a file of roles/)."""
    seniority: Id
    """Level of experience: an id of roles/vocabulary/seniority.yml that the role lists (junior, confirmed ...)."""
    company: CompanyRef
    """Path of the company profile, relative to this file (../examples/company.yml), or the profile itself."""
    reference: Reference
    """The employer's reference for this opening; unique across the openings."""
    salary: OpeningSalary
    """Pay of this opening."""
    date_posted: Date
    """Publication date (YYYY-MM-DD)."""
    valid_through: Date
    """Last day applications are open (YYYY-MM-DD); it ends at midnight in the company's time zone."""
    title: Text | None = None
    """A title other than the role's; the French one must carry a gender mark (H/F) or both forms."""
    location: PlaceOfWork | None = None
    """Place of work: the city of one of the company's locations, or an address {street, city, postal_code, country}."""
    remote: Remote | None = None
    """on-site, hybrid or full-remote; default: the company's."""
    remote_countries: list[Country] = []
    """Where applicants may live (ISO codes) for a full-remote opening; default: the company's."""
    contract: Contract | None = None
    """cdi, cdd, stage, alternance, freelance or interim; default: the company's."""
    hours: Literal["full-time", "part-time"] | None = None
    """full-time or part-time; default: the company's."""
    start: Annotated[Union[dt.date, Literal["asap"]], BeforeValidator(_start)] | None = None
    """Start date (YYYY-MM-DD), or asap."""
    team: NameOrText | None = None
    """The team the person joins: an id of roles/vocabulary/teams.yml, or its name ({fr, en} when it differs)."""
    manager: NameOrText | None = None
    """Who the person reports to: a role id, or words ({fr: "la directrice du studio", en: "the studio director"})."""
    missions: Missions = Missions()
    """Missions added to, or dropped from, the role's responsibilities."""
    tools: list[Line] = []
    """Tools the person will use (names of software, as written by their makers)."""
    languages: list[LanguageNeed] = []
    """Languages other than the ad's that the job needs, each with a reason."""
    education: Education | None = None
    """Level of education required, when there is one (Google's credential categories)."""
    apply: Apply | None = None
    """How to apply (url or email, and direct); default: the company's."""
