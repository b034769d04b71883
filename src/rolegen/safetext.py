"""Text made safe where it enters rolegen: characters no output and no terminal should receive.

Removed from every text value read from a role, an opening, a company profile
or the project's settings (each removal is a located warning, an error with
--strict): the C0 and C1 control characters but the line feed and the tab
(NUL, BEL, ESC and the rest: a terminal runs escape sequences), DEL, the
bidirectional embeddings, overrides and isolates (U+202A-U+202E,
U+2066-U+2069: they reorder what a reader sees), the Unicode non-characters
(U+FFFE, U+FFFF and the like: Word cannot store them) and lone surrogates.
"""

from __future__ import annotations

import re

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")
"""Characters removed from text at load."""


def name(char: str) -> str:
    """``U+001B``: how a message names a removed character."""
    return f"U+{ord(char):04X}"


def unsafe_chars(text: str) -> list[str]:
    """The distinct unsafe characters of ``text``, in order of first appearance."""
    return list(dict.fromkeys(UNSAFE.findall(text)))


def clean(text: str) -> str:
    """``text`` without its unsafe characters."""
    return UNSAFE.sub("", text)


def removal_message(chars: list[str]) -> str:
    """The warning that names what was removed (control characters, bidirectional overrides)."""
    shown = ", ".join(name(c) for c in chars[:5]) + (" ..." if len(chars) > 5 else "")
    bidi = any("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" for c in chars)
    what = "bidirectional override" if bidi and all("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069"
                                                    for c in chars) else "control character"
    plural = "s" if len(chars) > 1 else ""
    return f"{what}{plural} {shown} removed: no output or terminal should receive {'them' if plural else 'it'}"
