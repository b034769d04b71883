"""Job ads for data jobs in France: a company born in a country, a drive to solve medical problems, the last item of
a non-discrimination list split from its opening by a stray full stop, and a perk told to the people of a city; with
the look-alikes that still ask the candidate. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


def english(text: str) -> set[str]:
    return rule_ids(text, "en", country="fr")

# --- a company born in a country is the employer's story (origin-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Join a fast-growing French-born scale up that builds payment tools.",
    "We are a British-born fashion brand with stores across Europe.",
    "A home-born startup now present in ten countries.",
    "Our French-born tech company is hiring a data engineer.",
])
def test_a_company_born_in_a_country_is_no_origin(text: str) -> None:
    assert "origin-criterion" not in english(text)


@pytest.mark.parametrize("text", [
    "French-born candidates only.",
    "We are looking for French-born engineers for our company.",
    "Applicants must be British-born.",
    "Preference for locally born staff.",
])
def test_a_candidate_born_in_a_country_is_still_found(text: str) -> None:
    assert "origin-criterion" in english(text)

# --- a medical problem the product solves is no candidate's health (health-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Driven to solve medical problems with data, our team builds tools for hospitals.",
    "We are passionate about solving health issues that affect millions of people.",
    "Our platform helps resolve chronic conditions earlier.",
])
def test_medical_problems_solved_by_the_job_are_no_health_criterion(text: str) -> None:
    assert "health-criterion" not in english(text)


@pytest.mark.parametrize("text", [
    "Candidates with medical problems will not be considered.",
    "No medical problems.",
    "Applicants must have no chronic conditions.",
])
def test_a_candidates_medical_problems_are_still_found(text: str) -> None:
    assert "health-criterion" in english(text)

# --- a list item after a stray full stop, closed by "or other protected characteristics" (statements, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "We do not discriminate based upon race, sex, physical characteristics (size, weight ... ).age, status as an "
    "individual with a disability, genetic information, or other applicable legally protected characteristics.",
    "We hire without regard to race or religion. Genetic information, or any other protected status.",
    "Employment decisions never rest on race or sex. Age, or other legally protected characteristics.",
])
def test_a_list_closed_by_other_protected_characteristics_is_a_statement(text: str) -> None:
    found = english(text)
    assert not found & {"genetics-criterion", "age-criterion", "disability-criterion"}


@pytest.mark.parametrize("text, rule", [
    ("Men only, aged under 30. We do not discriminate, or other protected characteristics.", "age-criterion"),
    ("Please provide your genetic information with your application.", "genetics-criterion"),
    ("Candidates must be under 30 years old.", "age-criterion"),
])
def test_a_requirement_outside_the_closed_list_is_still_found(text: str, rule: str) -> None:
    assert rule in english(text)

# --- a perk told to the people of a city is no condition (place-of-residence-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Si vous êtes bordelais, vous aurez la chance de travailler aux Chartrons.",
    "Si vous êtes lyonnaise, vous aurez l'occasion de venir au bureau à vélo.",
    "Si vous êtes parisien vous aurez aussi le plaisir de découvrir nos locaux du Marais.",
])
def test_a_perk_told_to_the_locals_is_no_residence_criterion(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Vous êtes bordelais, impérativement.",
    "Profil : vous êtes lyonnais et connaissez la ville.",
    "Bordelais uniquement.",
    "Si vous êtes bordelais, vous aurez la priorité.",
])
def test_being_a_local_asked_is_still_found(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)
