"""Job ads for jobs in France of engineering, public service and office trades: the years of an employer's history in
its trade, the employer's financial standing among its qualities, the public servant's duty of neutrality, the right
to work asked of foreign candidates, and « elle » taking up « la personne recrutée »; with the look-alikes that still
ask the candidate. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")

# --- the years of an employer's history in its trade are a duration (age-criterion, rules/eu.yml `experience`)

@pytest.mark.parametrize("text", [
    "Plus de 50 ans d'ingénierie au service de nos clients industriels.",
    "Fort de 30 ans de savoir-faire, notre atelier recrute un tourneur.",
    "Une maison qui compte 120 ans d'histoire et de tradition.",
    "Nous cumulons 25 ans d'innovation dans le ferroviaire.",
])
def test_the_years_of_an_employers_history_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidats de plus de 50 ans s'abstenir.",
    "Vous avez moins de 30 ans.",
    "Âgé de 25 à 35 ans.",
    "Jeune technicien recherché pour notre atelier.",
])
def test_an_age_asked_of_the_candidate_is_still_found(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- the employer's financial standing among its qualities (economic-vulnerability-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Une entreprise solide : grand groupe en soutien, stabilité financière et rayonnement international.",
    "Une PME familiale et stable, avec une stabilité financière reconnue depuis vingt ans.",
    "Rejoignez un groupe en croissance, gage de stabilité financière pour ses équipes.",
    "Nos atouts : stabilité financière et croissance continue.",
])
def test_the_employers_financial_stability_is_no_criterion(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Stabilité financière exigée du candidat.",
    "Situation financière saine exigée.",
    "Pas de candidats en situation de surendettement.",
])
def test_the_candidates_finances_are_still_found(text: str) -> None:
    assert "economic-vulnerability-criterion" in rules(text)

# --- the public servant's statutory duty of neutrality (religion-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Les personnels ont un devoir de stricte neutralité politique et religieuse.",
    "Obligation de neutralité religieuse des agents du service public.",
    "Les agents sont soumis au devoir de neutralité religieuse et politique.",
])
def test_the_duty_of_neutrality_of_public_servants_is_no_religion_criterion(text: str) -> None:
    assert "religion-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Pas de signes religieux.",
    "Catholique pratiquant de préférence.",
    "Tenue religieuse interdite aux candidates.",
])
def test_a_religion_asked_of_the_candidate_is_still_found(text: str) -> None:
    assert "religion-criterion" in rules(text)

# --- the right to work asked of foreign candidates (nationality-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Pour les candidats étrangers, il est exigé une autorisation de travail.",
    "Les candidats étrangers devront disposer d'un titre de séjour valide.",
    "Candidats hors UE : permis de travail en France requis.",
])
def test_the_right_to_work_of_foreign_candidates_is_no_nationality(text: str) -> None:
    assert "nationality-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidats étrangers non acceptés.",
    "Pas d'étrangers.",
    "Profils étrangers s'abstenir, merci.",
])
def test_foreign_candidates_turned_away_are_still_found(text: str) -> None:
    assert "nationality-criterion" in rules(text)

# --- « elle » taking up « la personne recrutée » (gendered-wording-fr, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "La personne recrutée sera responsable des essais. Elle travaillera avec une équipe de dix chercheurs.",
    "La personne recrutée sera responsable des essais, elle travaillera avec une équipe de dix chercheurs.",
    "La personne retenue rejoindra le service achats. Elle sera chargée des commandes et elle participera aux "
    "inventaires.",
])
def test_elle_after_la_personne_recrutee_is_the_neutral_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "Elle travaillera avec le directeur commercial.",
    "Le candidat retenu rejoindra l'équipe. Elle travaillera avec le directeur.",
    "Nous recherchons une assistante. Elle travaillera avec le directeur.",
])
def test_elle_naming_the_hire_without_la_personne_is_still_found(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)
