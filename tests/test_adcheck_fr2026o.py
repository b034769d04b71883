"""French ads for IT and office jobs in Paris: the note that the masculine stands for everyone, the illnesses a
hospital or a research unit treats and studies, an age word inside a company's hyphenated name and a mutual
insurer's full name read as what they are, not as asked of the candidate, and the look-alikes that still ask the
candidate. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")

# --- the note that the masculine is used generically ("inclusive" context, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Dans cette annonce, le genre masculin est utilisé comme générique afin de ne pas alourdir le texte.",
    "Le genre masculin est employé à titre générique et désigne indifféremment les femmes et les hommes.",
    "L'usage du masculin a été retenu pour faciliter la lecture de l'offre.",
])
def test_the_generic_masculine_note_is_no_sex_requirement(text: str) -> None:
    assert "sex-requirement" not in rules(text)


@pytest.mark.parametrize("text", [
    "Profil : genre masculin exigé pour ce poste.",
    "Candidat : genre masculin uniquement.",
    "Candidat de sexe masculin ; le masculin est utilisé comme générique dans la suite du texte.",
])
def test_a_sex_asked_beside_or_instead_of_the_note_is_still_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)

# --- the illnesses an employer treats, studies or teaches ("served" context, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Acteur de référence dans le soin et la recherche portant sur les maladies mentales de l'enfant.",
    "Clinique spécialisée dans la prise en charge des troubles psychiques de l'adolescent.",
    "Le laboratoire conduit des recherches sur les maladies neurologiques rares et leur traitement.",
])
def test_illnesses_the_employer_treats_or_studies_are_no_disability(text: str) -> None:
    assert "disability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Profil : pas de troubles psychiques.",
    "Recherche personne sans troubles psychiques pour un poste de soin.",
    "Les personnes atteintes de troubles mentaux ne seront pas retenues.",
])
def test_an_illness_the_candidate_must_not_have_is_still_disability(text: str) -> None:
    assert "disability-criterion" in rules(text)

# --- an age word inside a hyphenated name (age-criterion exceptions, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Chez E-QUADRA, nous renforçons l'équipe d'infrastructure.",
    "Rejoignez Quadra-Conseil, cabinet d'expertise comptable.",
])
def test_an_age_word_in_a_hyphenated_name_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recherchons un quadra dynamique pour l'équipe.",
    "Quadras bienvenus uniquement.",
])
def test_the_age_word_on_its_own_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- a mutual organisation's name with an adjective or two (union-activity exceptions, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "L'Union nationale mutualiste interprofessionnelle recrute un comptable.",
    "Notre fédération régionale mutualiste accompagne 200 000 adhérents.",
])
def test_a_mutual_organisation_s_name_is_no_union_activity(text: str) -> None:
    assert "union-activity-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Pas de militants mutualistes.",
    "Mandat mutualiste exclu.",
    "Activité syndicale ou mutualiste : à préciser dans votre candidature.",
])
def test_the_candidate_s_mutualist_activity_is_still_union_activity(text: str) -> None:
    assert "union-activity-criterion" in rules(text)
