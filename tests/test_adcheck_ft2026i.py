"""French offers of all sectors (care homes, social work, beauty care, public water services): the people the job
serves or works with (volunteers, adults and minors received), a care home's resident, the members of a team, a
trade given as an example, and the short « bi » read as the orientation only when an exclusion follows it; and the
unlawful look-alikes that must still be found. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


# --- the volunteers a coordinator works with, the adults and minors a social worker receives (the « served » frame)

@pytest.mark.parametrize("text", [
    "Le réseau compte des bénévoles de plus de 60 ans qui lisent des contes aux élèves.",
    "Vous animerez les bénévoles de moins de 30 ans engagés dans le service civique.",
])
def test_the_volunteers_ages_are_no_age_criterion(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recherchons des bénévoles de moins de 30 ans.",
    "Candidat de moins de 30 ans exigé.",
])
def test_an_age_asked_of_the_candidate_is_still_found(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Vous recevez des personnes majeures et mineures, en difficultés sociales, orientées par la mairie.",
    "Accompagnement des personnes adultes et en difficultés financières vers le logement.",
])
def test_the_people_received_in_difficulty_are_no_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


def test_a_candidate_turned_away_by_his_finances_is_still_found() -> None:
    assert "economic-vulnerability-criterion" in rules("Pas de candidats en situation de précarité.")


# --- « le résident » of a care home is a person, not an address

@pytest.mark.parametrize("text", [
    "L'aide-soignant accompagne le résident dans les gestes du quotidien.",
    "Vous aidez chaque résident à sa toilette et au repas.",
])
def test_a_care_homes_resident_is_no_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Vous devez être résident dans le département depuis deux ans.",
    "Candidats résidant à Lyon exigés.",
])
def test_where_the_candidate_lives_is_still_found(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


# --- the members of a team, a trade given as an example

@pytest.mark.parametrize("text", [
    "Au sein du service composé actuellement d'un responsable, de deux techniciens et d'une assistante administrative, "
    "vous serez chargé(e) des contrôles.",
    "Le cabinet, constitué d'un médecin et d'une secrétaire, vous accueille.",
    "Vous coordonnez les rendez-vous avec d'autres soignants comme une infirmière ou un kinésithérapeute.",
])
def test_a_colleague_or_an_example_in_the_feminine_is_no_one_sex_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recherchons une assistante administrative motivée.",
    "Vous êtes une vraie commerciale.",
])
def test_the_person_sought_in_the_feminine_is_still_found(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)


# --- « bi » alone

@pytest.mark.parametrize("text", [
    "Vous réaliserez des soins du visage « Ko Bi Do » et des massages.",
    "Tableaux de bord sous Power BI.",
])
def test_bi_alone_is_no_sexual_orientation(text: str) -> None:
    assert "sexual-orientation-criterion" not in rules(text)


@pytest.mark.parametrize("text", ["Homosexuels s'abstenir.", "Bi s'abstenir.", "Candidats hétéro uniquement."])
def test_an_orientation_turned_away_is_still_found(text: str) -> None:
    assert "sexual-orientation-criterion" in rules(text)
