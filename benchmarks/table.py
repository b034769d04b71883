"""The benchmark's table: one row per measure, printed as aligned text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    """One line of the table."""

    measure: str
    value: float
    unit: str
    against: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    percent: bool = False


def format_table(rows: list[Row]) -> str:
    """Columns: measure, rolegen's figure, what it is compared with, ratio, target, met."""
    header = ("measure", "rolegen", "compared with", "ratio", "target", "met")
    lines = [header] + [
        (r.measure, f"{r.value:.3f} {r.unit}" if r.unit == "s" else f"{r.value:.2f} {r.unit}", r.against,
         "" if r.ratio is None else (f"{r.ratio:.0%}" if r.percent else f"{r.ratio:.2f}x"), r.target,
         "" if r.met is None else ("yes" if r.met else "NO"))
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for index, line in enumerate(lines):
        out.append("  ".join(cell.ljust(w) if i in (0, 2, 4) else cell.rjust(w)
                             for i, (cell, w) in enumerate(zip(line, widths))).rstrip())
        if index == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out) + "\n"
