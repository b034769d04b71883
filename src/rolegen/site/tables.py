"""Tables: Markdown tables, and the comparison matrices as HTML tables.

A matrix lays the roles of one group side by side for one section of the
role format: a column per role, a row per skill, KPI, background or partner
(or a single row of lists for free-text sections). Groups hold at most
``GROUP_SIZE`` roles, so every matrix stays readable and their total size
grows linearly with the number of roles.

Matrices are the bulk of the guide's text (a third of it at 1,000 roles) and
hold only links rolegen builds itself, so they are written as raw HTML, which
the engine copies instead of parsing: their links are final URLs
(:meth:`PageLinks.url`) and every text is HTML-escaped.
"""

from __future__ import annotations

import html

from rolegen.knowledge.sections import registry
from rolegen.textutil import fold
from rolegen.site import context as paths
from rolegen.site.escape import Md
from rolegen.site.links import PageLinks



def md_table(header: list[str], rows: list[list[str]]) -> Md:
    """A Markdown table; cells must already be safe, single-line Markdown."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return Md("\n".join(lines) + "\n")


def bullets(items: list[str]) -> Md:
    """Several items in one table cell, one per line."""
    return Md("<br>".join(f"• {item}" for item in items))


def matrix(section: str, role_ids: list[str], p: PageLinks, w: dict[str, str]) -> Md:
    """The side-by-side HTML table of ``section`` for the roles ``role_ids``.

    Column headers show a role's short title (its full title is read out and
    shown on hover), so that a group of ten roles fits a 1,366 px screen; the
    wrapper lets the header row and the first column stay in view.
    """
    roles = [p.kb.roles[rid] for rid in role_ids]
    texts = registry().get(section).generic  # a list of statements: one row of each role's texts
    corner = w["role"] if texts else w[_ROW_HEADING[section]]
    head = "".join(f'<th scope="col">{role_header(p, r.id)}</th>' for r in roles)
    lines = [f'<div class="rolegen-matrix-wrap" tabindex="0" role="region" aria-label="{_h(w[section])}">',
             f'<table class="rolegen-matrix rolegen-matrix--{section.replace("_", "-")}">',
             f'<thead><tr><th scope="col">{_h(corner)}</th>{head}</tr></thead>', "<tbody>"]
    if texts:
        # One item a line, "•" before each: lighter than a list, and the tables are large.
        cells = "".join("<td>" + "<br>".join(f"• {_h(t[p.lang])}" for t in getattr(r, section)) + "</td>"
                        for r in roles)
        lines.append(f'<tr><th scope="row">{_h(w[section])}</th>{cells}</tr>')
    else:
        for key, label in _row_keys(section, roles, p):
            cells = "".join(f"<td>{_cell(section, role, key, p, w)}</td>" for role in roles)
            lines.append(f'<tr><th scope="row">{label}</th>{cells}</tr>')
    lines += ["</tbody>", "</table>", "</div>"]
    return Md("\n".join(lines) + "\n")


def short_title(title: str) -> str:
    """A title without its parenthesis: "Content manager (digital content manager)" -> "Content manager"."""
    head = title.split(" (", 1)[0].strip()
    return head or title


def role_header(p: PageLinks, role_id: str) -> str:
    """A link to a role labelled with its short title; the full title on hover and for screen readers."""
    title = p.kb.roles[role_id].title[p.lang]
    short = short_title(title)
    href = html.escape(p.url(paths.role_page(role_id)), quote=True)
    if short == title:
        return f'<a href="{href}">{_h(title)}</a>'
    return (f'<a href="{href}" title="{_h(title)}"><span aria-hidden="true">{_h(short)}</span>'
            f'<span class="rolegen-sr">{_h(title)}</span></a>')


def mark(need: str | None, w: dict[str, str]) -> str:
    """A compact need mark (● essential, ○ optional), its word on hover and for screen readers."""
    if not need:
        return ""
    symbol = "●" if need == "essential" else "○"
    return (f'<span class="rolegen-mark" title="{_h(w[need])}"><span aria-hidden="true">{symbol}</span>'
            f'<span class="rolegen-sr">{_h(w[need])}</span></span>')


_ROW_HEADING = {"skills": "skills", "backgrounds": "backgrounds", "kpis": "kpis", "collaborations": "with"}


def _h(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=True)


def _a(p: PageLinks, target: str, label: str) -> str:
    return f'<a href="{html.escape(p.url(target), quote=True)}">{_h(label)}</a>'


def _row_keys(section: str, roles, p: PageLinks) -> list[tuple[str, str]]:
    """The rows of a matrix: every item any of the roles names, most shared first, then by label."""
    counts: dict[str, int] = {}
    for role in roles:
        for key in _keys(section, role):
            counts[key] = counts.get(key, 0) + 1
    rows = [(key, _plain_label(section, key, p)) for key in counts]
    rows.sort(key=lambda row: (-counts[row[0]], fold(row[1])))
    return [(key, _row_label(section, key, label, p)) for key, label in rows]


def _row_label(section: str, key: str, label: str, p: PageLinks) -> str:
    if section == "skills":
        return _a(p, paths.skill_page(key), label)
    if section == "kpis":
        return _a(p, f"{paths.KPIS}#{key}", label)
    if section == "collaborations" and key in p.kb.roles:
        return _a(p, paths.role_page(key), label)
    return _h(label)


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


def _cell(section: str, role, key: str, p: PageLinks, w: dict[str, str]) -> str:
    if section == "skills":
        need = next((s.need for s in role.skills if s.skill == key), None)
        return mark(need, w)
    if section == "collaborations":
        about = next((c.about for c in role.collaborations if c.with_ == key), None)
        return _h(about[p.lang]) if about else ""
    if key not in getattr(role, section):
        return ""
    return f'<span class="rolegen-mark"><span aria-hidden="true">✓</span><span class="rolegen-sr">{_h(w["yes"])}</span></span>'
