"""Reading an HTML page as an ad: its text, block elements as line breaks, with the position in the page of every
character (a finding is reported at the page's line and column) and the line of its first heading. Imported only
for HTML: a text or Word ad does not load the standard library's HTML parser."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Callable

_BLOCKS = {"p", "div", "li", "ul", "ol", "br", "tr", "table", "section", "article", "header", "footer", "main",
           "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "hr", "title"}
_SKIP = {"script", "style", "template", "noscript", "head"}


class _HtmlText(HTMLParser):
    """Text of an HTML page, block elements as line breaks, with the source position of every character."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.origins: list[tuple[int, int]] = []
        self.skipping = 0
        self.title_at: int | None = None
        self.in_heading = False
        self.size = 0

    def _add(self, text: str, line: int, col: int) -> None:
        for ch in text:
            self.parts.append(ch)
            self.origins.append((line, col + 1))
            self.size += 1
            if ch == "\n":
                line, col = line + 1, 0
            else:
                col += 1

    def _break(self) -> None:
        line, col = self.getpos()
        self._add("\n", line, col)

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self._break()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self.title_at is None:
                self.in_heading = True

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.in_heading = False
            self._break()

    def handle_data(self, data):
        if self.skipping:
            return
        if self.in_heading and self.title_at is None and data.strip():
            self.title_at = self.size + len(data) - len(data.lstrip())
        line, col = self.getpos()
        self._add(data, line, col)

    def handle_comment(self, data):
        if "rolegen" in data:  # silencing markers stay visible to the checker
            line, col = self.getpos()
            self._add(f" {data} ", line, col)


def html_text(source: str) -> tuple[str, int | None, Callable[[int], tuple[int, int]]]:
    """(text, 0-based line of the first heading, text index -> (line, column) in ``source``)."""
    parser = _HtmlText(source)
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    origins = parser.origins
    title = text.count("\n", 0, parser.title_at) if parser.title_at is not None else None

    def remap(index: int) -> tuple[int, int]:
        return origins[min(index, len(origins) - 1)] if origins else (1, 1)

    return text, title, remap
