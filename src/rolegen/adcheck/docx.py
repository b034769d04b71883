"""A Word (.docx) ad as its reader sees it, read within limits.

The zip is read from its directory first: too many entries, a part or a
whole larger than the limits once uncompressed, or a compression ratio no
document has (a zip bomb) are refused before anything is inflated, and each
part is inflated up to its limit only. XML with a document type declaration
(where entities are declared: an entity bomb) is refused; no entity is ever
expanded.

The text is read in the order a reader meets it: the headers, the body
(paragraphs, tables cell by cell with the tables nested in them, text boxes
after the paragraph that anchors them), the footnotes and endnotes, then the
footers. Each paragraph is one line; deleted text (tracked changes) and the
fallback copies of text boxes are left out.
"""

from __future__ import annotations

import io
import re
import zipfile
import xml.etree.ElementTree as ET

from rolegen.adcheck.readers import Unreadable

MAX_ENTRIES = 1000
"""More parts than any Word document has."""
MAX_PART = 20 * 1024 * 1024
"""Largest part read, once uncompressed."""
MAX_TOTAL = 60 * 1024 * 1024
"""Largest sum of the parts read, once uncompressed."""
MAX_RATIO = 200
"""Highest compression ratio of a part (text compresses about 10 times; a zip bomb thousands of times)."""

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_PART = re.compile(r"^word/(header|footer)(\d*)\.xml$")


def read_docx(data: bytes) -> tuple[str, int | None]:
    """(the text, one paragraph a line; the 0-based line of the first heading or title, or None)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise Unreadable("is not a readable Word (.docx) file (not a zip archive)") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise Unreadable(f"is not a Word file rolegen reads: {len(infos):,} parts (the limit is {MAX_ENTRIES:,})")
        names = {info.filename: info for info in infos}
        if "word/document.xml" not in names:
            raise Unreadable("is not a readable Word (.docx) file (no word/document.xml)")
        order = (sorted((n for n in names if _PART.match(n) and "header" in n), key=_number)
                 + ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml"]
                 + sorted((n for n in names if _PART.match(n) and "footer" in n), key=_number))
        budget = [MAX_TOTAL]
        lines: list[str] = []
        title = None
        for name in order:
            if name not in names:
                continue
            root = _parse(archive, names[name], budget)
            start = len(lines)
            found = _Text(lines)
            found.block(root)
            if name == "word/document.xml" and found.title is not None:
                title = start + found.title
    if not "".join(lines).strip():
        raise Unreadable("has no text")
    return "\n".join(lines), title


def _number(name: str) -> int:
    found = _PART.match(name)
    return int(found.group(2) or 0) if found else 0


def _parse(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]) -> ET.Element:
    if info.file_size > MAX_PART or info.file_size > budget[0]:
        raise Unreadable(f"is not a Word file rolegen reads: its part {info.filename} is {info.file_size:,} bytes "
                         f"uncompressed (the limit is {min(MAX_PART, budget[0]):,})")
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1024 * 1024:
        raise Unreadable(f"is not a Word file rolegen reads: its part {info.filename} is compressed "
                         f"{info.file_size // max(info.compress_size, 1):,} times (a zip bomb?)")
    try:
        with archive.open(info) as handle:
            raw = handle.read(min(MAX_PART, budget[0]) + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError,
            ValueError) as exc:
        raise Unreadable(f"is not a readable Word (.docx) file ({type(exc).__name__} in {info.filename})") from None
    if len(raw) > min(MAX_PART, budget[0]):
        raise Unreadable(f"is not a Word file rolegen reads: its part {info.filename} is larger than it says")
    budget[0] -= len(raw)
    if _DTD.search(raw[:4096]) or b"<!ENTITY" in raw:
        raise Unreadable(f"is not a Word file rolegen reads: its part {info.filename} declares XML entities "
                         "(Word never writes them)")
    try:
        return ET.fromstring(raw)
    except ET.ParseError as exc:
        raise Unreadable(f"is not a readable Word (.docx) file (broken XML in {info.filename}: {exc})") from None


class _Text:
    """Walks a part's XML in document order, one line per paragraph."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.title: int | None = None
        self.first = len(lines)

    def block(self, element: ET.Element) -> None:
        """Paragraphs and tables under ``element``, in order (iteratively: nesting may be deep)."""
        todo = [element]
        while todo:
            node = todo.pop()
            if node.tag == W + "p":
                self.paragraph(node)
            elif node.tag in (W + "delText", MC + "Fallback"):
                continue
            else:
                todo.extend(reversed(list(node)))

    def paragraph(self, p: ET.Element) -> None:
        parts: list[str] = []
        boxes: list[ET.Element] = []
        todo = list(reversed(list(p)))
        while todo:
            node = todo.pop()
            tag = node.tag
            if tag == W + "t":
                parts.append(node.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append(" ")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag in (W + "txbxContent",):
                boxes.append(node)
            elif tag in (W + "del", W + "delText", MC + "Fallback", W + "instrText"):
                continue
            else:
                todo.extend(reversed(list(node)))
        text = "".join(parts)
        if self.title is None and text.strip() and _is_heading(p):
            self.title = len(self.lines) - self.first
        self.lines.append(text)
        for box in boxes:
            self.block(box)


def _is_heading(p: ET.Element) -> bool:
    style = p.find(f"{W}pPr/{W}pStyle")
    value = (style.get(W + "val") if style is not None else "") or ""
    return value.lower().startswith(("heading", "title", "titre"))
