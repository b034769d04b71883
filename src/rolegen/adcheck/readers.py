"""Reading an ad from a file: plain text, Markdown, HTML or Word (.docx).

Every reader returns the ad's text, the line of its title and, for HTML, a
map from the text back to the file's lines and columns. A file that cannot be
read (binary, empty, too large, not UTF-8, a broken .docx) raises
:class:`Unreadable` with one clear sentence.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

MAX_BYTES = 5 * 1024 * 1024
"""Larger files are refused: no job ad is that long, and a mistaken path may point at one."""
TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_BLOCKS = {"p", "div", "li", "ul", "ol", "br", "tr", "table", "section", "article", "header", "footer", "main",
           "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dt", "dd", "hr", "title"}
_SKIP = {"script", "style", "template", "noscript", "head"}


class Unreadable(Exception):
    """A file rolegen cannot read as an ad; the message says why in one line."""


@dataclass(frozen=True)
class Ad:
    """An ad's text as the checker reads it."""

    text: str
    fmt: str
    title: int | None = None
    """0-based line of the title in ``text`` (None: the checker finds it)."""
    remap: Callable[[int], tuple[int, int]] | None = None
    """Index in ``text`` -> (line, column) in the file, for HTML."""


def read_ad(path: str, data: bytes | None = None) -> Ad:
    """Read ``path`` (or ``data`` read from it, e.g. standard input) as an ad."""
    if data is None:
        source = Path(path)
        if source.is_dir():
            raise Unreadable("is a folder, not an ad")
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise Unreadable(f"cannot be read ({exc.strerror or exc})") from None
        if size > MAX_BYTES:
            raise Unreadable(f"is too large to be an ad ({size / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB)")
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise Unreadable(f"cannot be read ({exc.strerror or exc})") from None
    elif len(data) > MAX_BYTES:
        raise Unreadable(f"is too large to be an ad (over {MAX_BYTES // 1048576} MB)")
    suffix = Path(path).suffix.lower()
    if suffix == ".docx" or (data[:2] == b"PK" and suffix not in TEXT_SUFFIXES):
        return _docx(data)
    text = _decode(data)
    fmt = TEXT_SUFFIXES.get(suffix) or ("html" if text.lstrip()[:1] == "<" and "</" in text else "md")
    if fmt == "html":
        text, title, remap = html_text(text)
        if not text.strip():
            raise Unreadable("has no text outside its HTML tags")
        return Ad(text, "html", title, remap)
    return Ad(text, fmt)


def _decode(data: bytes) -> str:
    if not data.strip():
        raise Unreadable("is empty")
    if b"\x00" in data[:8192]:
        raise Unreadable("is a binary file, not text (give a .txt, .md, .html or .docx file)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"is not UTF-8 text (byte {exc.start + 1} cannot be decoded); save it as UTF-8") from None
    if not text.strip():
        raise Unreadable("is empty")
    return text


def _docx(data: bytes) -> Ad:
    """A Word file: one line per paragraph and per table cell, in document order; the title is the first heading."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise Unreadable(f"is not a readable Word (.docx) file ({type(exc).__name__})") from None
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    title = None
    for child in document.element.body.iterchildren():  # paragraphs and tables in document order
        if child.tag == qn("w:tbl"):
            for row in Table(child, document).rows:
                lines.extend(" ".join(cell.text.split("\n")) for cell in row.cells)
            continue
        if child.tag != qn("w:p"):
            continue
        paragraph = Paragraph(child, document)
        text = " ".join(paragraph.text.split("\n"))
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if title is None and text.strip() and style.lower().startswith(("heading", "title", "titre")):
            title = len(lines)
        lines.append(text)
    if not "".join(lines).strip():
        raise Unreadable("has no text")
    return Ad("\n".join(lines), "docx", title)


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
