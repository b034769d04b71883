"""French job ads of every trade, and the word senses that are no criterion in them: « au sein(s) d'une équipe »
(no body), the presentation of products (not of the person), conviction as persuasiveness (not a belief), a pay
level aimed at or offered (not the pay received), accommodation offered, a way of living and the staff counted (not
a place of residence), the solvency regime of insurers and studies of the economy (not the candidate's money). Also
a zone of residence imposed and demands on the person's presentation, which are criteria. Sentences written for
these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


# --- physical appearance

@pytest.mark.parametrize("text", [
    "Vous aimez évoluer au seins d'une équipe soudée.",
    "Vous travaillerez au sein d'une brigade de cinq cuisiniers.",
])
def test_au_sein_d_une_equipe_is_no_body(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Vous veillez à la bonne présentation des produits en rayon.",
    "Assurer la présentation soignée des plats avant l'envoi en salle.",
    "Vous garantissez une présentation impeccable de nos vitrines.",
    "Missions : réception des livraisons, bonne présentation en rayon, encaissement.",
])
def test_the_presentation_of_things_is_no_appearance(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Profil : bonne présentation et sens du service.",
    "Présentation soignée exigée pour ce poste d'accueil.",
    "Au contact des clients, le poste comporte des exigences strictes dans la présentation.",
    "Au comptoir, nous sommes très exigeants sur la tenue.",
])
def test_the_persons_presentation_is_still_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text)


# --- religion

@pytest.mark.parametrize("text", [
    "Force de proposition et de conviction, vous savez embarquer vos interlocuteurs.",
    "Vous avez une grande capacité de persuasion et de conviction.",
    "Vous défendez vos idées avec conviction auprès des clients.",
    "Votre pouvoir de conviction fera la différence en rendez-vous.",
])
def test_conviction_as_persuasiveness_is_no_religion(text: str) -> None:
    assert "religion-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Merci d'indiquer votre conviction religieuse.",
    "Candidats de confession catholique de préférence.",
])
def test_a_belief_is_still_religion(text: str) -> None:
    assert "religion-criterion" in rules(text)


# --- pay history

@pytest.mark.parametrize("text", [
    "Tenace, vous êtes focus sur le niveau de rémunération que vous souhaitez atteindre.",
    "Nous offrons un niveau de rémunération attractif et évolutif.",
    "Le niveau de salaire proposé dépend de l'expérience.",
])
def test_a_pay_level_aimed_at_or_offered_is_no_pay_history(text: str) -> None:
    assert "pay-history" not in rules(text)


@pytest.mark.parametrize("text", [
    "Merci de préciser votre niveau de rémunération actuel.",
    "Indiquez votre salaire actuel dans votre lettre.",
])
def test_the_pay_received_is_still_pay_history(text: str) -> None:
    assert "pay-history" in rules(text)


# --- place of residence

@pytest.mark.parametrize("text", [
    "Les avantages : logement sur place, repas, mutuelle.",
    "Logement fourni pendant toute la saison.",
    "Passionné d'outdoor, vous aimez vivre en extérieur.",
    "Vous rejoindrez une équipe de 8 personnes du département Finance.",
    "Le site compte 40 collaborateurs du service maintenance.",
])
def test_housing_offered_a_way_of_living_or_the_staff_counted_is_no_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Les astreintes imposent une zone d'habitat définie autour du dépôt.",
    "Astreintes imposant une zone de résidence proche de l'usine.",
    "Vous devez habiter à moins de 20 km de l'agence.",
    "Candidats du département uniquement.",
])
def test_a_zone_of_residence_imposed_is_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


# --- economic vulnerability

@pytest.mark.parametrize("text", [
    "Vous participerez aux travaux de modélisation sous Solvabilité II.",
    "Le service produit des diagnostics et des prévisions sur la situation économique.",
    "Études statistiques sur la situation économique des ménages.",
])
def test_insurers_solvency_rules_and_studies_of_the_economy_are_no_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Une situation financière stable est exigée.",
    "Justificatif de solvabilité demandé avec le CV.",
])
def test_the_candidates_money_is_still_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" in rules(text)
