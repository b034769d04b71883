"""The company profile a job posting is written for."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StringConstraints

from rolegen.knowledge.model import Line, Model, Text

Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s<>\"'`]+$", max_length=2000)]
Email = Annotated[str, StringConstraints(pattern=r"^[^\s@<>\"'`]+@[^\s@<>\"'`]+\.[^\s@<>\"'`]+$", max_length=254)]
Contract = Literal["cdi", "cdd", "stage", "alternance", "freelance", "interim"]
Remote = Literal["on-site", "hybrid", "full-remote"]
Period = Literal["hour", "day", "week", "month", "year"]


def _date(value: object) -> object:
    """Accept a YAML date or an ISO text date, nothing else (no timestamps)."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a date; write YYYY-MM-DD") from None
    if isinstance(value, dt.datetime):
        return value.date()
    return value


Date = Annotated[dt.date, BeforeValidator(_date)]


def _time_zone(value: object) -> object:
    """An IANA time zone name that this machine (or the tzdata package) knows."""
    if isinstance(value, str):
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"'{value}' is not a known time zone; write an IANA name such as Europe/Paris") from None
    return value


TimeZone = Annotated[str, BeforeValidator(_time_zone)]


class Location(Model):
    """A place of work."""

    street: Line | None = None
    """Street address."""
    city: Line
    """City."""
    postal_code: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9 -]{2,10}$")] | None = None
    """Postal code, quoted so that YAML keeps leading zeros ("06000")."""
    region: Line | None = None
    """Region or département, when useful."""
    country: Country
    """ISO 3166-1 alpha-2 country code (FR, BE ...)."""


class Salary(Model):
    """The pay offered, as a range (min = max for a single figure)."""

    min: Annotated[float, Field(gt=0, allow_inf_nan=False)]
    """Lowest gross pay offered."""
    max: Annotated[float, Field(gt=0, allow_inf_nan=False)]
    """Highest gross pay offered."""
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    """ISO 4217 currency code (EUR)."""
    period: Period
    """What the amounts are paid for: hour, day, week, month or year."""


class Apply(Model):
    """How to apply: a URL or an e-mail address (one of the two)."""

    url: Url | None = None
    """Page of the application form."""
    email: Email | None = None
    """Address to send applications to."""
    direct: bool = False
    """true when the url's page itself takes the application (no account to create, no other site): Google's directApply."""


class Company(Model):
    """An employer profile, merged with a role to write a job posting."""

    name: Line
    """The employer, as it appears in the ad."""
    about: Text
    """A short company pitch."""
    website: Url | None = None
    """The company's web site."""
    logo: Url | None = None
    """Address of the company logo (used in JSON-LD only)."""
    locations: list[Location] = Field(min_length=1)
    """One or more places of work."""
    remote: Remote
    """on-site, hybrid or full-remote."""
    remote_countries: list[Country] = []
    """Where applicants may live (ISO codes); required for full-remote."""
    contract: Contract
    """cdi, cdd, stage, alternance, freelance or interim."""
    hours: Literal["full-time", "part-time"] = "full-time"
    """full-time or part-time."""
    salary: Salary | None = None
    """Pay range; required by the pay-transparency check."""
    benefits: list[Text] = []
    """What else the employer offers."""
    apply: Apply
    """How to apply."""
    date_posted: Date
    """Publication date (YYYY-MM-DD)."""
    valid_through: Date | None = None
    """Last day the offer is open (YYYY-MM-DD)."""
    identifier: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._/-]{1,64}$")] | None = None
    """The employer's reference for the offer."""
    time_zone: TimeZone = "Europe/Paris"
    """IANA time zone of the employer (Europe/Paris): an opening's valid_through ends at midnight there."""
    process: list[Text] = []
    """The steps of the recruitment process, in order, shown in the postings of openings."""
    english: Literal["en-GB", "en-US"] = "en-GB"
    """The English of the English postings' Word files: en-GB (British, A4 paper) or en-US (American, US Letter)."""
