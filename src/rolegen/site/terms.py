"""Linking glossary terms where role texts use them.

One regular expression per language holds every term's label and aliases,
written as a trie (shared prefixes factored out), so that a page's texts are
scanned once and fast whatever the size of the glossary. Matching ignores
case, but an all-capitals form (SEO, ROI) is only taken in capitals, so that
an acronym does not match an ordinary word.
"""

from __future__ import annotations

import re

from rolegen.knowledge.base import KnowledgeBase
from rolegen.site.escape import Md, fragment, inline, line_start, link


class TermLinker:
    """Finds glossary terms in plain text and links the first use of each on a page."""

    def __init__(self, kb: KnowledgeBase, lang: str):
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
        for match in self.pattern.finditer(flat):
            term_id = self._term(match.group(0))
            if term_id is None or term_id in linked:
                continue
            linked.add(term_id)
            out.append(line_start(flat[last:match.start()]) if last == 0 else fragment(flat[last:match.start()]))
            out.append(link(match.group(0), href(term_id)))
            last = match.end()
        if last == 0:
            return inline(flat)
        out.append(fragment(flat[last:]))
        return Md("".join(out))


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
