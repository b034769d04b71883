"""Age said in other words: an age not to reach or not to exceed, a ceiling that reads like the age of majority
(« 21 ans ou plus jeune »), young people sought with « uniquement » before them, a ceiling on the length of a career;
and the lawful look-alikes: the age of majority, young people served, experience, mentoring early-career staff.
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def fr(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


def en(text: str) -> set[str]:
    return rule_ids(text, "en", country="gb")


# --- an age not to reach or not to exceed

@pytest.mark.parametrize("text", [
    "Profil : ne pas avoir atteint 45 ans au 1er janvier.",
    "Conditions : avoir 18 ans et ne pas dépasser 40 ans.",
    "Candidats n'ayant pas atteint 35 ans.",
    "Vous devez ne pas avoir dépassé 50 ans.",
])
def test_an_age_not_to_reach_or_exceed_is_age(text: str) -> None:
    assert "age-criterion" in fr(text)


@pytest.mark.parametrize("text", [
    "Les dépenses ne doivent pas dépasser 45 euros par jour.",
    "Une expérience qui ne doit pas dépasser 10 ans d'ancienneté dans le poste.",
    "Les trajets ne dépassent pas 30 minutes.",
])
def test_an_amount_or_a_duration_not_to_exceed_is_no_age(text: str) -> None:
    assert "age-criterion" not in fr(text)


# --- « N ans ou plus jeune » is a ceiling; « N ans ou plus » is the age of majority

@pytest.mark.parametrize("text", ["Avoir 21 ans ou plus jeune.", "Candidat de 18 ans ou plus jeune"])
def test_an_age_or_younger_is_age(text: str) -> None:
    assert "age-criterion" in fr(text)


@pytest.mark.parametrize("text", ["Avoir 18 ans ou plus.", "Être âgé de 21 ans ou plus, permis B exigé."])
def test_the_age_of_majority_or_older_is_lawful(text: str) -> None:
    assert "age-criterion" not in fr(text)


# --- young people sought with a restriction word, not young people served

@pytest.mark.parametrize("text", [
    "Nous recrutons exclusivement des jeunes pour la saison.",
    "Cabinet cherchant seulement des jeunes sortis d'école.",
    "Nous embauchons uniquement des jeunes motivés.",
])
def test_only_young_people_sought_is_age(text: str) -> None:
    assert "age-criterion" in fr(text)


@pytest.mark.parametrize("text", [
    "Vous accompagnerez des jeunes de 16 à 25 ans vers l'emploi.",
    "Animation d'ateliers pour des jeunes en insertion.",
])
def test_young_people_served_are_no_age(text: str) -> None:
    assert "age-criterion" not in fr(text)


# --- a ceiling on the length of a career

@pytest.mark.parametrize("text", [
    "This post would suit candidates in the first three years of their career.",
    "The vacancy is open to teachers within the first two years of their career.",
    "Ideal for someone in the first four years of their working life.",
])
def test_a_career_length_ceiling_is_age(text: str) -> None:
    assert "age-criterion" in en(text)


@pytest.mark.parametrize("text", [
    "You will mentor teachers in the first three years of their career.",
    "You will have at least five years of experience in a similar role.",
    "We support nurses in the first year of their career through preceptorship.",
])
def test_mentoring_early_career_staff_or_experience_is_no_age(text: str) -> None:
    assert "age-criterion" not in en(text)
