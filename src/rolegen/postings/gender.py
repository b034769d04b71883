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

from rolegen.postings.wordlists import LISTS

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


@lru_cache(maxsize=1 << 16)
def normal(text: str) -> str:
    """NFC, case-folded: the form words are compared in (accents kept)."""
    return unicodedata.normalize("NFC", text).casefold().replace("’", "'")


def _entry(text: str, coding: str) -> Entry:
    parts = tuple((normal(p.rstrip("*")), p.endswith("*")) for p in text.split())
    return Entry(parts, coding)


_KEY = 2
"""Entries are filed under the first letters of their first word, so a word is only tried against a few."""


def _index(entries: list[Entry]) -> dict[str, tuple[Entry, ...]]:
    index: dict[str, list[Entry]] = {}
    for entry in entries:  # keeps the given order within each key
        index.setdefault(entry.parts[0][0][:_KEY], []).append(entry)
    return {key: tuple(group) for key, group in index.items()}


def _candidates(index: dict[str, tuple[Entry, ...]], unit: str) -> tuple[Entry, ...]:
    found = index.get(unit[:_KEY], ())
    short = index.get(unit[:1], ()) if len(unit) > 1 else ()  # entries whose first word is one letter long
    return found + short if short else found


@lru_cache(maxsize=4)
def _lists(lang: str) -> tuple[dict, dict, dict, frozenset[str]]:
    """(one-word entries, phrases longest first, excluded words: each by key; hyphenated entries) of a language.

    An excluded phrase ("lead generation") is matched like a coded one, and its words count as nothing.
    """
    masculine, feminine, excluded = LISTS[lang]
    entries = [_entry(t, "masculine") for t in masculine] + [_entry(t, "feminine") for t in feminine]
    entries += [_entry(t, "excluded") for t in excluded]
    phrases = sorted((e for e in entries if len(e.parts) > 1), key=lambda e: -len(e.parts))
    words = [e for e in entries if len(e.parts) == 1 and e.coding != "excluded"]
    hyphenated = frozenset(e.parts[0][0] for e in words if "-" in e.parts[0][0])
    excluded_words = [e for e in entries if len(e.parts) == 1 and e.coding == "excluded"]
    return _index(words), _index(phrases), _index(excluded_words), hyphenated


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


@lru_cache(maxsize=1 << 16)
def _single_word(lang: str, unit: str) -> tuple[bool, Entry | None]:
    """(excluded?, the one-word entry that matches) for a word: words repeat, so this is remembered."""
    words, _, excluded, _ = _lists(lang)
    if any(e.matches([unit], 0) for e in _candidates(excluded, unit)):
        return True, None
    return False, next((e for e in _candidates(words, unit) if e.matches([unit], 0)), None)


def code_text(text: str, lang: str, threshold: int = 4) -> Coding:
    """Count the coded words of ``text`` (``lang`` fr or en); words are reported as written."""
    _, phrases, _, hyphenated = _lists(lang)
    text = unicodedata.normalize("NFC", text)
    compared, spans = _units(text, hyphenated)
    found = {"masculine": [], "feminine": []}
    i = 0
    while i < len(compared):
        is_excluded, entry = _single_word(lang, compared[i])
        if is_excluded:
            i += 1
            continue
        phrase = next((e for e in _candidates(phrases, compared[i]) if e.matches(compared, i)), None)
        entry = phrase or entry
        if entry is None:
            i += 1
            continue
        size = len(entry.parts)
        if entry.coding in found:
            found[entry.coding].append(text[spans[i][0]:spans[i + size - 1][1]])
        i += size
    return Coding(tuple(found["masculine"]), tuple(found["feminine"]), threshold)
