"""The company profile seen through one opening: the profile's fields, the opening's where it gives them.

The result is a :class:`Company`, so that the posting checks and the JSON-LD
written for role postings read an opening's pay, place and dates unchanged.
"""

from __future__ import annotations

from rolegen.knowledge.company import Company, Location, Salary
from rolegen.postings.model import Opening
from rolegen.textutil import fold


def place_of_work(profile: Company, opening: Opening) -> list[Location]:
    """The opening's place: its address, the company location of that city, or every company location."""
    remote = opening.remote or profile.remote
    if remote == "full-remote":
        return []
    if isinstance(opening.location, Location):
        return [opening.location]
    if isinstance(opening.location, str):
        return [place for place in profile.locations if fold(place.city) == fold(opening.location)][:1]
    return list(profile.locations)


def merged_company(profile: Company, opening: Opening) -> Company:
    """``profile`` with the opening's overrides (not validated again: both sides already are)."""
    pay = opening.salary
    update = {
        "locations": place_of_work(profile, opening),
        "remote": opening.remote or profile.remote,
        "remote_countries": opening.remote_countries or profile.remote_countries,
        "contract": opening.contract or profile.contract,
        "hours": opening.hours or profile.hours,
        "salary": Salary.model_construct(min=pay.min, max=pay.max, currency=pay.currency, period=pay.period),
        "apply": opening.apply or profile.apply,
        "date_posted": opening.date_posted,
        "valid_through": opening.valid_through,
        "identifier": opening.reference,
    }
    return profile.model_copy(update=update)
