"""What the engine reads besides the rules: paragraphs, their language, the title, silencing markers, links.

Everything here works on the folded text (see :mod:`rolegen.adcheck.fold`)
and is mirrored line for line in ``templates/site/assets/adcheck.js``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

FRENCH_WORDS = frozenset(
    "le la les des du de et est sont vous nous une un pour dans avec sur au aux ce cette ces qui que en votre vos "
    "notre nos il elle ou pas par plus sera serez avez etes leur leurs chez entre selon "
    "recherche recherchons cherche cherchons recrute recrutons".split())
ENGLISH_WORDS = frozenset(
    "the and of to you we for with in our is are will your be at this that from have has who they their "
    "would can about into an "
    "wanted needed required reqd hiring seeking looking apply must only preferred urgently female ladies years yrs "
    "old height married unmarried salary".split())
"""Common words that tell French and English apart (after folding; "a", "on", "as" are in both, so in
neither list: the two lists have no word in common), with the words of a telegraphic ad that has no other: its
verbs ("Waitress wanted", "Driver needed urgently", « Cherche vendeuse ») and the English words of its conditions
that French does not use ("Female only", "Max age 40 yrs", "Height 5.6 ft")."""

_TOKEN = re.compile(r"[a-z]+")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[ ]*[^\n ][^\n]*)*")
LIST_ITEM = re.compile(r"[ ]*(?:[-*+·]|\d+[.)] )")
"""How a list item opens (a line :data:`JOIN` does not join to the line before)."""
JOIN = re.compile(r"\n(?![ ]*\n|" + LIST_ITEM.pattern + ")")
"""A line break that only wraps a sentence (not before a blank line or a list item)."""
LINK = re.compile(r'(?:https?://|www\.)[^\s<>"]+|(?<![^\s<>"@()\[\]])[^\s<>"@()\[\]]+@[^\s<>"@()\[\]]+\.[a-z]{2,}')
"""Web and e-mail addresses: blanked before matching (an address is not a requirement). An e-mail address
starts where its run of characters does (the look-behind): tried from every character of a long word, it
would scan the rest of the word each time."""
MARKER = re.compile(r"rolegen(?:-ignore: *| *: *ignore +)([a-z][a-z0-9-]*(?:[ ,]+[a-z][a-z0-9-]*)*)")
"""``rolegen-ignore: RULE[, RULE...]`` or ``<!-- rolegen: ignore RULE -->``, rule ids or categories."""
_MARKER_ONLY = re.compile(r"[ ]*(?:<!--)?[ ]*(?:#|//)?[ ]*$")


@dataclass(frozen=True)
class Paragraph:
    """A run of non-blank lines of the folded text and the language it is written in."""

    start: int
    end: int
    lang: str | None
    """"fr" or "en" when its words say so clearly, else None."""
    fr: int = 0
    en: int = 0
    """Its French and English common words (:func:`scores`)."""
    words: int = 0
    """Its words (runs of letters)."""


INNER = re.compile(r"-[a-z]+(?=-)")
"""A word between two hyphens, inside a compound name ("Neuilly-sur-Seine", "Île-de-France", "Aix-en-Provence"): a
part of a name, which says nothing of the language the text around it is written in."""


def scores(folded: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """(French, English) common words in ``folded[start:end]``, the words inside a compound name left out."""
    end = len(folded) if end is None else end
    return _counts(_TOKEN.findall(folded, start, end), folded, start, end)


def _counts(tokens: list[str], folded: str, start: int, end: int) -> tuple[int, int]:
    fr = sum(map(FRENCH_WORDS.__contains__, tokens))
    en = sum(map(ENGLISH_WORDS.__contains__, tokens))
    first = folded.find("-", start, end)
    if first >= 0 and folded.find("-", first + 1, end) >= 0:
        inner = [m[1:] for m in INNER.findall(folded, first, end)]
        fr -= sum(map(FRENCH_WORDS.__contains__, inner))
        en -= sum(map(ENGLISH_WORDS.__contains__, inner))
    return fr, en


def clear_lang(fr: int, en: int) -> str | None:
    """The language two scores point to: at least two common words and more than the other language."""
    if fr >= 2 and fr > en:
        return "fr"
    if en >= 2 and en > fr:
        return "en"
    return None


def paragraphs(folded: str, words: set[str] | None = None) -> list[Paragraph]:
    """The paragraphs of the text (separated by blank lines), each with its language when clear; ``words``, when
    given, gets the text's words (runs of letters)."""
    found = []
    for m in _PARAGRAPH.finditer(folded):
        if m.group().strip():
            tokens = _TOKEN.findall(folded, m.start(), m.end())
            if words is not None:
                words.update(tokens)
            fr, en = _counts(tokens, folded, m.start(), m.end())
            found.append(Paragraph(m.start(), m.end(), clear_lang(fr, en), fr, en, len(tokens)))
    return found


SENTENCE_BREAK = re.compile(r"[.!?]+[ \n]+|\n")
"""Where a sentence ends inside a segment: its closing marks and the spaces after them, or a line break (a title or
an employer's line above the body)."""
OTHER_LANG_WORDS = 2
"""A sentence reads in the other language than its paragraph's when it holds at least this many of that language's
common words and more than twice as many as of the paragraph's ("Looking for young, bright and talented designers."
in a French paragraph)."""


def other_lang(lang: str, fr: int, en: int) -> str:
    """The language of a sentence in a paragraph of ``lang``: the other one only when its words say so strongly."""
    if lang == "fr" and en >= OTHER_LANG_WORDS and en > 2 * fr:
        return "en"
    if lang == "en" and fr >= OTHER_LANG_WORDS and fr > 2 * en:
        return "fr"
    return lang


def language_runs(folded: str, start: int, end: int, lang: str) -> list[tuple[int, int, str]]:
    """The segment ``folded[start:end]`` cut where its sentences or lines change language (:func:`other_lang`): runs
    (start, end, language) of consecutive sentences read in one language. A segment in its paragraph's language
    throughout is one run. Each sentence is read once: linear in the segment."""
    runs: list[tuple[int, int, str]] = []
    at = start
    for stop in [m.end() for m in SENTENCE_BREAK.finditer(folded, start, end)] + [end]:
        if stop <= at:
            continue
        fr, en = scores(folded, at, stop)
        here = other_lang(lang, fr, en)
        if runs and runs[-1][2] == here:
            runs[-1] = (runs[-1][0], stop, here)
        else:
            runs.append((at, stop, here))
        at = stop
    return runs or [(start, end, lang)]


def detect(folded: str, paras: list[Paragraph] | None = None) -> str:
    """The language of the whole text: French unless English common words outnumber French ones. With the
    text's ``paras`` (:func:`paragraphs`), their counts are added: every word is in one of them."""
    fr, en = scores(folded) if paras is None else (sum(p.fr for p in paras), sum(p.en for p in paras))
    return "en" if en > fr else "fr"


def blank_links(folded: str) -> str:
    """``folded`` with web and e-mail addresses replaced by spaces of the same length."""
    if "@" not in folded and "www." not in folded and "http" not in folded:  # no address can match
        return folded
    return LINK.sub(lambda m: " " * len(m.group()), folded)


def split_joined(text: str, folded: str, origin: list[int] | None) -> tuple[str, list[int] | None]:
    """``folded`` with a space before each word that a lost line break joined to the one before it, as scraped ads
    keep lines whose breaks were dropped: a capital that follows three small letters and comes before two
    ("fieldNationality", "DubaiOnly", "skillsProfessional"), or that opens a two-letter French or English word
    (``SHORT_WORDS``: "posteLa commerciale", "requirementsIt is"); a capital that ends a run of three and comes
    before four small letters, an acronym joined to the next word ("must be in UAEInterested", "HRManager").
    Brand names with a short part ("LinkedIn", "YouTube", "iPhone", "PhD", "SQLite") stay whole, and so does
    anything inside a web or e-mail address (blanked before). Small letters and capitals are those of Latin-1
    ("santéLa"). The space maps to the capital, so excerpts still show the text as written. The browser page
    does the same (``templates/site/assets/adcheck.js``, ``splitJoined``)."""
    cuts = [m.start() for m in JOINED.finditer(text)]
    if not cuts:
        return folded, origin
    if origin is None:
        origin = list(range(len(folded)))
    where: dict[int, int] = {}
    for k, i in enumerate(origin):
        where.setdefault(i, k)
    parts: list[str] = []
    mapped: list[int] = []
    last = 0
    for i in cuts:
        k = where.get(i)
        if k is None or folded[k] == " ":
            continue
        parts.append(folded[last:k] + " ")
        mapped.extend(origin[last:k])
        mapped.append(i)
        last = k
    parts.append(folded[last:])
    mapped.extend(origin[last:])
    return "".join(parts), mapped


SHORT_WORDS = frozenset(
    "La Le Un En De Du Il Au Ce Sa Je Tu On Et Ou Si Ne Se Ma "
    "He We My An As At By Do If It No Of Or So To Us".split())
"""Two-letter words a lost line break may join to the word before (not "In": "LinkedIn" stays whole)."""
_SMALL = "a-z\u00df-\u00f6\u00f8-\u00ff"
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"
JOINED = re.compile(
    rf"(?=[{_CAPITAL}])(?:(?<=[{_SMALL}]{{3}})(?:[{_CAPITAL}](?=[{_SMALL}]{{2}})"
    rf"|(?:{'|'.join(sorted(SHORT_WORDS))})(?![{_SMALL}{_CAPITAL}]))|(?<=[{_CAPITAL}]{{2}})[{_CAPITAL}](?=[{_SMALL}]{{4}}))")
"""Where :func:`split_joined` cuts: each match starts at the capital of a joined word. The browser page compiles
the same expression from the exported data (``text.joined``) and matches it on the text as written."""


def line_bounds(folded: str, pos: int) -> tuple[int, int]:
    """Start and end of the line holding ``pos``."""
    start = folded.rfind("\n", 0, pos) + 1
    end = folded.find("\n", pos)
    return start, len(folded) if end < 0 else end


_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ ]", re.MULTILINE)
_FILLED = re.compile(r"\S")


def title_span(folded: str, fmt: str) -> tuple[int, int] | None:
    """The title: the first Markdown heading (``#``), else the first non-empty line; None for an empty text.

    The span leaves out the ``#`` marks and surrounding spaces.
    """
    heading = _HEADING.search(folded) if fmt in ("md", "txt") else None
    if heading is not None:  # a heading line is never blank
        start, end = line_bounds(folded, heading.start())
    else:
        first = _FILLED.search(folded)  # the first line with something else than white space
        if first is None:
            return None
        start, end = line_bounds(folded, first.start())
    text = folded[start:end]
    lead = len(re.match(r"[ ]*(?:#{1,6}[ ]+)?[ ]*", text).group())
    trail = len(text) - len(text.rstrip(" #"))
    return start + lead, end - trail


def silenced(folded: str) -> dict[int, set[str]]:
    """Line number (0-based) -> rule ids or categories its author silenced with a marker.

    A marker silences its own line; a marker alone on its line silences the next non-empty line too.
    """
    lines = folded.split("\n")
    found: dict[int, set[str]] = {}
    for i, line in enumerate(lines):
        for m in MARKER.finditer(line):
            names = set(re.split(r"[ ,]+", m.group(1).strip()))
            found.setdefault(i, set()).update(names)
            rest = (line[:m.start()] + line[m.end():]).replace("-->", "")
            if _MARKER_ONLY.fullmatch(rest):
                nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
                if nxt is not None:
                    found.setdefault(nxt, set()).update(names)
    return found


LANGS_ORDER = ("fr", "en")
"""Order in which whole-ad rules try each language's patterns."""


HEADING_WORDS = 5
"""An English paragraph of fewer words is a heading, not an English text (:func:`english_first`)."""


def english_first(folded: str, paras: list[Paragraph], ad_lang: str,
                  title: tuple[int, int] | None = None) -> int | None:
    """Where the English text of an ad starts, when it has no French version before it; else None.

    The text is read in blocks: its paragraphs, each cut where its lines or sentences clearly change language
    (:func:`language_runs`), since many boards drop the blank lines between an ad's French and English parts. Blocks of
    a paragraph whose language is unclear count for the ad's language when no paragraph is clear.

    A French version comes first and is not a teaser: the French text before the first English block has at least
    half as many words as the English text. The ``title`` line is not read: an English job title above a French ad
    is no English text.
    """
    clear = [p for p in paras if p.lang is not None]
    langs = [(p, p.lang) for p in clear] if clear else [(p, ad_lang) for p in paras]
    blocks = []
    for p, para_lang in langs:
        # a paragraph with fewer common words of the other language than a sentence needs to read in it is one run
        other = p.en if para_lang == "fr" else p.fr
        runs = (language_runs(folded, p.start, p.end, para_lang) if other >= OTHER_LANG_WORDS
                else [(p.start, p.end, para_lang)])
        for shown, end, lang in runs:
            start = min(end, title[1]) if title is not None and title[0] <= shown < title[1] else shown
            if start < end:  # a block that held the title is reported where it starts, at the title
                words = p.words if (start, end) == (p.start, p.end) else len(_TOKEN.findall(folded, start, end))
                blocks.append((start, end, lang, words, shown))
    # an English heading of a few words ("About the role") above French text is no English text
    english = [b for b in blocks if b[2] == "en" and b[3] >= HEADING_WORDS]
    if not english:
        return None
    first = english[0][0]
    before = sum(b[3] for b in blocks if b[2] == "fr" and b[0] < first)
    total = sum(b[3] for b in english)
    return None if 2 * before >= total else english[0][4]


def join_lines(folded: str) -> str:
    """``folded`` with each line break inside a paragraph read as a space (same length, same offsets),
    except before a list item, which stays a line of its own."""
    return JOIN.sub(" ", folded)


def line_span(folded: str, line: int) -> tuple[int, int] | None:
    """The span of 0-based ``line`` without its surrounding spaces (a reader's title)."""
    starts = [0] + [m.end() for m in re.finditer("\n", folded)]
    if line >= len(starts):
        return None
    start = starts[line]
    end = folded.find("\n", start)
    end = len(folded) if end < 0 else end
    text = folded[start:end]
    return start + len(text) - len(text.lstrip()), end - (len(text) - len(text.rstrip()))


def lead_in(folded: str, start: int, end: int) -> str | None:
    """Segment ``folded[start:end]`` when it can lead a list in: it ends with a colon (« Nous recherchons une
    personne : »), even a list item the next line was joined to (« - Autonome » then « Vous êtes : »); the list
    items after it (:data:`LIST_ITEM`) keep it as their lead-in."""
    text = folded[start:end].rstrip()
    return text if text.endswith(":") else None


def segments(joined: str, start: int, end: int) -> list[tuple[int, int]]:
    """The segments of a paragraph: its lines once wrapped sentences are joined (:func:`join_lines`),
    so a list item or a sentence group. Rules match within a segment."""
    found = []
    while start < end:
        stop = joined.find("\n", start, end)
        stop = end if stop < 0 else stop
        if stop > start:
            found.append((start, stop))
        start = stop + 1
    return found


@dataclass(frozen=True)
class Places:
    """The words that name each country (``rules/places.yml``) as one expression, and the EU member states."""

    source: str
    country_of: dict[str, str]
    eu: frozenset[str]

    @property
    def regex(self) -> re.Pattern:
        return _compiled_places(self.source)


@lru_cache(maxsize=1024)
def _compiled_places(source: str) -> re.Pattern:
    return re.compile(source)


@lru_cache(maxsize=1)
def places() -> Places:
    """The shipped places file, read once (kept in the user's cache folder: :mod:`rolegen.adcheck.cache`)."""
    from rolegen.adcheck import cache

    return cache.cached("places", _read_places)


def _read_places() -> Places:
    from rolegen.adcheck.cache import read_shipped

    data = read_shipped("places")
    country_of = {name: code for code, entry in data["countries"].items() for name in entry["names"]}
    return Places(_places_source(country_of), country_of,
                  frozenset(code for code, entry in data["countries"].items() if entry["eu"]))


def _places_source(country_of: dict[str, str], names: list[str] | None = None) -> str:
    """One expression of place names (the longest first, so that "la rochelle" wins over a shorter name)."""
    names = sorted(country_of, key=lambda n: (-len(n), n)) if names is None else names
    body = "|".join(n.replace(".", "\\.").replace(" ", "[ \\n]+") for n in names)
    return f"(?<![a-z0-9])(?:{body})(?![a-z0-9])"


_PLACE_WORD = re.compile(r"[a-z0-9]+")
_PLACE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_PLACES_BY_WORD: dict[str, tuple[dict[str, str], bool]] = {}
"""Places' expression -> (first word of the names -> the expression of those names, whether every such first word
is letters only)."""


def _place_matches(where: Places, folded: str, words: set[str] | None = None):
    """The matches of ``where.regex`` in ``folded``, found faster: a place name starts a word, so only the
    words that begin some name are tried, each with the expression of the names that begin with it (in the
    same order). Names that do not start with a letter or digit leave the whole expression to run. ``words``:
    the text's runs of letters, when known (enough when no name starts with a digit)."""
    known = _PLACES_BY_WORD.get(where.source)
    if known is None:
        names = sorted(where.country_of, key=lambda n: (-len(n), n))
        if _places_source(where.country_of, names) != where.source or any(not _PLACE_WORD.match(n) for n in names):
            yield from where.regex.finditer(folded)
            return
        grouped: dict[str, list[str]] = {}
        for name in names:
            grouped.setdefault(_PLACE_WORD.match(name).group(), []).append(name)
        by_word = {w: _places_source(where.country_of, group) for w, group in grouped.items()}
        known = _PLACES_BY_WORD[where.source] = (by_word, all(w.isalpha() for w in by_word))
    by_word, letters_only = known
    if words is None or not letters_only:
        words = set(_PLACE_WORD.findall(folded))
    # most ads name one place or two, if any (a run of letters glued to digits is no word: see below)
    named = by_word.keys() & words
    starts = []
    for word in named:
        size, i = len(word), folded.find(word)
        while i >= 0:  # where a run of letters and digits that is the word starts
            if (i == 0 or folded[i - 1] not in _PLACE_CHARS) and folded[i + size:i + size + 1] not in _PLACE_CHARS:
                starts.append((i, word))
            i = folded.find(word, i + 1)
    last = 0
    for start, word in sorted(starts):
        if start >= last:  # compiled on first use: an ad names few places
            m = _compiled_places(by_word[word]).match(folded, start)
            if m is not None:
                last = m.end()
                yield m


def detect_country(folded: str, where: Places | None = None, text: str | None = None,
                   at: Callable[[int], int] | None = None, words: set[str] | None = None) -> str | None:
    """The country the ad names most often (France on a tie, then the first named), or None when it names none.

    With the text as written (``text``, and ``at``: folded index -> its index), a place followed by a capitalised
    word is part of a name, not where the job is ("Boston Consulting Group", "Paris Saint-Germain"). ``words``:
    the folded text's runs of letters, when known (:func:`paragraphs`).
    """
    where = where or places()
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in _place_matches(where, folded, words):
        if text is not None and at is not None and _named_after(text, at(m.end() - 1) + 1):
            continue
        code = where.country_of[" ".join(m.group().split())]
        counts[code] = counts.get(code, 0) + 1
        first.setdefault(code, m.start())
    return max(counts, key=lambda c: (counts[c], c == "fr", -first[c])) if counts else None


def _named_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` (one space or hyphen away) is capitalised: the place is part of a name."""
    if text[end:end + 1] not in (" ", "-"):
        return False
    m = LETTERS.match(text, end + 1)
    return bool(m and m.group()[0].isupper() and any(c.islower() for c in m.group()[1:]))


def zone(country: str, where: Places | None = None) -> str:
    """"fr" for a job in France, "eu" elsewhere in the EU, "other" outside it."""
    where = where or places()
    return "fr" if country == "fr" else "eu" if country in where.eu else "other"


CONTRACTS = {"internship": "internship", "stage": "internship", "stagiaire": "internship",
             "freelance": "freelance", "independant": "freelance", "mission": "freelance", "portage": "freelance"}
"""Contract names -> the kind the rules know (anything else is employment: CDI, CDD, interim, apprenticeship...)."""


def contract_kind(contract: str | None) -> str:
    return CONTRACTS.get((contract or "").strip().lower(), "employment")


_NATION_WORDS = frozenset(
    "english french german spanish italian portuguese dutch polish arabic chinese japanese russian turkish european "
    "american british african asian native anglais francais francaise allemand allemande espagnol espagnole italien "
    "italienne portugais portugaise arabe chinois chinoise europeen europeenne americain americaine africain "
    "africaine asiatique maghrebin maghrebine".split())
"""Capitalised words that are a language or a nationality, not part of a name ("Native English speaker"); with
the adjectives of ``rules/nationalities.yml`` ("Moroccan Nationality" is no name)."""


@lru_cache(maxsize=1)
def nations() -> frozenset[str]:
    """The words that are a language or a nationality (kept in the rule cache with the rules)."""
    from rolegen.adcheck.cache import cached

    return cached("nations", lambda: _NATION_WORDS | _nationalities())


def _nationalities() -> frozenset[str]:
    from rolegen.adcheck.cache import read_shipped

    data = read_shipped("nationalities")
    return frozenset(w for key in ("fr", "en", "nationals-en") for w in data[key] if " " not in w)


LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters (the page's ``letters``)."""
SENTENCE_END = re.compile(r"[.!?;](?= |$)")
"""Where a sentence ends inside a line (the page's ``sentenceEnd``)."""
STATEMENT_END = re.compile(r"[.!?](?= |$)|!(?=[a-z])")
"""Where a non-discrimination statement's sentence ends: a semicolon separates the items of its list; an
exclamation mark ends its sentence even where a pasted text lost the space after it ("...get talking!We
encourage applicants of all genders..."), which a full stop does not (« 4.5 », « www.acme.de ») (the page's
``statementEnd``)."""
NAME_WINDOW = 120
"""Characters of the line on each side of a word that tell whether it is part of a name (a bounded window: the
test costs the same on a line of any length)."""


def merge_spans(pairs) -> tuple[list[int], list[int]]:
    """(starts, ends) of the union of the ``(start, end)`` pairs: sorted, overlapping or touching ones merged."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(pairs):
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def line_around(text: str, begin: int, stop: int) -> tuple[int, int]:
    """The part of ``text[begin:stop]``'s line read to tell a name: at most ``NAME_WINDOW`` characters each side."""
    lo = max(text.rfind("\n", max(begin - NAME_WINDOW, 0), begin) + 1, begin - NAME_WINDOW, 0)
    hi = text.find("\n", stop, stop + NAME_WINDOW)
    return lo, (min(stop + NAME_WINDOW, len(text)) if hi < 0 else hi)


def title_case(text: str, lo: int, hi: int) -> bool:
    """Whether at least half the words of ``text[lo:hi]`` are capitalised: in such a line capitals say nothing."""
    initials = [w[0].isupper() for w in LETTERS.findall(text, lo, hi)]
    return 2 * sum(initials) >= len(initials)


def titled(word: str) -> bool:
    """Capitalised, not in capitals."""
    letters = LETTERS.findall(word)
    return bool(letters) and letters[0][0].isupper() and any(c.islower() for c in "".join(letters)[1:])


def is_name(text: str, begin: int, stop: int) -> bool:
    """Whether ``text[begin:stop]`` (as written) is part of a name rather than a word: an acronym in capitals
    ("Power BI") in a line that is not all capitals; a capitalised word joined by "&" to another capitalised word,
    wherever it stands ("Church & Dwight — Ewing, NJ", "Ernst & Young"); or a capitalised word inside a sentence next
    to another capitalised word ("Christian Dior", "Black Friday", "Saint-Étienne") in a line that is not in title
    case. A language or a nationality is no such other word ("Native English"). A word in brackets starts an item of
    its own ("Candidate (Femme) justifiant", "Usineuses (Fille)"): it is no name with the word before the bracket. The
    line is read ``NAME_WINDOW`` characters on each side."""
    while begin < stop and not text[begin].isalnum():  # from the first letter: a bracket before it is read as a head
        begin += 1
    words = LETTERS.findall(text, begin, stop)
    if not words:
        return False
    lo, hi = line_around(text, begin, stop)
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 4:
        return any(ch.islower() for ch in text[lo:hi])
    if not all(w[0].isupper() and any(c.islower() for c in w[1:]) for w in words):  # Capitalised, not CAPITALS
        return False

    def capital(word: str) -> bool:
        return word[0].isupper() and any(c.islower() for c in word[1:]) and _plain(word) not in nations()

    joined = LETTERS.match(text, stop + 3) if stop + 3 <= hi and text[stop:stop + 3] == " & " else None
    if joined and capital(joined.group()):
        return True
    if begin - 3 >= lo and text[begin - 3:begin] == " & ":
        before = LETTERS.findall(text, lo, begin - 3)
        if before and text[lo:begin - 3].endswith(before[-1]) and capital(before[-1]):
            return True
    if title_case(text, lo, hi):
        return False
    head = text[lo:begin].rstrip()
    if not head or head[-1] in ".!?:;•*>-([":  # the word starts a sentence or a list item
        return False
    before = LETTERS.findall(head)
    after = LETTERS.match(text, stop + 1) if text[stop:stop + 1] in (" ", "-") else None
    gap = begin - lo - len(head)  # spaces between the word and the one before it
    return bool((after and capital(after.group()))
                or (before and gap <= 1 and head.endswith(before[-1]) and capital(before[-1])))


def _plain(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.category(c).startswith("M"))


_NOT_A_THING = (r"(?:years?|yrs?|ans|an|annees?|olds?|plus|and|or|to|et|ou|a|de|of|aged?|yo|candidates?|applicants?|"
                r"individuals?|persons?|workers?|women|men|girls?|boys?|ladies|guys|students?|graduates?|grads?|"
                r"candidats?|candidates|personnes?|femmes?|hommes?|filles?|garcons?|etudiants?|diplomes?)(?![a-z])")
"""Words after a number that do not make it a count of things (a plural noun after an age is still an age)."""
NOT_AN_AGE = re.compile(
    r"[ \n]*(?:\)|,)?[ \n]*(?:months?|mois|days?|jours?|weeks?|semaines?|hours?|heures?|minutes?|%|€|k€|keur|"
    r"eur(?:os?)?(?![a-z0-9])|km|kg|m2|m²|(?:years? |ans? )(?:d'|de |of |in |en |dans )?(?:experience|expertise|"
    r"pratique|anciennete|metier)(?![a-z0-9]))|"
    # any other counted thing, a plural noun after at most one word on the same line ("over 25 brands", "30 semester
    # hours"; not the next item of a list: "graduates of the class of 2025" then "Majors related to science")
    r"[ ]*(?:\)|,)?[ ]*(?:(?!" + _NOT_A_THING + r")[a-z]+ )?(?!" + _NOT_A_THING + r")[a-z]{2,}s(?![a-z0-9])")
NOT_AN_AGE_AFTER_YEARS = re.compile(
    r"[ \n]*(?:minimum |min |au moins |ou plus |et plus |at least |or more )?(?:d'|de |of |in |en |dans |at |as )?"
    r"(?:(?:un |une |le |la |a |an |the |this |similar )?(?:poste|postes|role|roles|fonction|metier|domaine|secteur|"
    r"position|field|industry)|experience|expertise|pratique|anciennete|metier)(?![a-z0-9])")
NOT_AN_AGE_BEFORE = re.compile(
    r"(?:experience|experiences|anciennete|pratique|expertise|dans (?:un|le|ce) (?:poste|metier|role|domaine)|"
    r"years? of)(?![a-z0-9])(?:(?!avez|ayant|avoir|age|aged)[^.,;:!?\n]){0,30}\n?$")
"""Experience named just before a duration ("Expérience de 3 ans minimum"), or a field's label on the line above its
value ("Expérience souhaitée" then "Moins de 2 ans"): the duration is no age. The "\n?" says what Python's "$" does
anyway (it matches before a final newline), so that the page's engine, whose "$" does not, reads it the same."""
"""What follows a number that is not an age: a unit other than years, or years of experience ("over 13 months",
"between 15 and 25 days", "5 ans d'expérience"); ``NOT_AN_AGE_AFTER_YEARS``: what follows "ans"/"years" that makes
them experience. An age candidate followed by it is dropped (not "H/F" after "25 ans": no hour unit here)."""
AGE_NAMED = re.compile("(?:age|agee|agees|ages|aged)(?![a-z0-9])")
"""An age candidate that opens on the word age ("Âgée entre 26 et 33 ans Expérience confirmée", "aged 25 years"):
an age, even when experience follows it on the line (neither ``NOT_AN_AGE_AFTER_YEARS`` nor ``NOT_AN_AGE_BEFORE`` is
read for it)."""
