"""Meaning-level checks of a role's ``seniority`` block.

They read the raw data, like the reference checks, so that a level with a
shape error still gets its unknown ids reported in the same run.
"""

from __future__ import annotations

from typing import Any, Iterator

from rolegen.errors import Problem
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.locate import Locator, did_you_mean


def check_levels(kb: KnowledgeBase, data: dict, loc: Locator, unreadable: set[str]) -> Iterator[Problem]:
    """Unknown, repeated or misordered levels; skills outside the role; unknown KPIs; inverted ranges."""
    levels = data.get("seniority")
    if not isinstance(levels, list):
        return
    skills = data.get("skills") if isinstance(data.get("skills"), list) else []
    role_skills = {s["skill"] for s in skills if isinstance(s, dict) and isinstance(s.get("skill"), str)}
    order = list(kb.seniority)
    seen: dict[str, int] = {}
    highest: tuple[int, str] | None = None
    for i, entry in enumerate(levels):
        if not isinstance(entry, dict):
            continue
        level = entry.get("level")
        if isinstance(level, str) and "seniority" not in unreadable:
            problem, highest = _level(level, i, order, seen, highest, loc)
            if problem:
                yield problem
            seen.setdefault(level, i)
        yield from _ids(entry, i, "skills", role_skills, loc, "skills" not in unreadable)
        yield from _ids(entry, i, "kpis", set(kb.kpis), loc, "kpis" not in unreadable)
        yield from _range(entry.get("experience"), i, loc)


def _level(level: str, i: int, order: list[str], seen: dict[str, int], highest: tuple[int, str] | None,
           loc: Locator) -> tuple[Problem | None, tuple[int, str] | None]:
    """The problem with the level id at ``seniority[i]`` (if any), and the highest level listed so far."""
    path = ("seniority", i, "level")
    if level not in order:
        return loc.problem(path, f"unknown seniority level '{level}'{did_you_mean(level, order)}"), highest
    if level in seen:
        return loc.problem(path, f"'{level}' is listed twice (first at seniority[{seen[level]}])"), highest
    rank = order.index(level)
    if highest is not None and rank < highest[0]:
        message = f"'{level}' comes after '{highest[1]}'; list levels in this order: {', '.join(order)}"
        return loc.problem(path, message), highest
    return None, (rank, level)


def _ids(entry: dict, i: int, field: str, valid: set, loc: Locator, check: bool) -> Iterator[Problem]:
    values = entry.get(field)
    if not check or not isinstance(values, list):
        return
    first: dict[str, int] = {}
    for j, value in enumerate(values):
        if not isinstance(value, str):
            continue
        path = ("seniority", i, field, j)
        if value not in valid and field == "skills":
            yield loc.problem(path, f"skill '{value}' is not among the role's skills{did_you_mean(value, sorted(valid))}; "
                                    "add it to skills or remove it here")
        elif value not in valid:
            yield loc.problem(path, f"unknown kpi '{value}'{did_you_mean(value, sorted(valid))}")
        elif value in first:
            yield loc.problem(path, f"'{value}' is listed twice (first at seniority[{i}].{field}[{first[value]}])")
        first.setdefault(value, j)


def _range(experience: Any, i: int, loc: Locator) -> Iterator[Problem]:
    if not isinstance(experience, dict):
        return
    low, high = experience.get("min"), experience.get("max")
    if type(low) is int and type(high) is int and high < low:
        yield loc.problem(("seniority", i, "experience", "max"), f"max ({high}) is below min ({low})")
