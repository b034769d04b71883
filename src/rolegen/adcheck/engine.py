"""The checker: text in, findings out.

The algorithm, mirrored by the guide's page (``templates/site/assets/adcheck.js``):

1. fold the text (:mod:`rolegen.adcheck.fold`), blank links and e-mail addresses;
2. cut it into paragraphs and give each the language its words show (else the ad's);
3. for each pattern rule of a paragraph's language, every match is a candidate; a
   candidate inside a match of one of the rule's exceptions (on the same line) is dropped; each
   exception is matched once per segment (not once per candidate), and a line-wide exception
   drops every candidate of the segment it matches in;
4. of overlapping candidates of one category, the one starting first (then the longest) stays;
5. for a whole ad (not a fragment): title rules on the title, required rules on the whole
   text, the French-first rule on the paragraphs' languages;
6. drop what markers in the ad or ``ignore`` silence; sort by position.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Callable, Iterable

from rolegen.adcheck import coding
from rolegen.adcheck import text as t
from rolegen.adcheck.categories import LAW_CATEGORIES, severity_where
from rolegen.adcheck.fold import fold
from rolegen.adcheck.ruleset import Compiled, Ruleset, default_ruleset
from rolegen.adcheck.ruleset import compiled as regex_of
from rolegen.findings import Finding  # the one finding type of every check

_NEWLINE = re.compile("\n")
_TITLE_BUSINESS = ("gendered-wording", "title-gender")
"""Categories whose pattern findings in the title are left to the title rule."""
TIMES = {"fr": " ({n} fois)", "en": " ({n} times)"}
"""Added to the message of a finding the ad repeats."""
EXCERPT_MAX = 60
"""Whole-ad findings quote at most this many characters of their line."""


@dataclass(frozen=True)
class Coding:
    """The gender-coded words of an ad and the verdict (after Gaucher, Friesen & Kay 2011): each side's distinct
    coded words (as first written), among ``words`` counted words (:mod:`rolegen.adcheck.coding` says which)."""

    masculine: tuple[str, ...] = ()
    feminine: tuple[str, ...] = ()
    threshold: int = 4
    words: int = 0

    @property
    def score(self) -> int:
        """Distinct feminine-coded words minus distinct masculine-coded words."""
        return len(self.feminine) - len(self.masculine)

    @property
    def per_100(self) -> float:
        """The score per 100 counted words."""
        return round(100 * self.score / max(self.words, 1), 2)

    @property
    def verdict(self) -> str:
        """not-enough (too few distinct coded words to judge), neutral, masculine-coded, feminine-coded, or
        strongly so when the difference reaches ``threshold``."""
        from rolegen.adcheck.coding import verdict

        return verdict(len(self.masculine), len(self.feminine), self.words, self.threshold)

    def as_dict(self) -> dict:
        return {"verdict": self.verdict, "masculine": list(self.masculine), "feminine": list(self.feminine),
                "words": self.words, "per_100": self.per_100}


@dataclass
class Report:
    """The findings of one ad, its language and its gender-coding verdict."""

    path: str
    lang: str
    findings: list[Finding] = field(default_factory=list)
    gender: Coding = field(default_factory=Coding)
    country: str = "fr"
    """The country of the job (given, else detected from the ad, else France)."""
    contract: str = "employment"
    laws: str = "fr"
    """Which rules of law applied: "fr" (French and EU law), "eu" (EU law), "none" (only notices)."""

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    rule: Compiled
    lang: str


class _Source:
    """The text as written, its folded form and the map between them."""

    def __init__(self, text: str):
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        folded, origin = fold(self.text)
        self.folded, self.origin = t.split_joined(self.text, t.blank_links(folded), origin)
        self.line_starts = [0, *(m.end() for m in _NEWLINE.finditer(self.text))]

    def at(self, pos: int) -> int:
        """Index in the text as written of folded index ``pos``."""
        if self.origin is None:
            return pos
        return self.origin[pos] if pos < len(self.origin) else len(self.text)

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a folded index."""
        orig = self.at(pos)
        lo, hi = 0, len(self.line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_starts[mid] <= orig:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, orig - self.line_starts[lo] + 1

    def excerpt(self, start: int, end: int) -> str:
        begin = self.at(start)
        stop = self.at(end - 1) + 1 if end > start else begin
        return self.text[begin:stop]


def check(text: str, *, path: str = "-", lang: str | None = None, fmt: str = "txt", fragment: bool = False,
          ruleset: Ruleset | None = None, ignore: Iterable[str] = (), known: Iterable[str] = (),
          ui_lang: str | None = None, threshold: int = 4, title: int | None = None,
          remap: Callable[[int], tuple[int, int]] | None = None, country: str | None = None,
          contract: str | None = None) -> Report:
    """Check an ad (or a snippet with ``fragment``) and return its findings.

    ``lang`` is the ad's language where a paragraph's own words do not tell
    (default: detected). ``fmt`` "html" reads HTML (positions stay those of
    the HTML). ``ignore``: rule ids or categories not to report. ``known``:
    categories of whole-ad rules the caller knows are met (a salary in
    structured data...). Messages are in ``ui_lang`` (default: the ad's).
    ``title``: the 0-based line of the title when a reader knows it; ``remap``:
    text index -> (line, column) in the file the text comes from. ``country``:
    the job's country (ISO code; default: the one the ad names most, else
    France): French rules apply to jobs in France, EU rules to jobs in the EU,
    only notices elsewhere. ``contract``: employment (default), internship or
    freelance. A rule not in force where the job is gives notices.
    """
    if fmt == "html" and remap is None:
        from rolegen.adcheck.htmlpage import html_text

        text, title, remap = html_text(text)
    src = _Source(text)
    rules = ruleset or default_ruleset()
    ad_words: set[str] = set()
    paras = t.paragraphs(src.folded, ad_words)
    ad_lang = lang or t.detect(src.folded, paras)
    known = frozenset(known)
    country = (country or t.detect_country(src.folded, text=src.text, at=src.at, words=ad_words) or "fr").lower()
    zone = t.zone(country)
    kind = t.contract_kind(contract)
    applicable = rules.applicable(zone, kind)
    # a fragment has no whole-ad rule: no need to look for a pay or a date
    skip = frozenset(c.rule.category for c in rules.rules) if fragment else known
    hits, present = _candidates(src.folded, paras, rules, ad_lang, fragment, skip, applicable)
    # names are not words: a criterion's word inside a brand, a place or an acronym is no criterion
    hits = [h for h in hits if h.rule.rule.category not in LAW_CATEGORIES
            or not t.is_name(src.text, src.at(h.start), src.at(h.end - 1) + 1)]
    hits = _resolve(hits, src.folded)
    # a rule's ad-wide exceptions: what the ad says anywhere exempts the rule (an armed force's enlistment ad and
    # its statutory nationality)
    exempt = _exempted(hits, Compiled.ad_exceptions, src.folded, 0, len(src.folded))
    hits = [h for h in hits if h.rule.order not in exempt]
    if fragment:  # a snippet's title-like lines (its first, a short line naming a job) are the title rules' business
        hits = _absorbed(hits, lambda h: h.rule.rule.category == "title-gender",
                         lambda h: h.rule.rule.category == "gendered-wording")
    span = None
    if not fragment:
        span = t.line_span(src.folded, title) if title is not None else t.title_span(src.folded, fmt)
        if span is not None:  # the title's gendered words are the title rule's business
            hits = [h for h in hits if not (h.rule.rule.category in _TITLE_BUSINESS and h.rule.rule.kind == "pattern"
                                            and span[0] <= h.start < span[1])]
            # a rule's title exceptions: what the title says exempts the body ("Livreur H/F", then "cherche livreur")
            exempt = _exempted(hits, Compiled.title_exceptions, src.folded, *span)
            hits = [h for h in hits if h.rule.order not in exempt or span[0] <= h.start < span[1]]
        hits += _whole_ad(src.folded, paras, rules, span, set(known), ad_lang, present, applicable)
    report = Report(path, ad_lang, country=country, contract=kind, laws={"other": "none"}.get(zone, zone))
    silenced = t.silenced(src.folded)
    skip = set(ignore)
    hits = sorted(hits, key=lambda h: (h.start, h.rule.order))
    reading = coding.read(src.text, src.folded, src.at, None if fragment else span,
                          words=sum(p.words for p in paras))
    if reading.employer[0]:  # a criterion in the employer's self-description or its offer describes the employer
        hits = [h for h in hits if h.rule.rule.category not in LAW_CATEGORIES
                or not _inside(reading.employer, h.start, h.start + 1)]
    if reading.names[0]:  # the employer's own name is a name: no criterion nor one-sex word is read in it
        hits = [h for h in hits if h.rule.rule.category not in NAME_BLIND or not _inside(reading.names, h.start, h.end)]
    uncounted = _uncounted(src, hits, reading)
    words: dict[str, dict[str, str]] = {"masculine": {}, "feminine": {}}
    first: dict[tuple[str, str], int] = {}
    for hit in hits:
        rule = hit.rule.rule
        line, column = src.line_col(hit.start)
        if {rule.id, rule.category} & (skip | silenced.get(line - 1, set())) or id(hit) in uncounted:
            continue
        excerpt = src.excerpt(hit.start, hit.end)
        same = (rule.id, " ".join(src.folded[hit.start:hit.end].split()))
        if same in first:  # the same rule on the same words: one finding, counted
            index = first[same]
            report.findings[index] = replace(report.findings[index], count=report.findings[index].count + 1)
            continue
        first[same] = len(report.findings)
        side = rule.id.split("-")[0]
        if rule.category == "gender-coding" and side in words:  # each item of the paper counts once
            words[side].setdefault(coding.item(_items(rules, hit.rule), hit.lang, same[1]), excerpt)
        if remap is not None:
            line, column = remap(src.at(hit.start))
        shown = ui_lang or ad_lang
        legal = rule.status_in(country, rules.reaches(hit.rule, zone))
        severity, message = severity_where(rule.severity, legal.status), getattr(rule.reason, shown)
        if legal.pending is not None and legal.status != "in-force" and (severity != "notice" or legal.status != "practice"):
            message = f"{message} — {getattr(legal.pending, shown)}"
        report.findings.append(Finding(path, line, column, rule.id, rule.category, severity, excerpt, message,
                                       getattr(rule.suggestion, shown), rule.reference, legal.status))
    times = TIMES["en" if (ui_lang or ad_lang) == "en" else "fr"]
    report.findings = [replace(f, message=f.message + times.format(n=f.count)) if f.count > 1 else f
                       for f in report.findings]
    report.gender = Coding(tuple(words["masculine"].values()), tuple(words["feminine"].values()), threshold,
                           reading.words)
    return report


def _items(rules: Ruleset, compiled: Compiled) -> dict:
    """A gender-coding rule's entries and their items (:func:`rolegen.adcheck.coding.items`), once per ruleset."""
    key = ("items", compiled.order)
    found = rules.memo.get(key)
    if found is None:
        found = rules.memo[key] = coding.items(compiled.rule)
    return found


def _uncounted(src: _Source, hits: list[_Hit], reading: coding.Reading) -> set[int]:
    """The gender-coded hits the verdict does not read (their ids): in a heading, the employer's
    self-description or repeated text, or proper nouns (capitalised inside a sentence, or wherever the same
    word is such a name)."""
    found: set[int] = set()
    maybe: list[tuple[_Hit, str]] = []
    names: set[str] = set()
    for hit in hits:
        if hit.rule.rule.category != "gender-coding":
            continue
        if reading.left_out(hit.start):
            found.add(id(hit))
            continue
        word = src.folded[hit.start:hit.end]
        name = coding.name_at(src.text, src.at(hit.start), src.at(hit.end - 1) + 1)
        if name:
            found.add(id(hit))
            names.add(word)
        elif name is None:
            maybe.append((hit, word))
    found.update(id(hit) for hit, word in maybe if word in names)
    return found


def _candidates(folded: str, paras: list[t.Paragraph], rules: Ruleset, ad_lang: str, fragment: bool,
                skip_required: Iterable[str] = (), applicable: frozenset[int] | None = None
                ) -> tuple[list[_Hit], set[int]]:
    """Every match of every pattern rule not exempted by an exception, segment by segment (a wrapped
    sentence or a list item: :func:`rolegen.adcheck.text.segments`) in its paragraph's language (a sentence that
    clearly reads in the other language, in that one: :func:`rolegen.adcheck.text.language_runs`), and the
    required rules some segment meets (but those of the ``skip_required`` categories). A segment's
    findings depend on its text alone: ads repeat sentences, so they are remembered (:func:`_paragraph`).
    A required rule is looked for in the segments until one meets it (one is enough)."""
    hits: list[_Hit] = []
    present: set[int] = set()
    joined = t.join_lines(folded)
    skip = frozenset(skip_required)
    applicable = frozenset(c.order for c in rules.rules) if applicable is None else applicable
    needed = frozenset(order for order, category, _ in rules.required()
                       if category not in skip and order in applicable)
    lead = None  # the line that leads the current list in (t.lead_in), for its items
    for para in paras:
        para_lang = para.lang or ad_lang
        for seg_start, seg_end in t.segments(joined, para.start, para.end):
            words: list[str] = []  # the segment's words, read once if it is not remembered
            led_by = lead if t.LIST_ITEM.match(folded, seg_start, seg_end) else None  # a list item's lead-in
            lead = t.lead_in(folded, seg_start, seg_end) or led_by
            first = len(hits)
            # a sentence in the other language is read with that language's rules (t.language_runs)
            runs = _language_runs(rules, folded[seg_start:seg_end], seg_start, para_lang)
            for start, end, lang in runs:
                # the character before matters to the word boundary of the run's first word
                before = folded[start - 1] if start else ""
                key = (before, folded[start:end], joined[start:end], lang, fragment, applicable, LITERALS)
                matches = _paragraph(rules, key, words if len(runs) == 1 else [])
                hits += [_Hit(start + a, start + b, rules.rules[order], lang) for a, b, order in matches]
            if led_by is not None and len(hits) > first:
                led = _led(rules, led_by)  # an item agrees with its lead-in (« une personne : » then « - Rigoureuse »)
                hits[first:] = [h for h in hits[first:] if h.rule.order not in led]
            if needed:
                before = folded[seg_start - 1] if seg_start else ""
                text = folded[seg_start:seg_end]
                met = _paragraph(rules, ("required", before, text, needed, LITERALS), words)
                if met:
                    present |= met
                    needed = needed - met
    return hits, present


def _led(rules: Ruleset, lead: str) -> frozenset[int]:
    """The orders of the rules whose list lead-ins (:attr:`rolegen.adcheck.model.Rule.lead_ins`) match ``lead``,
    remembered by its text."""
    return _remembered(rules, ("lead", lead), lambda: frozenset(
        c.order for c in rules.rules if c.lead_sources and any(r.search(lead) for r in c.lead_ins())))


def _language_runs(rules: Ruleset, text: str, start: int, lang: str) -> list[tuple[int, int, str]]:
    """:func:`rolegen.adcheck.text.language_runs` of a segment, remembered by its text like its matches (ads repeat
    sentences), at the segment's offset ``start``."""
    found = _remembered(rules, ("runs", text, lang), lambda: t.language_runs(text, 0, len(text), lang))
    return found if not start else [(start + a, start + b, run_lang) for a, b, run_lang in found]


def _paragraph(rules: Ruleset, key: tuple, words: list[str]):
    """((start, end, rule order) of the exempt-checked matches in one paragraph (:func:`_scan`), or with a key
    starting "required" the orders of the required rules it meets (:func:`_required`), remembered per ruleset.
    ``words``: the paragraph's words (:data:`_WORDS`), or an empty list filled here when they are needed."""
    def compute():
        if not words:
            words.extend(_WORDS.findall(key[2 if key[0] == "required" else 1]))
        return (_required(rules, *key[1:], words=words) if key[0] == "required"
                else _scan(rules, *key, words=words))
    return _remembered(rules, key, compute)


def _remembered(rules: Ruleset, key: tuple, compute: Callable[[], object]):
    """``compute()`` remembered per ruleset under ``key`` (the memory starts again past :data:`MEMO_SIZE`)."""
    found = rules.memo.get(key)
    if found is None:
        if len(rules.memo) >= MEMO_SIZE:
            rules.memo.clear()
        found = rules.memo[key] = compute()
    return found


def _required(rules: Ruleset, before: str, text: str, needed: frozenset[int], literals: bool,
              words: list[str] | None = None) -> frozenset[int]:
    """The required rules of ``needed`` (a pay, a date) whose patterns, in either language, match in the
    paragraph; with the prefilter, only the expressions one of whose literals the paragraph holds are tried."""
    folded, offset = before + text, len(before)
    if not literals:
        return frozenset(order for order, _, sources in rules.required()
                         if order in needed and any(regex_of(s).search(folded, offset) for s in sources))
    chosen: dict[int, list[int]] = {}
    for key, i in rules.required_filter().candidates(text, _WORDS.findall(text) if words is None else words):
        if key in needed:
            chosen.setdefault(key, []).append(i)
    return frozenset(order for order, which in chosen.items()
                     if rules.partial_required(order, tuple(sorted(which))).search(folded, offset))


MEMO_SIZE = 8192
"""Paragraphs remembered per ruleset (then the memory starts again)."""


def _scan(rules: Ruleset, before: str, text: str, joined: str, lang: str, fragment: bool,
          applicable: frozenset[int], _literals: bool = True, words: list[str] | None = None
          ) -> list[tuple[int, int, int]]:
    """The matches of a paragraph (offsets from 0 after ``before``), minus those inside an exception.

    The same matches as each rule's ``finditer`` over the paragraph. With the literal prefilter, a rule is
    searched with its patterns whose literals the paragraph holds (:mod:`rolegen.adcheck.prefilter`), only at
    the words that hold a literal their matches' first word holds (when the patterns tell); without it, a rule
    is only tried at the words that start with one of its possible first letters. Either way in order, never
    inside the rule's previous match.
    """
    offset = len(before)
    folded, joined = before + text, before + joined
    literal = None
    if LITERALS:  # the patterns one of whose literals the segment holds (with those without), by rule
        literal = {}
        if words is None:
            words = _WORDS.findall(text)
        held: dict[str, list[str]] = {}  # literal -> the segment's distinct words that hold it
        for order, i in rules.literal_filter(lang).candidates(text, words, held):
            literal.setdefault(order, []).append(i)
    starts: dict[int, list[int]] | None = None
    excepted: set[str] | None = None
    excepted_held: dict[str, list[str]] = {}
    found: list[tuple[int, int, int]] = []
    spans: dict = {}
    lines: dict = {}
    neutral = None
    # with the prefilter, only the rules one of whose patterns may match, in order
    for compiled in rules.rules if literal is None else [rules.rules[o] for o in sorted(o for o in literal if o >= 0)]:
        if (fragment and not compiled.rule.fragment) or compiled.order not in applicable \
                or compiled.rule.kind != "pattern":
            continue
        if literal is not None:  # the rule's patterns that may match, together
            chosen = literal.get(compiled.order)
            if chosen is None:
                continue
            regex, first = rules.partial(compiled.order, lang, tuple(sorted(chosen)))
            matches = _matches(regex, folded, offset, first, held)
        elif (regex := compiled.regex(lang)) is None:
            continue
        elif compiled.order in rules.index(lang)[1]:  # scanned whole
            matches = [(m.start(), m.end()) for m in regex.finditer(folded, offset)]
        else:
            if starts is None:
                starts = _starts(rules, lang, folded, offset)
            matches, last = [], -1
            for pos in sorted(starts.get(compiled.order, ())):  # a word has one head: no repeats
                if pos >= last:
                    m = regex.match(folded, pos)
                    if m:
                        matches.append((m.start(), m.end()))
                        last = m.end()
        if not matches or any(_line_hit(lines, r, joined, offset) for r in compiled.line_exceptions(lang)):
            continue
        if compiled.rule.category in LAW_CATEGORIES:  # a criterion listed by a non-discrimination statement
            if neutral is None:
                if literal is not None and excepted is None:
                    excepted, excepted_held = _exceptions_held(rules, lang, joined, offset, words)
                neutral = _statements(rules, joined, offset, lang, excepted, excepted_held)
            matches = [(start, end) for start, end in matches if not _inside(neutral, start, end)]
        if compiled.rule.category == "age":  # durations and amounts are not ages
            matches = [(start, end) for start, end in matches if not _not_an_age(folded, start, end, offset)]
        if literal is None:
            exempt = [_spans(spans, r, joined, offset) for r in compiled.exceptions(lang)]
        else:  # only the exceptions whose literals the segment holds can match in it, where they can start
            if excepted is None:
                excepted, excepted_held = _exceptions_held(rules, lang, joined, offset, words)
            heads = rules.exception_filter(lang).heads
            exempt = [_spans(spans, regex_of(source), joined, offset, heads.get(source), excepted_held)
                      for source in compiled.exception_sources.get(lang, ()) if source in excepted]
        for start, end in matches:
            if not any(_inside(s, start, end) for s in exempt):
                found.append((start - offset, end - offset, compiled.order))
    return found


def _exceptions_held(rules: Ruleset, lang: str, joined: str, offset: int, words: list[str]
                     ) -> tuple[set[str], dict[str, list[str]]]:
    """(the exception expressions, statement phrases included, whose literals the segment holds; each literal of
    theirs a word of the segment holds -> the words that hold it). The joined segment has the segment's words: a
    line break reads as a space."""
    held: dict[str, list[str]] = {}
    return rules.exception_filter(lang).candidates(joined[offset:], words, held), held


def _matches(regex: re.Pattern, text: str, offset: int, first: frozenset[str] | None,
             held: dict[str, list[str]] | None, overlap: bool = False) -> list[tuple[int, int]]:
    """(start, end) of what ``regex.finditer`` finds in ``text[offset:]``. With ``first``, the literals one of which
    the first word of each match holds, and ``held`` (each literal the segment's words hold -> the distinct words
    that hold it), it is only tried where such a word starts, in order, never inside the previous match. With
    ``overlap``, the first match at every start, inside the previous one too."""
    if first is None or held is None or None in held:  # None: a match may start outside a word
        if not overlap:
            return [(m.start(), m.end()) for m in regex.finditer(text, offset)]
        found, m = [], regex.search(text, offset)
        while m is not None:
            found.append((m.start(), m.end()))
            m = regex.search(text, m.start() + 1)
        return found
    if len(first) < len(held):  # the words that hold one of the literals, each once
        heads = {w for literal in first if literal in held for w in held[literal]}
    else:
        heads = {w for literal, holding in held.items() if literal in first for w in holding}
    matches, last = [], -1
    for pos in _word_starts(text, offset, heads):
        if pos >= last or overlap:
            m = regex.match(text, pos)
            if m:
                matches.append((m.start(), m.end()))
                last = m.end()
    return matches


def _word_starts(folded: str, offset: int, words) -> list[int]:
    """Where the runs of letters and digits of ``folded[offset:]`` that are one of ``words`` start, in order."""
    found = []
    for word in words:
        size, i = len(word), folded.find(word, offset)
        while i >= 0:
            if (i == offset or folded[i - 1] not in _WORD_CHARS) and folded[i + size:i + size + 1] not in _WORD_CHARS:
                found.append(i)
            i = folded.find(word, i + 1)
    return sorted(found)


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
"""The characters of a word (:data:`_WORDS`)."""


def _starts(rules: Ruleset, lang: str, folded: str, offset: int) -> dict[int, list[int]]:
    """Rule order -> where the words the rule may start with start (:mod:`rolegen.adcheck.prefilter`)."""
    heads: dict[str, list[int]] = {}  # the first three letters of each word -> where such words start
    for m in _WORDS.finditer(folded, offset):
        heads.setdefault(m.group()[:3], []).append(m.start())
    starts: dict[int, list[int]] = {}
    for head, positions in heads.items():
        for order in rules.orders(lang, head):
            starts.setdefault(order, []).extend(positions)
    return starts


LITERALS = True
"""Whether the literal prefilter runs (the findings are the same without it: a test compares them)."""


def _spans(memo: dict, regex: re.Pattern, joined: str, offset: int, first: frozenset[str] | None = None,
           held: dict[str, list[str]] | None = None) -> tuple[list[int], list[int]]:
    """(starts, ends) of the matches of an exception in the segment: computed once per segment, whatever
    the number of candidates and of rules naming it (contexts are shared). With ``first``, the literals one of
    which the first word of each match holds, and ``held`` (each literal the segment's words hold -> the words), it is
    only tried where such a word starts. A rule's exceptions are one alternation: a match may start inside another
    (« suivi des patients …, Pathologies : BPCO, Asthme »: the patients' context, then the list of conditions), so
    every start is tried (:func:`_matches` with ``overlap``)."""
    found = memo.get(regex)
    if found is None:
        matches = _matches(regex, joined, offset, first, held, overlap=True)
        found = memo[regex] = ([a for a, _ in matches], list(accumulate((b for _, b in matches), max)))
    return found


def _line_hit(memo: dict, regex: re.Pattern, joined: str, offset: int) -> bool:
    """Whether a line-wide exception matches somewhere in the segment (searched once per segment)."""
    hit = memo.get(regex)
    if hit is None:
        hit = memo[regex] = regex.search(joined, offset) is not None
    return hit


def _not_an_age(folded: str, start: int, end: int, offset: int) -> bool:
    """Whether an age candidate at ``start:end`` is a duration, an amount or experience: a number followed by
    another unit or by years of experience, "ans"/"years" followed by experience or a job, or a duration right
    after the word experience (within the segment, which starts at ``offset``)."""
    if _DIGIT.search(folded, start, end) is None:  # "jeune" is an age whatever precedes it
        return False
    # « âgée entre 26 et 33 ans » names an age: experience after it or before it does not make it a duration
    named = t.AGE_NAMED.match(folded, start) is not None
    if "0" <= folded[end - 1] <= "9":
        if t.NOT_AN_AGE.match(folded, end) is not None:
            return True
    elif folded[end - 3:end] == "ans" or folded[end - 2:end] == "an" or folded[end - 5:end] == "years" \
            or folded[end - 4:end] == "year":
        if not named and t.NOT_AN_AGE_AFTER_YEARS.match(folded, end) is not None:
            return True
    return not named and t.NOT_AN_AGE_BEFORE.search(folded, max(offset, start - 60), start) is not None


_DIGIT = re.compile("[0-9]")




def _statements(rules: Ruleset, joined: str, offset: int, lang: str, excepted: set[str] | None = None,
                held: dict[str, list[str]] | None = None) -> tuple[list[int], list[int]]:
    """The spans of the segment that list criteria in a non-discrimination statement: from an opening phrase
    to the end of its sentence, from the start of its sentence to a closing phrase, the whole sentence of a list of
    three criteria's names or more that no request comes before (merged, sorted). With ``excepted`` and ``held``
    (:func:`_exceptions_held`), a phrase is only looked for when the segment holds its literals, where its first
    word can start."""
    found = []
    ends = None
    heads = rules.exception_filter(lang).heads if excepted is not None else {}
    for source, kind in zip(rules.statements, ("opens", "closes", "lists")):
        if excepted is not None and source not in excepted:  # neither compiled nor run
            continue
        for start, end in _matches(regex_of(source), joined, offset, heads.get(source), held):
            if ends is None:
                ends = [e.start() for e in t.STATEMENT_END.finditer(joined, offset)]
            after = bisect_right(ends, end - 1)
            before = bisect_right(ends, start - 1) - 1
            opening = ends[before] + 1 if before >= 0 else offset
            closing = ends[after] if after < len(ends) else len(joined)
            if kind == "opens":
                found.append((start, closing))
            elif kind == "closes":
                found.append((opening, end))
            elif regex_of(rules.asks).search(joined, opening, start) is None:  # a list, not asked for
                found.append((opening, closing))
    return t.merge_spans(found)


NAME_BLIND = frozenset(LAW_CATEGORIES) | {"gendered-wording"}
"""The categories a name does not carry: the criteria, and one-sex wording ("The Green Guys Group")."""


def _inside(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the spans: their starts sorted, and for each the furthest end of the
    spans up to it (spans may overlap: :func:`_spans`)."""
    i = bisect_right(spans[0], start) - 1
    return i >= 0 and spans[1][i] >= end


_WORDS = re.compile(r"[a-z0-9]+")


_GLUE = re.compile(r"[ ]?[:,/-][ ]?")
"""What may stand between two matches of one rule that are one problem (« Âge souhaité : 20-30 ans »)."""


def _exempted(hits: list[_Hit], exceptions: Callable[[Compiled], list[re.Pattern]], folded: str, start: int,
              end: int) -> set[int]:
    """The orders of the rules found whose ``exceptions`` (title-wide or ad-wide) match ``folded[start:end]``: the
    stretch is searched once per rule found, not once per finding."""
    found = {h.rule.order: h.rule for h in hits}
    return {order for order, c in found.items() if any(e.search(folded, start, end) for e in exceptions(c))}


def _resolve(hits: list[_Hit], folded: str) -> list[_Hit]:
    """Of overlapping candidates of one category, keep the first (then the longest, then the first rule); two
    matches of one rule with only a colon, a comma, a slash or a dash between them are one finding (« Âge souhaité :
    20-30 ans »), except gender-coded words, each of which counts. An English one-sex wording on the words of a sex
    requirement is the same problem ("Young lady wanted", "girls only"): the requirement is kept, the wording
    dropped (:func:`_one_problem`)."""
    kept: list[_Hit] = []
    last: dict[str, int] = {}  # category -> index in kept of its last hit
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start), h.rule.order)):
        category = hit.rule.rule.category
        before = kept[last[category]] if category in last else None
        if before is not None and hit.start < before.end:
            continue
        if (before is not None and before.rule is hit.rule and category != "gender-coding"  # coded words count apart
                and _GLUE.fullmatch(folded, before.end, hit.start) is not None):
            kept[last[category]] = replace(before, end=hit.end)
            continue
        last[category] = len(kept)
        kept.append(hit)
    return _one_problem(kept)


def _one_problem(hits: list[_Hit]) -> list[_Hit]:
    """``hits`` (sorted by start) without the English one-sex wordings that overlap an English sex requirement: a
    person sought as a man or a woman is one problem, the graver one. In French the wording is its own problem
    (« recherchons des filles expérimentées »: the sex sought, and the agreement of the words after it)."""
    return _absorbed(hits, lambda h: h.rule.rule.category == "sex" and h.lang == "en",
                     lambda h: h.rule.rule.category == "gendered-wording" and h.lang == "en")


def _absorbed(hits: list[_Hit], graver: Callable[[_Hit], bool], lesser: Callable[[_Hit], bool]) -> list[_Hit]:
    """``hits`` (sorted by start) without the ``lesser`` ones that overlap a ``graver`` one: one problem, told once."""
    gravest = [h for h in hits if graver(h)]
    if not gravest:
        return hits
    kept, reach, i = [], -1, 0
    for hit in hits:
        while i < len(gravest) and gravest[i].start <= hit.start:  # the graver hits that start before this hit
            reach = max(reach, gravest[i].end)
            i += 1
        if lesser(hit) and (reach > hit.start or (i < len(gravest) and gravest[i].start < hit.end)):
            continue
        kept.append(hit)
    return kept


def _whole_ad(folded: str, paras: list[t.Paragraph], rules: Ruleset, title: tuple[int, int] | None,
              known: set[str], ad_lang: str, present: set[int], applicable: frozenset[int]) -> list[_Hit]:
    """Findings of the rules about what a whole ad must carry."""
    hits = []
    at = title[0] if title else 0
    for compiled in rules.rules:
        kind = compiled.rule.kind
        if kind == "pattern" or compiled.rule.category in known or compiled.order not in applicable:
            continue
        if kind == "required":
            if compiled.order not in present:  # no paragraph has a match
                hits.append(_Hit(at, _line_end(folded, at), compiled, "fr"))
        elif kind == "title" and title is not None:
            langs = ("en",) if _title_lang(folded, paras, title, ad_lang) == "en" else t.LANGS_ORDER  # English: its English patterns
            hits += _title_hits(folded, title, rules, compiled, langs)
        elif kind == "french-first":
            english = t.english_first(folded, paras, ad_lang, title)
            if english is not None:
                hits.append(_Hit(english, _line_end(folded, english), compiled, "en"))
    return hits


def _title_lang(folded: str, paras: list[t.Paragraph], title: tuple[int, int], ad_lang: str) -> str:
    """The language of the title: its own words', else its paragraph's, else the ad's."""
    own = t.clear_lang(*t.scores(folded, title[0], title[1]))
    if own is not None:
        return own
    para = next((p for p in paras if p.start <= title[0] < p.end), None)
    return (para.lang if para is not None and para.lang else None) or ad_lang


def _line_end(folded: str, start: int) -> int:
    end = t.line_bounds(folded, start)[1]
    while end > start and folded[end - 1] == " ":
        end -= 1
    return min(end, start + EXCERPT_MAX) if end > start else start + 1 if start < len(folded) else start


def _title_hits(folded: str, title: tuple[int, int], rules: Ruleset, compiled: Compiled,
                langs: tuple[str, ...]) -> list[_Hit]:
    """A title rule: its first pattern match in the title (patterns of ``langs``), unless one of its exceptions
    matches the title. Only the patterns whose literals the title holds are compiled and tried; the exceptions
    (every doublet of the job nouns: the longest expression of the rules) only once a pattern matched."""
    start, end = title
    words = _WORDS.findall(folded, start, end)
    for lang in langs:
        if LITERALS:
            chosen = tuple(sorted(i for order, i in rules.title_filter(lang).candidates(folded[start:end], words)
                                  if order == compiled.order))
            regex = rules.partial_title(compiled.order, lang, chosen) if chosen else None
        else:
            regex = compiled.regex(lang)
        m = regex.search(folded, start, end) if regex is not None else None
        if m:
            if any(e.search(folded, start, end) for other in t.LANGS_ORDER
                   for e in (*compiled.exceptions(other), *compiled.line_exceptions(other))):
                return []
            return [_Hit(m.start(), m.end(), compiled, "fr")]
    return []
