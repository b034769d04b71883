"""The overlap matrix as a heat map: a colour per tenth of overlap, the percentage kept in each cell.

The palette is viridis (sequential, readable by colour-blind readers and in
grey); each step carries its own text colour, the one of black and white that
contrasts most with it, so the cells read the same on a light or dark page.
"""

from __future__ import annotations

import html
from typing import Callable

from rolegen.compare.overlap import percent
from rolegen.site.escape import Md
from rolegen.site.links import PageLinks
from rolegen.site.tables import role_header

PALETTE = ("#fde725", "#b5de2b", "#6ece58", "#35b779", "#1f9e89",
           "#26828e", "#31688e", "#3e4989", "#482878", "#440154")
"""Viridis in ten steps, lightest for the least overlap: step i holds i*10 % to i*10+9 %."""


def _luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return "#000000" if contrast(background, "#000000") >= contrast(background, "#ffffff") else "#ffffff"


STEPS = tuple((colour, text_colour(colour)) for colour in PALETTE)


def step(value: int) -> int:
    """The palette step of a percentage."""
    return min(max(value, 0) // 10, len(PALETTE) - 1)


def heatmap(ids: list[str], score: Callable[[str, str], float], p: PageLinks, w: dict[str, str]) -> Md:
    """The overlap of every pair of ``ids`` as an HTML table; each cell links to the pair side by side."""
    head = "".join(f'<th scope="col">{role_header(p, rid)}</th>' for rid in ids)
    rows = []
    for a in ids:
        cells = []
        for b in ids:
            if a == b:
                cells.append('<td class="rolegen-heat-self">—</td>')
                continue
            value = percent(score(a, b))
            bg, fg = STEPS[step(value)]
            href = html.escape(f"{p.url('compare/pick.md')}#{a},{b}", quote=True)
            cells.append(f'<td style="background:{bg};color:{fg}"><a style="color:{fg}" href="{href}">'
                         f'{value}\u00a0%</a></td>')
        rows.append(f'<tr><th scope="row">{role_header(p, a)}</th>{"".join(cells)}</tr>')
    return Md('<div class="rolegen-matrix-wrap rolegen-heat-wrap">\n<table class="rolegen-matrix rolegen-heat">\n'
              f'<thead><tr><td></td>{head}</tr></thead>\n<tbody>\n' + "\n".join(rows)
              + "\n</tbody>\n</table>\n</div>\n")


def legend(w: dict[str, str]) -> Md:
    """The colour scale, one swatch per step with its range."""
    items = []
    for i, (bg, fg) in enumerate(STEPS):
        label = f"{i * 10}–{i * 10 + 9}\u00a0%" if i < len(STEPS) - 1 else f"≥\u00a0{i * 10}\u00a0%"
        items.append(f'<li style="background:{bg};color:{fg}">{label}</li>')
    return Md(f'<ul class="rolegen-heat-legend" aria-label="{html.escape(w["scale"], quote=True)}">'
              + "".join(items) + "</ul>\n")
