"""Small text helpers shared by lookups, search and checks."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Référencement  Naturel" -> "referencement naturel"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", plain.replace("œ", "oe").replace("æ", "ae")).strip()
