"""French ads of private job boards (Glassdoor, Indeed, LinkedIn): a number that cannot be a working age, the
company's own age, an experience field's value on its own line, « vivre » with an object pronoun, the people a job
serves described by their illness, « supérieure à » compared with an amount; and the unlawful ads these mechanisms
must still find. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, fragment: bool = True) -> set[str]:
    return rule_ids(text, "fr", fragment, country="fr")


# --- an age is a working age: a number under 14 or of 100 and more is a duration, a field's value or an age of a firm

@pytest.mark.parametrize("text", [
    "Niveau d'expérience requis\n\n3-6 ans",
    "Expérience professionnelle\n\n4 ans minimum",
    "Notre maison, qui a plus de 120 ans, recrute un comptable.",
    "Rejoignez une coopérative âgée de 150 ans et toujours innovante.",
    "Vous avez entre 2 et 4 ans de pratique du métier.",
])
def test_a_number_that_cannot_be_a_working_age_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidat âgé de 25 à 35 ans.",
    "Profil recherché : 30-45 ans",
    "Avoir moins de 40 ans.",
    "Âge : 50 ans maximum",
    "Plus de 55 ans s'abstenir.",
])
def test_a_working_age_is_still_an_age(text: str) -> None:
    assert "age-criterion" in rules(text)


# --- « le vivre », « la vivre »: living something through, not living somewhere

@pytest.mark.parametrize("text", [
    "Vous aimez le commerce ? Venez le vivre au sein de nos boutiques.",
    "Une aventure humaine : vous pourrez la vivre à Bordeaux comme à Lille.",
])
def test_vivre_with_an_object_pronoun_is_no_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Vous devez vivre à Lyon ou dans sa proche banlieue.",
    "Habiter à moins de 10 km du dépôt est obligatoire.",
])
def test_living_near_the_job_asked_is_still_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


# --- the people the job serves, described by their illness

@pytest.mark.parametrize("text", [
    "Notre laboratoire aide les patients atteints de diabète à mieux vivre leur traitement.",
    "Vous accompagnerez les personnes souffrantes, en particulier celles atteintes de cancer.",
    "L'association soutient les enfants touchés par l'épilepsie et leurs familles.",
])
def test_the_people_served_described_by_an_illness_are_no_health_criterion(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Personnes atteintes de diabète s'abstenir.",
    "Les personnes souffrant d'asthme ne seront pas retenues.",
    "Pas de problème de santé.",
])
def test_a_condition_turned_away_is_still_health(text: str) -> None:
    assert "health-criterion" in rules(text)


# --- « supérieure à » compared with an amount is an adjective, not a job noun

def test_superieure_compared_with_an_amount_is_no_job_noun() -> None:
    text = "Responsable qualité F/H\nPubliée le 02/03/2025\nVotre profil\nExpérience\nSupérieure à 5 ans"
    assert "job-noun-one-gender" not in rules(text, fragment=False)


@pytest.mark.parametrize("text", ["Recherche vendeuse", "Cherchons serveuse pour la saison"])
def test_a_feminine_job_noun_is_still_one_gender(text: str) -> None:
    assert "job-noun-one-gender" in rules(text)
