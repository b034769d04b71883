"""English ads that prefer or turn away a people, a nationality, one sex or a marital status in the words of ads
abroad (Asia, the Gulf, Australia, the UK and Ireland, Malta), and the lawful look-alikes: a language, a dress code,
the customers, a public service's statutory nationality rule, an age reckoned at a date. Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "gb") -> set[str]:
    return rule_ids(text, "en", country=country)

# --- peoples ({people-en} in rules/nationalities.yml)

@pytest.mark.parametrize("text", [
    "Tamils preferred for this role.",
    "Keralite male candidates preferred",
    "Punjabi people need not apply.",
    "This vacancy is only open to Malays and Eurasians.",
    "Applicants who are Caucasian will be shortlisted first.",
    "non-Bumiputera candidates encouraged to apply",
    "Black native speakers preferred",
    "Whites only",
])
def test_a_people_preferred_required_or_turned_away_is_origin(text: str) -> None:
    assert "origin-criterion" in rules(text, "my")


@pytest.mark.parametrize("text", [
    "Chinese speakers preferred for our Shanghai desk.",
    "Our customers include Malay and Indian families across Selangor.",
    "White or black uniform trousers required.",
    "Black shoes only.",
    "Tamil language skills are a must.",
])
def test_a_language_a_dress_code_or_the_customers_are_no_origin(text: str) -> None:
    assert "origin-criterion" not in rules(text, "my")


@pytest.mark.parametrize("text", [
    "Cashier (female / Malay), full time",
    "Driver wanted: male Chinese, own licence",
    "Seeking 25-32 year old Eurasian hosts",
])
def test_a_people_right_after_the_sex_or_the_age_sought_is_origin(text: str) -> None:
    assert "origin-criterion" in rules(text, "sg")


@pytest.mark.parametrize("text", [
    "Our boutique welcomes female Chinese tourists every day.",
    "Male Malay speakers are needed for our call centre.",
    "Experience with female Asian patients is useful.",
    "Support networks for women, Black and Asian colleagues.",
])
def test_customers_a_language_or_a_staff_network_after_a_sex_are_no_origin(text: str) -> None:
    assert "origin-criterion" not in rules(text, "sg")


@pytest.mark.parametrize("text", ["European female receptionist wanted", "Arab males preferred",
                                  "Hispanic candidates only", "no Asians", "Seeking Western Europeans for the desk",
                                  "Non-Africans need not apply.", "Latinos preferred",
                                  # one pattern for the group nouns ({groups-en}) and the colours, with every ending
                                  "Whites are a plus.", "Hispanics is preferred", "Europeans will not be considered",
                                  "We won't hire Latinas.", "Caucasian given priority"])
def test_a_people_that_is_no_state_is_origin_not_nationality(text: str) -> None:
    found = rules(text, "ae")
    assert "origin-criterion" in found
    assert "nationality-criterion" not in found


@pytest.mark.parametrize("text", [
    "We do not discriminate against Africans, Arabs or anyone else.",
    "Our guests are mostly Europeans and Asians on business trips.",
    "A team where Europeans, Africans and Asians work side by side.",
    "Whites and colours are washed apart by the laundry team.",
])
def test_groups_of_peoples_described_are_no_criterion(text: str) -> None:
    assert not {"origin-criterion", "nationality-criterion"} & rules(text, "ae")


# --- the demonyms of every EU and Council of Europe state

@pytest.mark.parametrize("text", ["Maltese staff only", "Seeking Estonian waiters for our Tallinn cafe"])
def test_an_eu_nationality_asked_is_found(text: str) -> None:
    assert "nationality-criterion" in rules(text, "mt")


@pytest.mark.parametrize("text", ["Fluent Finnish is an advantage.", "Swedish-speaking applicants welcome"])
def test_an_eu_language_is_no_nationality(text: str) -> None:
    assert "nationality-criterion" not in rules(text, "fi")


# --- one sex before the job's name, marital status among the candidate's traits, where the candidate lives

@pytest.mark.parametrize("text", ["female security guards wanted", "Seeking a female customer service representative"])
def test_one_sex_before_the_jobs_name_is_found(text: str) -> None:
    assert "sex-requirement" in rules(text)


def test_women_a_network_supports_are_no_requirement() -> None:
    assert "sex-requirement" not in rules("Our network supports female officers in their careers.")


@pytest.mark.parametrize("text", ["Requirements: male, single, aged 25-35", "Single, under 30, energetic"])
def test_marital_status_among_the_traits_is_found(text: str) -> None:
    assert "family-situation-criterion" in rules(text, "ph")


def test_a_single_shift_is_no_marital_status() -> None:
    assert "family-situation-criterion" not in rules("You will work a single 12-hour shift on Sundays.")


def test_candidates_who_live_near_a_place_and_customers_who_do() -> None:
    assert "place-of-residence-criterion" in rules("We want applicants who live near our Croydon depot.")
    assert "place-of-residence-criterion" not in rules("Our customers who live near the coast love our products.")


# --- a public service's statutory nationality rule; an age reckoned at a date

def test_a_reserved_post_of_the_civil_service_is_no_finding_a_private_reservation_is() -> None:
    lawful = "This is a reserved post: only British nationals may apply, under the Civil Service Nationality Rules."
    assert "nationality-criterion" not in rules(lawful)
    assert "nationality-criterion" in rules("This job is reserved for Filipino nationals.", "ae")
    assert "nationality-criterion" in rules("UK nationals only.")


def test_an_age_as_of_a_date_is_an_age_a_duration_in_a_job_is_experience() -> None:
    assert "age-criterion" in rules("Maximum age: 28 years as of the closing date", "in")
    assert "age-criterion" not in rules("5 years as a nurse", "in")
