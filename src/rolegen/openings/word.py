"""Word documents (.docx) of a posting, written with python-docx from the posting's HTML.

HR hands ads to managers for review as Word files, so the document uses Word's
own styles: Title, Heading 1, List Bullet, List Number and bold runs, which
keep their meaning when the file is edited or imported into an ATS. The bytes
are the same for the same posting (fixed dates inside the file and its zip).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from html.parser import HTMLParser

import docx
from docx.shared import Pt

_BLOCKS = {"h1", "h2", "h3", "p", "li"}
_SPACES = re.compile(r"\s+")
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class _Runs(HTMLParser):
    """(kind, [(text, bold)]) paragraphs of an HTML fragment; kind is h1, h2, h3, p, ul or ol (a list item)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[str, list[tuple[str, bool]]]] = []
        self._lists: list[str] = []
        self._kind: str | None = None
        self._runs: list[tuple[str, bool]] = []
        self._bold = 0
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol"):
            self._lists.append(tag)
        elif tag in _BLOCKS:
            self._flush()
            self._kind = self._lists[-1] if tag == "li" and self._lists else tag
        elif tag in ("strong", "b"):
            self._bold += 1
        elif tag == "a":
            self._href = (dict(attrs).get("href") or "").removeprefix("mailto:")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        elif tag in _BLOCKS:
            self._flush()
        elif tag in ("strong", "b"):
            self._bold -= 1
        elif tag == "a":
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._kind is not None:
            self._runs.append((data, self._bold > 0))

    def _flush(self) -> None:
        runs = [(_SPACES.sub(" ", text), bold) for text, bold in self._runs]
        if self._kind and "".join(t for t, _ in runs).strip():
            runs[0] = (runs[0][0].lstrip(), runs[0][1])
            runs[-1] = (runs[-1][0].rstrip(), runs[-1][1])
            self.paragraphs.append((self._kind, [run for run in runs if run[0]]))
        self._kind, self._runs = None, []


def paragraphs(html: str) -> list[tuple[str, list[tuple[str, bool]]]]:
    """The paragraphs of a posting's HTML fragment, with their kind and bold runs."""
    parser = _Runs()
    parser.feed(html)
    parser.close()
    return parser.paragraphs


_STYLES = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "p": "Normal", "ul": "List Bullet",
           "ol": "List Number"}


def document(html: str, *, title: str, lang: str, author: str, day: dt.date, keywords: str = "") -> bytes:
    """The .docx bytes of a posting's HTML fragment."""
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(11)
    for kind, runs in paragraphs(html):
        paragraph = doc.add_paragraph(style=_STYLES[kind])
        for text, bold in runs:
            paragraph.add_run(text).bold = bold or None
    _properties(doc, title, lang, author, day, keywords)
    return _stable_zip(doc)


def _properties(doc, title: str, lang: str, author: str, day: dt.date, keywords: str) -> None:
    props = doc.core_properties
    moment = dt.datetime.combine(day, dt.time(0, 0))
    props.title, props.author, props.language, props.keywords = title, author, lang, keywords
    props.created = props.modified = moment
    props.last_modified_by = author
    props.revision = 1


def _stable_zip(doc) -> bytes:
    """The document's zip with fixed entry times, so the same posting gives the same bytes."""
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, _FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
