"""The marks that say, beside each statement of a role page, where it comes from.

A statement backed by sources gets the numbers of those sources in the role's
list of sources (``²``, ``1,3``); one that comes from practice gets ``P``.
The mark is discreet on screen: the source's name is in its ``title`` (shown on
hover) and in a text that screen readers read and print shows (the CSS hides
it on screen only). Templates call ``marks(item)`` right after the item's text,
so the layout of the page stays the template's business.
"""

from __future__ import annotations

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.basis import statements
from rolegen.knowledge.model import PRACTICE, Role, Source
from rolegen.site import context as paths
from rolegen.site.escape import Md, fragment

_WORDS = {
    "source": ("source", "source"),
    "sources": ("sources", "sources"),
    "practice": ("pratique courante, absente des sources", "common practice, not from the sources"),
    "none": ("origine non indiquée", "basis not given"),
}


def source_name(source: Source, lang: str) -> str:
    """The short name of a source: its label, else its publisher, else its title."""
    if source.label is not None:
        return source.label[lang]
    return source.publisher or source.title


class BasisMarks:
    """The marks of one role page: ``marks(item)`` for a statement, ``marks.kpi(id)`` for a KPI."""

    def __init__(self, kb: KnowledgeBase, role: Role, lang: str):
        self.kb = kb
        self.role = role
        self.lang = lang
        self.numbers = {source_id: i for i, source_id in enumerate(role.sources, start=1)}

    def word(self, key: str) -> str:
        return _WORDS[key][0 if self.lang == "fr" else 1]

    def __call__(self, item) -> Md:
        """The mark of a statement (any item with a ``basis``); nothing for None."""
        return self.mark(list(getattr(item, "basis", None) or []))

    def legend(self, p) -> Md:
        """How to read the marks, with a link to the sources page (``p``: the page's links)."""
        return legend(self.lang, p)

    def kpi(self, kpi_id: str) -> Md:
        """The mark of one of the role's KPIs."""
        return self.mark(list(self.role.kpi_basis.get(kpi_id, [])))

    def background(self, background_id: str) -> Md:
        """The mark of one of the role's backgrounds."""
        return self.mark(list(self.role.background_basis.get(background_id, [])))

    def place(self, place: str) -> Md:
        """The mark of one of the places where the role is found (found_in)."""
        return self.mark(list(self.role.found_in_basis.get(place, [])))

    def level(self) -> Md:
        """The mark of the role's level."""
        return self.mark(list(self.role.level_basis))

    def mark(self, basis: list[str]) -> Md:
        """`` <span class="rolegen-basis" title="..."><sup>1,3</sup><span>(sources: ...)</span></span>``."""
        if not basis:
            symbol, said, kind = "?", self.word("none"), "none"
        elif basis == [PRACTICE]:
            symbol, said, kind = "P", self.word("practice"), "practice"
        else:
            sources = [s for s in basis if s in self.kb.sources]
            symbol = ",".join(str(self.numbers.get(s, "?")) for s in sources)
            names = " ; ".join(source_name(self.kb.sources[s], self.lang) for s in sources)
            noun = self.word("source" if len(sources) == 1 else "sources")
            said, kind = f"{noun}{' : ' if self.lang == 'fr' else ': '}{names}", "sources"
        said = fragment(said)
        return Md(f' <span class="rolegen-basis rolegen-basis--{kind}" title="{said}">'
                  f'<sup aria-hidden="true">{symbol}</sup><span class="rolegen-basis__name">({said})</span></span>')


_LEGEND = (
    "Chaque affirmation de cette fiche porte en exposant le numéro des sources ci-dessus qui l'appuient, ou **P** "
    "lorsqu'elle relève de la pratique courante du métier sans venir de ces sources ; le nom de la source s'affiche "
    "au survol de la marque et à l'impression. Voir aussi",
    "Each statement on this page carries, in superscript, the numbers of the sources above that back it, or **P** "
    "when it comes from common practice in the trade rather than from these sources; the source's name shows when "
    "you hover over the mark, and in print. See also",
)


def legend(lang: str, p) -> Md:
    """The paragraph under a role's sources that says how to read the marks."""
    text = _LEGEND[0 if lang == "fr" else 1]
    colon = "\u202f: " if lang == "fr" else ": "
    label = "toutes les sources et ce qu'elles couvrent" if lang == "fr" else "every source and what it covers"
    return Md(f"{text}{colon}{p.to(paths.SOURCES, label)}.")


def basis_counts(role: Role) -> tuple[int, int]:
    """(statements from sources, statements from practice) of a role."""
    sourced = practice = 0
    for _, basis in statements(role):
        if basis == [PRACTICE]:
            practice += 1
        elif basis:
            sourced += 1
    return sourced, practice
