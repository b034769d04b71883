"""English ads for jobs in South Africa: an employment-equity plan's statements and the race and sex categories a post
seeks to attract, a young company described by several adjectives, years of experience with slashed adjectives, the
young people a post or a body works for, Faith as a person's name, an application portal's menu item, an employer's
name, people diverse in culture and origin, the foreman a hire works with, a reception that is manned, a reference
code, a brand's male customer, a COVID-19 vaccination encouraged, a vehicle's fitness certificate, contractors'
medical records, an official certificate of good conduct, a background in finance, a thing attractive to investors,
and the credit, financial or asset checks made on candidates. Sentences written for these tests, not taken from the
corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "za") -> set[str]:
    return rule_ids(text, "en", country=country)

# --- origin, sex, nationality: an employment-equity plan's statements, the categories a post seeks to attract


@pytest.mark.parametrize("text", [
    "In line with our Employment Equity Plan, applicants are asked to state their race, gender and disability status.",
    "The company intends to promote representivity in terms of race, gender and disability through this appointment.",
    "Preference will be given to members of designated groups, including Indian and Coloured women.",
    "This post seeks to attract: Black female, Black male, Indian female, Indian male, White female, All categories",
    "Categories: African male, Coloured female, Indian male, White female",
])
def test_an_employment_equity_statement_is_no_criterion(text: str) -> None:
    assert not rules(text) & {"origin-criterion", "sex-requirement", "nationality-criterion"}


@pytest.mark.parametrize("text", [
    "White male candidates only.",
    "Only African male candidates will be considered for the driver post.",
    "We want Indian female cashiers.",
])
def test_a_race_or_sex_asked_outside_such_a_statement_is_still_one(text: str) -> None:
    assert rules(text) & {"origin-criterion", "sex-requirement", "nationality-criterion"}

# --- age: a young company described by several adjectives; the young people a post or a body works for


@pytest.mark.parametrize("text", [
    "We are a young, dynamic, hyper growth business looking for smart people.",
    "Join a young, bold, fast growing startup in Durban.",
    "YOUTH DEVELOPMENT OFFICER",
    "The Department of Sport, Youth and Persons with Disabilities invites applications.",
    "Apply through SAYouth and complete the screening assessment.",
    "Help organise the provincial youth festival in December.",
])
def test_a_young_company_or_the_youth_served_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "We are looking for a young, dynamic, energetic salesperson.",
    "Youth preferred for this sales role.",
    "Must be a youth between 18 and 34.",
])
def test_a_young_person_sought_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- age: years of experience with adjectives joined by a slash


@pytest.mark.parametrize("text", [
    "A minimum of 8 years appropriate/recognizable experience in theatre nursing.",
    "At least 5 years relevant/practical experience as an electrician.",
])
def test_years_of_experience_with_slashed_adjectives_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Applicants must be 25 years old, with 5 years experience.",
    "Must be 18 to 30 years old.",
])
def test_an_age_beside_experience_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- religion: Faith as a person's given name in the contact details


@pytest.mark.parametrize("text", [
    "Enquiries: Faith Dlamini (011 555 0199)",
    "For more information contact Ms Faith Mokoena on 012 345 6789.",
])
def test_faith_as_a_contact_s_name_is_no_religion(text: str) -> None:
    assert "religion-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidates must share our Christian faith.",
    "We are looking for practising Catholics.",
])
def test_a_faith_asked_is_still_religion(text: str) -> None:
    assert "religion-criterion" in rules(text)


def test_practising_a_kitchen_habit_in_quotes_is_no_religion() -> None:
    assert "religion-criterion" not in rules("Keep the kitchen tidy by practising \u201cclean as you go\u201d at all times.")

# --- nationality: a portal's menu item, an employer's name


@pytest.mark.parametrize("text", [
    "Log in, then click on \u201cRecruitment Citizen\u201d and browse the vacancies.",
    "Select 'E-Services Citizen' to create your profile on the portal.",
    "This post is open to Anglo American employees only.",
])
def test_a_portal_menu_or_an_employer_s_name_is_no_nationality(text: str) -> None:
    assert "nationality-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Must be a South African citizen.",
    "American citizens only.",
])
def test_a_citizenship_asked_is_still_nationality(text: str) -> None:
    assert "nationality-criterion" in rules(text)

# --- origin: the people the job deals with, diverse in culture and origin


def test_a_culturally_and_ethnically_diverse_population_is_no_origin() -> None:
    assert "origin-criterion" not in rules("You will serve a culturally and ethnically diverse student population.")


def test_an_ethnic_group_preferred_is_still_origin() -> None:
    assert "origin-criterion" in rules("Ethnic Zulu candidates preferred.")

# --- gendered wording: the foreman a hire works with, a manned reception, a reference code, a brand's customer


@pytest.mark.parametrize("text", [
    "Follow the instructions from the site foreman every morning.",
    "Liaise daily with the Shift Supervisor or Section Foreman on progress.",
    "The post reports to the Senior Mechanical Foreman.",
    "Ensure that the front desk is manned at all times.",
    "Email your CV and use the reference SALESMAN01.",
    "Our label is for the man who knows what he wants from a suit.",
])
def test_a_colleague_a_staffed_desk_a_code_or_a_customer_is_no_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "We need a foreman with 5 years experience.",
    "FARM FOREMAN",
    "Looking for a salesman for our shop.",
    "He will report to the foreman.",
])
def test_a_foreman_or_a_man_sought_is_still_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)

# --- health: a COVID-19 vaccination encouraged or disclosed, a vehicle's fitness certificate, contractors' records


@pytest.mark.parametrize("text", [
    "The group encourages all staff to be fully vaccinated against Covid-19.",
    "Applicants will be asked to disclose their vaccination status under our Covid-19 policy.",
    "Renew the certificate of fitness for each bus before it expires.",
    "Check the contractors' induction and medical records at the gate.",
])
def test_a_vaccination_encouraged_a_vehicle_or_others_records_is_no_health(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "All staff must be fully vaccinated against Covid-19.",
    "Only vaccinated candidates will be considered.",
    "Must provide a certificate of fitness for the job.",
    "Candidates must submit their medical records with the application.",
])
def test_the_candidate_s_vaccination_or_fitness_is_still_health(text: str) -> None:
    assert "health-criterion" in rules(text)

# --- morals: the official certificate of good conduct


def test_a_certificate_of_good_conduct_is_no_morals() -> None:
    assert "morals-criterion" not in rules("Joindre le certificat de bonne vie et moeurs et la copie du casier judiciaire.",
                                           country="cd")


def test_good_morals_asked_are_still_morals() -> None:
    assert "morals-criterion" in rules("Good moral character required.", country="cd")

# --- economic vulnerability: a background in finance; the credit, financial or asset checks made on candidates


@pytest.mark.parametrize("text", [
    "A strong financial background in municipal finance is an advantage.",
    "Solid finance background with a CA(SA).",
])
def test_a_background_in_finance_is_no_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Appointment is subject to employment history, educational, financial, criminal and other checks.",
    "Shortlisted candidates will undergo credit, criminal and qualification checks.",
    "Successful candidates will be subjected to a criminal record and financial / asset check.",
    "A clear credit check is required.",
])
def test_a_credit_financial_or_asset_check_of_candidates_is_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" in rules(text)

# --- physical appearance: a thing attractive to the people it is for


def test_a_product_attractive_to_investors_is_no_appearance() -> None:
    assert "physical-appearance-criterion" not in rules("Design funding models that will be attractive to investors.")


@pytest.mark.parametrize("text", [
    "Must be attractive.",
    "Attractive candidates only.",
])
def test_an_attractive_candidate_asked_is_still_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text)


def test_a_graduate_welcomed_after_the_years_of_experience_is_still_age() -> None:
    assert "age-criterion" in rules("Min. 2 years relevant/practical experience, fresh graduate with internship experience "
                                    "welcome to apply.")
