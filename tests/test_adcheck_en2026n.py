"""English ads of care, hospitality, warehouses and call centres in the UK, India, Australia and the US: the scopes
that describe the people served, the employer, the pay scale, a task or a thing rather than the candidate, and the
requirements that stay findings beside them. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "gb") -> set[str]:
    return rule_ids(text, "en", country=country)

# --- age: the children served, the employer's make-up, a pay scale's age bands, a number of hours


@pytest.mark.parametrize("text", [
    "You will run craft sessions for about 20 children aged 6/7 at weekends.",
    "Our home looks after young people aged 11 to 16.",
    "We care for infants, toddlers, and young people in our centre.",
    "Keep each pupil or young person safe at all times.",
    "Our studio is made up of young designers and seasoned engineers.",
    "Pay: £12.60 an hour for those over 21, £10.85 below that.",
    "Rates: over 21s £12.60 an hour, apprentices £7.55.",
    "Hours: no more than 12 per week during term time.",
])
def test_the_children_served_the_employer_a_pay_scale_or_hours_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text, "au")


@pytest.mark.parametrize("text", [
    "Applicants must be under 30.",
    "Candidates no more than 35 years old.",
    "We want young staff for our new cafe.",
    "Looking for a young and energetic receptionist.",
])
def test_an_age_asked_of_the_candidate_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text, "au")

# --- sex: the under-represented sex encouraged to apply, verb first


@pytest.mark.parametrize("text", [
    "We strongly encourage female applicants to apply for this engineering role.",
    "We actively welcome male candidates to join our nursing team.",
])
def test_the_under_represented_sex_encouraged_is_no_sex_requirement(text: str) -> None:
    assert "sex-requirement" not in rules(text)


@pytest.mark.parametrize("text", [
    "Female candidates preferred.",
    "We only hire male applicants for this position.",
])
def test_one_sex_asked_is_still_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)

# --- religion: a team described by its diverse beliefs


@pytest.mark.parametrize("text", [
    "Join colleagues of diverse ages, cultures, languages and beliefs.",
    "Our staff bring different backgrounds, faiths and perspectives to work.",
])
def test_a_team_described_by_its_diverse_beliefs_is_no_religion(text: str) -> None:
    assert "religion-criterion" not in rules(text, "au")


def test_a_faith_asked_of_the_candidate_is_still_religion() -> None:
    assert "religion-criterion" in rules("Applicants must be practising Christians.", "au")

# --- health: fitness for a named task, the health checks the job makes, records kept


@pytest.mark.parametrize("text", [
    "Physically fit and able to stay on your feet for a ten-hour shift.",
    "We need physically able performers who are able to run through a dark maze.",
    "You will carry out routine health checks of workers on site.",
    "Document in the medical records how each patient responds.",
])
def test_fitness_for_a_task_or_health_checks_made_by_the_job_are_no_health(text: str) -> None:
    assert "health-criterion" not in rules(text, "in")


@pytest.mark.parametrize("text", [
    "Must be physically fit and healthy.",
    "Candidates must be physically fit.",
    "Please send your medical history with the application.",
])
def test_the_candidates_health_asked_is_still_health(text: str) -> None:
    assert "health-criterion" in rules(text, "in")

# --- misleading: an hourly wage and a referral bonus are no earnings promise


@pytest.mark.parametrize("text", [
    "Earn up to $21.50 per hour plus overtime.",
    "Earn unlimited referral bonuses when friends join us.",
    "Earn uncapped bonuses for referring friends to our team.",
])
def test_an_hourly_wage_or_a_referral_bonus_is_not_misleading(text: str) -> None:
    assert "misleading-claim" not in rules(text, "us")


@pytest.mark.parametrize("text", [
    "Earn $400 per hour from home!",
    "Earn unlimited commissions with no experience.",
    "Earn up to $6,000 a week working part-time.",
])
def test_an_earnings_promise_is_still_misleading(text: str) -> None:
    assert "misleading-claim" in rules(text, "us")

# --- nationality: a licence a country issues


@pytest.mark.parametrize("text", [
    "Current Canadian driver's licence and a reliable car.",
    "Full Australian drivers licence (required)",
    "Valid Irish driver’s permit essential.",
])
def test_a_licence_a_country_issues_is_no_nationality(text: str) -> None:
    assert "nationality-criterion" not in rules(text, "au")


@pytest.mark.parametrize("text", [
    "Australian drivers only.",
    "We need Canadian drivers for this route.",
])
def test_drivers_of_one_nationality_are_still_nationality(text: str) -> None:
    assert "nationality-criterion" in rules(text, "au")

# --- disability: no limit on the hours one may work


def test_no_limitations_on_hours_is_no_disability() -> None:
    assert "disability-criterion" not in rules("Full working rights with no limitations on hours.", "au")


def test_no_limitations_of_the_candidate_is_still_disability() -> None:
    assert "disability-criterion" in rules("Applicants must have no physical limitations.", "au")

# --- physical appearance: the appearance of things; a cup of tea


@pytest.mark.parametrize("text", [
    "Maintain a neat appearance of the shelves and pallets.",
    "Share a cup of tea with the residents each afternoon.",
])
def test_the_appearance_of_things_or_a_cup_of_coffee_is_no_appearance(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text, "us")


@pytest.mark.parametrize("text", [
    "Must have a neat appearance.",
    "Models wanted, C cup or larger.",
])
def test_the_candidates_appearance_is_still_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text, "us")

# --- requirements written as a board's fields or in a looser frame


@pytest.mark.parametrize("text", [
    "**Gender:** Female",
    "Currently on the lookout for friendly, patient men to join our night team.",
])
def test_a_sex_in_a_markdown_field_or_after_on_the_lookout_for_is_sex(text: str) -> None:
    assert "sex-requirement" in rules(text, "in")


@pytest.mark.parametrize("text", [
    "Age :- Less then 28",
    "**Age** :- 35+",
    "Age - above 40",
])
def test_an_age_field_with_its_punctuation_and_a_bound_is_age(text: str) -> None:
    assert "age-criterion" in rules(text, "in")


@pytest.mark.parametrize("text", [
    "Age: 18+",
    "Usage: 40+ dashboards a month",
    "Page count: 30+",
])
def test_the_age_of_majority_or_other_numbers_after_a_colon_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text, "in")


@pytest.mark.parametrize("text", [
    "Immaculate grooming and a friendly smile.",
    "Professional manner and appearance at all times.",
    "Neatly dressed and punctual.",
])
def test_grooming_or_appearance_asked_with_the_conduct_is_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text, "au")


@pytest.mark.parametrize("text", [
    "Excellent presentation skills and clear slides.",
    "Check the conduct and appearance of the store each morning.",
])
def test_presentation_skills_or_a_stores_appearance_are_no_appearance(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text, "au")

# --- the person a support worker supports, "customer service" as a job, the employer on the lookout, the people of
# one place (audience and served contexts, rules/eu.yml; place of residence, rules/fr.yml; self-description,
# rules/gender-coding.yml)


@pytest.mark.parametrize("text", [
    "You will support a 19 year old male to live independently within his own home.",
    "Our workers support older people to stay in their own homes, women and men alike.",
    "We provide customer service to women and men alike.",
])
def test_the_person_supported_and_the_customers_served_are_no_criterion(text: str) -> None:
    assert not rules(text, "au") & {"age-criterion", "sex-requirement", "gendered-wording-fr"}


@pytest.mark.parametrize("text", [
    "Customer Service Executive (male )",
    "Client Service Assistant (female)",
    "We are on the lookout for friendly, caring women to join our team.",
    "We're on the lookout for young men to join the crew.",
])
def test_a_sex_asked_beside_customer_service_or_on_the_lookout_is_found(text: str) -> None:
    assert "sex-requirement" in rules(text, "in")


def test_the_hire_s_own_car_is_still_one_sex_wording() -> None:
    assert "gendered-wording-fr" in rules("The driver must have his own car.")


@pytest.mark.parametrize("text", [
    "We are currently seeking carers who live in and around the Leeds area.",
    "Hiring drivers who reside in the Croydon district.",
    "Only Bangalore people eligible.",
    "Pune residents only.",
    "Mumbai candidates are eligible.",
])
def test_the_people_of_one_place_sought_are_a_residence_criterion(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text, "in")


@pytest.mark.parametrize("text", [
    "Our clients are people who live in and around the Ryde area.",
    "We are hiring support workers to help families who live in the Leeds area.",
    "Our Mumbai people are friendly and welcoming.",
    "The role is based in Bangalore; people from every background are welcome.",
])
def test_the_people_served_or_the_team_of_a_place_are_no_residence_criterion(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text, "in")
