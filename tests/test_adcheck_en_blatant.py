"""Blatant English criteria in few words, as small ads write them: the looks of the person hired named with the job
or asked on their own, an age in words, a young "-ish", the people of one part of a country turned away; and the
look-alikes that stay lawful (an attractive salary, a duration in words, a region served). Sentences written for
these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "us") -> set[str]:
    return rule_ids(text, "en", country=country)


@pytest.mark.parametrize("text", [
    "Seeking an attractive personal assistant for a busy director.",
    "Cute receptionist wanted for our salon.",
    "Office manager. Attractive please!",
    "Good-looking a must.",
    "Pretty, bubbly and outgoing.",
])
def test_the_looks_of_the_person_hired_are_found(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Attractive salary and benefits.",
    "Attractive, competitive pay and a friendly team.",
    "We offer an attractive package to the right candidate.",
    "Our attractive office sits next to the station.",
])
def test_an_attractive_offer_is_no_looks(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "A smart woman, over twenty-five, to run the front desk.",
    "Candidates must be under thirty.",
    "Applicants aged over forty need not apply.",
    "Youngish team player wanted.",
])
def test_an_age_in_words_or_a_youngish_person_is_an_age(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "We have been trading for over twenty years.",
    "You will have over twenty-five years of experience.",
    "Our staff, over twenty people, love the job.",
    "Members over sixty get a discount on our classes.",
])
def test_a_duration_or_a_count_in_words_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text, "gb")


@pytest.mark.parametrize("text", ["No south candidates.", "Only North Indian boys may apply.",
                                  "Workers from the North East need not apply."])
def test_the_people_of_one_part_of_a_country_turned_away_or_alone_wanted_are_an_origin(text: str) -> None:
    assert "origin-criterion" in rules(text, "in")


@pytest.mark.parametrize("text", ["We serve clients in the North East region.", "No south facing windows here.",
                                  "Our north team covers the south clients too."])
def test_a_region_served_or_a_direction_is_no_origin(text: str) -> None:
    assert "origin-criterion" not in rules(text, "in")


@pytest.mark.parametrize("text", [
    "An officer at his level will work under the guidance of a senior officer.",
    "Prepares the duty roster and leave plan for her unit.",
    "Supervises the nurses of her ward on the night shift.",
])
def test_the_hire_called_he_or_she_about_their_place_in_the_organisation(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)


@pytest.mark.parametrize("text", [
    "An officer at his or her level will work under the guidance of a senior officer.",
    "Prepares the duty roster for their unit.",
    "Supports each patient and her family on the ward.",
])
def test_both_pronouns_or_the_people_served_pass(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "Only people from Kerala.",
    "Only UP persons required.",
    "Only candidates from Tamil Nadu will be called.",
])
def test_only_the_people_of_one_state_wanted_is_origin(text: str) -> None:
    assert "origin-criterion" in rules(text, country="in")


@pytest.mark.parametrize("text", [
    "Not only people from Kerala but from all of India are welcome.",
    "We serve only customers from Kerala.",
    "Our offices in Kerala and Punjab hire only people with a degree.",
])
def test_not_only_customers_or_offices_in_a_state_pass(text: str) -> None:
    assert "origin-criterion" not in rules(text, country="in")
