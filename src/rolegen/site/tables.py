"""Markdown tables and the comparison matrices built from them.

A matrix lays the roles of one group side by side for one section of the
role format: a column per role, a row per skill, KPI, background or partner
(or a single row of lists for free-text sections). Groups hold at most
``GROUP_SIZE`` roles, so every matrix stays readable and their total size
grows linearly with the number of roles.
"""

from __future__ import annotations

from ..textutil import fold
from .escape import Md, inline
from .links import PageLinks
from .templating import need_mark

_TEXT_SECTIONS = {"responsibilities", "daily_activities"}


def md_table(header: list[str], rows: list[list[str]]) -> Md:
    """A Markdown table; cells must already be safe, single-line Markdown."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return Md("\n".join(lines) + "\n")


def bullets(items: list[str]) -> Md:
    """Several items in one table cell, one per line."""
    return Md("<br>".join(f"• {item}" for item in items))


def matrix(section: str, role_ids: list[str], p: PageLinks, w: dict[str, str]) -> Md:
    """The side-by-side table of ``section`` for the roles ``role_ids``."""
    header = [inline(w["role"] if section in _TEXT_SECTIONS else w[_ROW_HEADING[section]])]
    header += [p.role(rid) for rid in role_ids]
    roles = [p.kb.roles[rid] for rid in role_ids]
    if section in _TEXT_SECTIONS:
        row = [inline(w[section])] + [bullets([p.text(t) for t in getattr(r, section)]) for r in roles]
        return md_table(header, [row])
    rows = []
    for key, label in _row_keys(section, roles, p):
        rows.append([label] + [_cell(section, role, key, p, w) for role in roles])
    return md_table(header, rows)


_ROW_HEADING = {"skills": "skills", "backgrounds": "backgrounds", "kpis": "kpis", "collaborations": "with"}


def _row_keys(section: str, roles, p: PageLinks) -> list[tuple[str, Md]]:
    """The rows of a matrix: every item any of the roles names, most shared first, then by label."""
    counts: dict[str, int] = {}
    for role in roles:
        for key in _keys(section, role):
            counts[key] = counts.get(key, 0) + 1
    label = {"skills": p.skill, "kpis": p.kpi, "collaborations": p.partner,
             "backgrounds": lambda key: inline(p.kb.backgrounds[key].label[p.lang])}[section]
    rows = [(key, label(key)) for key in counts]
    rows.sort(key=lambda row: (-counts[row[0]], fold(_plain_label(section, row[0], p))))
    return rows


def _plain_label(section: str, key: str, p: PageLinks) -> str:
    kb = p.kb
    if section == "collaborations":
        return kb.partner_label(key)[p.lang]
    return {"skills": kb.skills, "kpis": kb.kpis, "backgrounds": kb.backgrounds}[section][key].label[p.lang]


def _keys(section: str, role) -> list[str]:
    if section == "skills":
        return [s.skill for s in role.skills]
    if section == "collaborations":
        return [c.with_ for c in role.collaborations]
    return list(getattr(role, section))


def _cell(section: str, role, key: str, p: PageLinks, w: dict[str, str]) -> Md:
    if section == "skills":
        need = next((s.need for s in role.skills if s.skill == key), None)
        return need_mark(need, w, compact=True) if need else Md("")
    if section == "collaborations":
        about = next((c.about for c in role.collaborations if c.with_ == key), None)
        return p.text(about) if about else Md("")
    return Md("✓") if key in getattr(role, section) else Md("")
