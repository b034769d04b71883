"""The words of the role texts: preferred terms (``vocabulary/wording.yml``) and skills named by duties.

Two ``rolegen lint`` rules read it. ``wording``: a role text uses a form its
language's entries say to avoid (a calque, a second word for the same thing, a
masculine-only form in a text that gives both). ``skill-need``: a duty (a
responsibility or a typical-day activity) names the subject of a skill
(``subject`` in ``vocabulary/skills.yml``) while the role lists that skill as
optional, or not at all.

Matching is on folded text (case, accents and punctuation aside) and whole
words, in one pass per text over a prefix index of the forms, so the cost
grows with the length of the texts, not with the number of forms. Quotations
marked as such are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from rolegen.knowledge.model import Role, Wording
from rolegen.knowledge.sections import registry
from rolegen.textutil import fold

QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
"""A quotation marked as such: « ... », “ ... ” or "..."."""


@dataclass(frozen=True)
class Match:
    """A form found in a text: its words' positions [start, end) and what it stands for."""

    start: int
    end: int
    key: str


class Phrases:
    """Whole-word phrases, folded, found in a text in one pass (the longest at each word wins)."""

    def __init__(self, phrases: Iterable[tuple[str, str]]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, key in phrases:
            words = tuple(fold(phrase).split())
            if words:
                self.by_first.setdefault(words[0], []).append((words, key))
        for candidates in self.by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))

    def find(self, words: list[str]) -> Iterator[Match]:
        for i, word in enumerate(words):
            for phrase, key in self.by_first.get(word, ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    yield Match(i, i + len(phrase), key)
                    break


_TOKEN = re.compile(r"[^\W_]+")


def words_of(text: str) -> tuple[list[str], list[str]]:
    """The folded words of a text, quotations left out, and each one's word as written."""
    folded: list[str] = []
    written: list[str] = []
    for token in _TOKEN.findall(QUOTED.sub(" ", text)):
        for word in fold(token).split():
            folded.append(word)
            written.append(token)
    return folded, written


def _shown(written: list[str], start: int, end: int) -> str:
    return " ".join(dict.fromkeys(written[start:end]))


class WordingRules:
    """The entries of one language, ready to read texts."""

    def __init__(self, entries: Iterable[Wording], lang: str):
        entries = [e for e in entries if e.lang == lang]
        self.entries = {e.id: e for e in entries}
        self.avoid = Phrases((form, e.id) for e in entries for form in e.avoid)
        self.exceptions = Phrases((form, e.id) for e in entries for form in e.exceptions)

    def findings(self, text: str) -> Iterator[tuple[Wording, str]]:
        """(entry, the avoided form as written) for each avoided form in ``text``."""
        words, written = words_of(text)
        covered = [(m.start, m.end, m.key) for m in self.exceptions.find(words)]
        for m in self.avoid.find(words):
            if any(s <= m.start and m.end <= e and key == m.key for s, e, key in covered):
                continue
            yield self.entries[m.key], _shown(written, m.start, m.end)


def message(entry: Wording, found: str) -> str:
    """What a wording finding says: the form, the term to write, and the entry that says why."""
    return f"'{found}': write '{entry.prefer}' instead (wording.yml: {entry.id}) [wording]"


def duty_subjects(role: Role, subjects: Phrases, langs: tuple[str, ...]) -> Iterator[tuple[tuple, str, str]]:
    """(path of the duty, skill id, the form found) for every skill subject a duty names (sections with ``duty``)."""
    for field in registry().duties():
        for i, text in enumerate(getattr(role, field)):
            for lang in langs:
                words, written = words_of(text[lang])
                for m in subjects.find(words):
                    yield (field, i, lang), m.key, _shown(written, m.start, m.end)
