"""Looks imposed on the person, an origin given as the profile and one country's identity paper: heels, make-up or
a skirt required (« Talons obligatoires », "Make-up and heels are a must") are physical appearance, a work outfit or
safety shoes are not, nor is make-up as the job's task; an origin adjective after « Profil : » is an origin, a
cuisine is not; "South African ID" required is a nationality, "ID or passport" is not; an age given as a field
(« Âge : 25 ans ») is an age, and two matches of one rule joined by a colon are one finding. Sentences written for
these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories


@pytest.mark.parametrize(("text", "lang"), [
    ("Talons obligatoires pendant le service.", "fr"),
    ("Maquillage exigé, tenue correcte.", "fr"),
    ("Port de talons et jupe imposés en salle.", "fr"),
    ("Vous devrez être maquillée et souriante.", "fr"),
    ("Port obligatoire de talons pour l'accueil.", "fr"),
    ("It is obligatory to wear heels during the shift.", "en"),
    ("Make-up and heels are a must.", "en"),
    ("Staff must wear high heels and a skirt.", "en"),
    ("Hostesses are expected to wear full make-up.", "en"),
])
def test_heels_make_up_or_a_skirt_required_are_looks(text: str, lang: str) -> None:
    assert "physical-appearance" in categories(text, lang, country="fr" if lang == "fr" else "es")


@pytest.mark.parametrize(("text", "lang"), [
    ("Chaussures de sécurité obligatoires.", "fr"),
    ("Vous réaliserez le maquillage des clientes ; une formation est indispensable.", "fr"),
    ("Tenue fournie, maquillage léger conseillé.", "fr"),
    ("Uniforme fourni par l'établissement.", "fr"),
    ("Safety boots are a must.", "en"),
    ("You will apply make-up to clients; experience is required.", "en"),
    ("Knowledge of make-up brands is essential.", "en"),
])
def test_an_outfit_provided_or_make_up_as_the_task_are_not_looks(text: str, lang: str) -> None:
    assert "physical-appearance" not in categories(text, lang, country="fr" if lang == "fr" else "es")


@pytest.mark.parametrize("text", [
    "Profil : Asiatique",
    "Profil recherché : européenne.",
    "Profil : Africain, Européen ou Asiatique.",
])
def test_an_origin_as_the_profile_is_an_origin(text: str) -> None:
    assert "origin" in categories(text, "fr", country="fr")


@pytest.mark.parametrize("text", [
    "Profil : expérience en cuisine asiatique.",
    "Profil : connaissance du marché européen.",
])
def test_a_cuisine_or_a_market_in_the_profile_is_no_origin(text: str) -> None:
    assert "origin" not in categories(text, "fr", country="fr")


# --- a national identity document of one country held or required is a nationality (nationality-criterion, eu.yml)

@pytest.mark.parametrize("text", [
    "Requirements: Grade 12 and South African ID.",
    "Must have a valid South African ID.",
    "Applicants must hold a Kenyan ID card.",
])
def test_a_national_identity_document_required_is_a_nationality(text: str) -> None:
    assert "nationality" in categories(text, "en", country="za")


@pytest.mark.parametrize("text", [
    "Have SA ID/passport.",
    "Applicants need a valid SA ID or passport with a work permit.",
    "Please bring your passport or ID to the interview for right-to-work checks.",
    "Please upload your CV and ID.",
])
def test_an_identity_paper_of_any_country_is_no_nationality(text: str) -> None:
    assert "nationality" not in categories(text, "en", country="za")


# --- an age given as a field, and two matches of one rule joined by a colon: one finding (age-criterion, eu.yml)

@pytest.mark.parametrize(("text", "lang"), [
    ("Âge : 25 ans.", "fr"),
    ("Âge : 20 à 30 ans", "fr"),
    ("Age preferred: 18-28", "en"),
])
def test_an_age_given_as_a_field_is_an_age(text: str, lang: str) -> None:
    assert "age" in categories(text, lang, country="fr" if lang == "fr" else "au")


@pytest.mark.parametrize(("text", "lang"), [
    ("Âge moyen de l'équipe : 30 ans.", "fr"),
    ("Public : enfants, âge : 6 à 12 ans.", "fr"),
    ("Our customers' age range 18-35 loves the brand.", "en"),
])
def test_an_age_of_others_or_of_a_team_is_no_age(text: str, lang: str) -> None:
    assert "age" not in categories(text, lang, country="fr" if lang == "fr" else "au")


@pytest.mark.parametrize(("text", "excerpt"), [
    ("Âge souhaité : 20-30 ans", "Âge souhaité : 20-30 ans"),
    ("Âge requis : 18-25 ans, permis B.", "Âge requis : 18-25 ans"),
])
def test_two_matches_of_one_rule_joined_by_a_colon_are_one_finding(text: str, excerpt: str) -> None:
    from rolegen.adcheck import check

    found = [f for f in check(text, lang="fr", fragment=True, country="fr").findings if f.category == "age"]
    assert [(f.column, f.excerpt) for f in found] == [(1, excerpt)]


def test_two_matches_of_one_rule_in_two_sentences_stay_two_findings() -> None:
    from rolegen.adcheck import check

    found = check("Vous êtes jeune. Âge : 25 ans.", lang="fr", fragment=True, country="fr").findings
    assert [f.excerpt for f in found if f.category == "age"] == ["jeune", "Âge : 25 ans"]
