"""English ads of offices, banks, NGOs and public bodies in Kenya: the duties a list opens on a verb, the graduates
the holder mentors, a mission for children, a verb of benefiting, enterprises described by their faith, a
professional body, and the requirements that stay findings beside them (a national of a country, graduates of one
nationality, eligibility criteria, living in a district or moving there). Sentences written for these tests, not
taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "ke") -> set[str]:
    return rule_ids(text, "en", country=country)

# --- tasks: a line of duties that opens on a task verb in the imperative


@pytest.mark.parametrize("text", [
    "Key duties:\nSupport pregnant women attending the antenatal clinic.",
    "Responsibilities\n- Manage the welfare of Kenyan nationals in the transit camp.",
    "Duties:\n• Train Muslim and Christian youth leaders on peace building.",
])
def test_a_duty_that_opens_on_a_task_verb_names_the_people_served(text: str) -> None:
    found = rules(text)
    assert not found & {"pregnancy-criterion", "nationality-criterion", "religion-criterion"}


@pytest.mark.parametrize(("text", "rule"), [
    ("Requirements:\nProvide proof of Kenyan citizenship.", "nationality-criterion"),
    ("Requirements:\n- Kenyan nationals only.", "nationality-criterion"),
    ("Requirements:\nSupport staff must not be pregnant.", "pregnancy-criterion"),
    ("Requirements:\nMaintain a professional appearance at all times.", "physical-appearance-criterion"),
])
def test_a_requirement_in_a_list_is_still_read(text: str, rule: str) -> None:
    assert rule in rules(text)

# --- age: graduates the holder mentors or trains, not graduates sought


@pytest.mark.parametrize("text", [
    "Mentor interns and recent graduates joining the analytics unit.",
    "You will be coaching new graduates in their first year on the floor.",
    "Supervise field staff and fresh graduates on attachment.",
])
def test_graduates_the_holder_mentors_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "We are looking to train fresh graduates.",
    "Only recent graduates will be considered.",
    "Ideal for new graduates under 25.",
])
def test_graduates_sought_are_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- family situation: a mission that no child should go without


@pytest.mark.parametrize("text", [
    "Join our fight to ensure that no child goes to bed hungry.",
    "We work for a world where no family lives without clean water.",
])
def test_a_mission_for_children_is_no_family_situation(text: str) -> None:
    assert "family-situation-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Applicants with no children preferred.",
    "Candidates must have no family commitments.",
])
def test_a_candidate_without_children_asked_is_still_family_situation(text: str) -> None:
    assert "family-situation-criterion" in rules(text)

# --- economic vulnerability: having benefited from a programme is no welfare benefit


@pytest.mark.parametrize("text", [
    "Persons who have benefited from a similar attachment are not eligible.",
    "Applicants who benefited from the graduate scheme before will not be considered.",
])
def test_a_programme_benefited_from_is_no_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidates on benefits will not be considered.",
    "People receiving welfare need not apply.",
])
def test_welfare_benefits_turned_away_are_still_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" in rules(text)

# --- religion: enterprises, groups or investors described by their faith


@pytest.mark.parametrize("text", [
    "We lend to faith-driven, social enterprises across East Africa.",
    "Our clients include faith-based groups and cooperatives.",
    "A network of faith-led organisations funds the programme.",
])
def test_enterprises_described_by_their_faith_are_no_religion(text: str) -> None:
    assert "religion-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Applicants must share our Christian faith.",
    "Candidates should be practising Muslims.",
])
def test_a_faith_asked_of_the_candidate_is_still_religion(text: str) -> None:
    assert "religion-criterion" in rules(text)

# --- physical appearance: a professional body is an institution


@pytest.mark.parametrize("text", [
    "Member of a relevant professional body\nMinimum of five years of experience.",
    "Registration with the regulatory body\nMaximum travel of two weeks a month.",
])
def test_a_professional_body_is_no_physical_appearance(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Body size requirement: slim.",
    "Height minimum 170 cm.",
])
def test_a_body_asked_is_still_physical_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text)

# --- nationality: a national of a country, graduates of one nationality, eligibility criteria


@pytest.mark.parametrize("text", [
    "National of Kenya",
    "Applicants must be nationals of Uganda.",
    "Be unemployed Kenyan graduates from recognised institutions.",
    "ELIGIBILITY CRITERIA:\nBe Kenyan citizens.\nDiploma in the advertised discipline.",
])
def test_a_nationality_asked_is_nationality(text: str) -> None:
    assert "nationality-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Nationals of any country may apply.",
    "Nationals of other countries are encouraged to apply.",
    "Eligibility: right to work in Kenya.",
    "Must be eligible to work in Kenya.",
])
def test_any_nationality_or_the_right_to_work_is_no_nationality(text: str) -> None:
    assert "nationality-criterion" not in rules(text)

# --- place of residence: living in a district or moving there


@pytest.mark.parametrize("text", [
    "Location: Must be living or willing to relocate to Kawangware or Kabiria.",
    "Applicants must reside or be willing to move to Westlands.",
])
def test_living_in_a_district_or_moving_there_is_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Willingness to travel extensively within the county.",
    "Must be willing to relocate if required.",
])
def test_mobility_alone_is_no_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)
