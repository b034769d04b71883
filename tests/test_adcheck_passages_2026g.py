"""Ads that ask a place of residence, a Swiss residence with the nationality or cross-border workers (or none), a
presentable person, an accent of a country, a weight, a political side, a recent graduate, a caste, a people told not to
apply or a colour before the person sought, and the lawful look-alikes: the place of work, help for cross-border
workers, a care home's name, clear reports, a cuisine, a language, luggage, a neutral hiring policy, a degree, a
community served, a thing of some colour. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories as found_categories


def categories(text: str, lang: str, country: str) -> set[str]:
    return found_categories(text, lang, country=country)


# --- a residence in the country, alone or with the nationality; cross-border workers turned away or alone wanted

@pytest.mark.parametrize("text", [
    "Nationalité et résidence suisses exigées.",
    "Vous avez la résidence et la nationalité belges.",
    "Pas de frontaliers pour ce poste de comptable.",
    "Cherchons vendeuse, uniquement frontalière.",
    "Frontaliers uniquement, merci.",
])
def test_a_residence_or_cross_border_workers_are_place_of_residence(text: str) -> None:
    assert "place-of-residence" in categories(text, "fr", "ch")


@pytest.mark.parametrize("text", [
    "Poste basé à Genève, frontaliers bienvenus.",
    "Nous aidons les frontaliers dans leurs démarches de permis G.",
    "La Résidence Les Tilleuls recrute un cuisinier (H/F).",
])
def test_the_place_of_work_or_help_for_cross_border_workers_is_no_residence(text: str) -> None:
    assert "place-of-residence" not in categories(text, "fr", "ch")


# --- a person sought said to be presentable

@pytest.mark.parametrize("text", [
    "Nous cherchons une hôtesse souriante et présentable.",
    "Personne présentable exigée pour l'accueil.",
])
def test_a_presentable_person_is_physical_appearance(text: str) -> None:
    assert "physical-appearance" in categories(text, "fr", "fr")


def test_presentable_reports_are_no_appearance() -> None:
    assert "physical-appearance" not in categories("Vous rendez des rapports clairs et présentables.", "fr", "fr")


# --- an accent of a country asked

def test_an_accent_of_a_country_is_language() -> None:
    assert "language" in categories("Nous voulons des conseillers qui ont un accent portugais.", "fr", "fr")


@pytest.mark.parametrize("text", [
    "Vous parlez anglais couramment.",
    "Notre cuisine met l'accent sur les produits italiens.",
])
def test_a_language_or_an_emphasis_is_no_accent(text: str) -> None:
    assert "language" not in categories(text, "fr", "fr")


# --- a weight turned away in the negative

def test_not_overweight_is_physical_appearance() -> None:
    assert "physical-appearance" in categories("Bar staff wanted, must not be overweight.", "en", "us")


def test_luggage_not_overweight_is_no_appearance() -> None:
    assert "physical-appearance" not in categories("Check that the luggage is not overweight before boarding.",
                                                   "en", "us")


# --- a political side turned away with a verb

def test_a_political_side_turned_away_is_political_opinions() -> None:
    assert "political-opinions" in categories("We won't hire Republicans.", "en", "us")


def test_a_neutral_hiring_policy_is_no_political_opinion() -> None:
    assert "political-opinions" not in categories("We do not hire on the basis of anyone's vote.", "en", "us")


# --- a recent graduate of a college or a university

def test_a_recent_university_grad_is_age() -> None:
    assert "age" in categories("Perfect for a recent university grad.", "en", "us")


def test_a_graduate_degree_is_no_age() -> None:
    assert "age" not in categories("Graduate degree in statistics required.", "en", "us")


# --- a caste preferred or turned away

@pytest.mark.parametrize("text", ["Brahmin candidates preferred.", "Dalit applicants need not apply."])
def test_a_caste_is_origin(text: str) -> None:
    assert "origin" in categories(text, "en", "in")


def test_a_community_served_is_no_origin() -> None:
    assert "origin" not in categories("Our NGO works with Dalit communities in Bihar.", "en", "in")


# --- the people of some nations told not to apply

def test_a_nation_told_not_to_apply_is_origin() -> None:
    assert "origin" in categories("If you are Indian or Pakistani, please do not apply.", "en", "au")


@pytest.mark.parametrize("text", [
    "If you are Australian, please bring your passport to the interview.",
    "If you are unavailable on weekends, please don't apply.",
])
def test_a_nation_asked_for_papers_or_an_availability_is_no_origin(text: str) -> None:
    assert "origin" not in categories(text, "en", "au")


# --- a colour before the person sought

@pytest.mark.parametrize("text", ["We are seeking a white, male bartender.", "Looking for a black receptionist."])
def test_a_colour_before_the_person_sought_is_origin(text: str) -> None:
    assert "origin" in categories(text, "en", "za")


@pytest.mark.parametrize("text", [
    "We are looking for a white-label partner.",
    "We need black and white photographers for the archive.",
    "Looking for a black belt instructor.",
    "We are looking for white uniforms in bulk.",
])
def test_a_thing_of_some_colour_is_no_origin(text: str) -> None:
    assert "origin" not in categories(text, "en", "za")
