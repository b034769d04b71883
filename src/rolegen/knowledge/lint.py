"""Quality rules beyond validity (``rolegen lint``): completeness and connectedness.

Each rule has an id, printed after the message, so that a finding can be
looked up. Findings are warnings; ``--strict`` makes them errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from rolegen.errors import Problem
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.basis import cited, keyed, statements
from rolegen.knowledge.locate import Locator
from rolegen.knowledge.model import LANGS, Role, Text
from rolegen.knowledge.sections import registry
from rolegen.knowledge.wording import Phrases, WordingRules, duty_subjects, message
from rolegen.textutil import fold

MIN_ITEMS = 4
LEVEL_MIN_ITEMS = {"adds": 2, "skills": 1, "kpis": 1}
"""Fewest items each seniority level should give: what it adds, the skills that deepen, the KPIs it owns."""
RULES = {
    "min-items": f"each of {', '.join(registry().min_items())} has at least {MIN_ITEMS} items; each seniority level adds at "
                 "least 2 responsibilities and names at least 1 skill and 1 KPI",
    "untranslated": "a sentence is not the same in French and English (it would be untranslated)",
    "duplicate-item": "no text is listed twice in the same section of a role; a level adds no responsibility the "
                      "role already has",
    "seniority-levels": "each role lists its seniority levels, each saying where it comes from (basis)",
    "unused-entry": "every vocabulary entry is used by at least one role",
    "orphan-role": "every role is named by another role (collaborations, reports_to, manages, not_to_confuse_with)",
    "basis": ("every statement (summary, level, place, list item, skill, background, KPI, reporting note, seniority "
              "level) says where it comes from, and every source a role lists is cited by one of its statements"),
    "wording": "no role text uses a form that vocabulary/wording.yml says to avoid (calques, second words for one "
               "thing, masculine-only forms)",
    "skill-need": "a duty (responsibility or typical-day activity) that names a skill's subject (skills.yml, subject) "
                  "goes with that skill listed as essential; a role that manages others needs team-management as "
                  "essential",
}
"""Rule id -> what it asks. Both languages present and sources given are enforced by validate."""


def lint(kb: KnowledgeBase) -> list[Problem]:
    """Every lint finding of a valid knowledge base, as located warnings."""
    locators = {shown: Locator(Path(shown), shown) for shown in kb.files.values()}
    findings: list[Problem] = []
    rules = {lang: WordingRules(kb.wording.values(), lang) for lang in LANGS}
    subjects = Phrases((form, skill.id) for skill in kb.skills.values() for form in skill.subject)
    for role in kb.roles.values():
        loc = locators[kb.files[role.id]]
        findings += _role_findings(role, loc)
        findings += _missing_bases(role, loc)
        findings += _wording(role, loc, rules)
        findings += _skill_needs(kb, role, loc, subjects)
    findings += _vocabulary_wording(kb, locators, rules)
    findings += _unused_entries(kb, locators)
    findings += _orphans(kb, locators)
    return sorted(findings)


def _warn(loc: Locator, path: tuple, message: str, rule: str) -> Problem:
    return loc.problem(path, f"{message} [{rule}]", "warning")


def _role_findings(role: Role, loc: Locator) -> Iterator[Problem]:
    sections = registry()
    for section in sections.min_items():
        count = len(getattr(role, section))
        if count < MIN_ITEMS:
            yield _warn(loc, (section,), f"{count} item{'s' if count != 1 else ''}; give at least {MIN_ITEMS}",
                        "min-items")
    for path, text in _texts(role):
        if len(text.fr.split()) > 4 and fold(text.fr) == fold(text.en):
            yield _warn(loc, (*path, "en"), "the English text is the French one; translate it", "untranslated")
    for section in sections.text_lists:
        for lang in LANGS:
            seen: dict[str, int] = {}
            for i, text in enumerate(getattr(role, section)):
                key = fold(text[lang])
                if key in seen:
                    yield _warn(loc, (section, i, lang), f"same text as {section}[{seen[key]}]", "duplicate-item")
                seen.setdefault(key, i)
    yield from _level_findings(role, loc)


def _level_findings(role: Role, loc: Locator) -> Iterator[Problem]:
    """Levels missing, thin, without basis, or adding what the role already does."""
    if not role.seniority:
        yield _warn(loc, ("id",), "no seniority levels; list the levels the role has (junior ... lead)",
                    "seniority-levels")
    own = {fold(t[lang]): i for lang in LANGS for i, t in enumerate(role.responsibilities)}
    for i, entry in enumerate(role.seniority):
        for field, least in LEVEL_MIN_ITEMS.items():
            count = len(getattr(entry, field))
            if count < least:
                yield _warn(loc, ("seniority", i, field), f"{count} item{'s' if count != 1 else ''}; "
                                                          f"give at least {least}", "min-items")
        if not entry.basis:
            yield _warn(loc, ("seniority", i), "no basis; say where the level comes from (source ids, or practice)",
                        "seniority-levels")
        for j, text in enumerate(entry.adds):
            same = next((own[fold(text[lang])] for lang in LANGS if fold(text[lang]) in own), None)
            if same is not None:
                yield _warn(loc, ("seniority", i, "adds", j), f"same text as responsibilities[{same}]",
                            "duplicate-item")


def _missing_bases(role: Role, loc: Locator) -> Iterator[Problem]:
    """A statement without a basis reads as sourced when it may not be."""
    for path, basis in statements(role):
        if basis or path[0] == "seniority":  # a level without basis is the seniority-levels rule's finding
            continue
        where = "basis"
        if path[0] in keyed():
            where = f"an entry for '{getattr(role, path[0])[path[1]]}' in {keyed()[path[0]]}"
        elif path[0] == "level":
            where = "level_basis"
        message = f"no basis; add {where}: [source-id ...] from vocabulary/sources.yml, or [practice]"
        yield _warn(loc, path, message, "basis")
    used = cited(role)
    for i, source_id in enumerate(role.sources):
        if source_id not in used:
            yield _warn(loc, ("sources", i), f"no statement cites '{source_id}'; cite it or remove it", "basis")


def _wording(role: Role, loc: Locator, rules: dict[str, WordingRules]) -> Iterator[Problem]:
    """Forms the wording file says to avoid, in the role's texts."""
    for path, text in _texts(role):
        for lang in LANGS:
            for entry, found in rules[lang].findings(text[lang]):
                yield loc.problem((*path, lang), message(entry, found), "warning")


MANAGING_SKILL = "team-management"
"""The skill a role that manages other roles needs as essential (when the skills vocabulary has it)."""

WORDED_VOCABULARIES = ("skills", "kpis", "backgrounds", "teams", "families")
"""Vocabularies whose labels and definitions role pages show, read by the wording rule (the glossary defines the
jargon, so it names it)."""


def _vocabulary_wording(kb: KnowledgeBase, locators: dict[str, Locator],
                        rules: dict[str, WordingRules]) -> Iterator[Problem]:
    for kind in WORDED_VOCABULARIES:
        shown = kb.files.get(kind)
        if shown is None:
            continue
        loc = locators.setdefault(shown, Locator(Path(shown), shown))
        for entry_id, entry in kb.vocabulary(kind).items():
            index = loc.entry_index(entry_id)
            for field in ("label", "definition", "description"):
                text = getattr(entry, field, None)
                for lang in LANGS if text is not None else ():
                    for rule, found in rules[lang].findings(text[lang]):
                        yield loc.problem((index, field, lang), message(rule, found), "warning")


def _skill_needs(kb: KnowledgeBase, role: Role, loc: Locator, subjects: Phrases) -> Iterator[Problem]:
    """A duty naming a skill's subject while the skill is optional or missing: the page would contradict itself."""
    needs = {s.skill: (i, s.need) for i, s in enumerate(role.skills)}
    if role.manages and MANAGING_SKILL in kb.skills and needs.get(MANAGING_SKILL, (0, ""))[1] != "essential":
        yield _warn(loc, ("manages",), f"the role manages {len(role.manages)} role(s); list '{MANAGING_SKILL}' as "
                                       "essential", "skill-need")
    reported: set[tuple] = set()
    for path, skill_id, found in duty_subjects(role, subjects, LANGS):
        if (path[:2], skill_id) in reported or needs.get(skill_id, (0, ""))[1] == "essential":
            continue
        reported.add((path[:2], skill_id))
        label = kb.skills[skill_id].label["en"]
        if skill_id in needs:
            said = f"'{found}' names the subject of '{skill_id}' ({label}), optional here; make it essential " \
                   f"(skills[{needs[skill_id][0]}]) or reword the duty"
        else:
            said = f"'{found}' names the subject of '{skill_id}' ({label}), not among the role's skills; add it " \
                   "as essential or reword the duty"
        yield _warn(loc, path, said, "skill-need")


def _texts(role: Role) -> Iterator[tuple[tuple, Text]]:
    """Every text of a role with its field path."""
    yield ("title",), role.title
    yield ("summary",), role.summary
    for section in registry().text_lists:
        for i, text in enumerate(getattr(role, section)):
            yield (section, i), text
    for i, c in enumerate(role.collaborations):
        yield ("collaborations", i, "about"), c.about
    for i, d in enumerate(role.not_to_confuse_with):
        yield ("not_to_confuse_with", i, "why"), d.why
    if role.reporting_notes:
        yield ("reporting_notes",), role.reporting_notes
    for i, entry in enumerate(role.seniority):
        yield ("seniority", i, "scope"), entry.scope
        for j, text in enumerate(entry.adds):
            yield ("seniority", i, "adds", j), text


def _page_texts(kb: KnowledgeBase, role: Role) -> Iterator[Text]:
    """Every text a role's page shows: its own texts and the labels of what it names."""
    yield from (t for _, t in _texts(role))
    yield from (kb.skills[s.skill].label for s in role.skills)
    yield from (kb.kpis[k].label for k in role.kpis)
    yield from (kb.backgrounds[b].label for b in role.backgrounds)


def used_terms(kb: KnowledgeBase) -> set[str]:
    """Glossary ids whose label or an alias appears, as a whole word, in what some role's page shows."""
    corpus = " " + " ".join(fold(f"{t.fr} {t.en}") for role in kb.roles.values() for t in _page_texts(kb, role)) + " "
    used = set()
    for term in kb.glossary.values():
        forms = {fold(term.label.fr), fold(term.label.en), *(fold(a) for a in term.aliases)} - {""}
        if any(f" {form} " in corpus for form in forms):
            used.add(term.id)
    return used


def _unused_entries(kb: KnowledgeBase, locators: dict[str, Locator]) -> Iterator[Problem]:
    roles = kb.roles.values()
    used = {
        "families": {r.family for r in roles},
        "skills": {s.skill for r in roles for s in r.skills},
        "kpis": {k for r in roles for k in r.kpis},
        "backgrounds": {b for r in roles for b in r.backgrounds},
        "teams": {c.with_ for r in roles for c in r.collaborations},
        "glossary": used_terms(kb),
        "sources": {s for r in roles for s in r.sources} | {t.source for r in roles for t in r.market_titles},
        "seniority": {entry.level for r in roles for entry in r.seniority},
    }
    for kind, ids in used.items():
        shown = kb.files.get(kind)
        if shown is None:
            continue
        loc = locators.setdefault(shown, Locator(Path(shown), shown))
        for entry_id in sorted(set(kb.vocabulary(kind)) - ids):
            index = loc.entry_index(entry_id)
            where = "appears in no role text" if kind == "glossary" else "is used by no role"
            yield _warn(loc, (index, "id") if index is not None else (), f"'{entry_id}' {where}", "unused-entry")


def _orphans(kb: KnowledgeBase, locators: dict[str, Locator]) -> Iterator[Problem]:
    named: set[str] = set()
    for role in kb.roles.values():
        others = {c.with_ for c in role.collaborations} | set(role.reports_to) | set(role.manages)
        named |= (others | {d.role for d in role.not_to_confuse_with}) - {role.id}
    for role_id in sorted(set(kb.roles) - named):
        loc = locators[kb.files[role_id]]
        yield _warn(loc, ("id",), f"no other role names '{role_id}'; link it from a related role", "orphan-role")
