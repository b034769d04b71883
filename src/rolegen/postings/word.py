"""Word documents (.docx) of a posting, written with python-docx from the posting's HTML.

HR hands ads to managers for review as Word files, so the document uses Word's
own styles: Title, Heading 1, List Bullet, List Number and bold runs, which
keep their meaning when the file is edited or imported into an ATS. The bytes
are the same for the same posting (fixed dates inside the file and its zip).

A posting HR can publish as it is: A4 paper (US Letter for American English),
the document's language set to the posting's (fr-FR, en-GB or en-US, so that
Word checks the spelling of the right language), web addresses and e-mail
addresses as links, and in French the ordinal "1er" with its superscript and
no-break spaces before ``: ; ! ? »``. The guide's posting studio writes the
same document in the browser (``templates/site/assets/docx.js``).
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
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml.etree import SubElement

from rolegen.textutil import keep_with_previous

_BLOCKS = {"h1", "h2", "h3", "p", "li"}
_SPACES = re.compile(r"\s+")


class _Runs(HTMLParser):
    """(kind, [(text, bold, link)]) paragraphs of an HTML fragment; kind is h1, h2, h3, p, ul or ol (a list item);
    ``link`` is the target of the link the run is in (``mailto:`` kept), or None."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[str, list[tuple[str, bool]]]] = []
        self._lists: list[str] = []
        self._kind: str | None = None
        self._runs: list[tuple[str, bool, str | None]] = []
        self._bold = 0
        self._href: str | None = None
        self._target: str | None = None
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
            self._target = dict(attrs).get("href") or ""
            self._href = self._target.removeprefix("mailto:")
            self._link_start = len(self._runs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        elif tag in _BLOCKS:
            self._flush()
        elif tag in ("strong", "b"):
            self._bold -= 1
        elif tag == "a" and self._href is not None:
            shown = "".join(run[0] for run in self._runs[self._link_start:])
            if shown != self._href:  # a link whose text is not its target: say where it leads, as the text does
                self._runs.append((f" ({self._href})", self._bold > 0, None))
            self._href = self._target = None

    def handle_data(self, data: str) -> None:
        if self._kind is not None:
            self._runs.append((data, self._bold > 0, self._target))

    def _flush(self) -> None:
        runs = [(_SPACES.sub(" ", text), bold, link) for text, bold, link in self._runs]
        if self._kind and "".join(run[0] for run in runs).strip():
            runs[0] = (runs[0][0].lstrip(), *runs[0][1:])
            runs[-1] = (runs[-1][0].rstrip(), *runs[-1][1:])
            self.paragraphs.append((self._kind, [run for run in runs if run[0]]))
        self._kind, self._runs = None, []


Runs = list[tuple[str, bool, "str | None"]]


def blocks(parts: list[tuple[str, Runs]]) -> tuple[tuple[str, str], ...]:
    """The (kind, text) blocks :func:`rolegen.postings.text.blocks` reads from the same HTML, from its paragraphs:
    the posting's HTML is parsed once for the checks, the plain text and the Word file."""
    return tuple((kind if kind not in ("ul", "ol") else "li", " ".join("".join(run[0] for run in runs).split()))
                 for kind, runs in parts)


def paragraphs(html: str) -> list[tuple[str, Runs]]:
    """The paragraphs of a posting's HTML fragment, with their kind and runs (bold, link)."""
    parser = _Runs()
    parser.feed(html)
    parser.close()
    return parser.paragraphs


_STYLES = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "p": "Normal", "ul": "List Bullet",
           "ol": "List Number"}


PAPER = {"A4": (11906, 16838, 1417), "Letter": (12240, 15840, 1440)}
"""Width, height and margins of a page, in twentieths of a point: A4 with 2.5 cm margins, US Letter with 1 inch."""
_ORDINAL = re.compile(r"(?<!\w)(1)(er)(?!\w)")


def word_language(lang: str, english: str = "en-GB") -> str:
    """The document's language: fr-FR for a French posting, the company's English (en-GB or en-US) otherwise."""
    return "fr-FR" if lang == "fr" else english


def paper(language: str) -> str:
    """US Letter for American English, A4 everywhere else."""
    return "Letter" if language == "en-US" else "A4"


def document(parts: list[tuple[str, Runs]], *, title: str, lang: str, author: str, day: dt.date | None,
             keywords: str = "", language: str | None = None) -> bytes:
    """The .docx bytes of a posting, from the :func:`paragraphs` of its HTML fragment."""
    language = language or word_language(lang)
    doc, ids = _blank()
    body = doc.element.body
    for child in list(body):  # the previous posting, and its page setup
        body.remove(child)
    for rel_id, rel in list(doc.part.rels.items()):  # the previous posting's links
        if rel.reltype == RT.HYPERLINK:
            del doc.part.rels[rel_id]
    for kind, runs in parts:
        body.append(_paragraph(doc, ids[kind], runs, lang))
    body.append(_section(paper(language)))
    _language(doc, language)
    _properties(doc, title, language, author, day, keywords)
    raw = io.BytesIO()
    doc.save(raw)
    return _fixed_times(raw.getvalue())


def _paragraph(doc, style_id: str, runs: Runs, lang: str):
    """A ``w:p`` of the given style with its runs, built with python-docx's XML helpers; the runs of a link go
    into a ``w:hyperlink`` to its target.

    The same elements as ``add_paragraph(style=...)`` and ``add_run``, without their per-paragraph style lookup
    and per-character text handling, which cost more than the rest of the document.
    """
    paragraph = OxmlElement("w:p")
    properties = SubElement(paragraph, qn("w:pPr"))
    SubElement(properties, qn("w:pStyle")).set(qn("w:val"), style_id)
    links: dict[str, object] = {}
    for text, bold, link in runs:
        parent = paragraph
        if link:
            if link not in links:
                links[link] = SubElement(paragraph, qn("w:hyperlink"))
                links[link].set(qn("r:id"), doc.part.relate_to(link, RT.HYPERLINK, is_external=True))
            parent = links[link]
        for piece, superscript in _pieces(text, lang):
            _run(parent, piece, bold, link is not None, superscript)
        if not link:
            links = {}
    return paragraph


def _pieces(text: str, lang: str) -> list[tuple[str, bool]]:
    """(text, superscript) pieces of a run: in French, no-break spaces where French typography puts them, and the
    "er" of "1er" raised."""
    if lang != "fr":
        return [(text, False)]
    text = keep_with_previous(text)
    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in _ORDINAL.finditer(text):
        pieces += [(text[at:match.end(1)], False), (match.group(2), True)]
        at = match.end()
    pieces.append((text[at:], False))
    return [piece for piece in pieces if piece[0]]


def _run(parent, text: str, bold: bool, link: bool, superscript: bool) -> None:
    run = SubElement(parent, qn("w:r"))
    if bold or link or superscript:
        props = SubElement(run, qn("w:rPr"))
        if bold:
            SubElement(props, qn("w:b"))
        if link:
            SubElement(props, qn("w:color")).set(qn("w:val"), "0563C1")
            SubElement(props, qn("w:u")).set(qn("w:val"), "single")
        if superscript:
            SubElement(props, qn("w:vertAlign")).set(qn("w:val"), "superscript")
    element = SubElement(run, qn("w:t"))
    text = storable(text)
    element.text = text
    if text != text.strip():
        element.set(qn("xml:space"), "preserve")


def _section(size: str):
    """The page setup: paper size and margins."""
    width, height, margin = PAPER[size]
    section = OxmlElement("w:sectPr")
    page = SubElement(section, qn("w:pgSz"))
    page.set(qn("w:w"), str(width))
    page.set(qn("w:h"), str(height))
    margins = SubElement(section, qn("w:pgMar"))
    for side in ("top", "right", "bottom", "left"):
        margins.set(qn(f"w:{side}"), str(margin))
    for name, value in (("header", 708), ("footer", 708), ("gutter", 0)):
        margins.set(qn(f"w:{name}"), str(value))
    return section


def _language(doc, language: str) -> None:
    """The language of the whole document (the default of every run), which Word checks the spelling in."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    element = run_defaults.find(qn("w:lang"))
    if element is None:
        element = SubElement(run_defaults, qn("w:lang"))
    element.set(qn("w:val"), language)


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


def _properties(doc, title: str, language: str, author: str, day: dt.date | None, keywords: str) -> None:
    props = doc.core_properties
    moment = dt.datetime.combine(day or dt.date(2000, 1, 1), dt.time(0, 0))
    props.title, props.author = property_text(title), property_text(author)
    props.language, props.keywords = property_text(language), property_text(keywords)
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
