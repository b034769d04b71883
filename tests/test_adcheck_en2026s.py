"""English ads for jobs in Ireland: a citizenship named beside a visa, a residence stamp or no need of sponsorship (the
right to work), the people a US export licence need not be sought for, a year of graduation set as a condition, a
recent graduate before years of experience run together, an early-career level, a remote post open only to those who
live in some countries, a framework named "native", a company's birth, a list of employee networks, a company
without an office, the employer financially stable as a partner, health checks written as IT tools, and the range of
conditions an employer's medicines cover. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "ie") -> set[str]:
    return rule_ids(text, "en", country=country)

# --- nationality: a citizenship named as one of the statuses that give the right to work


@pytest.mark.parametrize("text", [
    "Work status: Irish/EU citizen or Stamp 4 visa holder.",
    "Only those with legal permission to work here (EU citizenship or Stamp 1G visa) can be considered.",
    "Applicants must hold EU/UK citizenship or will not require any visa sponsorship now or in the future.",
    "You need Irish citizenship or a valid work permit for this post.",
    "EEA nationals or holders of a residence permit may apply.",
])
def test_a_citizenship_beside_a_visa_or_a_permit_is_the_right_to_work(text: str) -> None:
    assert "nationality-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Irish citizens only.",
    "Must be an EU citizen.",
    "EU citizens preferred, no visa sponsorship.",
    "Only Irish nationals or EU citizens.",
    "U.S. citizenship or permanent residency required.",
    "Residency status: US citizen or green card holder only.",
])
def test_a_citizenship_asked_alone_is_still_nationality(text: str) -> None:
    assert "nationality-criterion" in rules(text)


def test_the_people_an_export_licence_need_not_be_sought_for_are_no_nationality() -> None:
    text = ("Applicants for this role, except US citizens, US permanent residents and protected individuals as defined "
            "by 8 U.S.C. 1324b(a)(3), may need to go through an export licensing review.")
    assert "nationality-criterion" not in rules(text)


def test_a_citizenship_with_no_export_licence_named_is_still_nationality() -> None:
    assert "nationality-criterion" in rules("Applicants except US citizens will not be interviewed.")

# --- age: a year of graduation set as a condition


@pytest.mark.parametrize("text", [
    "Are you due to graduate in 2027?",
    "Requirements: graduation between 2024-2025.",
    "Applicants graduating in summer 2027 are invited.",
    "Graduation year: 2025 or 2026",
    "You must have graduated in 2024 or 2025.",
])
def test_a_year_of_graduation_set_as_a_condition_is_age(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Our founder graduated in 1995 from University College Cork.",
    "Graduate Engineering Programme 2027",
    "A degree in chemistry, awarded at any time, is required.",
])
def test_a_founder_s_degree_or_a_programme_s_year_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)

# --- age: a recent graduate named just before years of experience, the line break lost


def test_a_recent_graduate_run_into_years_of_experience_is_still_age() -> None:
    text = "Degree in physics (or final year student/recent graduate)Up to 3 years of relevant experience in labs"
    assert "age-criterion" in rules(text)


def test_years_of_experience_alone_are_no_age() -> None:
    assert "age-criterion" not in rules("Degree in physics.Up to 3 years of relevant experience in labs")

# --- age: an early-career level named by the job or the experience


@pytest.mark.parametrize("text", [
    "Early career scientist wanted for our Cork laboratory.",
    "This is a chance for an early-career engineer to own a product.",
    "Gained through study, an internship or early career experience.",
])
def test_an_early_career_level_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Ideal for an early-career professional.",
    "We want early-career candidates only.",
])
def test_an_early_career_person_sought_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- place of residence: a remote post open only to those who live in some countries


@pytest.mark.parametrize("text", [
    "We are a remote first company and we are open to candidates located anywhere in the UK or Ireland.",
    "This role is open to applicants residing in Ireland.",
])
def test_a_remote_post_open_only_to_residents_of_some_places_is_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "This role is open to candidates of all backgrounds.",
    "This is a remote role based in our Dublin office.",
])
def test_a_post_open_to_all_or_a_remote_office_is_no_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)

# --- origin: a framework named "native", a company's birth, a list of employee networks


@pytest.mark.parametrize("text", [
    "We are hiring a Mobile Engineer - React Native in Ireland.",
    "Born in Galway, Ireland in 2015 and now with offices in Dublin and Berlin, we build payment tools.",
    ("Join our employee networks, including Able (for colleagues with disabilities), Pride (for LGBTQ+ colleagues), "
     "Roots (for people from ethnic minority backgrounds) and Young Leaders."),
])
def test_a_framework_a_company_s_birth_or_a_network_list_is_no_origin(text: str) -> None:
    assert "origin-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidates born in Ireland preferred.",
    "Native in Ireland only.",
])
def test_a_birthplace_asked_is_still_origin(text: str) -> None:
    assert "origin-criterion" in rules(text)

# --- elected office: a company without an office


def test_a_company_without_an_office_is_no_elected_office() -> None:
    assert "elected-office-criterion" not in rules("We work fully remotely: the company has no office.")


def test_no_political_office_asked_is_still_elected_office() -> None:
    assert "elected-office-criterion" in rules("Candidates with no political office preferred.")

# --- economic vulnerability: the employer financially stable as a partner to its clients


def test_the_employer_as_a_financially_stable_partner_is_no_economic_vulnerability() -> None:
    text = "Our aim is to remain a financially stable and reliable business partner to our clients."
    assert "economic-vulnerability-criterion" not in rules(text)


def test_a_candidate_asked_to_be_financially_stable_is_still_one() -> None:
    assert "economic-vulnerability-criterion" in rules("Candidates must be financially stable.")

# --- health: health checks written as IT tools, the range of conditions an employer's medicines cover


@pytest.mark.parametrize("text", [
    "Write health check scripts for the build servers.",
    "Our medicines reach patients from rare conditions to chronic illnesses.",
])
def test_an_it_health_check_or_a_range_of_conditions_treated_is_no_health(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "A health check is required before you start.",
    "Candidates with chronic diseases need not apply.",
])
def test_a_health_check_of_the_candidate_or_an_illness_turned_away_is_still_health(text: str) -> None:
    assert "health-criterion" in rules(text)
