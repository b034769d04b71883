"""Job ads for jobs in France of childcare, home care and logistics: a hyphenated job noun that is one feminine noun
of its own, the school pick-up named « sortie d'école », and a physical demand given with the task that makes it;
with the look-alikes that still ask the candidate. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


def whole(text: str) -> set[str]:
    return rule_ids(text, "fr", fragment=False, country="fr")


BODY = "\nPubliée le 12 mai 2026\nNous recherchons une personne motivée pour rejoindre notre service.\n"

# --- a hyphenated job noun that is one feminine noun is no inclusive pair (title-gender-mark, rules/fr.yml)

@pytest.mark.parametrize("title", [
    "Aide-soignante à domicile",
    "Aide-soignante de nuit en EHPAD",
    "Aide-soignante - Auxiliaire de vie",
])
def test_a_feminine_compound_job_noun_in_the_title_is_found(title: str) -> None:
    assert "title-gender-mark" in whole(title + BODY)


@pytest.mark.parametrize("title", [
    "Aide-soignant(e) à domicile",
    "Aide-soignante / Aide-soignant de nuit",
    "Vendeur-euse en boulangerie",
    "Conseiller-ère clientèle",
    "Technico-commercial-e itinérant",
    "Aide-soignante H/F",
])
def test_inclusive_pairs_and_marked_titles_still_pass_the_mark_rule(title: str) -> None:
    assert "title-gender-mark" not in whole(title + BODY)


def test_a_masculine_compound_job_noun_without_a_mark_is_still_found() -> None:
    assert "title-gender-mark" in whole("Aide-soignant à domicile" + BODY)

# --- « sortie d'école », the children's pick-up, is no young graduate (age-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Sortie d'École H/F" + BODY,
    "Sorties d'écoles 16h30 - F/H" + BODY,
])
def test_a_title_naming_the_school_pick_up_is_no_age(text: str) -> None:
    assert "age-criterion" not in whole(text)


@pytest.mark.parametrize("text", [
    "Vous assurerez les sorties d'école du mardi et du jeudi.",
    "Deux sorties d'école par semaine, puis le goûter à la maison.",
    "Vous prendrez en charge plusieurs sorties d'école dans le quartier.",
])
def test_the_school_pick_up_after_a_determiner_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Vous êtes sortie d'école ou avez une première expérience.",
    "Profil : jeune sorti d'école.",
    "Vous êtes sorti d'école depuis moins de deux ans.",
    "Idéal pour un sortant d'école.",
])
def test_a_young_graduate_out_of_school_is_still_found(text: str) -> None:
    assert "age-criterion" in rules(text)


def test_a_title_asking_a_young_graduate_is_still_found() -> None:
    assert "age-criterion" in whole("Jeune sortie d'école H/F" + BODY)

# --- a physical demand given with the task that makes it (disability-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "L'activité demande une bonne mobilité car le site est grand et l'on marche beaucoup.",
    "Le poste nécessite une bonne mobilité en raison des nombreux déplacements à pied dans l'entrepôt.",
    "Une très bonne mobilité est utile du fait des escaliers du bâtiment.",
])
def test_a_mobility_explained_by_the_task_is_no_disability(text: str) -> None:
    assert "disability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Bonne mobilité exigée.",
    "Une bonne mobilité est indispensable.",
    "Vous avez une bonne mobilité, les personnes handicapées s'abstenir.",
])
def test_a_mobility_asked_of_the_candidate_is_still_found(text: str) -> None:
    assert "disability-criterion" in rules(text)
