"""English ads for jobs in Germany and Canada: where the candidate lives, asked as "must be resident of" a place, as a
line of the profile ("Residence in ..."), or as living somewhere marked as a must; a decimal or a percentage written
with a board's backslashes, a document's age and a product's users that are no age; a count of the staff's
nationalities with an adjective; citizenship, permanent residency or a work permit as the statuses that give the
right to work; a free health check-up, code kept in good shape and health cover named with dental cover; a welcome
kit among perks and days off guaranteed that are no charge and no earnings promise; Postman in a list of web
technologies. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "de") -> set[str]:
    return rule_ids(text, "en", country=country)


RESIDENCE = "place-of-residence-criterion"
AGE = "age-criterion"
NATIONALITY = "nationality-criterion"
HEALTH = "health-criterion"
MISLEADING = "misleading-claim"
GENDERED = "gendered-wording-fr"

# --- place of residence: "resident of" a place, a residence line, living somewhere as a must


@pytest.mark.parametrize("text", [
    "Applicants must be resident of Austria at the start of the contract.",
    "You should be a resident of the Flemish Region.",
    "* Residence in Bavaria already established",
    "- Residency in the EU",
    "Fluent Spanish and living in Seville or its province (must-have)",
    "Living in the Hamburg area - mandatory",
    "Residing near Lyon (must\\-have)",
])
def test_where_the_candidate_lives_asked_is_residence(text: str) -> None:
    assert RESIDENCE in rules(text)


@pytest.mark.parametrize("text", [
    "Residence in Berlin provided for the first three months.",
    "- Residence permit in Germany or EU citizenship",
    "Experience living in Asia is required.",
    "The role is based in Hamburg; relocation support is offered.",
    "Our residents of the care home enjoy daily activities.",
])
def test_a_residence_offered_a_permit_or_experience_abroad_stays_lawful(text: str) -> None:
    assert RESIDENCE not in rules(text)

# --- age: figures and documents that are no age, a product's users


@pytest.mark.parametrize("text", [
    "* Keep a service availability of at least 99\\.5%.",
    "* Keep a service availability of at least 99\\\\.95%.",
    "Send a certificate of enrolment (not older than 3 months).",
    "Please attach a police record no older than six months.",
    "We build tools a 60-year-old site manager and a young apprentice want to use every day.",
    "An app that older farmers can use without training.",
])
def test_figures_documents_and_users_are_no_age(text: str) -> None:
    assert AGE not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidates must be at least 25 years old.",
    "Applicants should be no older than 35.",
    "We want young candidates who love to use new tools.",
    "Ideal for a young graduate.",
])
def test_an_age_asked_of_the_candidate_is_still_read(text: str) -> None:
    assert AGE in rules(text)

# --- nationality: the staff's nationalities counted; the statuses that give the right to work


@pytest.mark.parametrize("text", [
    "Join more than 70 different nationalities in our Munich office.",
    "Our team brings together 40 distinct nationalities.",
    "Required: Canadian citizenship, permanent residency, or a valid open work permit.",
    "EU citizenship, permanent residence or a work permit for Germany.",
])
def test_staff_counts_and_right_to_work_statuses_are_no_nationality(text: str) -> None:
    assert NATIONALITY not in rules(text, "ca")


@pytest.mark.parametrize("text", [
    "Canadian citizenship required.",
    "Only German nationals will be considered.",
    "Must hold an EU Passport.",
])
def test_a_nationality_required_is_still_read(text: str) -> None:
    assert NATIONALITY in rules(text)

# --- health: benefits and things kept in shape


@pytest.mark.parametrize("text", [
    "Once a year we offer you a free eye health check-up at one of our opticians.",
    "An annual health screening paid by the company.",
    "You own your services and have to maintain them in good shape.",
    "We offer competitive salaries and excellent health and dental benefits.",
    "Comprehensive medical, dental and vision coverage from day one.",
])
def test_health_benefits_and_code_in_good_shape_are_lawful(text: str) -> None:
    assert HEALTH not in rules(text, "ca")


@pytest.mark.parametrize("text", [
    "Candidates must be in excellent health.",
    "You must pass a health check before starting.",
    "Applicants in good shape only.",
])
def test_the_candidates_health_asked_is_still_read(text: str) -> None:
    assert HEALTH in rules(text, "ca")

# --- misleading: a kit among perks, days off guaranteed


@pytest.mark.parametrize("text", [
    "Perks & Extras - Onboarding kit, anniversary gifts and a referral bonus.",
    "Welcome pack, hoodies and vouchers for your first week.",
    "Work-life balance guaranteed\n28 vacation days are guaranteed.",
    "We guarantee 30 days of paid leave.",
])
def test_perks_and_days_off_are_no_charge_nor_promise(text: str) -> None:
    assert MISLEADING not in rules(text)


@pytest.mark.parametrize("text", [
    "Applicants pay a small fee for the starter kit before training.",
    "Guaranteed income of 5000 € per month from home!",
    "A registration fee of 50 € is charged to each applicant.",
])
def test_a_charge_or_an_earnings_promise_is_still_read(text: str) -> None:
    assert MISLEADING in rules(text)

# --- gendered wording: a testing tool named among web technologies


@pytest.mark.parametrize("text", [
    "Knowledge of SQL, HTML, and Postman.",
    "Comfortable with JSON payloads and Postman collections.",
])
def test_postman_among_web_technologies_is_a_tool(text: str) -> None:
    assert GENDERED not in rules(text, "ca")


@pytest.mark.parametrize("text", [
    "We are hiring a postman for the village round.",
    "Wanted: reliable postman with a clean driving licence.",
])
def test_a_postman_sought_is_still_read(text: str) -> None:
    assert GENDERED in rules(text, "ca")
