"""Folding: the form the rules read a text in, with a map back to the text as written.

Every character of the text is folded on its own: accents and other combining
marks dropped (NFD), lower case, typographic apostrophes, dashes, middle dots
and spaces brought to one form each. Most characters fold to exactly one
character, so the folded text lines up with the original and no map is needed;
ligatures (œ, æ, ß) fold to two and combining marks to none, and then a map of
folded index -> original index is built. Characters outside the Basic
Multilingual Plane fold to U+FFFD, so that a JavaScript string index (UTF-16)
and a Python index agree on the folded text. The browser page
(``templates/site/assets/adcheck.js``) folds the same way.
"""

from __future__ import annotations

import re
import unicodedata

SPECIAL = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2022": "\u00b7", "\u22c5": "\u00b7", "\u2027": "\u00b7", "\u2219": "\u00b7",
    "\u0153": "oe", "\u00e6": "ae", "\u00df": "ss", "\u0131": "i", "\u0130": "i",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl",
}
"""Characters folded by name rather than by Unicode decomposition (after lower-casing)."""


def fold_char(ch: str) -> str:
    """The folded form of one code point (the same function as ``foldChar`` in adcheck.js)."""
    if ch == "\n":
        return "\n"
    if ord(ch) > 0xFFFF:
        return "\ufffd"
    if ch.isspace() or ch in "\u200b\ufeff":
        return " "
    lower = ch.lower()
    if lower in SPECIAL:
        return SPECIAL[lower]
    if ch in SPECIAL:
        return SPECIAL[ch]
    plain = "".join(c for c in unicodedata.normalize("NFD", lower) if not unicodedata.category(c).startswith("M"))
    return "".join(SPECIAL.get(c, c) for c in plain)


class _Table(dict):
    """``str.translate`` table filled on first use of each character."""

    irregular: set[str]

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        if len(folded) != 1:
            self.irregular.add(chr(code))
        self[code] = folded
        return folded


_TABLE = _Table()
_TABLE.irregular = set()


_OTHER = re.compile(r"[^\x20-\x5f\x61-\x7e\n]")
"""Characters that need more than ASCII lower-casing (everything but printable ASCII, the backquote and \\n)."""


def _fold_match(m: re.Match) -> str:
    return _TABLE[ord(m.group())]


def fold(text: str) -> tuple[str, list[int] | None]:
    """(folded text, map of folded index -> index in ``text``, or None when they line up)."""
    folded = _OTHER.sub(_fold_match, text).lower()  # folded pieces are already lower case: lower() keeps them
    if len(folded) == len(text) and not any(ch in text for ch in _TABLE.irregular):
        return folded, None
    parts: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        piece = _TABLE[ord(ch)]
        parts.append(piece)
        origin.extend([i] * len(piece))
    return "".join(parts), origin


def fold_pattern_text(text: str) -> str:
    """A rule's literal words folded like the text they will be matched against."""
    return fold(text)[0]
