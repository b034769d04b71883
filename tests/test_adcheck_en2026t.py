"""English ads for jobs in the Netherlands: where the candidate lives, asked as a profile line ("you are already living
in ..."), a preference, a condition said to matter, a screening question, a post available only to residents, or
after the job's place in one sentence; native skills in a language and a fluent/native alternative; a young team or
firm named after several qualities or a board's backslash; counts of years and hours that are no age; research on
who applies; an employer's roots, a pay scheme called a model, a fee not paid to agencies, a benefit that keeps the
staff fit, "these guys" as an organisation, "every single person". Sentences written for these tests, not taken from
the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "nl") -> set[str]:
    return rule_ids(text, "en", country=country)


RESIDENCE = "place-of-residence-criterion"

# --- place of residence: the job's place named first no longer hides a requirement on where the candidate is


@pytest.mark.parametrize("text", [
    "To be considered for this role, you must be located in Belgium or elsewhere in the EU.",
    "For this position applicants must live within commuting distance of Delft.",
    "This job is hybrid; candidates should be living in Zeeland already.",
])
def test_a_requirement_on_where_the_candidate_is_after_the_job_is_read(text: str) -> None:
    assert RESIDENCE in rules(text)


@pytest.mark.parametrize("text", [
    "This position is located in our Groningen office.",
    "The role is based in Leiden, with two days a week from home.",
    "Relocation support is offered for this position.",
])
def test_the_place_of_the_job_stays_lawful(text: str) -> None:
    assert RESIDENCE not in rules(text)

# --- place of residence: the candidate's profile placed where they live


@pytest.mark.parametrize("text", [
    "You are already living in Belgium and hold a valid work permit.",
    "You are located in the Netherlands and speak fluent English.",
    "Ideally, you are living in Utrecht or willing to move there.",
    "You are either an EU student residing in Flanders during the traineeship or a non-EU student living there.",
    "You're currently residing in the Randstad.",
])
def test_a_profile_line_on_where_the_candidate_lives_is_residence(text: str) -> None:
    assert RESIDENCE in rules(text)


@pytest.mark.parametrize("text", [
    "If you are living abroad, we will help you move.",
    "Whether you are located in Utrecht or Eindhoven, you will travel to clients.",
    "As a consultant you are located in our Amsterdam office three days a week.",
    "You are located at the client's site most of the week.",
])
def test_a_condition_or_the_office_is_no_residence(text: str) -> None:
    assert RESIDENCE not in rules(text)

# --- place of residence: a preference, a condition said to matter, a screening question, a post for residents only


@pytest.mark.parametrize("text", [
    "- Preferably located in Haarlem",
    "Because the team meets often, it's important that you live close to Zwolle.",
    "It is essential you live in or near Nijmegen.",
    "Screening question: Do you live in/near Breda currently?",
    "This vacancy is only available for people living in Belgium.",
    "- Living or working in the Utrecht region or within an hour's drive of the site",
])
def test_where_the_candidate_lives_preferred_stressed_or_asked_is_residence(text: str) -> None:
    assert RESIDENCE in rules(text)


@pytest.mark.parametrize("text", [
    "Do you live and breathe data?",
    "Free legal advice is open to anyone living in the region.",
    "Our services are available to people living in Amsterdam and Utrecht.",
    "We help newcomers who are living in the Netherlands find a home.",
    "Location: our workshop is ideally located in Dordrecht, 5 km from the A16.",
])
def test_lawful_look_alikes_of_residence_stay_lawful(text: str) -> None:
    assert RESIDENCE not in rules(text)

# --- language: native skills in a language; a fluent or native speaker


def test_native_skills_in_a_language_is_a_native_speaker_requirement() -> None:
    assert "language-criterion" in rules("- Native written and spoken communication skills in German")


@pytest.mark.parametrize("text", [
    "The client requires a fluent/native Dutch speaker.",
    "We need a fluent / native French speaker for this market.",
])
def test_fluent_or_native_is_a_level(text: str) -> None:
    assert "language-criterion" not in rules(text)


def test_a_native_speaker_alone_is_still_language() -> None:
    assert "language-criterion" in rules("Native Dutch speaker required.")

# --- age: a young team or firm after several qualities or names


@pytest.mark.parametrize("text", [
    "You will join our young and dynamic Customer Data Platform team.",
    "Acme is a young, energetic and fast-growing logistics software provider.",
    "Do you want to work in a young, global and fast\\-growing team?",
])
def test_a_young_team_or_firm_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "We want a young and dynamic person to join our team.",
    "We are looking for young, motivated engineers for our team.",
])
def test_a_young_person_for_the_team_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- age: counts of years and hours


@pytest.mark.parametrize("text", [
    "A minimum of 15+ years' experience in commercial roles.",
    "A minimum of 12\\+ years’ experience in sales.",
    "A part-time internship for at least 20 hr/w.",
    "Available at least 24 h a week.",
])
def test_years_plus_and_hours_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Must be at least 20 years old.",
    "Candidates must be at least 21.",
])
def test_an_age_bound_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- sex: research on who applies


@pytest.mark.parametrize("text", [
    "Research shows that female candidates only apply when they meet all the requirements, male candidates at 60%.",
    "Studies show that women apply only if they tick every box, so please apply anyway.",
])
def test_research_on_who_applies_is_no_requirement(text: str) -> None:
    assert "sex-requirement" not in rules(text)


@pytest.mark.parametrize("text", [
    "Female candidates only.",
    "Research shows that diverse teams perform better. Male applicants only.",
])
def test_a_sex_asked_is_still_a_requirement(text: str) -> None:
    assert "sex-requirement" in rules(text)

# --- the employer's roots, a pay scheme called a model, a fee not paid to agencies, a benefit that keeps staff fit


def test_a_consultancy_with_roots_describes_the_employer() -> None:
    text = "Nordwind is an independent technology consultancy with Scandinavian roots and global reach."
    assert "origin-criterion" not in rules(text)


def test_a_candidate_of_an_origin_is_still_origin() -> None:
    assert "origin-criterion" in rules("Candidates of Scandinavian origin only.")


def test_a_pay_scheme_called_a_model_is_no_looks() -> None:
    text = "Compensation model: benefit from our attractive model, including a yearly bonus."
    assert "physical-appearance-criterion" not in rules(text)


def test_an_attractive_model_sought_is_still_looks() -> None:
    assert "physical-appearance-criterion" in rules("We need an attractive model for the shoot.")


def test_a_fee_not_paid_to_agencies_is_no_charge() -> None:
    text = "Unsolicited CVs from agencies are our property; we will not be held liable to pay a placement fee."
    assert "misleading-claim" not in rules(text)


def test_a_fee_charged_to_candidates_is_still_misleading() -> None:
    assert "misleading-claim" in rules("Candidates pay a placement fee of 150 euros.")


@pytest.mark.parametrize("text", [
    "* Free yoga classes to keep you physically and mentally fit.",
    "A gym budget helps you stay healthy.",
])
def test_a_benefit_that_keeps_staff_fit_is_no_health_condition(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "You must be physically and mentally fit.",
    "Candidates must stay mentally fit under pressure.",
    "You must keep yourself physically fit.",
])
def test_fitness_asked_is_still_health(text: str) -> None:
    assert "health-criterion" in rules(text)

# --- "these guys" as an organisation, "every single person"


def test_these_guys_as_an_organisation_is_no_one_sex_wording() -> None:
    text = "These guys are a scale up building route-planning software."
    assert not rules(text) & {"gendered-wording-fr", "sex-requirement"}


def test_guys_wanted_is_still_sex() -> None:
    assert "sex-requirement" in rules("Guys wanted for warehouse work.")


def test_every_single_person_is_no_marital_status() -> None:
    text = "We create a workplace where every single person is valued."
    assert "family-situation-criterion" not in rules(text)


def test_a_single_person_wanted_is_still_family_situation() -> None:
    assert "family-situation-criterion" in rules("Single person wanted for a live-in post.")
