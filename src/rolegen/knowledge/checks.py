"""Meaning-level checks, run once every file has the right shape.

References must resolve, ids must match file names, reporting lines must agree
on both sides and must not loop. Each problem is located at the offending
value, like the shape errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from rolegen.knowledge.company import Company
from rolegen.errors import Problem
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.basis import check_bases, check_source_ids
from rolegen.knowledge.levels import check_levels
from rolegen.knowledge.locate import Locator, did_you_mean
from rolegen.knowledge.model import Role
from rolegen.textutil import fold


@dataclass
class RoleFile:
    """One role file as read: its raw data, and its model when the data has the right shape."""

    shown: str
    data: Any
    model: Role | None


_REFERENCES = {  # list field -> key of the id inside each item (None: the item is the id)
    "skills": "skill",
    "backgrounds": None,
    "kpis": None,
    "collaborations": "with",
    "reports_to": None,
    "manages": None,
    "not_to_confuse_with": "role",
}
_TARGETS = {"skills": "skill", "backgrounds": "background", "kpis": "kpi", "collaborations": "role or team"}


def check_kb(
    kb: KnowledgeBase,
    role_files: list[RoleFile],
    locators: dict[str, Locator],
    unreadable: set[str],
) -> list[Problem]:
    """Every meaning-level problem of a knowledge base.

    Reference checks read the raw data, so that a file with shape errors also
    gets its unknown references reported in the same run.
    """
    problems: list[Problem] = []
    first_file: dict[str, str] = {}
    known_roles = {Path(f.shown).stem for f in role_files}
    for role_file in role_files:
        if not isinstance(role_file.data, dict):
            continue
        loc = locators[role_file.shown]
        problems.extend(_identity(role_file, loc, first_file))
        problems.extend(_references(kb, role_file.data, loc, known_roles, unreadable))
        problems.extend(check_bases(role_file.data, loc, kb.sources, "sources" not in unreadable,
                                    {"kpis": kb.kpis, "backgrounds": kb.backgrounds}))
        problems.extend(check_levels(kb, role_file.data, loc, unreadable))
        if role_file.model is not None:
            problems.extend(_reporting(kb, role_file.model, loc))
    problems.extend(check_source_ids(kb.sources, locators.get(kb.files.get("sources", ""))))
    problems.extend(_cycles(kb, locators))
    problems.extend(_ambiguous_names(kb, locators))
    return problems


def _identity(role_file: RoleFile, loc: Locator, first_file: dict[str, str]) -> Iterator[Problem]:
    role_id, stem = role_file.data.get("id"), Path(role_file.shown).stem
    if not isinstance(role_id, str):
        return
    if role_id != stem:
        yield loc.problem(("id",), f"id '{role_id}' differs from the file name '{stem}'; make them equal")
    if first_file.setdefault(role_id, role_file.shown) != role_file.shown:
        yield loc.problem(("id",), f"duplicate role id '{role_id}' (also in {first_file[role_id]})")


def ids_in(data: dict, field: str) -> Iterator[tuple[tuple, str]]:
    """(path, id) of each id that a list field of raw role data names."""
    items = data.get(field)
    key = _REFERENCES[field]
    if not isinstance(items, list):
        return
    for i, item in enumerate(items):
        value = item.get(key) if key and isinstance(item, dict) else (None if key else item)
        if isinstance(value, str):
            yield ((field, i, key) if key else (field, i)), value


def _references(
    kb: KnowledgeBase, data: dict, loc: Locator, known_roles: set[str], unreadable: set[str]
) -> Iterator[Problem]:
    self_id = data.get("id")
    family = data.get("family")
    if isinstance(family, str) and "families" not in unreadable and family not in kb.families:
        yield loc.problem(("family",), f"unknown family '{family}'{did_you_mean(family, kb.families)}")
    choices = {"skills": kb.skills, "backgrounds": kb.backgrounds, "kpis": kb.kpis,
               "collaborations": known_roles | set(kb.teams)}
    for field in _REFERENCES:
        valid = choices.get(field, known_roles)
        check = not ({field, "teams"} & unreadable)
        seen: dict[str, int] = {}
        for path, value in ids_in(data, field):
            if check and value not in valid:
                noun = _TARGETS.get(field, "role")
                yield loc.problem(path, f"unknown {noun} '{value}'{did_you_mean(value, valid)}")
            if value == self_id and field not in ("skills", "backgrounds", "kpis"):
                yield loc.problem(path, f"a role cannot name itself in {field}")
            if value in seen:
                severity = "warning" if field == "collaborations" else "error"
                yield loc.problem(path, f"'{value}' is listed twice (first at {field}[{seen[value]}])", severity)
            seen.setdefault(value, path[1])
    yield from _repeated_aliases(data, loc)
    yield from _market_titles(kb, data, loc, unreadable)


def _market_titles(kb: KnowledgeBase, data: dict, loc: Locator, unreadable: set[str]) -> Iterator[Problem]:
    """Each market title cites a known source and names a known seniority level."""
    titles = data.get("market_titles")
    for i, entry in enumerate(titles if isinstance(titles, list) else []):
        if not isinstance(entry, dict):
            continue
        source, level = entry.get("source"), entry.get("level")
        if isinstance(source, str) and "sources" not in unreadable and source not in kb.sources:
            yield loc.problem(("market_titles", i, "source"),
                              f"unknown source '{source}'{did_you_mean(source, kb.sources)}")
        if isinstance(level, str) and "seniority" not in unreadable and level not in kb.seniority:
            yield loc.problem(("market_titles", i, "level"),
                              f"unknown seniority level '{level}'{did_you_mean(level, kb.seniority)}")


def _repeated_aliases(data: dict, loc: Locator) -> Iterator[Problem]:
    aliases = data.get("aliases")
    folded: dict[str, int] = {}
    for i, alias in enumerate(aliases if isinstance(aliases, list) else []):
        if not isinstance(alias, str):
            continue
        if fold(alias) in folded:
            yield loc.problem(("aliases", i), f"alias '{alias}' is listed twice (first at aliases[{folded[fold(alias)]}])")
        folded.setdefault(fold(alias), i)


def _reporting(kb: KnowledgeBase, role: Role, loc: Locator) -> Iterator[Problem]:
    for i, other_id in enumerate(role.manages):
        other = kb.roles.get(other_id)
        if other is not None and other is not role and role.id not in other.reports_to:
            message = f"'{other_id}' does not list '{role.id}' in its reports_to; add it there or remove it here"
            yield loc.problem(("manages", i), message)
    for i, other_id in enumerate(role.reports_to):
        other = kb.roles.get(other_id)
        if other is not None and other is not role and role.id not in other.manages:
            message = f"'{other_id}' does not list '{role.id}' in its manages; add it there or remove it here"
            yield loc.problem(("reports_to", i), message)
    if role.codes and role.codes.esco and not role.codes.isco:
        yield loc.problem(("codes", "isco"), "an ESCO occupation has an ISCO-08 code; give it too", "warning")


def _cycles(kb: KnowledgeBase, locators: dict[str, Locator]) -> Iterator[Problem]:
    """One problem per loop in the reporting lines, at its smallest role id."""
    graph = {rid: [t for t in role.reports_to if t in kb.roles and t != rid] for rid, role in kb.roles.items()}
    for component in _strong_components(graph):
        if len(component) < 2:
            continue
        start = min(component)
        path = _cycle_from(start, graph, set(component))
        index = kb.roles[start].reports_to.index(path[1])
        chain = " -> ".join([*path, start])
        yield locators[kb.files[start]].problem(("reports_to", index), f"reporting lines form a cycle: {chain}")


def _strong_components(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative so that long chains do not hit the recursion limit."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            edges = graph[node]
            if child < len(edges):
                work.append((node, child + 1))
                target = edges[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return components


def _cycle_from(start: str, graph: dict[str, list[str]], members: set[str]) -> list[str]:
    """A path start -> ... whose last node reports to ``start`` (breadth first, shortest)."""
    previous: dict[str, str] = {}
    queue = [start]
    for node in queue:
        for target in sorted(graph[node]):
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return path[::-1]
            if target in members and target not in previous and target != start:
                previous[target] = node
                queue.append(target)
    return [start]


def _ambiguous_names(kb: KnowledgeBase, locators: dict[str, Locator]) -> Iterator[Problem]:
    """An alias that also names another role makes lookups ambiguous.

    Ids come first; among aliases, the role whose id sorts first keeps the
    name, and the problem is reported once, at the other one.
    """
    owners: dict[str, str] = {fold(role_id): role_id for role_id in kb.roles}
    for role in kb.roles.values():
        loc = locators[kb.files[role.id]]
        for i, alias in enumerate(role.aliases):
            owner = owners.setdefault(fold(alias), role.id)
            if owner != role.id:
                yield loc.problem(("aliases", i), f"alias '{alias}' also names {owner}; keep it on one role")


def check_company(company: Company, loc: Locator) -> list[Problem]:
    """Meaning-level problems of a company profile."""
    problems = []
    if company.remote == "full-remote" and not company.remote_countries:
        problems.append(loc.problem(("remote",), "full-remote needs remote_countries: where applicants may live"))
    if company.salary and company.salary.max < company.salary.min:
        problems.append(loc.problem(("salary", "max"), f"max ({company.salary.max:g}) is below min ({company.salary.min:g})"))
    if company.valid_through and company.valid_through <= company.date_posted:
        message = f"valid_through ({company.valid_through}) must come after date_posted ({company.date_posted})"
        problems.append(loc.problem(("valid_through",), message))
    if (company.apply.url is None) == (company.apply.email is None):
        problems.append(loc.problem(("apply",), "give exactly one of url or email"))
    if company.apply.direct and company.apply.url is None:
        problems.append(loc.problem(("apply", "direct"), "direct applies to an application page: give apply.url"))
    problems += long_name(company.name, ("name",), loc)
    if company.salary:
        from rolegen.knowledge.pay import ISO_4217, implausible

        if company.salary.currency not in ISO_4217:
            problems.append(loc.problem(("salary", "currency"),
                                        f"'{company.salary.currency}' is not an ISO 4217 currency code (EUR ...)"))
        else:
            for name in ("min", "max"):
                why = implausible(getattr(company.salary, name), company.salary.period, company.salary.currency)
                if why is not None:
                    problems.append(loc.problem(("salary", name), why))
    return problems


WORD_PROPERTY_LIMIT = 255
"""Longest title or name Word keeps in a document's properties; a longer one is cut there with an ellipsis."""
LONGEST_NAME = 2000
"""A title or name longer than this is not one (a pasted text): an error."""


def long_name(text: str, field: tuple, loc: Locator) -> list[Problem]:
    """A title or name past Word's property limit (a warning: it is cut there) or far past any title (an error)."""
    if len(text) > LONGEST_NAME:
        return [loc.problem(field, f"is {len(text):,} characters long; a title or name has at most {LONGEST_NAME:,}")]
    if len(text) > WORD_PROPERTY_LIMIT:
        return [loc.problem(field, f"is {len(text):,} characters long; the Word file's properties keep the first "
                                   f"{WORD_PROPERTY_LIMIT - 1} and an ellipsis (the posting's text keeps it whole)",
                            "warning")]
    return []
