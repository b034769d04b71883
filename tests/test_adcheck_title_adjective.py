"""A title that ends on a level adjective in the masculine ("Expérimenté", "Confirmé") names one sex even when
its noun is English or épicène; the same title with "H/F" or an inclusive adjective passes. The sentences are
written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from rolegen.adcheck import check


def title_rules(text: str) -> set[str]:
    report = check(text, lang="fr", country="fr")
    return {f.rule for f in report.findings if f.category == "title-gender" and f.severity != "notice"}


BODY = "\nPubliée le 02/03/2026\nNous renforçons notre équipe produit à Lille."


@pytest.mark.parametrize("title", [
    "Product Owner Expérimenté",
    "Cloud Architect - Confirmé",
    "Comptable confirmé / senior",
    "Analyste Expérimenté, Lille",
])
def test_a_masculine_level_adjective_closing_the_title_names_one_sex(title: str) -> None:
    assert title_rules(title + BODY) == {"title-gender-mark"}


@pytest.mark.parametrize("title", [
    "Product Owner Expérimenté H/F",
    "Cloud Architect confirmé (F/H)",
    "Comptable confirmé(e)",
    "Analyste expérimenté·e",
    "Product Owner - tous niveaux",
    "Niveau confirmé exigé pour ce poste de comptable",
])
def test_the_adjective_with_a_mark_or_inside_a_sentence_passes(title: str) -> None:
    assert title_rules(title + BODY) == set()


def test_the_adjective_in_the_body_is_not_read_as_the_title() -> None:
    assert title_rules("Product Owner H/F" + BODY + "\nProfil : confirmé") == set()


@pytest.mark.parametrize("title", ["Experienced Product Owner", "Senior Cloud Architect - Confirmed"])
def test_an_english_title_with_an_english_adjective_passes(title: str) -> None:
    report = check(title + "\nPosted on 2026-03-02\nWe are growing our product team in Lille.", lang="en",
                   country="fr")
    assert {f.rule for f in report.findings if f.category == "title-gender" and f.severity != "notice"} == set()


@pytest.mark.parametrize("title", ["Carrier Relations Specialist", "Supplier Quality Engineer H/F", "Premier Support Analyst"])
def test_english_words_ending_in_ier_are_no_french_job_nouns(title: str) -> None:
    assert title_rules(title + BODY) == set()


@pytest.mark.parametrize("title", ["Cuisinier", "Poissonnier en grande surface", "Tapissier garnisseur"])
def test_french_job_nouns_in_ier_from_the_lexicon_still_name_one_sex(title: str) -> None:
    assert title_rules(title + BODY) == {"title-gender-mark"}
