"""Comparison data (:func:`rolegen.compare.engine.compare`) as terminal text or Markdown."""

from __future__ import annotations

import textwrap
from itertools import zip_longest
from typing import Any

import click

from rolegen.i18n import colon, word
from rolegen.textutil import keep_with_previous, md_escape

_GAP = " | "


def _item_text(item: dict[str, Any], titles: dict[str, str], lang: str, with_roles: bool) -> str:
    notes = item.get("notes", {})
    if not notes and not with_roles:
        return item["label"]
    if not with_roles:
        return f"{item['label']} ({next(iter(notes.values()))})"
    parts = [titles[r] + (f"{colon(lang)}{notes[r]}" if r in notes else "") for r in item["roles"]]
    separator = " ; " if lang == "fr" else "; "
    return f"{item['label']} ({separator.join(parts)})"


def to_text(data: dict[str, Any], width: int = 80) -> str:
    """Sections one after another; specific items in side-by-side columns that fit ``width``."""
    lang = data["lang"]
    titles = {r["id"]: r["title"] for r in data["roles"]}
    heading = _wrap(f" {word('vs', lang)} ".join(titles.values()), width, lang, bullet=False)
    out = [click.style(line, bold=True) for line in heading] + ["=" * max(len(line) for line in heading)]
    for section in data["sections"]:
        out += _heading(section["label"])
        for kind in ("shared", "partial"):
            if section[kind]:
                out.append(click.style(word(kind, lang), fg="green" if kind == "shared" else "yellow") + colon(lang).rstrip())
                with_roles = kind == "partial" or any(len(set(i.get("notes", {}).values())) > 1 for i in section[kind])
                for item in section[kind]:
                    out += _wrap(_item_text(item, titles, lang, with_roles), width, lang)
        out += _columns(section["specific"], titles, lang, width)
    if data["overlaps"]:
        out += _heading(word("overlap", lang))
    for o in data["overlaps"]:
        out += _wrap(f"{o['percent']} %{colon(lang)}{titles[o['a']]} ~ {titles[o['b']]}", width, lang)
    if data["distinctions"]:
        out += _heading(word("distinctions", lang))
        for d in data["distinctions"]:
            out += _wrap(f"{titles[d['role']]} / {titles[d['other']]}{colon(lang)}{d['why']}", width, lang)
    return "\n".join(out) + "\n"


def _heading(label: str) -> list[str]:
    return ["", click.style(label, bold=True), "-" * len(label)]


def _wrap(text: str, width: int, lang: str, bullet: bool = True) -> list[str]:
    """Wrapped lines, words never cut; in French no line starts with a colon or a closing mark."""
    text = keep_with_previous(text) if lang == "fr" else text
    first, rest = ("- ", "  ") if bullet else ("", "")
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)


def _columns(specific: dict[str, list], titles: dict[str, str], lang: str, width: int) -> list[str]:
    """The specific items of each role in one column per role, headers aligned."""
    if not any(specific.values()):
        return []
    count = len(specific)
    col = (width - len(_GAP) * (count - 1)) // count
    headers = [_wrap(titles[role_id], col, lang, bullet=False) for role_id in specific]
    height = max(len(h) for h in headers)
    columns = []
    for header, items in zip(headers, specific.values()):
        lines = header + [""] * (height - len(header)) + ["-" * max(len(line) for line in header)]
        texts = [_item_text(i, titles, lang, False) for i in items] or [f"({word('nothing', lang)})"]
        for text in texts:
            lines += _wrap(text, col, lang)
        columns.append(lines)
    rows = zip_longest(*columns, fillvalue="")
    return [""] + [_GAP.join(cell.ljust(col) for cell in row).rstrip() for row in rows]


def to_markdown(data: dict[str, Any]) -> str:
    """One table per section: items as rows, roles as columns, marks or notes in the cells."""
    lang = data["lang"]
    roles = data["roles"]
    separator = f" {word('vs', lang)} "
    out = ["# " + md_escape(separator.join(r["title"] for r in roles))]
    for section in data["sections"]:
        out += ["", f"## {md_escape(section['label'])}", ""]
        out.append(f"| {word('item', lang)} | " + " | ".join(md_escape(r["title"], cell=True) for r in roles) + " |")
        out.append("|---" * (len(roles) + 1) + "|")
        if _one_value_each(section):
            cells = [md_escape(section["specific"][r["id"]][0]["label"], cell=True) for r in roles]
            out.append(f"| {md_escape(section['label'], cell=True)} | " + " | ".join(cells) + " |")
            continue
        items = section["shared"] + section["partial"] + [i for r in roles for i in section["specific"][r["id"]]]
        for item in items:
            cells = [_cell(item, r["id"]) for r in roles]
            out.append(f"| {md_escape(item['label'], cell=True)} | " + " | ".join(cells) + " |")
    if data["overlaps"]:
        out += ["", f"## {word('overlap', lang)}", ""]
    out += [f"- {md_escape(_title(roles, o['a']))} ~ {md_escape(_title(roles, o['b']))}{colon(lang)}{o['percent']} %"
            for o in data["overlaps"]]
    if data["distinctions"]:
        out += ["", f"## {word('distinctions', lang)}", ""]
        out += [f"- **{md_escape(_title(roles, d['role']))} / {md_escape(_title(roles, d['other']))}**{colon(lang)}"
                f"{md_escape(d['why'])}" for d in data["distinctions"]]
    return "\n".join(out) + "\n"


def _one_value_each(section: dict[str, Any]) -> bool:
    """Nothing shared and exactly one item per role (a level's experience, its scope): one row of values."""
    return not section["shared"] and not section["partial"] and all(
        len(items) == 1 for items in section["specific"].values())


def _cell(item: dict[str, Any], role_id: str) -> str:
    if role_id not in item["roles"]:
        return ""
    note = item.get("notes", {}).get(role_id)
    return md_escape(note, cell=True) if note else "✓"


def _title(roles: list[dict[str, str]], role_id: str) -> str:
    return next(r["title"] for r in roles if r["id"] == role_id)
