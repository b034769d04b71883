"""Telegraphic ads: a few words and no article ("Waitress wanted", « Cherche vendeuse »), whose language the common
words alone cannot tell; one sex turned away in a noun of the person ("Girls need not apply", « Filles
s'abstenir »); and a job noun written in both sexes ("Office Boy/Girl wanted"), which admits both. Sentences written
for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids
from rolegen.adcheck import check
from rolegen.adcheck.fold import fold
from rolegen.adcheck import text as t


# --- the language of a telegraphic ad (ENGLISH_WORDS and FRENCH_WORDS in text.py)

@pytest.mark.parametrize("text, lang", [
    ("Boys wanted. Girls need not apply.", "en"),
    ("Driver needed, must have own car", "en"),
    ("Hiring cashiers, apply in store", "en"),
    ("Cherche vendeuse, Lyon 3e", "fr"),
    ("Recrutons serveurs H/F", "fr"),
    ("Recherche cuisinier expérimenté", "fr"),
])
def test_the_verbs_of_a_telegraphic_ad_tell_its_language(text: str, lang: str) -> None:
    assert check(text, fragment=True).lang == lang


def test_a_telegraphic_english_ad_gets_the_english_rules_without_being_told() -> None:
    found = {f.rule for f in check("Boys wanted. Girls need not apply.", fragment=True, country="ae").findings}
    assert "sex-requirement" in found


def test_english_verbs_in_a_french_sentence_do_not_turn_it_english() -> None:
    folded = fold("Vous êtes recherché pour vos compétences, skills required : Excel, et vous serez formé.")[0]
    assert t.clear_lang(*t.scores(folded)) == "fr"


# --- one sex turned away by a noun of the person ({refused} in rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Girls need not apply.",
    "Ladies should not apply for this warehouse job.",
    "Boys will not be considered.",
    "Gentlemen are not eligible.",
])
def test_a_sex_noun_turned_away_is_sex_in_english(text: str) -> None:
    assert "sex-requirement" in rule_ids(text, "en", country="gb")


@pytest.mark.parametrize("text", [
    "Filles s'abstenir.",
    "Garçons s'abstenir, merci.",
    "Messieurs ne seront pas retenus.",
])
def test_a_sex_noun_turned_away_is_sex_in_french(text: str) -> None:
    assert "sex-requirement" in rule_ids(text, "fr")


@pytest.mark.parametrize("text, lang", [
    ("Girls who code: our mentoring programme is not eligible for funding.", "en"),
    ("Les filles et les garçons de nos clients ne seront pas accueillis le mercredi.", "fr"),
])
def test_a_sex_noun_far_from_a_refusal_or_in_both_sexes_is_no_sex(text: str, lang: str) -> None:
    assert "sex-requirement" not in rule_ids(text, lang, country="gb" if lang == "en" else "fr")


# --- a job noun in both sexes ({sex-pair-en} in patterns.py, read by two rules)

@pytest.mark.parametrize("text", [
    "Office Boy/Girl wanted for our Dubai office.",
    "Delivery girl / boy needed urgently.",
    "Shop boy or shop girl required, full time.",
])
def test_a_job_noun_in_both_sexes_is_no_sex_and_no_one_sex_wording(text: str) -> None:
    found = rule_ids(text, "en", country="ae")
    assert "sex-requirement" not in found and "gendered-wording-fr" not in found


@pytest.mark.parametrize("text, kept, dropped", [
    # a job noun with a sexed ending is one-sex wording ("Office Girl", "Delivery boys")
    ("Office Girl wanted for our Dubai office.", "gendered-wording-fr", "sex-requirement"),
    ("Delivery boys needed urgently.", "gendered-wording-fr", "sex-requirement"),
    # a person of one sex wanted is sex, and one finding, not two on the same words
    ("Girl wanted for our Dubai office.", "sex-requirement", "gendered-wording-fr"),
    ("Young lady wanted for reception.", "sex-requirement", "gendered-wording-fr"),
])
def test_one_sex_in_a_job_noun_or_in_the_person_sought_gives_one_finding(text: str, kept: str, dropped: str) -> None:
    found = rule_ids(text, "en", country="ae")
    assert kept in found and dropped not in found
