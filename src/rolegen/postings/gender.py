"""Gender-coded wording: count the masculine- and feminine-coded words of a text.

After Gaucher, Friesen & Kay (2011): the verdict compares the two counts.
The word lists are in :mod:`rolegen.postings.wordlists`; the method and the
French list are documented in docs/gender-coded-words.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .wordlists import LISTS

# Letters, with inner hyphens ("self-confident"); an apostrophe or a digit ends a word.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Entry:
    """One list entry: a sequence of parts, each a whole word or a stem (``prefix``)."""

    parts: tuple[tuple[str, bool], ...]
    coding: str

    def matches(self, units: list[str], start: int) -> bool:
        if start + len(self.parts) > len(units):
            return False
        return all(_part_matches(units[start + i], part) for i, part in enumerate(self.parts))


def _part_matches(unit: str, part: tuple[str, bool]) -> bool:
    word, prefix = part
    return unit.startswith(word) if prefix else unit == word


def normal(text: str) -> str:
    """NFC, case-folded: the form words are compared in (accents kept)."""
    return unicodedata.normalize("NFC", text).casefold().replace("’", "'")


def _entry(text: str, coding: str) -> Entry:
    parts = tuple((normal(p.rstrip("*")), p.endswith("*")) for p in text.split())
    return Entry(parts, coding)


@lru_cache(maxsize=4)
def _lists(lang: str) -> tuple[tuple[Entry, ...], tuple[Entry, ...], frozenset[str]]:
    """(entries longest first, excluded entries, hyphenated entries) of one language."""
    masculine, feminine, excluded = LISTS[lang]
    entries = [_entry(t, "masculine") for t in masculine] + [_entry(t, "feminine") for t in feminine]
    entries.sort(key=lambda e: -len(e.parts))  # a phrase wins over a word it contains
    hyphenated = frozenset(e.parts[0][0] for e in entries if len(e.parts) == 1 and "-" in e.parts[0][0])
    return tuple(entries), tuple(_entry(t, "excluded") for t in excluded), hyphenated


def _units(text: str, hyphenated: frozenset[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """(compared forms, their spans in ``text``): hyphenated words split unless a list entry has the hyphen."""
    compared: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        folded = normal(word)
        if "-" not in word or any(folded.startswith(h) for h in hyphenated):
            compared.append(folded)
            spans.append(match.span())
            continue
        for part in word.split("-"):
            compared.append(normal(part))
            spans.append((start, start + len(part)))
            start += len(part) + 1
    return compared, spans


@dataclass(frozen=True)
class Coding:
    """The gender-coded words of one text and the verdict."""

    masculine: tuple[str, ...]
    feminine: tuple[str, ...]
    threshold: int

    @property
    def score(self) -> int:
        """Feminine-coded count minus masculine-coded count."""
        return len(self.feminine) - len(self.masculine)

    @property
    def verdict(self) -> str:
        """neutral, masculine-coded, feminine-coded, or strongly so from ``threshold`` on."""
        if self.score == 0:
            return "neutral"
        side = "feminine-coded" if self.score > 0 else "masculine-coded"
        return f"strongly {side}" if abs(self.score) >= self.threshold else side


def code_text(text: str, lang: str, threshold: int = 4) -> Coding:
    """Count the coded words of ``text`` (``lang`` fr or en); words are reported as written."""
    entries, excluded, hyphenated = _lists(lang)
    text = unicodedata.normalize("NFC", text)
    compared, spans = _units(text, hyphenated)
    found = {"masculine": [], "feminine": []}
    i = 0
    while i < len(compared):
        if any(e.matches(compared, i) for e in excluded):
            i += 1
            continue
        entry = next((e for e in entries if e.matches(compared, i)), None)
        if entry is None:
            i += 1
            continue
        size = len(entry.parts)
        found[entry.coding].append(text[spans[i][0]:spans[i + size - 1][1]])
        i += size
    return Coding(tuple(found["masculine"]), tuple(found["feminine"]), threshold)
