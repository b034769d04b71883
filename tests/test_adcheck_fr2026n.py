"""French ads for jobs in France in care homes, social work, youth work and offices: the papers, people and
conditions the job deals with read as the job's, not as asked of the candidate (payslips passed on to the payroll
service, the families and the young people followed, the illnesses a nurse treats, alerts raised as a duty, a
colleague the hire works with), and the look-alikes that still ask the candidate. Sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")

# --- payslips passed on to an in-house service for processing (pay-history, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Transmettre les notes de frais au service RH pour saisie sur le bulletin de salaire.",
    "Envoyer les relevés d'heures à la comptabilité pour calcul sur le bulletin de paie du mois.",
])
def test_papers_passed_on_to_the_payroll_service_are_no_pay_history(text: str) -> None:
    assert "pay-history" not in rules(text)


@pytest.mark.parametrize("text", [
    "Merci de transmettre votre CV au service RH avec vos trois derniers bulletins de salaire.",
    "Envoyez votre candidature au service RH pour traitement, avec vos 3 dernières fiches de paie.",
    "Transmettre au service RH votre dernier bulletin de paie.",
])
def test_the_candidate_s_own_payslips_sent_to_hr_are_still_pay_history(text: str) -> None:
    assert "pay-history" in rules(text)

# --- the people served, by what they face, and the young person followed ("served" context, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Soutenir les familles confrontées à des situations difficiles (deuil, isolement, difficultés financières).",
    "Écouter les personnes confrontées à l'isolement, à la maladie ou à des difficultés financières importantes.",
])
def test_hardship_of_the_people_served_is_no_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Profil : pas de candidats en situation de précarité.",
    "Les personnes en difficulté financière s'abstenir.",
])
def test_hardship_asked_of_the_candidate_is_still_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Vous veillez à la sécurité de chaque jeune pendant les sorties.",
    "Construire le projet du jeune avec ses parents et l'école.",
    "Rédiger les écrits sur l'évolution du jeune pour le juge des enfants.",
])
def test_the_young_person_a_youth_worker_follows_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recrutons un jeune dynamique pour notre agence.",
    "Le projet du jeune diplômé retenu sera présenté en comité.",
    "Profil : jeune et motivé.",
])
def test_a_young_candidate_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- the illnesses a care job treats or prevents (health, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Éducation thérapeutique et prévention des affections de longue durée auprès des usagers.",
    "Le suivi des résidents, diminuer les passages aux urgences et prévenir les décompensations de pathologies chroniques.",
])
def test_illnesses_the_job_treats_or_prevents_are_no_health_criterion(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Profil : absence de maladies chroniques exigée.",
    "Soins à domicile : vous ne devez pas avoir de pathologies chroniques.",
    "Personnes atteintes de maladies chroniques s'abstenir.",
])
def test_an_illness_the_candidate_must_not_have_is_still_health(text: str) -> None:
    assert "health-criterion" in rules(text)

# --- raising alerts as a duty of the post (whistleblower, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Vous devrez être lanceur d'alerte sur les risques de non-conformité des dossiers.",
    "Jouer un rôle de lanceuse d'alerte auprès de la direction en cas d'anomalie.",
])
def test_raising_alerts_as_a_duty_is_no_whistleblower_criterion(text: str) -> None:
    assert "whistleblower-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Les lanceurs d'alerte ne seront pas retenus.",
    "Ne pas être lanceur d'alerte dans un précédent emploi.",
    "Aucun candidat ayant déjà dénoncé son ancien employeur.",
])
def test_turning_whistleblowers_away_is_still_whistleblower(text: str) -> None:
    assert "whistleblower-criterion" in rules(text)

# --- a colleague the hire works with, in the feminine (gendered-wording-fr, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Sous la responsabilité du directeur et accompagné(e) d'une assistante administrative, vous gérez le service.",
    "Épaulé(e) d'une assistante de direction, vous organisez les comités.",
])
def test_a_colleague_in_the_feminine_beside_the_hire_is_no_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recherchons une assistante administrative pour notre siège.",
    "Vous êtes une vendeuse motivée et souriante.",
])
def test_the_person_sought_in_the_feminine_is_still_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)
