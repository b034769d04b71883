"""English ads for jobs in the Gulf that turn away candidates who are not already in the country, name two
nationalities or more, or ask the last salary; words joined by a lost line break; and the lawful look-alikes: a
thing kept in good condition, an attentive worker, the young children a nursery cares for, the job noun in both
sexes, a national identity card, a photo's background, a place kept presentable. Sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "ae") -> set[str]:
    return rule_ids(text, "en", country=country)


# --- already in the country (place-of-residence-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Note: candidates must be in Qatar at the time of applying.",
    "Interested applicants should already be inside the UAE.",
    "Applicants can apply only inside Kuwait.",
    "Apply only if you are currently in Bahrain.",
    "Only those in Oman will be considered for this post.",
    "Only candidates residing in Saudi Arabia, please.",
    "Must be available in Dubai and can join immediately.",
])
def test_a_candidate_asked_to_be_already_in_the_country_is_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Candidates can apply from inside or outside the UAE.",
    "Applicants must be in possession of a valid driving licence.",
    "You must be in the office by 8 am on weekdays.",
    "The role is based in Doha with travel across the region.",
    "We hire from inside the company first.",
])
def test_the_place_of_work_or_an_open_call_is_no_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)


# --- two nationalities or more (nationality-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Nepali or Sri Lankan required for this security post.",
    "Kenyan and Ugandan candidates only.",
    "Drivers wanted, Egyptian or Jordanian, with a licence.",
    "Cleaning staff needed , Filipino or Indonesian.",
])
def test_nationalities_joined_then_required_or_after_the_people_sought_are_nationality(text: str) -> None:
    assert "nationality-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "English or Arabic required.",
    "Staff required, Indian cuisine experience a plus.",
    "Chefs wanted, Italian restaurant in the marina.",
    "A copy of your Emirates ID and national identity card.",
])
def test_a_language_a_cuisine_or_an_identity_document_is_no_nationality(text: str) -> None:
    assert "nationality-criterion" not in rules(text)


# --- the last salary with the expected one (pay-history)

def test_the_last_drawn_salary_with_the_expected_one_is_pay_history() -> None:
    assert "pay-history" in rules("Send your CV stating your last drawn & expected salary.")


def test_the_expected_salary_alone_is_no_pay_history() -> None:
    assert "pay-history" not in rules("Send your CV stating your expected salary.")


# --- words joined by a lost line break (text.py split_joined, adcheck.js splitJoined)

@pytest.mark.parametrize("text, rule", [
    ("Degree in accounting or a related fieldNationality: Indian only.", "nationality-criterion"),
    ("Good communication skillsProfessional appearance and demeanour", "physical-appearance-criterion"),
    ("Salary negotiableOnly those in UAE should apply", "place-of-residence-criterion"),
    ("NOTE: Applicant must be in UAEInterested applicants can apply by e-mail.", "place-of-residence-criterion"),
    ("Must have a valid licenceNo women need apply.", "sex-requirement"),
])
def test_a_requirement_joined_to_the_line_before_is_still_read(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize("text", [
    "Send your CV through LinkedIn or WhatsApp.",
    "Strong PowerPoint and JavaScript skills; a PhD is a plus.",
    "Update our LinkedIn page and our SQLite and PHPUnit set-up; HRManager experience is a plus.",
])
def test_brand_names_and_degrees_written_in_one_word_raise_nothing(text: str) -> None:
    assert not {r for r in rules(text) if r.endswith("-criterion")}


# --- lawful look-alikes

@pytest.mark.parametrize("text", [
    "Keep the delivery van clean and in good condition.",
    "Make sure parcels arrive in excellent condition.",
    "Physically fit and able to lift boxes of 20 kg.",
])
def test_things_in_good_condition_or_a_lifting_task_are_no_health_criterion(text: str) -> None:
    assert "health-criterion" not in rules(text)


def test_good_health_asked_of_the_candidate_is_still_health() -> None:
    assert "health-criterion" in rules("Candidates must be in good health.")


def test_an_observant_worker_is_no_religion_but_an_observant_believer_is() -> None:
    assert "religion-criterion" not in rules("We need an observant and alert pool attendant.")
    assert "religion-criterion" in rules("Observant Christians preferred.")


def test_young_children_cared_for_are_no_age_but_young_minds_wanted_are() -> None:
    assert "age-criterion" not in rules("Our nursery teachers look after young children and help shape young minds.")
    assert "age-criterion" in rules("Young minds wanted for our sales floor.")


@pytest.mark.parametrize("text", [
    "We are hiring an Office Boy/Girl for our clinic.",
    "Tea boy or tea lady for a busy office.",
    "Site workers report any hazard to the foreman.",
    "Benefits include health and workmen's compensation insurance.",
    "To augment the existing manpower strength of our plant.",
])
def test_both_sexes_a_workmen_insurance_or_the_foreman_reported_to_are_no_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


def test_a_job_noun_of_one_sex_is_still_gendered_wording() -> None:
    assert "gendered-wording-fr" in rules("We need an experienced foreman for the crane yard.")


def test_a_photo_background_is_no_origin_and_a_tidy_reception_area_no_appearance() -> None:
    assert "origin-criterion" not in rules("Documents: passport copy and two photos with a white background.")
    assert "physical-appearance-criterion" not in rules("Keep the reception area tidy and presentable.")


def test_a_presentable_candidate_is_still_appearance() -> None:
    assert "physical-appearance-criterion" in rules("Receptionist must be presentable.")


# --- a father's or a husband's visa (family-situation-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Applicants must be in Qatar with (Father or Husband Visa).",
    "Ladies holding a husband's visa may apply.",
])
def test_a_father_s_or_husband_s_visa_asked_is_family_situation(text: str) -> None:
    assert "family-situation-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Package with family visa and yearly air tickets.",
    "We sponsor your spouse visa after probation.",
])
def test_a_family_visa_the_employer_gives_is_no_family_situation(text: str) -> None:
    assert "family-situation-criterion" not in rules(text)
