"""Small text helpers shared by lookups, search and checks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Référencement  Naturel" -> "referencement naturel"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", plain.replace("œ", "oe").replace("æ", "ae")).strip()


_NBSP_BEFORE = re.compile(r" ([:;!?»%])")
_NBSP_AFTER = re.compile(r"(«) ")


def keep_with_previous(text: str) -> str:
    """French typography for wrapped text: the space before ``: ; ! ? » %`` and after ``«`` becomes
    a no-break space, so that a line never starts with one of these marks."""
    return _NBSP_AFTER.sub("\\1\u00a0", _NBSP_BEFORE.sub("\u00a0\\1", text))


# Characters Python-Markdown (and CommonMark) read as syntax anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_{}\[\]#])")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Syntax that only counts at the start of a line (a list item's text starts one too).
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n\v\f\u2028\u2029]+[ \t]*")
_MD_LEADING = re.compile(r"^([>+-])|^(\d+)([.)])")


def md_escape(text: str, cell: bool = False) -> str:
    """Plain text as Markdown that renders back to the same text, with no element and no raw HTML.

    Line breaks become spaces, so the text cannot open a block of its own;
    ``cell`` also escapes ``|`` for a table cell.
    """
    escaped = _MD_ENTITY.sub("&amp;", _LINE_BREAKS.sub(" ", text)).replace("<", "&lt;")  # before "#" gets its backslash
    escaped = _MD_INLINE.sub(r"\\\1", escaped)
    escaped = _MD_LEADING.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", escaped)
    return escaped.replace("|", "\\|") if cell else escaped


# Characters that would break a message's one line or act on the terminal: C0 and C1 controls (newline,
# tab, carriage return, escape ...), DEL, the Unicode line and paragraph separators, and the bidirectional
# marks and overrides that reorder what a terminal shows.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED_ESCAPES.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def one_line(text: str, limit: int | None = None) -> str:
    """``text`` safe to print on one terminal line: controls escaped (``\\n``, ``\\t``, ``\\x1b``), cut at ``limit``."""
    escaped = _UNSAFE.sub(_escape, text)
    if limit is not None and len(escaped) > limit:
        return escaped[: limit - 1] + "…"
    return escaped


VALUE_LIMIT = 60
"""Longest value a message quotes; the rest is cut (the location says where the whole value is)."""


def shown_value(value: object, limit: int = VALUE_LIMIT) -> str:
    """A value quoted in a message: ``'text'`` on one line, cut when long; other values as Python writes them."""
    if isinstance(value, str):
        return f"'{one_line(value, limit)}'"
    return one_line(repr(value), limit)
