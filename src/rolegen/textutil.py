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


_MD_INLINE = re.compile(r"([\\`*_{}\[\]|#~])")
_MD_LINE_START = re.compile(r"^(\d+)\.|^([-+=])")


def md_escape(text: str) -> str:
    """Plain text made inert inside a Markdown line (a paragraph, a list item, a table cell).

    HTML's special characters become entities (Python-Markdown does not
    honour a backslash before ``<``); Markdown's become backslash escapes;
    line breaks become spaces, so the text cannot start a block of its own.
    """
    flat = " ".join(text.split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    flat = _MD_INLINE.sub(r"\\\1", flat)
    return _MD_LINE_START.sub(lambda m: f"{m.group(1)}\\." if m.group(1) else f"\\{m.group(2)}", flat)
