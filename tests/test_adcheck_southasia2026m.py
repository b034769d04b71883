"""English ads for jobs in South Asia written the way scraped boards save them (one requirement a line, no full stop,
so the lines run together into one sentence): an age limit or one sex after a line about the customers or the
products, a residence asked or preferred, shifts given by sex; and the lawful look-alikes of the same ads: festival
bonuses, a company named after a faith, a diverse team, good-looking designs, an attractive pay package, a network's
health check, a workforce set up in the districts. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "bd") -> set[str]:
    return rule_ids(text, "en", country=country)

# --- a requirement after a line about the customers or the products (the audience context ends at "requirements",
# "at most")


@pytest.mark.parametrize("text", [
    "Deliver the orders to our customers on time\nJob Requirements\nAge At most 30 year(s)\nGood typing speed",
    "Test every new product before launch\nRequirements\nAge at most 28 years\nBasic Excel",
    "Visit our clients in Dhaka every week\nAge at most 35 years",
])
def test_an_age_limit_after_a_line_about_customers_or_products_is_age(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Answer the questions of our customers by phone\nJob Requirements\nOnly males are allowed to apply\nGood English",
    "Check each product in the warehouse\nJob Requirements\nOnly females are allowed to apply",
])
def test_one_sex_after_a_line_about_customers_or_products_is_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)


@pytest.mark.parametrize("text", [
    "Our products are designed for customers aged 18 to 25 in the city.",
    "Our customers are mostly women over 40, at least half of them mothers.",
])
def test_the_customers_ages_or_sex_stay_the_customers(text: str) -> None:
    found = rules(text)
    assert "age-criterion" not in found and "sex-requirement" not in found

# --- a residence asked or preferred


@pytest.mark.parametrize("text", [
    "Candidate must have a residence in Khulna city.",
    "Applicants should have a permanent home address in Rajshahi.",
    "Candidates residing in Comilla will be given preference.",
    "Applicants who are living in Narayanganj get priority.",
])
def test_a_residence_asked_or_preferred_is_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "The office is located in Gulshan, near the lake.",
    "We have a residence hall for trainees in Savar.",
    "Candidates will visit customers residing in Bogura.",
])
def test_the_place_of_the_office_or_of_customers_is_no_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)

# --- shifts given by sex


@pytest.mark.parametrize("text", [
    "Night shift - male",
    "Evening shift: females",
    "Morning shift (women), night shift (men)",
])
def test_a_shift_given_to_one_sex_is_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)


@pytest.mark.parametrize("text", [
    "Night shift allowance paid for every shift.",
    "Both men and women work the night shift.",
])
def test_a_shift_for_everyone_is_no_sex(text: str) -> None:
    assert "sex-requirement" not in rules(text)

# --- lawful look-alikes


@pytest.mark.parametrize("text", [
    "Bonus payments on major religious festivals",
    "Two bonuses a year on religious festivals and paid leave",
])
def test_festival_bonuses_are_no_religion(text: str) -> None:
    assert "religion-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Muslim candidates only.",
    "Must be a practising Christian.",
    "Religion: Hindu",
])
def test_a_faith_asked_is_religion(text: str) -> None:
    assert "religion-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Al-Muslim Group is a leading garment exporter.",
    "Christian Traders Ltd, Chattogram",
])
def test_a_company_named_after_a_faith_is_no_religion(text: str) -> None:
    assert "religion-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Knowledge of CSS along with jQuery\nHave passion to work in diversified team with differences of race, culture, "
    "religion and other backgrounds",
    "Good English along with Bangla\nYou will join a multicultural team, whatever their race and religion",
])
def test_a_diverse_team_described_is_no_origin_nor_religion(text: str) -> None:
    found = rules(text)
    assert "origin-criterion" not in found and "religion-criterion" not in found


def test_a_race_asked_is_still_origin() -> None:
    assert "origin-criterion" in rules("Race: Bengali only.")


@pytest.mark.parametrize("text", [
    "Create great-looking designs for our web pages.",
    "Build good-looking dashboards for the sales team.",
    "A leading software house with very attractive and pro employee salary package.",
    "We pay a highly attractive and performance linked salary.",
])
def test_good_looking_things_and_attractive_pay_are_no_appearance(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Good looking candidates preferred.",
    "Must be very attractive and slim.",
])
def test_good_looks_asked_are_still_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Conduct network audit or health check every quarter.",
    "Run server health checks and patch the firewalls.",
])
def test_a_network_health_check_is_no_health(text: str) -> None:
    assert "health-criterion" not in rules(text)


def test_a_health_check_of_the_candidate_is_still_health() -> None:
    assert "health-criterion" in rules("Candidates must pass a medical check before joining.")


def test_a_workforce_set_up_in_the_districts_is_no_gendered_wording() -> None:
    assert "gendered-wording-fr" not in rules("Visit districts where we do not have any office/ manpower set up yet.")
