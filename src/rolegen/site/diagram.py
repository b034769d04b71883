"""The relationship diagram, drawn at build time as inline SVG.

No diagram library runs in the browser and nothing is fetched: the layout is
computed here. Roles are placed in rows by reporting depth (a role sits below
every role it reports to), ordered to limit crossings, with reporting lines as
solid arrows and collaborations between roles as dotted lines. Each box links
to the role's page. One diagram is drawn per group of roles (see
:func:`rolegen.site.context.pack`), with the managers and reports from other
groups shown in dashed boxes, so a diagram never grows with the whole base.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from rolegen.site import context as paths
from rolegen.site.context import Guide
from rolegen.site.escape import Md
from rolegen.site.links import PageLinks

BOX_W, BOX_H = 172, 62
GAP_X, GAP_Y = 22, 64
PER_ROW = 4
MARGIN = 12
LINE_CHARS = 22


@dataclass
class Layout:
    """Where each role's box is (top-left corner), and the diagram's size."""

    position: dict[str, tuple[int, int]]
    width: int
    height: int


def diagrams(guide: Guide, lang: str, p: PageLinks) -> list[dict]:
    """One diagram per group: its SVG and the relations it draws, as lists for reading without it."""
    result = []
    for index, group in enumerate(guide.groups, start=1):
        nodes, reporting, collaborations = relations(guide, group)
        layout = place(guide, nodes, reporting)
        svg = draw(guide, lang, p, nodes, set(group), reporting, collaborations, layout, index)
        result.append({"svg": svg, "reporting": reporting, "collaborations": collaborations})
    return result


def relations(guide: Guide, group: list[str]) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """The roles to draw (the group, then outside managers and reports), reporting lines and collaborations."""
    kb = guide.kb
    members = set(group)
    nodes = list(group)
    reporting = []
    for rid in group:
        for manager in kb.roles[rid].reports_to:
            reporting.append((manager, rid))
        for report in kb.roles[rid].manages:
            if report not in members:
                reporting.append((rid, report))
    for manager, report in reporting:
        for rid in (manager, report):
            if rid not in members and rid not in nodes:
                nodes.append(rid)
    reporting = sorted(set(reporting))
    lines = set(reporting) | {(b, a) for a, b in reporting}
    collaborations = set()
    for rid in group:
        for collab in kb.roles[rid].collaborations:
            other = collab.with_
            if other in members and (rid, other) not in lines:
                collaborations.add(tuple(sorted((rid, other))))
    return nodes, reporting, sorted(collaborations)


def place(guide: Guide, nodes: list[str], reporting: list[tuple[str, str]]) -> Layout:
    """Rows by reporting depth; within a row, below one's managers where possible."""
    managers: dict[str, list[str]] = {rid: [] for rid in nodes}
    for manager, report in reporting:
        managers[report].append(manager)
    depth: dict[str, int] = {}
    for rid in nodes:
        _depth(rid, managers, depth)
    layers: list[list[str]] = [[] for _ in range(max(depth.values(), default=0) + 1)]
    family_rank = {fid: i for i, fid in enumerate(guide.families)}
    for rid in sorted(nodes, key=lambda r: (family_rank.get(guide.kb.roles[r].family, 0), r)):
        layers[depth[rid]].append(rid)
    rows: list[list[str]] = []
    order: dict[str, float] = {}
    for layer in layers:
        first = {rid: i for i, rid in enumerate(layer)}
        layer.sort(key=lambda r: (_barycentre(r, managers, order), first[r]))
        for start in range(0, len(layer), PER_ROW):
            row = layer[start:start + PER_ROW]
            rows.append(row)
            order.update({rid: i - (len(row) - 1) / 2 for i, rid in enumerate(row)})
    return _coordinates(rows)


def _depth(rid: str, managers: dict[str, list[str]], depth: dict[str, int]) -> int:
    # Reporting lines have no cycle (the loader checks it); chains are short.
    if rid not in depth:
        depth[rid] = 1 + max((_depth(m, managers, depth) for m in managers[rid]), default=-1)
    return depth[rid]


def _barycentre(rid: str, managers: dict[str, list[str]], order: dict[str, float]) -> float:
    """Mean position of a role's managers in the rows above (0, the centre, when none)."""
    placed = [order[m] for m in managers[rid] if m in order]
    return sum(placed) / len(placed) if placed else 0.0


def _coordinates(rows: list[list[str]]) -> Layout:
    widest = max((len(row) for row in rows), default=1)
    width = widest * BOX_W + (widest - 1) * GAP_X + 2 * MARGIN
    position = {}
    for y_index, row in enumerate(rows):
        row_width = len(row) * BOX_W + (len(row) - 1) * GAP_X
        left = (width - row_width) // 2
        for x_index, rid in enumerate(row):
            position[rid] = (left + x_index * (BOX_W + GAP_X), MARGIN + y_index * (BOX_H + GAP_Y))
    height = len(rows) * BOX_H + (len(rows) - 1) * GAP_Y + 2 * MARGIN
    return Layout(position, width, height)


def draw(guide: Guide, lang: str, p: PageLinks, nodes: list[str], members: set[str],
         reporting: list[tuple[str, str]], collaborations: list[tuple[str, str]], layout: Layout, index: int) -> Md:
    """The SVG of one diagram, as a raw HTML block (one line per element, no blank line)."""
    marker = f"rolegen-arrow-{index}"
    label = html.escape(f"{_label(lang)} {index}" if len(guide.groups) > 1 else _label(lang))
    out = [f'<figure class="rolegen-figure"><svg class="rolegen-diagram" xmlns="http://www.w3.org/2000/svg" '
           f'viewBox="0 0 {layout.width} {layout.height}" width="{layout.width}" height="{layout.height}" '
           f'role="group" aria-label="{label}">',
           f'<defs><marker id="{marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           f'orient="auto-start-reverse"><path class="arrow" d="M0,0 L10,5 L0,10 z" fill="#757575"/></marker></defs>']
    for a, b in collaborations:
        out.append(_collaboration(layout.position[a], layout.position[b]))
    for manager, report in reporting:
        out.append(_reporting(layout.position[manager], layout.position[report], marker))
    for rid in nodes:
        out.append(_node(guide, lang, p, rid, layout.position[rid], rid not in members))
    out.append("</svg></figure>")
    return Md("\n".join(out))


def _label(lang: str) -> str:
    return "Diagramme des relations" if lang == "fr" else "Relationship diagram"


def _reporting(top: tuple[int, int], bottom: tuple[int, int], marker: str) -> str:
    x1, y1 = top[0] + BOX_W // 2, top[1] + BOX_H
    x2, y2 = bottom[0] + BOX_W // 2, bottom[1]
    if y2 < y1:  # a report drawn above its manager cannot happen; draw straight if it did
        y1, y2 = top[1], bottom[1] + BOX_H
    middle = (y1 + y2) // 2
    return (f'<path class="reports" d="M{x1},{y1} C{x1},{middle} {x2},{middle} {x2},{y2}" fill="none" stroke="#757575" '
            f'stroke-width="1.5" marker-end="url(#{marker})"/>')


def _collaboration(a: tuple[int, int], b: tuple[int, int]) -> str:
    x1, y1 = a[0] + BOX_W // 2, a[1] + BOX_H // 2
    x2, y2 = b[0] + BOX_W // 2, b[1] + BOX_H // 2
    # Bend the line so that it does not run along the boxes of the same row.
    bend = -(BOX_H // 2 + GAP_Y // 3) if y1 == y2 else 0
    cx, cy = (x1 + x2) // 2 + (GAP_X if y1 != y2 else 0), min(y1, y2) + bend if y1 == y2 else (y1 + y2) // 2
    return (f'<path class="works-with" d="M{x1},{y1} Q{cx},{cy} {x2},{y2}" fill="none" stroke="#3f51b5" '
            f'stroke-width="1.2" stroke-dasharray="3 4"/>')


def _node(guide: Guide, lang: str, p: PageLinks, rid: str, at: tuple[int, int], outside: bool) -> str:
    title = guide.kb.roles[rid].title[lang]
    lines = wrap_title(title)
    x, y = at
    first = y + BOX_H // 2 - 8 * (len(lines) - 1) + 5
    text = "".join(f'<tspan x="{x + BOX_W // 2}" y="{first + 16 * i}">{html.escape(line)}</tspan>'
                   for i, line in enumerate(lines))
    href = html.escape(p.url(paths.role_page(rid)))
    css = "node outside" if outside else "node"
    return (f'<a class="{css}" href="{href}" data-role="{rid}"><title>{html.escape(title)}</title>'
            f'<rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="6" fill="#ffffff" stroke="#3f51b5"/>'
            f'<text text-anchor="middle" fill="#000000">{text}</text></a>')


def wrap_title(title: str, width: int = LINE_CHARS, lines: int = 3) -> list[str]:
    """A title cut into at most ``lines`` lines of about ``width`` characters; the rest ends in '…'."""
    out: list[str] = []
    current = ""
    for word in title.split():
        candidate = f"{current} {word}".strip()
        if len(candidate) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip() + "…"
    return [line if len(line) <= width + 6 else line[: width + 5] + "…" for line in out]
