"""Meaning-level checks of an opening: what the model alone cannot see.

They read the opening's valid fields as a dict (an invalid field is absent,
and its own problem is already reported), the knowledge base and the company
profile, and return located problems.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterator

from rolegen.errors import Problem
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.company import Company
from rolegen.knowledge.locate import Locator, did_you_mean
from rolegen.knowledge.model import ID_PATTERN
from rolegen.postings.context import shows_both_forms
from rolegen.textutil import fold

_ID = re.compile(ID_PATTERN)
GENDER_MARK = re.compile(r"\b[HFX]\s*/\s*[HFX](\s*/\s*[HFX])?\b")
"""H/F, F/H, F/H/X ... in a French title."""


def check_opening(fields: dict[str, Any], kb: KnowledgeBase, profile: Company | None, loc: Locator,
                  raw: Any = None) -> list[Problem]:
    """Every meaning-level problem of one opening (``raw``: the file's data, for the items of an invalid list)."""
    return [
        *_role_and_level(fields, kb, loc),
        *_pay_and_dates(fields, loc),
        *_title(fields, loc),
        *_place(fields, profile, loc),
        *_apply(fields, profile, loc),
        *_missions(fields, kb, loc, raw),
        *_people(fields, kb, loc),
    ]


def _role_and_level(fields: dict, kb: KnowledgeBase, loc: Locator) -> Iterator[Problem]:
    role_id, level = fields.get("role"), fields.get("seniority")
    if role_id is not None and role_id not in kb.roles:
        yield loc.problem(("role",), f"unknown role '{role_id}'{did_you_mean(role_id, kb.roles)}")
        return
    if level is not None and level not in kb.seniority:
        yield loc.problem(("seniority",), f"unknown seniority level '{level}'{did_you_mean(level, kb.seniority)}; "
                                          f"levels: {', '.join(kb.seniority)}")
        return
    if role_id is None or level is None:
        return
    role = kb.roles[role_id]
    if role.level_of(level) is None:
        has = ", ".join(entry.level for entry in role.seniority) or "none yet"
        yield loc.problem(("seniority",), f"the role {role_id} has no level '{level}' (its levels: {has})")


def _pay_and_dates(fields: dict, loc: Locator) -> Iterator[Problem]:
    salary = fields.get("salary")
    if salary is not None:
        yield from check_pay(salary, fields.get("hours"), loc)
    if salary is not None and salary.max < salary.min:
        yield loc.problem(("salary", "max"), f"max ({salary.max:g}) is below min ({salary.min:g})")
    yield from check_dates(fields, loc)
    posted, through = fields.get("date_posted"), fields.get("valid_through")
    if posted is not None and through is not None and through <= posted:
        yield loc.problem(("valid_through",), f"valid_through ({through}) must come after date_posted ({posted})")
    start = fields.get("start")
    if posted is not None and start not in (None, "asap") and start < posted:
        yield loc.problem(("start",), f"start ({start}) comes before date_posted ({posted})")


def check_pay(salary: Any, hours: str | None, loc: Locator) -> Iterator[Problem]:
    """A pay no employer publishes is an error (.inf, 1e300, 0.01 a year, a currency that does not exist); one
    below the French minimum wage for full time is a warning."""
    from rolegen.knowledge.pay import ISO_4217, below_minimum_wage, implausible

    if salary.currency not in ISO_4217:
        yield loc.problem(("salary", "currency"), f"'{salary.currency}' is not an ISO 4217 currency code "
                                                  f"(EUR, USD, GBP, CHF ...){did_you_mean(salary.currency, ISO_4217)}")
        return
    for name in ("min", "max"):
        why = implausible(getattr(salary, name), salary.period, salary.currency)
        if why is not None:
            yield loc.problem(("salary", name), why)
            return
    low = below_minimum_wage(salary.min, salary.period, salary.currency, salary.gross, hours)
    if low is not None:
        yield loc.problem(("salary", "min"), low, "warning")


EARLIEST, LATEST = dt.date(2000, 1, 1), dt.date(2100, 12, 31)
"""Dates outside these are typing mistakes (year 1, 9999 ...)."""


def today() -> dt.date:
    """The day of the run (SOURCE_DATE_EPOCH when set, so a reproducible build sees a fixed day)."""
    import os
    import time

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    seconds = int(epoch) if epoch.isdigit() else time.time()
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()


def check_dates(fields: dict, loc: Locator) -> Iterator[Problem]:
    """A date in year 1 or 9999 is an error; a closing date already past is a warning."""
    for name in ("date_posted", "valid_through", "start"):
        value = fields.get(name)
        if isinstance(value, dt.date) and not EARLIEST <= value <= LATEST:
            yield loc.problem((name,), f"{value.isoformat()} is not a plausible date for an opening "
                                       f"(between {EARLIEST.year} and {LATEST.year}); a typing mistake?")
    through, posted = fields.get("valid_through"), fields.get("date_posted")
    ordered = not isinstance(posted, dt.date) or (isinstance(through, dt.date) and through > posted)
    if isinstance(through, dt.date) and ordered and EARLIEST <= through < today():
        yield loc.problem(("valid_through",), f"the closing date {through.isoformat()} is already past: the ad "
                                              "would be published closed", "warning")
    if isinstance(posted, dt.date) and isinstance(through, dt.date) and (through - posted).days > 366:
        yield loc.problem(("valid_through",), f"applications stay open {(through - posted).days} days after "
                                              "date_posted; an opening is rarely open over a year", "warning")


def _title(fields: dict, loc: Locator) -> Iterator[Problem]:
    from rolegen.knowledge.checks import long_name

    title = fields.get("title")
    for lang in ("fr", "en"):
        if title is not None:
            yield from long_name(title[lang], ("title", lang), loc)
    if title is not None and not (GENDER_MARK.search(title.fr) or shows_both_forms(title.fr)):
        yield loc.problem(("title", "fr"), f"the French title '{title.fr}' needs a gender mark such as (H/F) or both "
                                           "forms (Rédacteur / Rédactrice): Code du travail L1142-1")


def _place(fields: dict, profile: Company | None, loc: Locator) -> Iterator[Problem]:
    location, remote = fields.get("location"), fields.get("remote")
    if profile is None:
        return
    remote = remote or profile.remote
    if isinstance(location, str):
        cities = [place.city for place in profile.locations]
        if fold(location) not in {fold(city) for city in cities}:
            yield loc.problem(("location",), f"'{location}' is not one of the company's places "
                                             f"({', '.join(cities)}){did_you_mean(location, cities)}; "
                                             "give its city, or an address {street, city, postal_code, country}")
    countries = fields.get("remote_countries") or profile.remote_countries
    if fields.get("remote_countries") and remote != "full-remote":
        yield loc.problem(("remote_countries",), f"remote_countries is for a full-remote opening; this one is {remote}")
    if remote == "full-remote" and not countries:
        yield loc.problem(("remote",), "full-remote needs remote_countries: where applicants may live")
    if remote == "full-remote" and location is not None:
        yield loc.problem(("location",), "a full-remote opening has no place of work; remove location")


def _apply(fields: dict, profile: Company | None, loc: Locator) -> Iterator[Problem]:
    apply = fields.get("apply")
    if apply is None:
        return
    if (apply.url is None) == (apply.email is None):
        yield loc.problem(("apply",), "give exactly one of url or email")
    if apply.direct and apply.url is None:
        yield loc.problem(("apply", "direct"), "direct applies to an application page: give apply.url")


def _valid_drops(raw: Any) -> list[tuple[int, Any]]:
    """The items of an invalid ``missions.drop`` that are valid on their own, with their places in the list."""
    missions = raw.get("missions") if isinstance(raw, dict) else None
    drop = missions.get("drop") if isinstance(missions, dict) else None
    if not isinstance(drop, list):
        return []
    return [(i, item) for i, item in enumerate(drop)
            if (isinstance(item, int) and not isinstance(item, bool) and item >= 0) or isinstance(item, str)]


def _missions(fields: dict, kb: KnowledgeBase, loc: Locator, raw: Any = None) -> Iterator[Problem]:
    missions, role_id = fields.get("missions"), fields.get("role")
    if role_id not in kb.roles:
        return
    drops = list(enumerate(missions.drop)) if missions is not None else _valid_drops(raw)
    items = kb.roles[role_id].responsibilities
    texts = {fold(t[lang]) for t in items for lang in ("fr", "en")}
    for i, drop in drops:
        if isinstance(drop, int) and drop >= len(items):
            yield loc.problem(("missions", "drop", i), f"index {drop} is out of range: the role has "
                                                       f"{len(items)} responsibilities (0 to {len(items) - 1})")
        elif isinstance(drop, str) and fold(drop) not in texts:
            yield loc.problem(("missions", "drop", i), "no responsibility of the role has this text; "
                                                       "copy it from the role file, or give its index")


def _people(fields: dict, kb: KnowledgeBase, loc: Locator) -> Iterator[Problem]:
    manager, team = (value if isinstance(value, str) else None for value in (fields.get("manager"), fields.get("team")))
    if manager is not None and _ID.match(manager) and "-" in manager and manager not in kb.roles:
        yield loc.problem(("manager",), f"unknown role '{manager}'{did_you_mean(manager, kb.roles)}; "
                                        "give a role id or a description in words")
    if team is not None and _ID.match(team) and "-" in team and team not in kb.teams:
        yield loc.problem(("team",), f"unknown team '{team}'{did_you_mean(team, kb.teams)}; "
                                     "give a team id or its name in words")
