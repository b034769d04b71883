"""Where a job named in one gender is reported: in the title line of a whole ad, it is the title's form
(`title-gender`); asked for in the body (« Nous recherchons vendeuse », « Cherche femme de ménage »), it is one-sex
wording (`gendered-wording`, rule `job-sought-one-gender`), as the corpus's labelling rule says. A snippet's first
line is its title: when the title rules and the wording rules see the same words there, one problem is told, the
title's. « la candidate » after a preposition names the hire in the feminine. Sentences written for these tests, not
taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories, rule_ids
from rolegen.adcheck import check

DATED = "Publiée le 3 décembre 2026. Salaire : 1 900 € brut par mois."


def ad(title: str, body: str) -> list:
    return check(f"{title}\n\n{body}\n\n{DATED}\n", lang="fr", country="fr").findings


@pytest.mark.parametrize("body", [
    "Boulangerie du centre recherche vendeuse pour les week-ends.",
    "Nous recherchons femmes de ménage pour un hôtel de 40 chambres.",
    "Cherche femme de chambre pour la saison d'été.",
    "Urgent : serveuse pour le service du midi.",
    "Particulier demande aide ménagère deux matinées par semaine.",
])
def test_a_job_asked_in_one_gender_in_the_body_is_gendered_wording(body: str) -> None:
    found = ad("Poste en boutique (H/F)", body)
    body_line = 3
    assert [(f.category, f.rule) for f in found if f.line == body_line and f.category in (
        "gendered-wording", "title-gender")] == [("gendered-wording", "job-sought-one-gender")]


@pytest.mark.parametrize("body", [
    "Boulangerie du centre recherche vendeur ou vendeuse pour les week-ends.",
    "Nous recherchons une équipe de ménage pour un hôtel de 40 chambres.",
    "Cherche femme ou homme de chambre pour la saison d'été.",
    "La mairie recrute puéricultrice hors classe.",
    "Particulier demande aide ménager / ménagère deux matinées par semaine.",
    "Nous recherchons des vendeurs et vendeuses pour la saison.",
])
def test_both_genders_or_no_person_asked_in_the_body_is_lawful(body: str) -> None:
    found = ad("Poste en boutique (H/F)", body)
    assert not [f for f in found if f.category in ("gendered-wording", "title-gender")]


def test_the_title_line_keeps_the_title_form() -> None:
    found = ad("Recherche vendeuse", "Boutique de prêt-à-porter, contrat de 24 heures.")
    assert {f.category for f in found if f.line == 1} == {"title-gender"}


@pytest.mark.parametrize("text", [
    "Recherche assistante dentaire urgent",
    "Vendeuse",
    "Femme de ménage pour bureaux",
])
def test_a_snippet_s_first_line_is_one_title_problem(text: str) -> None:
    found = check(text, lang="fr", fragment=True, country="fr").findings
    assert [f.category for f in found if f.category in ("gendered-wording", "title-gender")] == ["title-gender"]


def test_a_job_asked_inside_a_snippet_s_sentence_is_gendered_wording() -> None:
    assert categories("Dame seule, au centre-ville, demande bonne à tout faire.", "fr", country="fr") == {
        "gendered-wording"}


def test_a_job_asked_in_one_gender_abroad_is_left_to_the_law_of_that_country() -> None:
    # the rule is French law (L1142-1): a job in Switzerland gets no finding from it
    assert "job-sought-one-gender" not in rule_ids("Cherche serveuse à 100 %.", "fr", country="ch")


@pytest.mark.parametrize("text", [
    "Une prime de transport est versée pour aider à la mobilité de la candidate.",
    "Un logement meublé est proposé à la candidate retenue.",
    "Le contrat sera signé avec la candidate dès la fin de la période d'essai.",
])
def test_the_hire_named_la_candidate_after_a_preposition_is_gendered_wording(text: str) -> None:
    assert "gendered-wording" in categories(text, "fr", country="fr")


@pytest.mark.parametrize("text", [
    "Un logement est proposé au candidat ou à la candidate retenue.",
    "Un logement est proposé à la candidate ou au candidat retenu.",
    "Un logement est proposé au/à la candidate retenue.",
    "Un logement est proposé à la candidate (H/F) retenue.",
    "Un logement est proposé à la personne recrutée.",
])
def test_both_sexes_or_a_neutral_word_for_the_hire_is_lawful(text: str) -> None:
    assert "gendered-wording" not in categories(text, "fr", country="fr")
