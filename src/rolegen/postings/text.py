"""Plain text for job boards, from the posting's HTML: wrapped, no markup.

Going through the HTML that Markdown produced means that whatever the
Markdown escaping protected comes back here as the very characters of the
role text, with no syntax left around it.
"""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser

from rolegen.textutil import keep_with_previous

WIDTH = 72


class _Blocks(HTMLParser):
    """Collects (kind, text) blocks: h1, h2, h3, p, li."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._kind: str | None = None
        self._text: list[str] = []
        self._href: str | None = None
        self._link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2", "h3", "h4", "p", "li"):
            self._flush()
            self._kind = tag
        elif tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._link_text = []
        elif tag == "br":
            self._text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            shown = "".join(self._link_text)
            target = self._href.removeprefix("mailto:")
            self._text.append(shown if shown == target else f"{shown} ({target})")
            self._href = None
        elif tag in ("h1", "h2", "h3", "h4", "p", "li"):
            self._flush()

    def handle_data(self, data: str) -> None:
        (self._link_text if self._href is not None else self._text).append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        if self._kind and text:
            self.blocks.append((self._kind, text))
        self._kind, self._text = None, []


def blocks(html: str) -> tuple[tuple[str, str], ...]:
    """The (kind, text) blocks of an HTML fragment, entities decoded, whitespace collapsed."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    parser._flush()
    return tuple(parser.blocks)


def plain_text(parts: tuple[tuple[str, str], ...], lang: str, width: int = WIDTH) -> str:
    """The blocks of a fragment (:func:`blocks`) as wrapped plain text: underlined headings, "- " list items.

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
