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
import struct
import zipfile
from functools import lru_cache
from html.parser import HTMLParser

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml.etree import SubElement

_BLOCKS = {"h1", "h2", "h3", "p", "li"}
_SPACES = re.compile(r"\s+")
_SECT_PR = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr"


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
        self._link_start = 0

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
            self._link_start = len(self._runs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        elif tag in _BLOCKS:
            self._flush()
        elif tag in ("strong", "b"):
            self._bold -= 1
        elif tag == "a" and self._href is not None:
            shown = "".join(text for text, _ in self._runs[self._link_start:])
            if shown != self._href:  # a link whose text is not its target: say where it leads, as the text does
                self._runs.append((f" ({self._href})", self._bold > 0))
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


def blocks(parts: list[tuple[str, list[tuple[str, bool]]]]) -> tuple[tuple[str, str], ...]:
    """The (kind, text) blocks :func:`rolegen.postings.text.blocks` reads from the same HTML, from its paragraphs:
    the posting's HTML is parsed once for the checks, the plain text and the Word file."""
    return tuple((kind if kind not in ("ul", "ol") else "li", " ".join("".join(t for t, _ in runs).split()))
                 for kind, runs in parts)


def paragraphs(html: str) -> list[tuple[str, list[tuple[str, bool]]]]:
    """The paragraphs of a posting's HTML fragment, with their kind and bold runs."""
    parser = _Runs()
    parser.feed(html)
    parser.close()
    return parser.paragraphs


_STYLES = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "p": "Normal", "ul": "List Bullet",
           "ol": "List Number"}


def document(parts: list[tuple[str, list[tuple[str, bool]]]], *, title: str, lang: str, author: str, day: dt.date, keywords: str = "") -> bytes:
    """The .docx bytes of a posting, from the :func:`paragraphs` of its HTML fragment."""
    doc, ids = _blank()
    body = doc.element.body
    for child in list(body):
        if child.tag != _SECT_PR:  # keep the page setup, drop the previous posting
            body.remove(child)
    end = len(body)  # paragraphs go before the page setup, which must stay last
    for kind, runs in parts:
        body.insert(end, _paragraph(ids[kind], runs))
        end += 1
    _properties(doc, title, lang, author, day, keywords)
    raw = io.BytesIO()
    doc.save(raw)
    return _fixed_times(raw.getvalue())


def _paragraph(style_id: str, runs: list[tuple[str, bool]]):
    """A ``w:p`` of the given style with its runs, built with python-docx's XML helpers.

    The same elements as ``add_paragraph(style=...)`` and ``add_run``, without their per-paragraph style lookup
    and per-character text handling, which cost more than the rest of the document.
    """
    paragraph = OxmlElement("w:p")
    properties = SubElement(paragraph, qn("w:pPr"))
    SubElement(properties, qn("w:pStyle")).set(qn("w:val"), style_id)
    for text, bold in runs:
        run = SubElement(paragraph, qn("w:r"))
        if bold:
            SubElement(SubElement(run, qn("w:rPr")), qn("w:b"))
        element = SubElement(run, qn("w:t"))
        text = storable(text)
        element.text = text
        if text != text.strip():
            element.set(qn("xml:space"), "preserve")
    return paragraph


@lru_cache(maxsize=1)
def _blank():
    """One document per process, emptied for each posting: parsing Word's default template costs more than a page.

    Style ids are looked up once too: python-docx resolves a style name on every paragraph otherwise.
    """
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(11)
    return doc, {kind: doc.styles[name].style_id for kind, name in _STYLES.items()}


PROPERTY_LIMIT = 255
"""Longest text Word keeps in a document property (title, author, keywords)."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters an XML file, hence Word, cannot store (removed at load already; a last guard here)."""


def storable(text: str) -> str:
    """``text`` without the characters Word cannot store."""
    return _NOT_XML.sub("", text)


def property_text(text: str) -> str:
    """A document property within Word's limit: cut with an ellipsis (the posting's text keeps it whole)."""
    text = " ".join(storable(text).split())
    return text if len(text) <= PROPERTY_LIMIT else text[:PROPERTY_LIMIT - 1].rstrip() + "…"


def _properties(doc, title: str, lang: str, author: str, day: dt.date, keywords: str) -> None:
    props = doc.core_properties
    moment = dt.datetime.combine(day, dt.time(0, 0))
    props.title, props.author = property_text(title), property_text(author)
    props.language, props.keywords = property_text(lang), property_text(keywords)
    props.created = props.modified = moment
    props.last_modified_by = property_text(author)
    props.revision = 1


_DOS_1980 = struct.pack("<HH", 0, (0 << 9) | (1 << 5) | 1)
"""Time 00:00:00 and date 1980-01-01 as a zip header stores them."""


def _fixed_times(data: bytes) -> bytes:
    """The zip with every entry dated 1980-01-01 in both its headers, so the same posting gives the same bytes.

    The date is outside the compressed data and its checksum: the bytes are patched in place, not recompressed.
    """
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        central = archive.start_dir
    for info in infos:
        out[info.header_offset + 10:info.header_offset + 14] = _DOS_1980
    for _ in infos:
        if out[central:central + 4] != b"PK\x01\x02":
            raise ValueError("unexpected zip central directory")
        out[central + 12:central + 16] = _DOS_1980
        names, extra, comment = struct.unpack("<HHH", out[central + 28:central + 34])
        central += 46 + names + extra + comment
    return bytes(out)
