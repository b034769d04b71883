"""English ads of small employers in Nigeria: things described by their looks, the attitude asked with the
appearance, an age bound written against its years or said as middle age, a resident of a town, the records, finances
and bankruptcy matters a job handles, discretion over confidential papers, the people served (pregnant women, clients
of any origin), a citizenship sold by investment, the candidate's own first language, religion as a subject or as a
setting worked in, customers' drinking age, the chairman an assistant represents and the staff a manager lists, and
the requirements that stay findings beside them. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "ng") -> set[str]:
    return rule_ids(text, "en", country=country)

# --- physical appearance: the looks of a thing the job keeps, makes or serves, the adjective before the noun


@pytest.mark.parametrize("text", [
    "Polish the glasses and keep a well-stocked and presentable bar.",
    "Write nice-looking texts for the product pages.",
    "Keep an aesthetically pleasing shop floor and store environment.",
    "Create visually pleasing posts for our social media pages.",
])
def test_a_thing_described_by_its_looks_is_no_physical_appearance(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Must be presentable.",
    "Presentable candidates only.",
    "A good-looking receptionist is wanted.",
    "Candidates must have a pleasing appearance.",
])
def test_the_candidate_s_looks_are_still_physical_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text)

# --- physical appearance: the appearance asked with the attitude


@pytest.mark.parametrize("text", [
    "Professional attitude and appearance.",
    "A positive attitude & appearance are expected at the front desk.",
])
def test_appearance_asked_with_the_attitude_is_physical_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text)


def test_an_attitude_without_appearance_is_nothing() -> None:
    assert "physical-appearance-criterion" not in rules("A professional attitude and approach to clients.")

# --- age: a bound with its years written against the number; middle age


@pytest.mark.parametrize("text", [
    "Age: must not be above 30years.",
    "The applicant should not be more than 28yrs.",
    "The nanny must be of middle age.",
    "Applicants should be of middle-age and calm.",
])
def test_an_age_bound_or_middle_age_asked_is_age(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Minimum of 3years experience in a busy kitchen.",
    "A history teacher for the Middle Ages and modern Africa.",
])
def test_experience_and_history_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)

# --- place of residence: a resident of a town named before the noun


@pytest.mark.parametrize("text", [
    "Must be a Lagos resident.",
    "Applicants should be an Abuja resident or willing to relocate.",
    "The driver must be a Port Harcourt resident.",
])
def test_a_resident_of_a_town_asked_is_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Must be a qualified resident engineer.",
    "Must be a permanent resident of the country.",
])
def test_a_resident_job_or_an_immigration_status_is_no_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)

# --- health and economic vulnerability: the records, finances and bankruptcy matters the job handles


@pytest.mark.parametrize(("text", "rule"), [
    ("Review and evaluate medical records to determine insurability.", "health-criterion"),
    ("Treat patients after a review of their medical history.", "health-criterion"),
    ("Financial record keeping and filing.", "economic-vulnerability-criterion"),
    ("Maintain accurate financial records for the school.", "economic-vulnerability-criterion"),
    ("Draft bankruptcy petitions and divorce pleadings.", "economic-vulnerability-criterion"),
    ("Assess clients' background information and financial status before cover.", "economic-vulnerability-criterion"),
])
def test_records_and_matters_the_job_handles_are_no_criterion(text: str, rule: str) -> None:
    assert rule not in rules(text)


@pytest.mark.parametrize(("text", "rule"), [
    ("Candidates must provide their medical history.", "health-criterion"),
    ("A clean credit history is required.", "economic-vulnerability-criterion"),
    ("Applicants with a bankruptcy record need not apply.", "economic-vulnerability-criterion"),
])
def test_the_candidate_s_health_or_finances_are_still_asked(text: str, rule: str) -> None:
    assert rule in rules(text)

# --- whistleblower: discretion in handling confidential material


def test_discretion_over_confidential_papers_is_no_whistleblower() -> None:
    text = "Maintain absolute discretion in handling sensitive and confidential legal files."
    assert "whistleblower-criterion" not in rules(text)


def test_absolute_loyalty_to_management_is_still_whistleblower() -> None:
    assert "whistleblower-criterion" in rules("Absolute loyalty and discretion towards management.")

# --- the people served, the products sold, religion as a subject or a setting


@pytest.mark.parametrize(("text", "rule"), [
    ("Monitor the health of pregnant women and their babies.", "pregnancy-criterion"),
    ("Communicate well with clients of any tribe or race.", "origin-criterion"),
    ("Sell citizenship by investment programmes to families.", "nationality-criterion"),
    ("Research on religion and other belief systems for our documentaries.", "religion-criterion"),
    ("Previous experience in a faith-based or nonprofit environment is an advantage.", "religion-criterion"),
])
def test_people_served_products_and_subjects_are_no_criterion(text: str, rule: str) -> None:
    assert rule not in rules(text)


@pytest.mark.parametrize(("text", "rule"), [
    ("Pregnant women need not apply.", "pregnancy-criterion"),
    ("Must be a Nigerian citizen.", "nationality-criterion"),
    ("Must be a practising Christian.", "religion-criterion"),
    ("You will thrive in a faith-based environment and share our Christian values.", "religion-criterion"),
])
def test_the_criterion_asked_of_the_candidate_is_still_read(text: str, rule: str) -> None:
    assert rule in rules(text)

# --- language: the candidate's own first language named as a skill


def test_the_candidate_s_own_language_as_a_skill_is_no_language_criterion() -> None:
    text = "Good communication skills in both English and your native language."
    assert "language-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Your native language must be English.",
    "Native English speaker required.",
])
def test_a_native_language_required_is_still_language(text: str) -> None:
    assert "language-criterion" in rules(text)

# --- age: the customers' legal age the job checks


def test_customers_drinking_age_checked_is_no_age() -> None:
    text = "Check IDs to ensure guests meet minimum age requirements for consumption of alcohol."
    assert "age-criterion" not in rules(text)


def test_a_minimum_age_asked_of_the_candidate_is_still_age() -> None:
    assert "age-criterion" in rules("Minimum age 25 for this role.")

# --- gendered wording: the chairman represented, the staff a manager lists


@pytest.mark.parametrize("text", [
    "Represent the Chairman in internal and external meetings.",
    "Manage the restaurant staff including barmen, waitresses and cooks.",
])
def test_people_the_job_serves_or_manages_are_no_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "He must be ready to work under pressure.",
    "She must possess a customer service attitude.",
])
def test_the_person_sought_named_he_or_she_is_still_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)
