"""Which words of an ad the gender-coding verdict reads, and the verdict.

Mirrored by the guide's page (``templates/site/assets/adcheck.js``, ``Engine.prototype.reading``). The settings
and expressions are data: ``rules/gender-coding.yml``.

What is left out: the section headings (not the title), the employer's self-description (the section under an
"about us" heading down to the next heading, and the sentences whose subject is the employer: "nous sommes",
"notre entreprise est", "we are a ...", "Acme est un ...", but not a sentence of it that speaks of the hire:
"nous recherchons", "you will"), text already read (a sentence repeated word for
word), and proper nouns (a capitalised word inside a sentence, and the same word wherever it is capitalised).
The counted words are the words of the rest. A coded word counts once however often it is repeated.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rolegen.adcheck import text as t

_LINES = re.compile(r"[^\n]+")
_WORDS = re.compile(r"[a-z]+")
_TOKENS = re.compile(r"[a-z0-9]+")
_LEAD = re.compile(r"[ \t#*•·>+-]*")
"""Spaces, Markdown heading marks and list marks before a line's words."""
_ITEM = re.compile(r"[ \t*•·>+-]*(?:[0-9]+[.)] )?[ \t]*")
"""Spaces and list marks (bullets, numbers) before a sentence's words."""
_TRAIL_CHARS = " \t:?!.*"
_SUBJECT = r"((?:[a-z0-9&'-]+ ){1,4}?)"
"""The subject before a verb of ``name_verb``: one to four words, the fewest that work."""
_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[a-z0-9]")
SENTENCE_STARTS = ".!?:;•*>-([\"«"
"""A capitalised word right after one of these (or at a line's start) starts a sentence: its capital is no name."""
HEADING_WORDS = 8
"""No section name of ``headings`` has more words than this (a line with many more spaces is no heading)."""


@dataclass(frozen=True)
class Settings:
    minimum: int
    difference: int
    per_100: float
    label_words: int
    caps_words: int
    heading: re.Pattern
    about: re.Pattern
    offer: re.Pattern
    demand: re.Pattern
    self: re.Pattern
    hire: re.Pattern
    named: re.Pattern
    pronouns: frozenset[str]
    sources: dict
    dropped: dict
    labels: dict
    aliases: dict
    company: "Company"


@dataclass(frozen=True)
class Company:
    """Where the ad gives the employer's name (``company`` in ``rules/gender-coding.yml``)."""

    labelled: re.Pattern
    """A label and the rest of its line (group 1: the name); only spaces and list marks may come before it."""
    byline: re.Pattern
    """The characters, as written, that end the name on a line after the title."""
    lines: int
    reach: int
    """How far into such a line the name may end."""
    words: int
    most: int
    suffix: re.Pattern


def _both(data: dict) -> str:
    return f"(?:{data['fr']}|{data['en']})"


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The shipped settings (``rules/gender-coding.yml``), kept in the rule cache with the rules."""
    from rolegen.adcheck.cache import cached

    return cached("gender-coding", _settings)


def _settings() -> Settings:
    from rolegen.adcheck.cache import read_shipped

    data = read_shipped("gender-coding")
    return Settings(
        data["verdict"]["minimum"], data["verdict"]["difference"], float(data["verdict"]["per_100"]), data["headings"]["label_words"],
        data["headings"]["caps_words"], re.compile(f"{_both(data['headings'])}|{_both(data['offer'])}"),
        re.compile(_both(data["about"])), re.compile(_both(data["offer"])),
        re.compile(f"(?<![a-z0-9]){_both(data['demand'])}"), re.compile(_both(data["self"])), re.compile(f"(?<![a-z0-9]){_both(data['hire'])}"), re.compile(_SUBJECT + _both(data["name_verb"])), frozenset(data["pronouns"]),
        data["sources"], data["dropped"], data["labels"], data["aliases"], _company(data["company"]))


def _company(data: dict) -> Company:
    labelled = rf"{data['label']}[ \t]*:[ \t]*([^\n]{{1,80}})(?![^\n])"
    return Company(re.compile(labelled), re.compile(data["byline"]), data["lines"], data["reach"], data["words"],
                   data["most"], re.compile(data["suffix"]))


def label(verdict: str, lang: str) -> str:
    """A verdict in plain words (``lang``: fr or en)."""
    return settings().labels["en" if lang == "en" else "fr"][verdict]


def expressions() -> dict:
    """The settings as the page reads them (export.py)."""
    s = settings()
    return {"headingWords": HEADING_WORDS, "minimum": s.minimum, "difference": s.difference, "per100": s.per_100, "labelWords": s.label_words, "capsWords": s.caps_words,
            "heading": s.heading.pattern, "about": s.about.pattern, "offer": s.offer.pattern,
            "demand": s.demand.pattern, "self": s.self.pattern, "hire": s.hire.pattern,
            "named": s.named.pattern, "pronouns": sorted(s.pronouns),
            "company": {"labelled": s.company.labelled.pattern, "byline": s.company.byline.pattern,
                        "lines": s.company.lines, "reach": s.company.reach, "words": s.company.words, "most": s.company.most,
                        "suffix": s.company.suffix.pattern},
            "sentenceStarts": SENTENCE_STARTS, "labels": s.labels}


def item_of(entry: str, side: str) -> str:
    """The item of the paper a word-list entry stands for (a French word's source, an English spelling's item)."""
    s = settings()
    return s.sources.get(side, {}).get(entry) or s.aliases.get(entry) or entry


def items(rule) -> dict[str, list[tuple[re.Pattern, str]]]:
    """For a gender-coding rule: per language, each entry's expression and the item it stands for (in order)."""
    from rolegen.adcheck.patterns import word_entry

    side = rule.id.split("-")[0]
    return {lang: [(re.compile(word_entry(entry)), item_of(entry, side)) for entry in getattr(rule.words, lang)]
            for lang in ("fr", "en")}


def item(table: dict[str, list[tuple[re.Pattern, str]]], lang: str, word: str) -> str:
    """The item a coded word (folded, as matched) stands for: the first entry of its language (then of the other)
    it is; else the word itself."""
    for language in (lang, "en" if lang == "fr" else "fr"):
        for regex, found in table[language]:
            if regex.fullmatch(word):
                return found
    return word


@dataclass
class Reading:
    """The spans of the folded text the verdict leaves out (sorted, not overlapping), the words it counts, and the
    spans where a criterion's words describe the employer: its self-description and what it offers (sorted, not
    overlapping; the criteria do not read them, the verdict reads the offer)."""

    starts: list[int]
    ends: list[int]
    words: int
    employer: tuple[list[int], list[int]] = ([], [])
    names: tuple[list[int], list[int]] = ([], [])
    """Where the ad writes the employer's name (:func:`company_spans`)."""

    def left_out(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _capitals(text: str) -> bool:
    """Whether a line as written is in capitals: at least three letters, none in lower case."""
    letters = _LETTER.findall(text)
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def is_heading(folded: str, start: int, end: int, written: str, s: Settings | None = None) -> bool:
    """Whether the folded line ``folded[start:end]`` (``written``: as written) is a section heading."""
    s = s or settings()
    lead = _LEAD.match(folded, start, end).end()
    trail = lead + len(folded[lead:end].rstrip(_TRAIL_CHARS))
    if trail <= lead:
        return False
    words = len(_TOKENS.findall(folded, lead, trail))
    if folded[start:lead].lstrip(" \t").startswith("#"):
        return True
    if s.heading.fullmatch(folded, lead, trail):
        return True
    if folded[start:end].rstrip(" \t").endswith(":") and words <= s.label_words:
        return True
    return words <= s.caps_words and _capitals(written)


def read(text: str, folded: str, at, title: tuple[int, int] | None, s: Settings | None = None,
         words: int | None = None) -> Reading:
    """What the verdict reads of an ad: ``text`` as written, ``folded`` its folded form (links blanked),
    ``at`` folded index -> index in ``text``, ``title`` the title's span (never a heading); ``words``: the
    folded text's words (runs of letters), when the caller has counted them."""

    s = s or settings()
    breaks: list[int] = []  # where a line break is kept: around the title and the headings
    headings: set[int] = set()
    longest = max(s.label_words, s.caps_words, HEADING_WORDS)
    for m in _LINES.finditer(folded):
        start, end = m.start(), m.end()
        if title is not None and start <= title[0] <= end:  # the title is a line of its own
            breaks += [start - 1, end]
            continue
        if folded.count(" ", start, end) > 2 * longest and folded[start:end].lstrip(" \t")[:1] != "#":
            continue  # a line of many spaces is no heading unless it starts with "#" (most lines are sentences)
        if is_heading(folded, start, end, text[at(start):at(end - 1) + 1], s):
            headings.add(start)
            breaks += [start - 1, end]
    joined = t.join_lines(folded)
    if breaks:
        pieces, last = [], 0
        for pos in sorted(b for b in set(breaks) if 0 <= b < len(joined)):
            pieces += [joined[last:pos], "\n"]
            last = pos + 1
        joined = "".join(pieces) + joined[last:]
    starts: list[int] = []
    ends: list[int] = []
    employer: tuple[list[int], list[int]] = ([], [])
    about = offer = False
    seen: set[str] = set()

    def leave(a: int, b: int, spans: tuple[list[int], list[int]] = (starts, ends)) -> None:
        if spans[0] and a <= spans[1][-1]:
            spans[1][-1] = max(spans[1][-1], b)
        else:
            spans[0].append(a)
            spans[1].append(b)

    for m in _LINES.finditer(joined):
        start, end = m.start(), m.end()
        if start in headings:
            lead = _LEAD.match(folded, start, end).end()
            trail = lead + len(folded[lead:end].rstrip(_TRAIL_CHARS))
            about = s.about.fullmatch(folded, lead, trail) is not None
            offer = not about and s.offer.fullmatch(folded, lead, trail) is not None
            leave(start, end)
            continue
        if title is not None and start <= title[0] <= end:  # the title is read, and ends no section
            continue
        pos = start
        cuts = [e.end() for e in t.SENTENCE_END.finditer(joined, start, end)]
        for stop in [*cuts, end] if not cuts or cuts[-1] < end else cuts:
            if stop <= pos:
                continue
            who = "about" if about else _employer(joined, text, at, _ITEM.match(joined, pos, stop).end(), stop, s)
            if who and s.hire.search(joined, pos, stop) is None:
                leave(pos, stop)
                if who != "named":  # a capitalised subject may be no employer ("Native English is a must")
                    leave(pos, stop, employer)
            elif offer and s.demand.search(joined, pos, stop) is None:  # a benefit: read, but no criterion
                leave(pos, stop, employer)
            else:
                offer = False  # a sentence that asks or seeks ends the offer (its next heading may be unseen)
                key = joined[pos:stop].strip(" ")
                if key.count(" ") >= 2 and key in seen:  # three words or more, already read as written
                    leave(pos, stop)
                else:
                    seen.add(key)
            pos = stop
    # the breaks put back replace line ends: the joined text has the folded text's words
    words = (len(_WORDS.findall(joined)) if words is None else words) \
        - sum(len(_WORDS.findall(joined, a, b)) for a, b in zip(starts, ends))
    return Reading(starts, ends, words, employer, company_spans(text, folded, at, title, s))


def company_names(text: str, folded: str, at, title: tuple[int, int] | None, s: Settings | None = None) -> list[str]:
    """The employer's name as the ad gives it (folded, without a legal form; at most ``most``): the rest of a
    labelled line ("Entreprise : Acme"), or what comes before a dash, a middle dot or a bar as written on one of the
    first lines after the title, within its first ``reach`` characters ("Acme — Lyon"); capitalised as written, of at most ``words`` words."""
    c = (s or settings()).company
    found: list[str] = []

    def take(a: int, b: int) -> None:
        written = text[at(a):at(b - 1) + 1] if b > a else ""
        words = t.LETTERS.findall(written)
        if not words or len(words) > c.words or not words[0][0].isupper():
            return
        name = c.suffix.sub("", folded[a:b].strip(" \t*•·>+-.,;")).strip(" \t.,;")
        if len(name) >= 2 and name not in found and len(found) < c.most:
            found.append(name)

    for m in c.labelled.finditer(folded):
        if _LEAD.fullmatch(folded, folded.rfind("\n", 0, m.start()) + 1, m.start()):  # the label opens its line
            take(m.start(1), m.end(1))
        if len(found) >= c.most:
            return found
    if title is not None:
        pos, lines = title[1], 0
        while lines < c.lines and pos < len(folded):
            start = folded.find("\n", pos)
            if start < 0:
                break
            end = folded.find("\n", start + 1)
            end = len(folded) if end < 0 else end
            pos = end
            if not folded[start + 1:end].strip():
                continue
            lines += 1
            stop = min(end, start + 1 + c.reach)
            mark = c.byline.search(text, at(start + 1), at(stop - 1) + 1) if stop > start + 1 else None
            if mark is not None:  # the folded index of the first written mark
                take(start + 1, bisect_left(range(start + 1, stop), mark.start(), key=at) + start + 1)
    return found


def company_spans(text: str, folded: str, at, title: tuple[int, int] | None,
                  s: Settings | None = None) -> tuple[list[int], list[int]]:
    """Every place the ad writes the employer's name (:func:`company_names`) as written, capitalised: folded spans,
    sorted, not overlapping."""
    spans: list[tuple[int, int]] = []
    for name in company_names(text, folded, at, title, s):
        pos = folded.find(name)
        while pos >= 0:
            end = pos + len(name)
            if not (_ALNUM.match(folded, pos - 1) if pos else None) and not _ALNUM.match(folded, end):
                first = text[at(pos)]
                if first.isupper() or "0" <= first <= "9":
                    spans.append((pos, end))
            pos = folded.find(name, pos + 1)
    return t.merge_spans(spans)


def _employer(joined: str, text: str, at, pos: int, stop: int, s: Settings) -> str | None:
    """Whether the sentence at ``joined[pos:stop]`` has the employer for subject: "self" when it starts with one of
    ``self``, "named" when with one to four capitalised words (the fewest before a verb of ``name_verb``), not a
    pronoun; else None."""
    if s.self.match(joined, pos, stop):
        return "self"
    m = s.named.match(joined, pos, stop)
    if m is None or m.group(1).split(" ", 1)[0] in s.pronouns:
        return None
    found = t.LETTERS.findall(text[at(pos):at(m.end(1) - 2) + 1])
    return "named" if found and all(w[0].isupper() for w in found) else None


def name_at(text: str, begin: int, stop: int) -> bool | None:
    """Whether ``text[begin:stop]`` (as written) is a proper noun: a capitalised word inside a sentence of a line
    not in title case (True); capitalised at a sentence's start (None: a name only if it is one elsewhere);
    otherwise False."""
    if not t.titled(text[begin:stop]):
        return False
    lo, hi = t.line_around(text, begin, stop)
    if t.title_case(text, lo, hi):
        return False
    head = text[lo:begin].rstrip()
    if not head or head[-1] in SENTENCE_STARTS:
        return None
    return True


def verdict(masculine: int, feminine: int, words: int, threshold: int, s: Settings | None = None) -> str:
    """not-enough, neutral, (strongly) masculine-coded or (strongly) feminine-coded, from the distinct coded
    words of each side and the counted words."""
    s = s or settings()
    if masculine + feminine < s.minimum:
        return "not-enough"
    score = feminine - masculine
    if abs(score) < max(s.difference, 1) or abs(score) * 100 < s.per_100 * max(words, 1):
        return "neutral"
    side = "feminine-coded" if score > 0 else "masculine-coded"
    return f"strongly {side}" if abs(score) >= threshold else side


BEGIN = "<!-- french words: generated from rules/gender-coding.yml by python -m rolegen.cli.reference -->"
END = "<!-- end of the generated french words -->"


def french_table() -> str:
    """The French words, each with the paper's item it stands for, and the dropped words with why (Markdown)."""
    s = settings()
    lines = [BEGIN, ""]
    for side in ("masculine", "feminine"):
        lines += [f"**{side.capitalize()}-coded** (the paper's item: the French words, folded as the checker reads "
                  "them, `*` for any ending):", ""]
        by_item: dict[str, list[str]] = {}
        for word, found in s.sources[side].items():
            by_item.setdefault(found, []).append(f"`{word}`")
        lines += [f"- {found}: {', '.join(words)}" for found, words in sorted(by_item.items())]
        lines.append("")
    lines += ["**Dropped**, each with why:", ""]
    for side in ("masculine", "feminine"):
        lines += [f"- `{word}` ({side}): {why}" for word, why in s.dropped[side].items()]
    lines += ["", END]
    return "\n".join(lines)


def with_table(doc: str) -> str:
    """``doc`` with its generated block replaced by :func:`french_table`."""
    start, stop = doc.index(BEGIN), doc.index(END) + len(END)
    return doc[:start] + french_table() + doc[stop:]
