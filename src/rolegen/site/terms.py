"""Linking glossary terms where role texts use them.

One regular expression per language holds every term's label and aliases,
written as a trie (shared prefixes factored out), so that a page's texts are
scanned once and fast whatever the size of the glossary. Matching ignores
case, but an all-capitals form (SEO, ROI) is only taken in capitals, so that
an acronym does not match an ordinary word.

The linker links terms, not words: a term whose entry says it is a noun
(``pos: noun``) is left plain after a subject pronoun or an infinitive marker
("il veille", "to display"), and a form inside one of the entry's ``not_in``
phrases ("veille à", "reporting line") names something else and stays plain.
"""

from __future__ import annotations

import re

from rolegen.knowledge.base import KnowledgeBase
from rolegen.site.escape import Md, fragment, inline, line_start, link


VERB_MARKERS = {
    "fr": frozenset("il elle on ils elles qui ne se s je j tu nous vous".split()),
    "en": frozenset("to it he she they who we you i can may must will would should does do did".split()),
}
"""Words after which a noun's letters are a verb: subject pronouns, negation, infinitive markers and modals."""
_LAST_WORD = re.compile(r"(\w+)\W*$")


class TermLinker:
    """Finds glossary terms in plain text and links the first use of each on a page."""

    def __init__(self, kb: KnowledgeBase, lang: str):
        self.markers = VERB_MARKERS.get(lang, frozenset())
        self.nouns = {term.id for term in kb.glossary.values() if term.pos == "noun"}
        self.not_in: dict[str, list[str]] = {term.id: [" ".join(p.split()).casefold() for p in term.not_in]
                                             for term in kb.glossary.values() if term.not_in}
        self.term_of: dict[str, str] = {}
        self.acronyms: set[str] = set()
        self.plain: set[str] = set()
        """Folded forms that have a spelling other than all capitals (taken in any case)."""
        for term in kb.glossary.values():
            for name in (term.label[lang], *term.aliases):
                name = " ".join(name.split())
                self.term_of.setdefault(name.casefold(), term.id)
                if _is_acronym(name):
                    self.acronyms.add(name)
                else:
                    self.plain.add(name.casefold())
        forms = sorted(self.term_of)
        self.pattern = (re.compile(r"(?<!\w)" + _trie(forms) + r"(?!\w)", re.IGNORECASE) if forms else None)

    def _term(self, matched: str) -> str | None:
        """The term a match names, or None for an acronym's form not written in capitals."""
        folded = matched.casefold()
        if folded in self.plain or matched in self.acronyms:
            return self.term_of[folded]
        return None

    def render(self, text: str, href, linked: set[str]) -> Md:
        """``text`` as inline Markdown with the first use of each term linked.

        ``href(term_id)`` gives the link target; ``linked`` holds the terms
        already linked on the page and is updated.
        """
        flat = " ".join(text.split())
        if self.pattern is None:
            return inline(flat)
        out: list[str] = []
        last = 0
        folded = flat.casefold()
        for match in self.pattern.finditer(flat):
            term_id = self._term(match.group(0))
            if term_id is None or term_id in linked or self._other_sense(term_id, folded, match):
                continue
            linked.add(term_id)
            out.append(line_start(flat[last:match.start()]) if last == 0 else fragment(flat[last:match.start()]))
            out.append(link(match.group(0), href(term_id)))
            last = match.end()
        if last == 0:
            return inline(flat)
        out.append(fragment(flat[last:]))
        return Md("".join(out))


    def _other_sense(self, term_id: str, folded: str, match: re.Match) -> bool:
        """Whether the matched form is a verb or another sense here, not the term."""
        if term_id in self.nouns:
            before = _LAST_WORD.search(folded[max(0, match.start() - 40):match.start()])
            if before is not None and before.group(1) in self.markers:
                return True
        form = match.group(0).casefold()
        for phrase in self.not_in.get(term_id, ()):
            at = phrase.find(form)
            while at >= 0:
                start = match.start() - at
                end = start + len(phrase)
                if start >= 0 and folded[start:end] == phrase and _bounded(folded, start, end):
                    return True
                at = phrase.find(form, at + 1)
        return False


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is whole words."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _is_acronym(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _trie(forms: list[str]) -> str:
    """A regular expression matching any of ``forms`` (lower case), longest first, as a trie."""
    root: dict = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = True
    return _node_pattern(root)


def _node_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
