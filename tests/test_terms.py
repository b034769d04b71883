"""The glossary linker links terms, not words: a verb or another sense with the same letters stays plain."""

from __future__ import annotations

from conftest import REAL_KB

from rolegen import load
from rolegen.site.terms import TermLinker


def _render(lang: str, text: str) -> str:
    return TermLinker(load(REAL_KB), lang).render(text, lambda term: f"#{term}", set())


def test_the_verb_veiller_is_not_the_term_veille() -> None:
    assert _render("fr", "Il veille à la cohérence des contenus.") == "Il veille à la cohérence des contenus."
    assert _render("fr", "Elle veille sur les comptes et assure une veille quotidienne.") == (
        "Elle veille sur les comptes et assure une [veille](#veille) quotidienne.")
    assert _render("fr", "Veille avec ce rôle à ce que la veille soit partagée.") == (
        "Veille avec ce rôle à ce que la [veille](#veille) soit partagée.")


def test_a_reporting_line_is_not_reporting() -> None:
    assert _render("en", "The reporting line goes to the digital manager.") == (
        "The reporting line goes to the digital manager.")
    assert _render("en", "Reporting to the CMO; weekly reporting for the team.") == (
        "Reporting to the CMO; weekly [reporting](#reporting) for the team.")


def test_nouns_after_an_infinitive_marker_stay_plain() -> None:
    assert _render("en", "Ads will display on mobile; buy display.") == "Ads will display on mobile; buy [display](#display)."
    assert _render("en", "Pages to display on mobile.") == "Pages to display on mobile."


def test_the_first_use_of_a_term_is_linked_once() -> None:
    assert _render("fr", "La veille et encore la veille.") == "La [veille](#veille) et encore la veille."
