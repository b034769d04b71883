"""French job ads for IT and data jobs: a startup or a company that seeks its hire after helping its own growth, a
technology-agnostic engineer, an allergy to paperwork, a drug maker's therapeutic areas, an over-indebtedness case
file the job knows, an adapted company hiring disabled workers to bring them into work, the average age of a team,
and an English job title of two nouns; with the look-alikes that still ask the candidate. Sentences written for
these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


def english(text: str) -> set[str]:
    return rule_ids(text, "en", country="fr")


def whole(text: str) -> set[str]:
    return rule_ids(text, "fr", fragment=False, country="fr")

# --- an audience context ends at a verb of seeking or hiring (audience contexts, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Pour accompagner sa croissance, la société recherche un jeune ingénieur.",
    "Afin d'accompagner son développement, notre client recrute un jeune docteur en informatique.",
    "Pour conseiller ses clients, l'agence cherche un jeune commercial.",
    "Pour accompagner son expansion, nous embauchons de jeunes développeurs.",
])
def test_a_young_hire_sought_after_the_employers_growth_is_still_found(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Notre association aide à accompagner les jeunes du quartier dans leur recherche d'emploi.",
    "Nos ateliers sont dédiés aux jeunes de la mission locale qui cherchent une formation.",
    "Vous accompagnerez les jeunes accueillis dans leurs démarches.",
])
def test_the_young_people_a_job_serves_are_still_no_criterion(text: str) -> None:
    assert "age-criterion" not in rules(text)

# --- « agnostique » of a technology is no belief (religion-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Vous êtes agnostique des technologies et choisissez l'outil adapté au besoin.",
    "Une architecture agnostique du cloud, déployable chez tous les fournisseurs.",
    "Notre plateforme est techno-agnostique.",
    "Vous restez agnostique vis-à-vis des langages de programmation.",
])
def test_agnostic_of_a_technology_is_no_religion(text: str) -> None:
    assert "religion-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidat agnostique de préférence.",
    "Vous êtes agnostique ou athée.",
    "Personnes croyantes s'abstenir, agnostiques bienvenus.",
])
def test_a_belief_asked_is_still_found(text: str) -> None:
    assert "religion-criterion" in rules(text)

# --- an allergy to a task is a figure of speech (health-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Vous n'avez pas d'allergie à la rédaction de spécifications.",
    "Aucune allergie aux chiffres : les tableaux de bord sont votre quotidien.",
    "Vous êtes allergique à la routine et aimez les nouveaux défis.",
])
def test_an_allergy_to_a_task_is_no_health_criterion(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Pas d'allergie aux poussières ni au latex.",
    "Vous ne devez pas avoir d'allergie aux produits ménagers.",
    "Allergie aux poils d'animaux : s'abstenir.",
    "Sans allergie aux pollens ni aux acariens.",
])
def test_an_allergy_to_a_substance_is_still_found(text: str) -> None:
    assert "health-criterion" in rules(text)

# --- a drug maker's therapeutic areas (health-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Le laboratoire innove dans quatre domaines thérapeutiques : l'oncologie, les maladies rares et le diabète.",
    "Nos aires thérapeutiques couvrent l'asthme, l'épilepsie et les maladies chroniques.",
    "La croissance repose sur trois axes de recherche : cancer, diabète et obésité.",
])
def test_the_fields_of_a_lab_are_no_health_criterion(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nos domaines d'excellence sont nombreux ; candidats diabétiques exclus.",
    "Diabète incompatible avec le poste.",
])
def test_an_illness_refused_is_still_found(text: str) -> None:
    assert "health-criterion" in rules(text)

# --- an over-indebtedness case file the job handles or knows (economic-vulnerability-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Idéalement des notions en crédit à la consommation (savoir ce qu'est un impayé, un dossier en surendettement).",
    "Une bonne connaissance des procédures applicables aux ménages en difficulté et du surendettement est un plus.",
    "Expérience de l'instruction des dossiers de surendettement appréciée.",
])
def test_a_case_file_the_job_knows_is_no_economic_criterion(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Personnes en situation de surendettement s'abstenir.",
    "Candidats surendettés non retenus.",
    "Pas de profils en surendettement.",
    "Aucun dossier de surendettement ne sera accepté.",
])
def test_the_candidates_debts_are_still_found(text: str) -> None:
    assert "economic-vulnerability-criterion" in rules(text)

# --- an adapted company hiring disabled workers to bring them into work (disability-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Entreprise adaptée, nous recrutons des personnes en situation de handicap afin de les insérer dans le monde du travail.",
    "Nous embauchons des travailleurs handicapés pour favoriser leur insertion professionnelle.",
])
def test_an_adapted_company_hiring_disabled_workers_is_no_criterion(text: str) -> None:
    assert "disability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous ne recrutons pas de personnes en situation de handicap.",
    "Personnes handicapées s'abstenir.",
    "Aucun travailleur handicapé, le poste exige une pleine capacité.",
])
def test_disabled_candidates_turned_away_are_still_found(text: str) -> None:
    assert "disability-criterion" in rules(text)

# --- the average age of a team or a community (age-criterion, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Umbrella is a community with an average age of 35 years that works on data projects.",
    "Our team has an average age of 29.",
    "The average age of our engineers is 31 and half of them are women.",
])
def test_an_average_age_of_a_group_is_no_criterion(text: str) -> None:
    assert "age-criterion" not in english(text)


@pytest.mark.parametrize("text", [
    "Applicants must be aged between 25 and 35.",
    "Candidates under the age of 30 preferred.",
])
def test_an_age_asked_in_english_is_still_found(text: str) -> None:
    assert "age-criterion" in english(text)

# --- an English job title of two nouns (title-gender-mark, rules/fr.yml)

@pytest.mark.parametrize("title", [
    "Stage – Operations Data Assistant",
    "Stage - Marketing Assistant",
    "Alternance - Sales Assistant",
    "CDI - SAP Consultant",
    "Stage Cloud Expert",
])
def test_an_english_compound_title_needs_no_mark(title: str) -> None:
    assert "title-gender-mark" not in whole(title + "\nPubliée le 12 mars 2026\nMerci de postuler en ligne.\n")


@pytest.mark.parametrize("title", [
    "Stage - Assistant marketing",
    "Consultant SAP",
    "Assistant de direction",
    "Stage - Expert comptable",
])
def test_a_french_title_of_the_same_nouns_is_still_found(title: str) -> None:
    assert "title-gender-mark" in whole(title + "\nPubliée le 12 mars 2026\nMerci de postuler en ligne.\n")
