"""The rules in force: the shipped rule files of a jurisdiction, plus a user's changes, compiled.

Shipped files live in ``rules/`` (package data): ``eu.yml`` holds the rules of
EU law (pay transparency, the criteria of the equal-treatment directives),
``fr.yml`` those of French law, ``notices.yml`` gender coding and style. The
``fr`` jurisdiction reads ``eu`` then ``fr``; another country can reuse
``eu.yml`` alone. A user's file (``--rules FILE``) adds rules, changes fields
of shipped ones (severity, patterns...) or disables them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from typing import TYPE_CHECKING, Callable

from rolegen.adcheck.patterns import PatternError, alternation, compile_pattern, line_exception, word_entry
from rolegen.errors import DataError, Problem, UsageError

if TYPE_CHECKING:  # the models are read when rule files are; a cached ruleset holds records
    from rolegen.adcheck.model import ByLang, Rule, RuleChange

LANGS = ("fr", "en")
JURISDICTIONS = {"fr": ("eu", "fr", "notices"), "eu": ("eu", "notices")}
"""Jurisdiction -> the shipped rule files it reads, in order."""
WHERE = {"eu": "eu", "fr": "fr", "notices": "any"}
"""Shipped rule file -> where its rules apply (a user's new rule applies everywhere)."""


@dataclass
class Compiled:
    """A rule with its expressions: for each language, one alternation of its patterns, and the alternations
    of its own exceptions and of each shared context it names (compiled on first use: most ads need few)."""

    rule: Rule
    order: int
    where: str = "any"
    """Where the rule applies: "fr" (jobs in France), "eu" (jobs in the EU), "any" (everywhere: notices)."""
    home: str = "any"
    """Where the law of the rule's file reaches: "fr", "eu" or "any" (an ``everywhere`` rule applies beyond it,
    with its ``abroad`` status)."""
    alternatives: dict[str, list[str]] = field(default_factory=dict)
    """The expressions whose alternation is :attr:`source`, one per pattern or word-list entry."""
    exception_sources: dict[str, list[str]] = field(default_factory=dict)
    line_sources: dict[str, list[str]] = field(default_factory=dict)
    """Line-wide exceptions (:func:`rolegen.adcheck.patterns.line_exception`): a match anywhere in a segment
    exempts the whole segment."""
    title_sources: dict[str, list[str]] = field(default_factory=dict)
    """The alternation of the rule's title exceptions, per language (:attr:`Rule.title_exceptions`)."""
    lead_sources: dict[str, list[str]] = field(default_factory=dict)
    """The alternation of the rule's list lead-ins, per language (:attr:`Rule.lead_ins`)."""
    ad_sources: dict[str, list[str]] = field(default_factory=dict)
    """The alternation of the rule's ad-wide exceptions, per language (:attr:`Rule.ad_exceptions`)."""
    _regex: dict[str, re.Pattern | None] = field(default_factory=dict)
    _exceptions: dict[str, list[re.Pattern]] = field(default_factory=dict)
    _lines: dict[str, list[re.Pattern]] = field(default_factory=dict)

    _TRANSIENT = ("_regex", "_exceptions", "_lines")
    """Compiled expressions: compiled again on first use, not cached."""

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in self._TRANSIENT}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _regex={}, _exceptions={}, _lines={})

    def expression(self, lang: str) -> str:
        """The alternation of the rule's patterns in ``lang`` ("" when it has none), made from :attr:`alternatives`
        (what reads it keeps what it makes of it: :meth:`regex`, the ruleset's indexes)."""
        patterns = self.alternatives.get(lang)
        return alternation(patterns) if patterns else ""

    @property
    def source(self) -> dict[str, str]:
        """Language -> :meth:`expression`."""
        return {lang: self.expression(lang) for lang in self.alternatives}

    def regex(self, lang: str) -> re.Pattern | None:
        """The rule's patterns in ``lang`` as one expression, or None when it has none."""
        if lang not in self._regex:
            self._regex[lang] = re.compile(self.expression(lang)) if self.alternatives.get(lang) else None
        return self._regex[lang]

    def exceptions(self, lang: str) -> list[re.Pattern]:
        """The rule's exception expressions in ``lang`` (its own, then its contexts')."""
        if lang not in self._exceptions:
            self._exceptions[lang] = [compiled(s) for s in self.exception_sources.get(lang, [])]
        return self._exceptions[lang]

    def title_exceptions(self) -> list[re.Pattern]:
        """The rule's title exceptions, every language (a title is read in both)."""
        return [compiled(s) for lang in LANGS for s in self.title_sources.get(lang, [])]

    def ad_exceptions(self) -> list[re.Pattern]:
        """The rule's ad-wide exceptions, every language (an ad may state its employer in either)."""
        return [compiled(s) for lang in LANGS for s in self.ad_sources.get(lang, [])]

    def lead_ins(self) -> list[re.Pattern]:
        """The rule's list lead-ins, every language (a lead-in is read in both, like a title)."""
        return [compiled(s) for lang in LANGS for s in self.lead_sources.get(lang, [])]

    def line_exceptions(self, lang: str) -> list[re.Pattern]:
        """The rule's line-wide exception expressions in ``lang``."""
        if lang not in self._lines:
            self._lines[lang] = [compiled(s) for s in self.line_sources.get(lang, [])]
        return self._lines[lang]


@lru_cache(maxsize=4096)
def compiled(source: str) -> re.Pattern:
    """Contexts are shared by many rules: each is compiled once."""
    return re.compile(source)


@dataclass
class Ruleset:
    """Compiled rules in file order."""

    rules: list[Compiled]
    _index: dict[str, tuple[dict[str, tuple[int, ...]], frozenset[int]]] = field(default_factory=dict)
    _orders: dict = field(default_factory=dict)
    _applicable: dict = field(default_factory=dict)
    _required: list | None = None
    _filters: dict = field(default_factory=dict)
    _partial: dict = field(default_factory=dict)
    _first: dict = field(default_factory=dict)
    statements: tuple[str, str, str] = ("(?!)", "(?!)", "(?!)")
    """The expressions of the opening and closing phrases of a non-discrimination statement and of its lists of
    criteria (every language)."""
    asks: str = "(?!)"
    """The words that make a list of criteria a request when they come before it in its sentence."""
    memo: dict = field(default_factory=dict)
    """The engine's findings per paragraph text (see rolegen.adcheck.engine._paragraph)."""

    _TRANSIENT = ("_orders", "_applicable", "memo", "_partial")
    """What each process finds again (compiled expressions, findings remembered): not cached."""

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in self._TRANSIENT}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _orders={}, _applicable={}, memo={}, _partial={})

    def prepare(self) -> Ruleset:
        """Work out now what the engine would on first use in each language (before caching): the literal
        filters, their expressions read on every core (:func:`rolegen.adcheck.prefilter.analyse`)."""
        from rolegen.adcheck.prefilter import analyse

        same: dict[str, str] = {}  # a context's expression is named by many rules: kept once
        for c in self.rules:
            for by_lang in (c.alternatives, c.exception_sources, c.line_sources):
                for lang, sources in by_lang.items():
                    by_lang[lang] = [same.setdefault(source, source) for source in sources]
        analysed = analyse(self.sources())
        self.required_filter(analysed)
        for lang in LANGS:
            self.literal_filter(lang, analysed)
            self.exception_filter(lang, analysed)
            self.title_filter(lang, analysed)
        return self

    def sources(self) -> list[str]:
        """Every expression the literal filters read (patterns, required rules, exceptions, in every language)."""
        sources = [source for lang in LANGS for source in self._filter_sources(lang).values()]
        sources += self._required_sources().values()
        sources += [source for lang in LANGS for source in self._exception_sources(lang)]
        sources += [source for lang in LANGS for source in self._filter_sources(lang, "title").values()]
        return sources

    def index(self, lang: str) -> tuple[dict[str, tuple[int, ...]], frozenset[int]]:
        """(first letters of a word -> orders of the pattern rules that may match there, orders of the rules
        to scan whole) in ``lang``.

        See :mod:`rolegen.adcheck.prefilter`; built on first use.
        """
        if lang not in self._index:
            from rolegen.adcheck.prefilter import prefixes

            by_prefix: dict[str, list[int]] = {}
            whole: set[int] = set()
            for compiled in self.rules:
                if compiled.rule.kind != "pattern" or not compiled.alternatives.get(lang):
                    continue
                found = prefixes(compiled.expression(lang))
                if found is None:
                    whole.add(compiled.order)
                    continue
                for prefix in found:
                    by_prefix.setdefault(prefix, []).append(compiled.order)
            self._index[lang] = {k: tuple(v) for k, v in by_prefix.items()}, frozenset(whole)
        return self._index[lang]

    def orders(self, lang: str, head: str) -> tuple[int, ...]:
        """Orders of the pattern rules that may match at a word starting with ``head`` (up to three letters)."""
        key = (lang, head)
        found = self._orders.get(key)
        if found is None:
            by_prefix = self.index(lang)[0]
            found = tuple(sorted({o for size in range(1, len(head) + 1) for o in by_prefix.get(head[:size], ())}))
            if len(self._orders) < 65536:
                self._orders[key] = found
        return found

    def required(self) -> list[tuple[int, str, tuple[str, ...]]]:
        """(order, category, distinct expression sources of every language) of each required rule (compile one
        with :func:`compiled`)."""
        if self._required is None:
            self._required = []
            for c in self.rules:
                if c.rule.kind == "required":
                    sources = dict.fromkeys(c.expression(lang) for lang in LANGS if c.alternatives.get(lang))
                    self._required.append((c.order, c.rule.category, tuple(sources)))
        return self._required

    def literal_filter(self, lang: str, analysed: dict | None = None):
        """The literal prefilter of the pattern rules a segment in ``lang`` is searched with
        (:class:`rolegen.adcheck.prefilter.LiteralFilter`): keys are ``(order, i)`` for the ``i``-th pattern of a
        pattern rule (:attr:`Compiled.alternatives`)."""
        return self._filter(lang, lambda: self._filter_sources(lang), analysed)

    def _filter(self, name, sources: Callable[[], dict], analysed: dict | None):
        """The literal filter ``name`` of the expressions ``sources()`` returns, built on first use."""
        found = self._filters.get(name)
        if found is None:
            from rolegen.adcheck.prefilter import LiteralFilter

            found = self._filters[name] = LiteralFilter(sources(), analysed)
        return found

    def _filter_sources(self, lang: str, kind: str = "pattern") -> dict:
        """``(order, i)`` -> the ``i``-th pattern in ``lang`` of each rule of ``kind``."""
        return {(c.order, i): source for c in self.rules if c.rule.kind == kind
                for i, source in enumerate(c.alternatives.get(lang, ()))}

    def required_filter(self, analysed: dict | None = None):
        """The literal prefilter of the required rules' expressions, every language: keys are ``(order, i)`` for
        the ``i``-th expression of a required rule (:meth:`required_alternatives`)."""
        return self._filter("required", self._required_sources, analysed)

    def title_filter(self, lang: str, analysed: dict | None = None):
        """The literal prefilter of the title rules' patterns in ``lang``: keys are ``(order, i)`` for the ``i``-th
        pattern of a title rule. A title none of whose patterns' literals it holds needs no expression compiled."""
        return self._filter(("title", lang), lambda: self._filter_sources(lang, "title"), analysed)

    def partial_title(self, order: int, lang: str, chosen: tuple[int, ...]) -> re.Pattern:
        """A title rule's expression made of its ``chosen`` patterns in ``lang`` (see :meth:`partial`)."""
        return self._alternation(("title", order, lang, chosen), self.rules[order].alternatives[lang], chosen)

    def _alternation(self, key: tuple, alternatives: list[str], chosen: tuple[int, ...]) -> re.Pattern:
        """The compiled alternation of the ``chosen`` of ``alternatives``, remembered under ``key``."""
        found = self._partial.get(key)
        if found is None:
            found = self._partial[key] = compiled(alternation([alternatives[i] for i in chosen]))
        return found

    def exception_filter(self, lang: str, analysed: dict | None = None):
        """The literal prefilter of the exception expressions of the rules in ``lang``, keyed by expression: an
        exception none of whose literals a segment holds matches nowhere in it (and is neither compiled nor run)."""
        return self._filter(("exceptions", lang), lambda: {s: s for s in self._exception_sources(lang)}, analysed)

    def _exception_sources(self, lang: str) -> list[str]:
        """The rules' exception expressions in ``lang`` and the phrases of a non-discrimination statement."""
        return list(dict.fromkeys([*(s for c in self.rules if c.rule.kind == "pattern"
                                     for s in c.exception_sources.get(lang, ())), *self.statements]))

    def _required_sources(self) -> dict:
        return {(order, i): source for order, _category, _expressions in self.required()
                for i, source in enumerate(self.required_alternatives(order))}

    def partial(self, order: int, lang: str, chosen: tuple[int, ...]) -> tuple[re.Pattern, frozenset[str] | None]:
        """The expression of a pattern rule made of its ``chosen`` patterns only (in their order), and literals one
        of which the first word of each of its matches holds (None: unknown; see
        :func:`rolegen.adcheck.prefilter.first_word`). Where the others cannot match, it finds what the whole rule
        finds: an alternation tries its alternatives in order at each position, and one that matches nowhere
        changes nothing."""
        key = (order, lang, chosen)
        found = self._partial.get(key)
        if found is None:
            alternatives = self.rules[order].alternatives[lang]
            heads = self.literal_filter(lang).heads
            first: frozenset[str] | None = frozenset().union(*(heads.get((order, i), ()) for i in chosen))
            if any((order, i) not in heads for i in chosen):
                first = None
            found = (compiled(alternation([alternatives[i] for i in chosen])), first)
            if len(self._partial) >= 16384:
                self._partial.clear()
            self._partial[key] = found
        return found

    def required_alternatives(self, order: int) -> list[str]:
        """The distinct expressions of a required rule's patterns, in every language."""
        found = self._first.get(order)
        if found is None:
            rule = self.rules[order]
            found = self._first[order] = list(dict.fromkeys(a for lang in LANGS for a in rule.alternatives.get(lang, ())))
        return found

    def partial_required(self, order: int, chosen: tuple[int, ...]) -> re.Pattern:
        """One expression of the ``chosen`` expressions of a required rule: it matches where one of them does."""
        return self._alternation((order, chosen), self.required_alternatives(order), chosen)

    def applicable(self, zone: str, contract: str) -> frozenset[int]:
        """Orders of the rules that apply to a job in ``zone`` ("fr", "eu", "other") under ``contract``."""
        key = (zone, contract)
        if key not in self._applicable:
            zones = {"fr": ("fr", "eu", "any"), "eu": ("eu", "any"), "other": ("any",)}[zone]
            self._applicable[key] = frozenset(c.order for c in self.rules
                                              if c.where in zones and contract in c.rule.contracts)
        return self._applicable[key]

    def reaches(self, compiled: Compiled, zone: str) -> bool:
        """Whether the law of ``compiled``'s file reaches a job in ``zone``."""
        return compiled.home in {"fr": ("fr", "eu", "any"), "eu": ("eu", "any"), "other": ("any",)}[zone]

    def by_id(self, rule_id: str) -> Compiled | None:
        return next((c for c in self.rules if c.rule.id == rule_id), None)


def _shipped(name: str) -> Path:
    from rolegen.adcheck.cache import shipped

    return shipped(name)


def _read(path: Path, adapter, shown_as: str | None = None):
    from rolegen.knowledge.loader import Reading

    reading = Reading()
    data, raw, locator = reading.read(path, adapter)
    if raw is None and not reading.problems:
        return adapter(), locator, reading
    reading.raise_errors()
    return data, locator, reading


def _sources(entries: list[str], loc: tuple, locator, problems: list[Problem], words: bool = False,
             check: bool = True, lines: list[str] | None = None) -> list[str]:
    """The expressions of ``entries``; with ``lines``, line-wide exceptions go there instead."""
    out = []
    for i, written in enumerate(entries):
        try:
            line = line_exception(written, check) if lines is not None else None
            if line is not None:
                lines.append(line)
                continue
            out.append(word_entry(written) if words else compile_pattern(written, check))
        except PatternError as exc:
            problem = locator.problem((*loc, i), str(exc))
            node = locator.scalar((*loc, i))
            quoted = 1 if node is not None and node.style in ("'", '"') else 0
            problems.append(Problem(problem.path, problem.line, problem.column + quoted + exc.column - 1,
                                    problem.field, problem.message))
    return out


def _compile(rule: Rule, order: int, contexts: dict[str, ByLang], located: dict, problems: list[Problem],
             check: bool, where: str = "any", home: str = "any") -> Compiled:
    compiled = Compiled(rule, order, where, home)
    locator, loc = located.get(rule.id, (None, ()))
    for name, message in rule.problems(shipped=where != "any" or rule.status != "in-force"):
        if locator is not None:
            problems.append(locator.problem((*loc, *name.split(".")), message))
    for lang in LANGS:
        pats = _sources(getattr(rule.patterns, lang), (*loc, "patterns", lang), locator, problems, check=check)
        pats += _sources(getattr(rule.words, lang), (*loc, "words", lang), locator, problems, words=True)
        lines: list[str] = []
        own = _sources(getattr(rule.exceptions, lang), (*loc, "exceptions", lang), locator, problems, check=check,
                       lines=lines)
        excs = [alternation(own)] if own else []
        for name in rule.contexts:
            if name not in contexts:
                problems.append(locator.problem((*loc, "contexts"), f"unknown context '{name}'"))
                continue
            ctx_locator, ctx_loc = located.get(("context", name), (locator, ()))
            shared = _sources(getattr(contexts[name], lang), (*ctx_loc, lang), ctx_locator, problems, check=check,
                              lines=lines)
            excs += [alternation(shared)] if shared else []
        compiled.alternatives[lang] = pats
        compiled.exception_sources[lang] = excs
        compiled.line_sources[lang] = [alternation(lines)] if lines else []
        titles = _sources(getattr(rule.title_exceptions, lang), (*loc, "title_exceptions", lang), locator, problems,
                          check=check)
        compiled.title_sources[lang] = [alternation(titles)] if titles else []
        leads = _sources(getattr(rule.lead_ins, lang), (*loc, "lead_ins", lang), locator, problems, check=check)
        compiled.lead_sources[lang] = [alternation(leads)] if leads else []
        whole = _sources(getattr(rule.ad_exceptions, lang), (*loc, "ad_exceptions", lang), locator, problems,
                         check=check)
        compiled.ad_sources[lang] = [alternation(whole)] if whole else []
    if check:  # every language's patterns in place: each alternation compiles
        for lang in LANGS:
            compiled.regex(lang)
    return compiled


def _merge(rules: dict[str, Rule], change: RuleChange, locator, index: int, problems: list[Problem]) -> None:
    from pydantic import ValidationError

    from rolegen.adcheck.model import Rule

    given = change.model_dump(exclude_unset=True, exclude={"disabled"})
    if change.disabled:
        if change.id not in rules:
            problems.append(locator.problem(("rules", index, "id"), f"no rule '{change.id}' to disable"))
        rules.pop(change.id, None)
        return
    base = rules[change.id].model_dump() if change.id in rules else {}
    try:
        rules[change.id] = Rule.model_validate({**base, **given})
    except ValidationError as exc:  # a new rule without every field: name the fields it lacks
        fields = sorted({str(e["loc"][0]) for e in exc.errors()})
        problems.append(locator.problem(("rules", index, "id"), f"new rule '{change.id}' needs the fields "
                                        f"{', '.join(fields)} (or is it a shipped rule's id, misspelled?)"))


def load_ruleset(user_file: str | Path | None = None, jurisdiction: str = "fr", check: bool = False) -> Ruleset:
    """The rules of ``jurisdiction`` with the changes of ``user_file``; located errors for a bad file.

    A user's patterns are always checked; ``check`` checks the shipped ones too (the tests do).
    """
    if user_file is None and not check:
        return default_ruleset(jurisdiction)
    if check:
        return _build(jurisdiction, user_file, check)
    return _cached(jurisdiction, user_file)


def shipped_sources() -> list[str]:
    """The expressions of the shipped rules of every jurisdiction (:data:`rolegen.adcheck.prefilter.SHIPPED`)."""
    return [source for jurisdiction in JURISDICTIONS for source in _build(jurisdiction, None).sources()]


@lru_cache(maxsize=4)
def default_ruleset(jurisdiction: str = "fr") -> Ruleset:
    """The shipped rules of a jurisdiction (read once per process, from the cache when it is there)."""
    return _cached(jurisdiction, None)


def _cached(jurisdiction: str, user_file: str | Path | None) -> Ruleset:
    """The rules built by :func:`_build`, kept in the user's cache folder (:mod:`rolegen.adcheck.cache`) under
    the contents of the shipped files and of ``user_file``; a bad file is reported, never cached."""
    from rolegen.adcheck import cache

    if jurisdiction not in JURISDICTIONS:
        raise UsageError(f"unknown jurisdiction '{jurisdiction}' (known: {', '.join(JURISDICTIONS)})")
    extra = jurisdiction.encode()
    if user_file is not None:
        path = Path(user_file)
        if not path.is_file():
            raise UsageError(f"no rules file at '{user_file}'")
        try:
            extra += b"\0" + path.read_bytes()
        except OSError:
            return _build(jurisdiction, user_file)
    return cache.cached("rules", lambda: _build(jurisdiction, user_file).prepare(), extra)


def _build(jurisdiction: str, user_file: str | Path | None, check: bool = False) -> Ruleset:
    from rolegen.adcheck.model import ByLang, RuleFile, UserRuleFile
    from rolegen.adcheck.record import RuleRecord, to_record

    if jurisdiction not in JURISDICTIONS:
        raise UsageError(f"unknown jurisdiction '{jurisdiction}' (known: {', '.join(JURISDICTIONS)})")
    rules: dict[str, Rule] = {}
    origin: dict[str, str] = {}
    homes: dict[str, str] = {}
    contexts: dict[str, ByLang] = {}
    located: dict = {}
    problems: list[Problem] = []
    statements: dict[str, list[str]] = {"opens": [], "closes": [], "lists": [], "asks": []}
    for name in JURISDICTIONS[jurisdiction]:
        data, locator, _ = _read(_shipped(name), RuleFile)
        for side in statements:
            for lang in LANGS:
                statements[side] += _sources(getattr(getattr(data.statements, side), lang),
                                             ("statements", side, lang), locator, problems, check=check)
        contexts.update(data.contexts)
        located.update({("context", k): (locator, ("contexts", k)) for k in data.contexts})
        for i, rule in enumerate(data.rules):
            rules[rule.id] = rule
            located[rule.id] = (locator, ("rules", i))
            origin[rule.id] = "any" if rule.everywhere else WHERE[name]
            homes[rule.id] = WHERE[name]
            if "status" not in rule.model_fields_set:
                problems.append(locator.problem(("rules", i, "id"), f"rule '{rule.id}' states no legal status "
                                                "('status': in-force, adopted, draft or practice)"))
    if user_file is not None:
        path = Path(user_file)
        if not path.is_file():
            raise UsageError(f"no rules file at '{user_file}'")
        data, locator, _ = _read(path, UserRuleFile)
        contexts.update(data.contexts)
        located.update({("context", k): (locator, ("contexts", k)) for k in data.contexts})
        for i, change in enumerate(data.rules):
            _merge(rules, change, locator, i, problems)
            located[change.id] = (locator, ("rules", i))
    # Shipped patterns are checked by the tests; a user's file is checked on reading.
    check = check or user_file is not None
    compiled = [_compile(rule, i, contexts, located, problems, check, origin.get(rule.id, "any"), homes.get(rule.id, "any"))
                for i, rule in enumerate(rules.values())]
    if problems:
        raise DataError(problems)
    for c in compiled:  # plain data from here on: the engine needs no validation model (nor its import)
        c.rule = to_record(c.rule, RuleRecord)
    return Ruleset(compiled, statements=(alternation(statements["opens"]), alternation(statements["closes"]),
                                         alternation(statements["lists"])), asks=alternation(statements["asks"]))
