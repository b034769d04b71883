"""A title with a level adjective in the masculine ("Expérimenté", "Confirmé"), wherever it stands, names one sex
even when its noun is English or épicène, and so does an épicène job noun given a masculine adjective
("Gestionnaire locatif"); the same title with "H/F", an inclusive adjective or the feminine beside it passes. The
sentences are written for these tests, not taken from the corpus."""

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
    "Data Scientist confirmé retail",
    "Consultant SAP Confirmé Senior",
    "Data Engineer - Expérimenté",
    "Data Engineer Confirmé/Senior",
])
def test_a_masculine_level_adjective_in_the_title_names_one_sex(title: str) -> None:
    assert title_rules(title + BODY) == {"title-gender-mark"}


@pytest.mark.parametrize("title", [
    "Product Owner Expérimenté H/F",
    "Cloud Architect confirmé (F/H)",
    "Comptable confirmé(e)",
    "Analyste expérimenté·e",
    "Product Owner - tous niveaux",
    "Niveau confirmé exigé pour ce poste de comptable",
    "Vendeur - Vendeuse",
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


@pytest.mark.parametrize("title", ["Gestionnaire locatif", "Secrétaire médical", "Comptable général", "Responsable commercial"])
def test_an_epicene_job_noun_with_a_masculine_adjective_names_one_sex(title: str) -> None:
    assert title_rules(title + BODY) == {"title-gender-mark"}


@pytest.mark.parametrize("title", [
    "Gestionnaire locatif (H/F)",
    "Secrétaire médical / médicale",
    "Gestionnaire administratif et financière",
    "Comptable en cabinet",
    "Responsable de la relation client",
])
def test_the_epicene_noun_with_a_mark_both_forms_or_no_adjective_passes(title: str) -> None:
    assert title_rules(title + BODY) == set()


@pytest.mark.parametrize("title, found", [
    ("Ingénieur Cloud Confirmé.e", {"title-gender-mark"}),
    ("Technicien confirmé(e)", {"title-gender-mark"}),
    ("Ingénieur·e Cloud confirmé·e", set()),
    ("Comptable confirmé(e)", set()),
])
def test_an_inclusive_adjective_leaves_a_masculine_noun_masculine(title: str, found: set[str]) -> None:
    assert title_rules(title + BODY) == found
