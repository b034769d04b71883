"""English ads for jobs in South-East Asia and the Gulf: the pay last drawn, a requirement line saying where the
candidate lives, an age limit or a graduation year in a list of requirements, and the lawful look-alikes the same
ads hold: younger colleagues to mentor, graduates welcomed besides the others, corporate citizenship, a company's
debt and equity, the job's work on other people's credit, work "in projects", a company's named beliefs, manpower
as a workforce, a job noun of one sex before what is measured about those workers. Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "sg") -> set[str]:
    return rule_ids(text, "en", country=country)

# --- the pay last drawn ("last drawn salary"), not the pay expected

@pytest.mark.parametrize("text", [
    "Please state your last drawn salary and expected salary in your CV.",
    "Include last-drawn basic pay, notice period and reason for leaving.",
    "Kindly indicate your current drawn salary.",
])
def test_the_pay_last_drawn_is_pay_history(text: str) -> None:
    assert "pay-history" in rules(text)


def test_the_pay_expected_alone_is_no_pay_history() -> None:
    assert "pay-history" not in rules("Please state your expected salary and availability.")


# --- a requirement line saying where the candidate lives; a role or a team that "resides" somewhere

@pytest.mark.parametrize("text", [
    "Requirements:\nResides in Johor Bahru and can travel to clients.",
    "- Residing in the Klang Valley area\n- Own transport",
    "Currently resides in Cebu or nearby provinces",
])
def test_a_requirement_line_saying_where_the_candidate_lives_is_found(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text, "my")


@pytest.mark.parametrize("text", [
    "This role resides in the Group Finance team.",
    "The data resides in a cloud warehouse in Jakarta.",
])
def test_a_role_or_data_that_resides_somewhere_is_no_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text, "my")


@pytest.mark.parametrize("text", [
    "You will apply new methods in projects across the region.",
    "Experience in projects of 10 to 50 people is a plus.",
])
def test_work_in_projects_is_no_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text, "my")


def test_the_projects_as_public_housing_are_still_found() -> None:
    assert "place-of-residence-criterion" in rules("No applicants from the projects.", "us")


# --- an age limit or a graduation year in a list of requirements, next to experience or a plural noun

@pytest.mark.parametrize("text", [
    "Requirements:\nAge not more than 32 years old\nAt least 3 years of working experience in sales",
    "Qualifications:\nMaximum age 28 years old\nMinimum 2 years of experience in retail",
    "Who can apply:\nGraduates of the class of 2024\nMajors in finance or accounting",
])
def test_an_age_in_a_list_of_requirements_is_found(text: str) -> None:
    assert "age-criterion" in rules(text, "id")


@pytest.mark.parametrize("text", [
    "Requirements:\nAt least 3 years of working experience in sales\nGood command of English",
    "We have served over 40 brands across Asia.",
])
def test_experience_and_counted_things_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text, "id")


# --- younger colleagues to mentor; graduates welcomed besides the others

@pytest.mark.parametrize("text", [
    "As a senior member you will mentor younger colleagues and review their code.",
    "You will coach and support younger team members.",
    "Fresh graduates are also welcome to apply.",
    "Recent graduates are also considered for the junior post.",
])
def test_younger_colleagues_and_graduates_also_welcome_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text, "my")


@pytest.mark.parametrize("text", [
    "We prefer younger candidates for this role.",
    "Fresh graduates are encouraged to apply.",
    "Only younger members will be considered.",
])
def test_younger_candidates_and_fresh_graduates_are_still_found(text: str) -> None:
    assert "age-criterion" in rules(text, "my")


# --- corporate citizenship; citizenship asked

@pytest.mark.parametrize("text", [
    "You show integrity and good corporate citizenship at all times.",
    "We value global citizenship and teamwork.",
])
def test_citizenship_as_behaviour_is_no_nationality(text: str) -> None:
    assert "nationality-criterion" not in rules(text)


def test_citizenship_asked_is_still_found() -> None:
    assert "nationality-criterion" in rules("Singapore citizenship is required for this role.", "ae")


# --- a company's debt and equity, the job's work on other people's credit; the candidate's own credit

@pytest.mark.parametrize("text", [
    "The group has raised over US$500M in debt and equity from leading funds.",
    "Support the treasury team on debt financing and capital markets deals.",
    "Verify and update customers' credit scores in the bureau database.",
    "You will investigate credit history disputes raised by members.",
])
def test_company_finance_and_credit_work_are_no_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text, "my")


@pytest.mark.parametrize("text", [
    "Applicants must have a clean credit history.",
    "Candidates in debt will not be considered.",
])
def test_the_candidates_own_credit_or_debt_is_still_found(text: str) -> None:
    assert "economic-vulnerability-criterion" in rules(text, "my")


# --- a company's named beliefs; a faith asked

@pytest.mark.parametrize("text", [
    "Our team\nWe live by our SPARK beliefs: service, pride, agility, respect and kindness.",
    "Staff\nWe are guided by the company's five beliefs.",
])
def test_a_companys_named_beliefs_are_no_religion(text: str) -> None:
    assert "religion-criterion" not in rules(text, "my")


def test_a_faith_asked_is_still_found() -> None:
    assert "religion-criterion" in rules("Candidates must share our Christian beliefs.", "my")


# --- manpower as a workforce; a job noun of one sex before what is measured about those workers

@pytest.mark.parametrize("text", [
    "You will forecast manpower requirements for the warehouse.",
    "Improve manpower scheduling and rostering at the outlets.",
    "The agency is regulated by the Ministry of Manpower.",
    "Analyse salesman performance and visit reports each month.",
])
def test_a_workforce_or_workers_measured_are_no_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", ["We are hiring a salesman with a car.", "Looking for a handyman who can drive."])
def test_a_man_sought_is_still_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)
