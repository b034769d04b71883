"""A role as readable terminal text (``rolegen show``)."""

from __future__ import annotations

import textwrap

from rolegen.i18n import colon, word
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role, RoleLevel
from rolegen.knowledge.sections import Section, registry
from rolegen.knowledge.seniority import experience_text, level_title
from rolegen.textutil import keep_with_previous


def wrap(text: str, width: int, first: str = "", rest: str | None = None, lang: str = "en") -> str:
    """``text`` wrapped to ``width``, words kept whole (French marks kept with their phrase)."""
    rest = " " * len(first) if rest is None else rest
    text = keep_with_previous(text) if lang == "fr" else text
    return textwrap.fill(
        text, width=width, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
    )


def role_text(kb: KnowledgeBase, role: Role, lang: str, width: int = 80, level: RoleLevel | None = None) -> str:
    """Every field of ``role`` in ``lang``, as wrapped plain text.

    With ``level``, the role as held at that seniority level: the level's
    experience, scope, added responsibilities, deepened skills and owned KPIs
    come right after the summary, before the role's own sections.
    """
    title = role.title[lang] if level is None else level_title(kb, role, level, lang)
    out = [title, "=" * min(len(title), width), ""]
    facts = [(word(s.name, lang), _HEAD[s.name](kb, role, lang)) for s in registry().sections
             if s.head and s.name in _HEAD]
    if level is not None:
        label = kb.seniority[level.level].label[lang]
        facts.insert(0, (word("seniority_level", lang), f"{label} ({experience_text(level, lang)})"))
    out += [wrap(value, width, f"{name}{colon(lang)}", lang=lang) for name, value in facts if value]
    out += ["", wrap(role.summary[lang], width, lang=lang)]
    if level is not None:
        _level_sections(out, kb, level, lang, width)
    for section in shown_sections():
        if level is not None and section.name == "seniority":
            continue
        items = _ITEMS[section.name](kb, role, lang) if section.name in _ITEMS else [t[lang] for t in
                                                                                      getattr(role, section.name)]
        _section(out, section[lang], items, width, lang)
    return "\n".join(out).rstrip() + "\n"


def shown_sections() -> list[Section]:
    """The sections ``rolegen show`` prints, in order: the registry's, each ``show_after`` moved after its section."""
    body = registry().body()
    moved = [s for s in body if s.show_after]
    ordered = [s for s in body if not s.show_after]
    for section in moved:
        ordered.insert(next(i for i, s in enumerate(ordered) if s.name == section.show_after) + 1, section)
    return ordered


def _level_sections(out: list[str], kb: KnowledgeBase, level: RoleLevel, lang: str, width: int) -> None:
    """What the level changes: scope, added responsibilities, deepened skills, owned KPIs, and its basis."""
    _section(out, word("scope", lang), [level.scope[lang]], width, lang)
    _section(out, word("adds", lang), [t[lang] for t in level.adds], width, lang)
    _section(out, word("skills_deepened", lang), [kb.skills[s].label[lang] for s in level.skills], width, lang)
    _section(out, word("kpis_owned", lang), [kb.kpis[k].label[lang] for k in level.kpis], width, lang)
    basis = [word("practice", lang) if b == "practice" else b for b in level.basis]
    if basis:
        out += ["", wrap(", ".join(basis), width, f"{word('basis', lang)}{colon(lang)}", lang=lang)]


def _section(out: list[str], heading: str, items: list[str], width: int, lang: str) -> None:
    if not items:
        return
    out += ["", heading, "-" * len(heading)]
    out += [wrap(item, width, "- ", "  ", lang) for item in items]


def _reporting(kb: KnowledgeBase, role: Role, lang: str) -> list[str]:
    lines = []
    if role.reports_to:
        lines.append(word("reports_to", lang) + colon(lang) + ", ".join(kb.roles[r].title[lang] for r in role.reports_to))
    if role.manages:
        lines.append(word("manages", lang) + colon(lang) + ", ".join(kb.roles[r].title[lang] for r in role.manages))
    if role.reporting_notes:
        lines.append(role.reporting_notes[lang])
    return lines


def _codes(role: Role, lang: str) -> list[str]:
    codes = role.codes
    if codes is None:
        return [word("none", lang)]
    sep = colon(lang)
    lines = [f"ROME{sep}{', '.join(codes.rome)}"] if codes.rome else []
    lines += [f"ISCO-08{sep}{codes.isco}"] if codes.isco else []
    lines += [f"ESCO{sep}{codes.esco}"] if codes.esco else []
    lines += [codes.note[lang]] if codes.note else []
    return lines or [word("none", lang)]


def source_line(source) -> str:
    """``Title (Publisher, 2013)``."""
    extra = ", ".join(str(part) for part in (source.publisher, source.year) if part)
    line = f"{source.title} ({extra})" if extra else source.title
    return f"{line} <{source.url}>" if source.url else line


_HEAD = {
    "aliases": lambda kb, role, lang: ", ".join(role.aliases),
    "family": lambda kb, role, lang: kb.families[role.family].label[lang],
    "level": lambda kb, role, lang: word(role.level, lang),
    "found_in": lambda kb, role, lang: ", ".join(word(p, lang) for p in role.found_in),
}
"""The facts of the head printed as the first lines, by section (the summary follows them as a paragraph)."""

_ITEMS = {
    "skills": lambda kb, role, lang: [f"{kb.skills[s.skill].label[lang]} ({word(s.need, lang)})" for s in role.skills],
    "backgrounds": lambda kb, role, lang: [kb.backgrounds[b].label[lang] for b in role.backgrounds],
    "collaborations": lambda kb, role, lang: [f"{kb.partner_label(c.with_)[lang]}{colon(lang)}{c.about[lang]}"
                                              for c in role.collaborations],
    "kpis": lambda kb, role, lang: [kb.kpis[k].label[lang] for k in role.kpis],
    "reporting": lambda kb, role, lang: _reporting(kb, role, lang),
    "seniority": lambda kb, role, lang: [f"{kb.seniority[e.level].label[lang]}{colon(lang)}{experience_text(e, lang)}"
                                         for e in role.seniority],
    "not_to_confuse_with": lambda kb, role, lang: [f"{kb.roles[d.role].title[lang]}{colon(lang)}{d.why[lang]}"
                                                   for d in role.not_to_confuse_with],
    "codes": lambda kb, role, lang: _codes(role, lang),
    "sources": lambda kb, role, lang: [source_line(kb.sources[s]) for s in role.sources],
}
"""The items of each section whose items are not plain statements, as lines; a list of statements needs none."""
