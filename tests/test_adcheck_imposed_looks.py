"""Looks imposed on the person and an origin given as the profile: heels, make-up or a skirt required (« Talons
obligatoires », "Make-up and heels are a must") are physical appearance, a work outfit or safety shoes are not, nor
is make-up as the job's task; an origin adjective after « Profil : » is an origin, a cuisine is not. Sentences
written for these tests, not taken from the corpus."""

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
