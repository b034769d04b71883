"""The text a reader sees: invisible characters and Markdown's escapes and bold delimiters taken out before the rules
read it, positions mapped back.

A soft hyphen, a zero-width space or joiner, a word joiner, a byte-order mark
or a bidirectional control inside a word hides it from a pattern while the
reader sees the word whole ("jeune\u00adhomme"). :func:`check` removes them, has
the engine check what is left, and maps every finding back to its line and
column in the text as written (or, through ``remap``, in the file). The
backslashes of a Markdown escape ("full\\-time", "18\\+", "cross\\\\-functional" when a
scraper escaped twice) and the asterisks of bold ("**Female** candidates only")
are hidden the same way: a reader of the page the ad was written for sees
"full-time" and "Female candidates only". The browser page does the same before its engine runs
(``checkVisible`` in ``templates/site/assets/adcheck.js``).
"""

from __future__ import annotations

import re
from typing import Callable

from rolegen.adcheck import engine

INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e"
                       "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")
"""Characters with no visible form in running text (the same list as ``INVISIBLE`` in adcheck.js)."""
ESCAPE = re.compile(r"(?<!\\)\\+(?=[!-/:-@\[\]^_`{-~])")
"""A run of backslashes before ASCII punctuation other than a backslash: Markdown's escape, which a reader does
not see (the same rule as ``escapeEnd`` in adcheck.js). Linear: a run is only tried from its first backslash."""
EMPHASIS = re.compile(r"(?<!\*)(?:(?<![^ \t\n])\*{2,3}(?!\*)|\*{2,3}(?![^ \t\n]))")
"""Markdown's bold or bold italic delimiter: a run of two or three asterisks that opens after a space or a line's
start, or closes before a space or a line's end ("of **December 2025 or later.**"), which a reader of the page does
not see (the same rule as ``emphasisEnd`` in adcheck.js). A run glued to words on both sides, as some boards join
fields ("poste :***Airbus"), stays: taking it out would join the words."""
HIDDEN = re.compile(f"{INVISIBLE.pattern}+|{ESCAPE.pattern}|{EMPHASIS.pattern}")


def visible(text: str) -> tuple[str, list[int] | None]:
    """(``text`` without invisible characters, escapes and bold delimiters, map of index in it -> index in
    ``text``, or None if none)."""
    if not HIDDEN.search(text):
        return text, None
    kept: list[str] = []
    origin: list[int] = []
    last = 0
    for m in HIDDEN.finditer(text):
        kept.append(text[last:m.start()])
        origin.extend(range(last, m.start()))
        last = m.end()
    kept.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return "".join(kept), origin


def _line_col(text: str) -> Callable[[int], tuple[int, int]]:
    starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def where(index: int) -> tuple[int, int]:
        import bisect

        line = bisect.bisect_right(starts, index) - 1
        return line + 1, index - starts[line] + 1

    return where


def check(text: str, *, fmt: str = "txt", remap: Callable[[int], tuple[int, int]] | None = None,
          title: int | None = None, **options) -> engine.Report:
    """:func:`rolegen.adcheck.engine.check` on the text a reader sees; positions as in ``text`` (or ``remap``)."""
    if fmt == "html" and remap is None:
        from rolegen.adcheck.htmlpage import html_text

        text, title, remap = html_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as the engine does, before positions are counted
    shown, origin = visible(text)
    if origin is None:
        return engine.check(text, fmt=fmt, remap=remap, title=title, **options)
    back = remap or _line_col(text)
    return engine.check(shown, fmt=fmt, title=title, remap=lambda i: back(origin[min(i, len(origin) - 1)]), **options)
