"""A body height asked in centimetres or named after the figure, an age bound said "and above" or reckoned at a
date, "Caucasian" as an item of the requirements, the candidates of one district only, a figure given for each sex,
and the title mark written "F ou H"; with the lawful look-alikes: a product's size, years of experience, a
multicultural team, the work's district, both sexes named, a title with no mark. Sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def en(text: str, country: str = "ph") -> set[str]:
    return rule_ids(text, "en", country=country)


def fr(text: str, country: str = "fr") -> set[str]:
    return rule_ids(text, "fr", country=country)


# --- a body height (rules/fr.yml, physical-appearance-criterion)

@pytest.mark.parametrize("text", [
    "Applicants must be at least 165 cm.",
    "Minimum 160cm, pleasant manner.",
    "5'4 (women) in height or more",
    "Candidates 170 cm tall or over are preferred.",
    "150 cm or taller, with a clear voice",
])
def test_a_body_height_is_physical_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in en(text)


@pytest.mark.parametrize("text", [
    "You will stack boxes at least 120 cm wide.",
    "The shelves are 180 cm high.",
    "Screens of at least 27 inches are provided.",
])
def test_the_size_of_a_thing_is_no_physical_appearance(text: str) -> None:
    assert "physical-appearance-criterion" not in en(text)


# --- an age bound said "and above" or reckoned at a date (rules/eu.yml, age-criterion)

@pytest.mark.parametrize("text", [
    "Must be 40 years and above.",
    "Applicants should be 25 years old and below.",
    "30 years and below as of 1 March 2026",
])
def test_an_age_bound_and_above_or_at_a_date_is_age(text: str) -> None:
    assert "age-criterion" in en(text, "in")


@pytest.mark.parametrize("text", [
    "Experience: 10 years and above in retail banking.",
    "Must be 18 years and above.",
    "We have served clients for 25 years and more.",
])
def test_experience_the_age_of_majority_or_the_employers_history_is_no_age(text: str) -> None:
    assert "age-criterion" not in en(text, "in")


# --- "Caucasian" as a requirement (rules/eu.yml, origin-criterion)

@pytest.mark.parametrize("text", [
    "Requirements: degree, two years of teaching, Caucasian.",
    "Must be Caucasian",
    "friendly, punctual and caucasian;",
])
def test_caucasian_among_the_requirements_is_origin(text: str) -> None:
    assert "origin-criterion" in en(text, "hk")


@pytest.mark.parametrize("text", [
    "Our pupils come from Caucasian, Asian and African families in a multicultural school.",
    "We sell Caucasian rugs and Persian carpets.",
])
def test_a_multicultural_school_or_a_product_is_no_origin(text: str) -> None:
    assert "origin-criterion" not in en(text, "hk")


# --- the candidates of one district only (rules/fr.yml, place-of-residence-criterion)

@pytest.mark.parametrize("text", [
    "Applicants of Pune district only.",
    "Candidates from the Kandy region only may apply.",
    "Women natives of Cork county only",
])
def test_the_candidates_of_one_district_only_is_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" in en(text, "in")


@pytest.mark.parametrize("text", [
    "The post is based in Pune district and covers its schools.",
    "You will sell to customers of the Kandy region.",
])
def test_the_works_district_is_no_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in en(text, "in")


# --- a figure for each sex is no preference for one sex (rules/eu.yml, sex-requirement)

def test_a_figure_given_for_each_sex_is_no_sex_requirement() -> None:
    assert "sex-requirement" not in en("Minimum height 150 cm (females) and 160 cm (males).")


def test_one_sex_in_brackets_is_still_a_sex_requirement() -> None:
    assert "sex-requirement" in en("Cashier (female only), day shift.")


# --- the title mark written "F ou H" (rules/fr.yml and eu.yml, title-gender rules)

@pytest.mark.parametrize("text", [
    "Technicien de maintenance (F ou H)",
    "Conducteur d'engins H ou F",
    "Chef de rang (F et H)",
])
def test_a_mark_written_with_ou_or_et_opens_the_title_to_both_sexes(text: str) -> None:
    assert not {"job-noun-one-gender", "job-noun-masculine", "title-gender-mark"} & fr(text)


@pytest.mark.parametrize("text", ["Technicien de maintenance", "Conducteur d'engins pour chantier"])
def test_a_masculine_title_with_no_mark_is_still_found(text: str) -> None:
    assert {"job-noun-one-gender", "job-noun-masculine", "title-gender-mark"} & fr(text)
