"""Reading an ad from a file: plain text, Markdown, HTML or Word (.docx).

Every reader returns the ad's text, the line of its title and, for HTML, a
map from the text back to the file's lines and columns. A file that cannot be
read (binary, empty, too large, not UTF-8, a broken .docx) raises
:class:`Unreadable` with one clear sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from rolegen.errors import Unreadable as _Unreadable

MAX_BYTES = 5 * 1024 * 1024
"""Larger files are refused: no job ad is that long, and a mistaken path may point at one."""
MAX_CHARS = 150_000
"""Most characters of text an ad may have once read (a long ad has 20,000): the checker's time stays bounded."""
MAX_LINE = 4_000
"""Longest line (a Word paragraph is one) the checker reads; a longer one is no ad's, and costs the checker's
patterns time that grows with the square of its length."""
TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


class Unreadable(_Unreadable):
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
    """Read ``path`` (or ``data`` read from it, e.g. standard input) as an ad.

    Only a regular file is read (a named pipe, a device or a socket is refused
    from its ``stat``, without opening it), its size checked first.
    """
    from rolegen.safefile import Refused, read_bytes

    if data is None:
        try:
            data = read_bytes(path, MAX_BYTES)
        except Refused as exc:
            message = str(exc)
            if "limit" in message:
                message = f"is too large to be an ad (the limit is {MAX_BYTES // 1048576} MB)"
            raise Unreadable(message) from None
    elif len(data) > MAX_BYTES:
        raise Unreadable(f"is too large to be an ad (over {MAX_BYTES // 1048576} MB)")
    suffix = Path(path).suffix.lower()
    if suffix == ".docx" or (data[:2] == b"PK" and suffix not in TEXT_SUFFIXES):
        from rolegen.adcheck.docx import read_docx

        text, title = read_docx(data)
        return Ad(bounded(text), "docx", title)
    text = _decode(data)
    fmt = TEXT_SUFFIXES.get(suffix) or ("html" if text.lstrip()[:1] == "<" and "</" in text else "md")
    if fmt == "html":
        from rolegen.adcheck.htmlpage import html_text

        text, title, remap = html_text(text)
        if not text.strip():
            raise Unreadable("has no text outside its HTML tags")
        return Ad(bounded(text, remap), "html", title, remap)
    return Ad(bounded(text), fmt)


def bounded(text: str, remap: Callable[[int], tuple[int, int]] | None = None) -> str:
    """``text`` if it is within MAX_CHARS and its lines within MAX_LINE; else :class:`Unreadable`, located."""
    if len(text) > MAX_CHARS:
        raise Unreadable(f"has {len(text):,} characters of text; an ad has at most {MAX_CHARS:,}")
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE:
            where = remap(start)[0] if remap is not None else number
            raise Unreadable(f"has a line of {len(line):,} characters (line {where}); a line of an ad has at most "
                             f"{MAX_LINE:,}")
        start += len(line) + 1
    return text


_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when every other byte of a text without a byte-order mark is NUL, else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    if sample[1::2].count(0) > len(sample) // 3 and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if sample[0::2].count(0) > len(sample) // 3 and sample[1::2].count(0) == 0:
        return "utf-16-be"
    return None


def _decode(data: bytes) -> str:
    """Text as UTF-8 (a byte-order mark accepted) or UTF-16 (with its mark, or recognised without it)."""
    if not data.strip():
        raise Unreadable("is empty")
    encoding = next((name for mark, name in _BOMS if data.startswith(mark)), None) or _utf16_without_bom(data)
    if encoding is None and b"\x00" in data[:8192]:
        raise Unreadable("is a binary file, not text (give a .txt, .md, .html or .docx file)")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start + 1}"
        name = "UTF-16" if encoding and encoding.startswith("utf-16") else "UTF-8"
        raise Unreadable(f"is not {name} text ({where} cannot be decoded); save it as UTF-8") from None
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise Unreadable("is a binary file, not text (it holds NUL characters)")
    if not text.strip():
        raise Unreadable("is empty")
    return text
