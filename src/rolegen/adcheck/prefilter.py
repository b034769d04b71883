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

from re import _constants as c  # the parsed form of an expression (CPython's own parser)
from re import _parser as parser

DEPTH = 3
WORD = set("abcdefghijklmnopqrstuvwxyz0123456789")
_LIMIT = 4096
"""More prefixes than this and the rule is scanned whole."""


class _Open(Exception):
    """The expression may start a match with a character that does not start a word."""


def prefixes(source: str) -> frozenset[str] | None:
    """The possible first (up to ``DEPTH``) letters of a match of ``source``; None when unknown."""
    parsed = list(parser.parse(source).data)
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
