"""Plain text for job boards, from the blocks of the posting's HTML (:func:`rolegen.postings.word.blocks`): wrapped,
no markup.

Going through the HTML that Markdown produced means that whatever the
Markdown escaping protected comes back here as the very characters of the
role text, with no syntax left around it.
"""

from __future__ import annotations

import textwrap

from rolegen.textutil import keep_with_previous

WIDTH = 72


def plain_text(parts: tuple[tuple[str, str], ...], lang: str, width: int = WIDTH) -> str:
    """The (kind, text) blocks of a fragment as wrapped plain text: underlined headings, "- " list items.

    In French, no line starts with ``:``, ``;``, ``!``, ``?`` or ``»`` (no-break spaces before them).
    """
    out: list[str] = []
    previous = None
    for kind, text in parts:
        text = keep_with_previous(text) if lang == "fr" else text
        if kind.startswith("h"):
            line = "=" if kind == "h1" else "-"
            out += ["", _fill(text, width), line * min(len(text), width)]
        elif kind == "li":
            if previous != "li":
                out.append("")
            out.append(_fill(text, width, "- ", "  "))
        else:
            out += ["", _fill(text, width)]
        previous = kind
    return "\n".join(out).strip("\n") + "\n"


def _fill(text: str, width: int, first: str = "", rest: str = "") -> str:
    return textwrap.fill(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)
