"""Where a rule may match: the first letters of its matches, read from its expression.

Scanning a text with each rule's whole alternation is slow in Python's ``re``
(every alternative is tried at every position). A match of a pattern rule
always starts a word (patterns never start inside one), so the engine lists
the words of a paragraph once and tries a rule only where a word starts with
one of the rule's possible first letters (up to three). The prefixes are a
superset of where the rule can match, so the findings are those of a full
scan (the browser page, which does a full scan, finds the same). A rule whose
match may start with something else than a letter or digit gets no prefixes
and is scanned whole.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from re import _constants as c  # the parsed form of an expression (CPython's own parser)
from re import _parser as parser

DEPTH = 3
_parse = lru_cache(maxsize=8192)(parser.parse)
"""An expression parsed once for its first letters and its literals (the parsed form is only read)."""
WORD = set("abcdefghijklmnopqrstuvwxyz0123456789")
_LIMIT = 4096
"""More prefixes than this and the rule is scanned whole."""


class _Open(Exception):
    """The expression may start a match with a character that does not start a word."""


def prefixes(source: str) -> frozenset[str] | None:
    """The possible first (up to ``DEPTH``) letters of a match of ``source``; None when unknown."""
    parsed = list(_parse(source).data)
    for depth in range(DEPTH, 0, -1):  # too many prefixes of three letters: try two, then one
        try:
            found = _prefixes(parsed, depth, True)
        except (_Open, RecursionError):
            continue
        if "" not in found and len(found) <= _LIMIT:
            return frozenset(found)
    return None


def _chars(items, first: bool) -> set[str] | None:
    """The characters of a class; None (after the first letter) or _Open (at it) when it has others."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE:
            if av[1] - av[0] > 64:
                raise _Open
            chars.update(chr(x) for x in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            if first:
                raise _Open
            return None
    return chars


def _prefixes(items: list, k: int, first: bool) -> set[str]:
    if k == 0 or not items:
        if first:
            raise _Open
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return _prefixes(rest, k, first)
    if op is c.SUBPATTERN:
        return _prefixes(list(av[-1].data) + rest, k, first)
    if op is c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            out |= _prefixes(list(alternative.data) + rest, k, first)
            if len(out) > _LIMIT:
                raise _Open
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, sub = av
        again = [(op, (max(low - 1, 0), high - 1 if high != c.MAXREPEAT else high, sub))] if high != 1 else []
        taken = _prefixes(list(sub.data) + again + rest, k, first)
        return taken | _prefixes(rest, k, first) if low == 0 else taken
    if op is c.LITERAL:
        chars = {chr(av)}
    elif op is c.IN:
        chars = _chars(av, first)
        if chars is None:
            return {""}
    else:
        if first:
            raise _Open
        return {""}
    out = set()
    for ch in chars:
        if ch not in WORD:
            if first:
                raise _Open
            out.add("")
        else:
            out |= {ch + tail for tail in _prefixes(rest, k - 1, False)}
    return out


# Literals: what a match cannot do without (after RE2's FilteredRE2) -------------------------------------------------

MIN_LITERAL = 3
"""A requirement is kept when each of its literals has this many characters (two for a whole word)."""
_PRODUCT = 64
"""Most strings a run of fixed characters may spell (``(a|b)(c|d)``...) before it is cut there."""
_ANY: tuple = ()
"""No requirement: the element may match without any literal (a repeat from zero, ``.``, a class of many)."""
DIGIT = "#digit"
"""A requirement met by any digit (``\\d`` reads every script's digits; a short string with a digit too)."""


def literals(source: str) -> frozenset[str] | None:
    """Strings one of which every match of ``source`` contains, or None when no useful such set is found.

    Each string is letters and digits, marked ``^`` when it starts a word of the text and ``$`` when it ends
    one (``^age$``: the word "age"), or :data:`DIGIT`. Read from the parsed expression, whatever the rule: a
    sequence needs what any of its parts needs (the most selective wins), an alternation one of what each
    alternative needs, a repeat from one what its body needs; consecutive fixed characters make strings
    (``ambiti(?:eux|euse)`` needs ``ambitieux`` or ``ambitieuse``). Look-arounds match no character: they need
    nothing and do not cut a string, and ``(?<![a-z0-9])``, ``(?![a-z0-9])`` or a space next to a string mark
    where it starts or ends a word. Since the strings hold word characters only, each lies inside one word.
    """
    found = requirements(source)
    return found[0] if found else None


REQUIREMENTS = 4
"""Most sets of literals kept for one expression (the most selective)."""


def requirements(source: str) -> tuple[frozenset[str], ...] | None:
    """Sets of strings such that every match of ``source`` contains one string of each set (as RE2's FilteredRE2
    ANDs its atoms: ``vous etes (?:celibataire|marie)`` needs ``^vous$`` and one of ``^celibataire$``,
    ``^marie$``), the most selective first (:func:`literals` is the first); None when none is useful.

    A sequence needs what each of its parts needs; an alternation needs, of each alternative, one of what the
    alternative needs most selectively (see :func:`literals` for the strings themselves).
    """
    try:
        parsed = _parse(source)
        if parsed.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_VERBOSE):
            return None
        found = _need(list(parsed.data), False, False)
    except (RecursionError, OverflowError):
        return None
    finally:
        _MEMO.clear()
    kept = sorted({f for f in found if _useful(f)}, key=lambda f: (_score(f), sorted(f)), reverse=True)
    return tuple(kept[:REQUIREMENTS]) or None


SYMBOL = "%"
"""Marks a literal that is one rare character, not a word character (``%€``): looked for in the text as is."""


def _rare(ch: str) -> bool:
    """A character that is neither a word character, a space nor the punctuation of ordinary prose."""
    return ch not in WORD and not ch.isspace() and (ord(ch) > 127 or ch in "$%@#") and ch.isprintable()


def _weight(literal: str) -> float:
    if literal == DIGIT:
        return 2.5
    if literal.startswith(SYMBOL):
        return 3
    size = len(literal.strip("^$"))
    if literal.startswith("^") and literal.endswith("$"):
        return size + 1.5
    return size + 0.5 * literal.startswith("^") + 0.5 * literal.endswith("$")


def _useful(found: frozenset[str] | None) -> bool:
    """Whether a requirement filters: each literal of MIN_LITERAL characters, a whole word of two, or a digit."""
    return found is not None and _score(found)[0] >= MIN_LITERAL - 0.5


def _minimal(strings: set[str]) -> frozenset[str]:
    """The strings none of the others is part of (a text holding ``candidate`` holds ``candidat``)."""
    if len(strings) > 256:  # a long list (a trie's words) is kept as is: minimal or not, the filter is the same
        return frozenset(strings)
    kept: set[str] = set()
    for s in sorted(strings, key=len):
        size = len(s)
        if len(kept) < size * (size + 1) // 2:
            inside = any(k in s for k in kept)
        else:
            inside = any(s[i:j] in kept for i in range(size) for j in range(i + 1, size + 1))
        if not inside:
            kept.add(s)
    return frozenset(kept)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: the heavier lightest literal, then the fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=_score)


@lru_cache(maxsize=4096)
def _score(found: frozenset[str]) -> tuple[float, int]:
    return min(map(_weight, found)), -len(found)


def _class(av) -> tuple[set[str] | None, bool]:
    """(the characters of a class when few and all word characters, whether it holds no word character)."""
    if av and av[0][0] is c.NEGATE:
        return None, False
    if any(o is not c.LITERAL and o is not c.RANGE for o, _ in av):  # \d reads every script's digits
        return None, False
    chars: set[str] = set()
    for op, v in av:
        if op is c.LITERAL:
            chars.add(chr(v))
        else:
            if v[1] - v[0] > 64:
                return None, not any(v[0] <= ord(w) <= v[1] for w in WORD)
            chars.update(chr(x) for x in range(v[0], v[1] + 1))
    if not chars <= WORD or len(chars) > 10:
        return None, not (chars & WORD)
    return chars, False


def _covers_words(av) -> bool:
    """Whether a class (of a negative look-around) matches every word character."""
    if av and av[0][0] is c.NEGATE:
        rest = av[1:]
        return not any((o is c.LITERAL and chr(v) in WORD) or (o is c.RANGE and any(v[0] <= ord(w) <= v[1]
                       for w in WORD)) or o is c.CATEGORY for o, v in rest)
    chars = set()
    for o, v in av:
        if o is c.LITERAL:
            chars.add(chr(v))
        elif o is c.RANGE:
            chars.update(chr(x) for x in range(v[0], min(v[1], 0x24F) + 1))
    return WORD <= chars


def _boundary(op, av, behind: bool) -> bool:
    """Whether a negative look-around (``behind``: look-behind) says the character there is no word character."""
    if op is not c.ASSERT_NOT or (av[0] < 0) != behind:
        return False
    inner = list(av[1].data)
    return len(inner) == 1 and inner[0][0] is c.IN and _covers_words(inner[0][1])


def _nonword(op, av, first: bool) -> bool:
    """Whether an item consumes at least one character and its first (``first``) or last one is no word
    character."""
    if op is c.LITERAL:
        return chr(av) not in WORD
    if op is c.IN:
        return _class(av)[1]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        items = list(av[2].data)
        return bool(items) and _nonword(*items[0 if first else -1], first)
    if op is c.SUBPATTERN:
        items = list(av[-1].data)
        return bool(items) and _nonword(*items[0 if first else -1], first)
    if op is c.BRANCH:
        return all(alt.data and _nonword(*list(alt.data)[0 if first else -1], first) for alt in av[1])
    return False


_MEMO: dict = {}
"""_exact's results while one expression is read (its parsed items by identity: alive until then)."""


def _exact(op, av) -> set[str] | None:
    """The strings of word characters one item matches exactly (a literal, a small class, a group of such), or
    None."""
    key = (op, id(av))
    if key in _MEMO:
        return _MEMO[key]
    found = _MEMO[key] = _exact_item(op, av)
    return found


def _exact_item(op, av) -> set[str] | None:
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {""}
    if op is c.LITERAL:
        ch = chr(av)
        return {ch} if ch in WORD else None
    if op is c.IN:
        return _class(av)[0]
    if op is c.SUBPATTERN:
        return _exact_seq(list(av[-1].data))
    if op is c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            got = _exact_seq(list(alternative.data))
            if got is None:
                return None
            out |= got
            if len(out) > _PRODUCT:
                return None
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, sub = av
        if (low, high) not in ((0, 1), (1, 1)):
            return None
        got = _exact_seq(list(sub.data))
        return None if got is None else got | ({""} if low == 0 else set())
    return None


def _exact_seq(items: list) -> set[str] | None:
    out = {""}
    for op, av in items:
        got = _exact(op, av)
        if got is None:
            return None
        out = {a + b for a in out for b in got}
        if len(out) > _PRODUCT:
            return None
    return out


def _ends(items: list, k: int, end: bool) -> bool:
    """Whether what follows item ``k`` starts with no word character (or ends the match where ``end`` says)."""
    for op, av in items[k + 1:]:
        if _boundary(op, av, False) or _nonword(op, av, True):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and _nonword(op, (1, *av[1:]), True):
            continue  # taken, it starts with no word character; left out, what follows tells
        if op not in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return False
    return end


def _need(items: list, start: bool, end: bool) -> tuple[frozenset[str], ...]:
    """The requirements of a sequence (``start``/``end``: the character before it/after it is no word
    character): those of its runs of fixed characters and of its items, each needed (a match holds one string
    of each)."""
    needs: list[frozenset[str]] = []
    run = {""}
    anchored = start  # the run starts a word
    bound = start  # the character before the next item is no word character

    def close(run: set[str], anchored: bool, k: int) -> None:
        if "" in run:
            return
        ends = _ends(items, k, end)
        marked = set()
        for r in run:
            if len(r) < MIN_LITERAL and not r.isalpha():  # a short string with a digit: the text has a digit
                marked.add(DIGIT)
            else:
                marked.add(("^" if anchored else "") + r + ("$" if ends else ""))
        needs.append(_minimal(marked))

    for k, (op, av) in enumerate(items):
        if _boundary(op, av, False) and run != {""}:  # a word ends here: so does the run
            close(run, anchored, k - 1)
            run = {""}
        got = _exact(op, av)
        if got is not None:
            joined = {a + b for a in run for b in got}
            if len(joined) <= _PRODUCT:
                if run == {""} and got != {""}:
                    anchored = bound
                run = joined
            else:
                close(run, anchored, k - 1)
                run, anchored = got, False
        else:
            lead = _lead_of(op, av) if op in (c.BRANCH, c.SUBPATTERN) else None
            if lead is not None and "" not in lead and len(run) * len(lead) <= _LEADS:
                # a trie of words: each match starts with one of its words' fixed beginnings
                leading = {a + b for a in run for b in lead}
                first = anchored if run != {""} else bound
                needs.append(_minimal({("^" if first else "") + w for w in leading}))
            close(run, anchored, k - 1)
            run = {""}
            needs.extend(_need_item(op, av, bound, _ends(items, k, end)))
        if _boundary(op, av, True) or _nonword(op, av, False):
            bound = True
        elif op not in (c.ASSERT, c.ASSERT_NOT, c.AT):
            bound = False
    close(run, anchored, len(items) - 1)
    return tuple(needs)


def _best(needs: tuple[frozenset[str], ...]) -> frozenset[str] | None:
    """The most selective of a sequence's requirements (None when none is useful)."""
    best = None
    for found in needs:
        best = _better(best, found)
    return best if _useful(best) else None


_LEADS = 8192
"""Most fixed beginnings read from a trie of alternatives."""


def _lead_of(op, av) -> set[str] | None:
    """:func:`_lead` of one item, read once per expression (a group inside groups is read at each level)."""
    key = ("lead", op, id(av))
    if key not in _MEMO:
        _MEMO[key] = _lead([(op, av)])
    return _MEMO[key]


def _lead_seq(sub) -> set[str] | None:
    """:func:`_lead` of a parsed sub-expression, read once per expression."""
    key = ("lead-seq", id(sub))
    if key not in _MEMO:
        _MEMO[key] = _lead(list(sub.data))
    return _MEMO[key]


def _lead(items: list) -> set[str] | None:
    """The fixed strings every match of a sequence starts with (as far as they are fixed, at most _LEADS of
    them), or None."""
    out = {""}
    for op, av in items:
        got = _exact(op, av)
        if got is not None:
            joined = {a + b for a in out for b in got}
            if len(joined) > _LEADS:
                return out
            out = joined
            continue
        if op is c.SUBPATTERN:
            inner = _lead_seq(av[-1])
        elif op is c.BRANCH:
            inner = set()
            for alternative in av[1]:
                got = _lead_seq(alternative)
                if got is None:
                    return out
                inner |= got
                if len(inner) * len(out) > _LEADS:
                    return out
        else:
            return out
        if inner is None or len(inner) * len(out) > _LEADS:
            return out
        return {a + b for a in out for b in inner}
    return out


def _need_item(op, av, start: bool, end: bool) -> tuple[frozenset[str], ...]:
    if op is c.SUBPATTERN:
        return _need(list(av[-1].data), start, end)
    if op is c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            got = _best(_need(list(alternative.data), start, end))
            if got is None:
                return _ANY
            out |= got
        return (_minimal(out),)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        single = av[0] == av[1] == 1
        return _need(list(av[2].data), start and single, end and single)
    if op is c.ATOMIC_GROUP:
        return _need(list(av.data), start, end)
    if op is c.LITERAL and _rare(chr(av)):
        return (frozenset({SYMBOL + chr(av)}),)
    if op is c.IN and av and all(o is c.CATEGORY and a is c.CATEGORY_DIGIT for o, a in av):
        return (frozenset({DIGIT}),)
    return _ANY


def first_word(source: str) -> frozenset[str] | None:
    """Literals one of which the first word of every match of ``source`` holds (the match starting that word),
    or None when the expression does not tell: where a segment's words do not hold one, no match starts.

    Read like :func:`literals`, on the items a match starts with while they match letters and digits only
    (after a look-behind that says no word character precedes): the word starts with what they match, and ends
    there when what follows starts with no word character; an alternation there gives, for each alternative,
    its first word's.
    """
    try:
        parsed = _parse(source)
        if parsed.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_VERBOSE):
            return None
        return _first_word(list(parsed.data), False)
    except (RecursionError, OverflowError):
        return None
    finally:
        _MEMO.clear()


def _first_word(items: list, bound: bool) -> frozenset[str] | None:
    i = 0
    while i < len(items) and items[i][0] in (c.ASSERT, c.ASSERT_NOT, c.AT):
        bound = bound or _boundary(*items[i], True)
        i += 1
    items = items[i:]
    if not items:
        return None
    op, av = items[0]  # a group or an alternation first: each alternative may start with its own look-behind
    if op is c.SUBPATTERN:
        return _first_word(list(av[-1].data) + items[1:], bound)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        # an optional part first: the match starts with it or with what follows
        taken, skipped = _first_word(list(av[2].data) + items[1:], bound), _first_word(items[1:], bound)
        if taken is None or skipped is None or len(taken | skipped) > _LIMIT:
            return None
        return _minimal(taken | skipped)
    if op is c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            got = _first_word(list(alternative.data) + items[1:], bound)
            if got is None:
                return None
            out |= got
            if len(out) > _LIMIT:
                return None
        return _minimal(out)
    if not bound:
        return None
    k = 0  # the items of the first word: up to a word's end or an item that may match something else
    while k < len(items) and _word_only(*items[k]) and not _boundary(*items[k], False):
        k += 1
    if k == 0:
        return None
    if k < len(items) and items[k][0] in (c.SUBPATTERN, c.BRANCH):
        # a group that may match something else after the word's first letters (a trie of words, some of them
        # followed by a space or a hyphen): read as its alternatives, each after those letters
        op, av = items[k]
        if op is c.SUBPATTERN:
            if av[1] or av[2]:  # flags inside: not read
                return None
            return _first_word(items[:k] + list(av[-1].data) + items[k + 1:], bound)
        out = set()
        for alternative in av[1]:
            got = _first_word(items[:k] + list(alternative.data) + items[k + 1:], bound)
            if got is None:
                return None
            out |= got
            if len(out) > _LIMIT:
                return None
        return _minimal(out)
    return _best(_need(items[:k], True, _ends(items, k - 1, False)))


def _word_only(op, av) -> bool:
    """Whether an item matches letters and digits only (or nothing: a look-around)."""
    if op in (c.ASSERT, c.ASSERT_NOT):
        return True
    if op is c.LITERAL:
        return chr(av) in WORD
    if op is c.IN:
        if not av or av[0][0] is c.NEGATE:
            return False
        return all((o is c.LITERAL and chr(v) in WORD) or (o is c.RANGE and all(chr(x) in WORD for x in
                   range(v[0], v[1] + 1))) or (o is c.CATEGORY and v is c.CATEGORY_DIGIT) for o, v in av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return all(_word_only(*item) for item in av[2].data)
    if op is c.SUBPATTERN:
        return all(_word_only(*item) for item in av[-1].data)
    if op is c.BRANCH:
        return all(all(_word_only(*item) for item in alternative.data) for alternative in av[1])
    return False


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
"""A digit of another script: no word holds it (words are runs of a-z and 0-9)."""
_UNSEEN = object()
_FORMS = {(False, False): (1, "{}"), (True, False): (2, "^{}"), (False, True): (4, "{}$"), (True, True): (8, "^{}$")}
"""A literal's form in :attr:`LiteralFilter.marks`, by (starts a word, ends one): its bit, how it is written
(:meth:`LiteralFilter.word` tests the same bits)."""


def analyse(sources, jobs: int | None = None) -> dict[str, tuple]:
    """Expression -> (:func:`requirements`, :func:`first_word`) of each of ``sources``, read on ``jobs`` cores
    (default: every core this process may use) when there are many: reading them is the bulk of building the
    checker's rules. Where processes cannot be forked (another system, a worker process), read here."""
    known = shipped()
    found: dict[str, tuple] = {}
    distinct = []
    for source in sorted(dict.fromkeys(sources), key=len, reverse=True):
        done = known.get(source_key(source))
        if done is None:
            distinct.append(source)
        else:
            found[source] = done
    found.update(_analysed(distinct, jobs))
    return found


def _analysed(distinct: list[str], jobs: int | None) -> dict[str, tuple]:
    """:func:`analyse` of ``distinct`` sources (longest first), on ``jobs`` cores."""
    if jobs is None:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    jobs = max(1, min(jobs, len(distinct) // 64))
    if jobs > 1:
        import multiprocessing

        if "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon:
            from concurrent.futures import ProcessPoolExecutor
            from concurrent.futures.process import BrokenProcessPool

            chunks = [distinct[i::jobs] for i in range(jobs)]  # the longest dealt out first: even shares
            try:
                with ProcessPoolExecutor(jobs - 1, mp_context=multiprocessing.get_context("fork")) as pool:
                    pending = [pool.submit(_analyse, chunk) for chunk in chunks[1:]]
                    found = _analyse(chunks[0])
                    for part in pending:
                        found.update(part.result())
                return found
            except (OSError, BrokenProcessPool):  # no process to be had, or one died: read here
                pass
    return _analyse(distinct)


SHIPPED = "prefilter.json"
"""The analysis of the shipped rules' expressions, kept with them (``rules/prefilter.json``): building the
checker's rules the first time then reads no shipped expression (a user's own are read). Written by
``python -m rolegen.adcheck.prefilter``; used only by the code that wrote it (this file's contents and the
version of Python's expression parser are in it); an expression it lacks is read as usual."""


def source_key(source: str) -> str:
    """The name of an expression in :data:`SHIPPED`."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:24]


def code_key() -> str:
    """What an analysis depends on besides the expression: this file and Python's parser (its version)."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{sys.version_info[0]}.{sys.version_info[1]}".encode())
    return digest.hexdigest()[:24]


def shipped() -> dict[str, tuple]:
    """Key (:func:`source_key`) -> analysis, from :data:`SHIPPED`; nothing when it is missing, unreadable or
    written by other code."""
    import json

    try:
        data = json.loads((Path(__file__).parent / "rules" / SHIPPED).read_text(encoding="utf-8"))
        if data.get("code") != code_key():
            return {}
        return {key: (None if needs is None else tuple(frozenset(x) for x in needs),
                      None if first is None else frozenset(first))
                for key, (needs, first) in data["sources"].items()}
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return {}


def write_shipped(sources) -> str:
    """The text of :data:`SHIPPED` for ``sources``: one expression a line, sorted, so that a change of rules
    changes the lines of its expressions only."""
    import json

    lines = []
    for source, (needs, first) in _analysed(sorted(dict.fromkeys(sources), key=len, reverse=True), None).items():
        value = [None if needs is None else [sorted(x) for x in needs], None if first is None else sorted(first)]
        lines.append(f"{json.dumps(source_key(source))}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}")
    return '{"code": ' + json.dumps(code_key()) + ', "sources": {\n' + ",\n".join(sorted(lines)) + "\n}}\n"


def _analyse(sources: list[str]) -> dict[str, tuple]:
    return {source: (requirements(source), first_word(source)) for source in sources}


class LiteralFilter:
    """Which of many expressions may match a text, from the words of the text: one pass over its distinct words,
    each word's literals looked up once (a word seen before costs a dictionary look-up).

    ``sources``: key -> expression. :meth:`candidates` returns the keys of the expressions that have no
    required literals and of those that find, for each set of literals they need (:func:`requirements`), one of
    its literals in some word of the text: a superset of the expressions that match.
    """

    WORDS_KEPT = 30_000
    """Words whose literals are remembered (then the memory starts again: memory stays flat)."""
    SETS_KEPT = 2_048
    """Sets of literals whose candidates are remembered (then the memory starts again)."""

    def __init__(self, sources: dict, analysed: dict[str, tuple] | None = None):
        needs: dict = {}
        always = []
        heads: dict = {}
        analysed = analysed or {}
        for key, source in sources.items():
            found, head = analysed.get(source) or (requirements(source), first_word(source))
            if found is None:
                always.append(key)
            else:
                needs[key] = found
            if head is not None:
                heads[key] = head
        self.__setstate__({"always": tuple(always), "needs": needs, "heads": heads})

    _INDEXES = ("key_of", "first", "rest", "multi", "digit", "symbols", "starts", "marks")

    def __getstate__(self):  # the indexes, not the sets they are built from: a cached filter is read, not built
        return {"always": self.always, "heads": self.heads, **{k: getattr(self, k) for k in self._INDEXES}}

    def __setstate__(self, state):
        if "first" in state:
            self.__dict__.update(state, _words={}, _sets={})
            return
        self.always, needs = frozenset(state["always"]), state["needs"]
        """Key -> the sets of literals its expression needs (one string of each), the most selective first."""
        self.heads = state["heads"]
        """Key -> literals one of which the first word of each match holds (:func:`first_word`), when known."""
        self.key_of = tuple(needs)
        """Number -> key of the expressions with literals: the sets below hold numbers (quick to hash and join)."""
        first: dict[str, list] = {}
        known: set[str] = set()
        for number, sets in enumerate(needs.values()):
            for literal in sets[0]:
                first.setdefault(literal, []).append(number)
            for found in sets:
                known.update(found)
        for found in self.heads.values():
            known.update(found)
        self.first = {k: tuple(v) for k, v in first.items()}
        """Literal -> the numbers of the expressions whose first set of literals holds it."""
        self.rest = {number: sets[1:] for number, sets in enumerate(needs.values()) if len(sets) > 1}
        """Number -> the other sets of literals of an expression that needs more than one."""
        self.multi = frozenset(self.rest)
        self.digit = DIGIT in known
        self.symbols = tuple(sorted(k[1:] for k in known if k.startswith(SYMBOL)))
        self.starts = frozenset(k.strip("^$")[:size] for k in known if k != DIGIT and not k.startswith(SYMBOL)
                                for size in range(1, len(k.strip("^$")) + 1))
        """The beginnings of the literals: a word's substrings are read as far as one of them goes."""
        marks: dict[str, int] = {}
        for k in known:
            if k != DIGIT and not k.startswith(SYMBOL):
                bare = k.strip("^$")
                marks[bare] = marks.get(bare, 0) | _FORMS[k.startswith("^"), k.endswith("$")][0]
        self.marks = marks
        """A literal's letters -> its forms, one bit each (:data:`_FORMS`): anywhere, starting a word, ending one,
        the whole word."""
        self._words: dict[str, tuple] = {}
        self._sets: dict[frozenset, frozenset] = {}

    @property
    def known(self) -> frozenset[str]:
        """The literals made of letters and digits the filter knows."""
        return frozenset(written.format(part) for part, forms in self.marks.items()
                         for bit, written in _FORMS.values() if forms & bit)

    def word(self, word: str) -> tuple[str, ...]:
        """The literals ``word`` holds, where each literal says: starting it, ending it."""
        found = self._words.get(word)
        if found is None:
            held = []
            size, marks, starts = len(word), self.marks, self.starts
            for i in range(size):
                for j in range(i + 1, size + 1):
                    part = word[i:j]
                    if part not in starts:
                        break
                    forms = marks.get(part)
                    if forms:
                        if forms & 1:
                            held.append(part)
                        if forms & 2 and i == 0:
                            held.append("^" + part)
                        if forms & 4 and j == size:
                            held.append(part + "$")
                        if forms & 8 and i == 0 and j == size:
                            held.append("^" + part + "$")
            if self.digit and not word.isalpha():  # a run of letters and digits with a digit
                held.append(DIGIT)
            found = tuple(held)
            if len(self._words) >= self.WORDS_KEPT:
                self._words.clear()
            self._words[word] = found
        return found

    def literals(self, text: str, words) -> set[str]:
        """The literals of the filter that ``text``, whose words are ``words``, holds."""
        return self._read(text, words)

    def _read(self, text: str, words, holders: dict | None = None) -> set[str]:
        """The literals the text holds; ``holders``, when given, gets each literal a word of the text holds -> the
        distinct words that hold it, and the key None when a match may start outside a word."""
        get = self._words.get
        distinct = set(words)
        found = [get(w, _UNSEEN) for w in distinct]
        if _UNSEEN in found:
            found = [self.word(w) if f is _UNSEEN else f for w, f in zip(distinct, found)]
        held: set[str] = set().union(*found)
        if holders is not None:
            for w, literals in zip(distinct, found):
                for literal in literals:
                    holders.setdefault(literal, []).append(w)
        if self.digit and _OTHER_DIGIT.search(text) is not None:  # "\d" matches it, no word holds it
            held.add(DIGIT)
            if holders is not None:
                holders[None] = []  # a match may start outside a word
        held.update([SYMBOL + symbol for symbol in self.symbols if symbol in text])
        return held

    def candidates(self, text: str, words, holders: dict | None = None) -> frozenset:
        """The keys of the expressions that may match ``text``, whose words (runs of letters and digits, repeats
        allowed) are ``words``: those without literals, and those that find one literal of each of their sets.
        ``holders``, when given, gets each literal a word of the text holds -> the distinct words that hold it.
        They depend on the literals held only: texts that hold the same ones (most sentences hold few) share them."""
        held = frozenset(self._read(text, words, holders))
        out = self._sets.get(held)
        if out is None:
            first, rest = self.first, self.rest
            numbers = set().union(*[first[literal] for literal in held if literal in first])
            multi = numbers & self.multi
            numbers -= multi  # one set of literals, met
            for number in multi:
                for found in rest[number]:
                    if found.isdisjoint(held):
                        break
                else:
                    numbers.add(number)
            key_of = self.key_of
            out = self.always.union([key_of[n] for n in numbers])
            if len(self._sets) >= self.SETS_KEPT:
                self._sets.clear()
            self._sets[held] = out
        return out


def main(argv: list[str] | None = None) -> int:
    """Write :data:`SHIPPED` for the shipped rules (after a change of rules or of this file)."""
    import argparse

    from rolegen.adcheck.ruleset import shipped_sources

    parser = argparse.ArgumentParser(prog="python -m rolegen.adcheck.prefilter", description=main.__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is not up to date, write nothing")
    args = parser.parse_args(argv)
    path = Path(__file__).parent / "rules" / SHIPPED
    text = write_shipped(shipped_sources())
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    if args.check:
        print(f"{path}: {'up to date' if current == text else 'out of date: run python -m rolegen.adcheck.prefilter'}")
        return 0 if current == text else 1
    if current != text:
        path.write_text(text, encoding="utf-8")
    print(f"{path}: {text.count(chr(10)) - 1} expressions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
