"""Linking glossary terms where role texts use them.

One regular expression per language holds every term's label and aliases,
longest first, so that a page's texts are scanned once whatever the size of
the glossary. An all-capitals form (SEO, ROI) matches only in capitals, so
that an acronym does not match an ordinary word.
"""

from __future__ import annotations

import re

from ..kb import KnowledgeBase
from .escape import Md, fragment, inline, line_start, link


class TermLinker:
    """Finds glossary terms in plain text and links the first use of each on a page."""

    def __init__(self, kb: KnowledgeBase, lang: str):
        self.term_of: dict[str, str] = {}
        folded: dict[str, str] = {}
        for term in kb.glossary.values():
            for name in (term.label[lang], *term.aliases):
                name = " ".join(name.split())
                if _is_acronym(name):
                    self.term_of.setdefault(name, term.id)
                else:
                    folded.setdefault(name.casefold(), term.id)
        self.folded = folded
        forms = [re.escape(n) for n in self.term_of] + [f"(?i:{re.escape(n)})" for n in folded]
        forms.sort(key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)") if forms else None

    def find(self, text: str) -> set[str]:
        """Ids of the terms ``text`` uses."""
        if self.pattern is None:
            return set()
        return {self._term(m.group(0)) for m in self.pattern.finditer(text)}

    def _term(self, matched: str) -> str:
        return self.term_of.get(matched) or self.folded[matched.casefold()]

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
            if term_id in linked:
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
