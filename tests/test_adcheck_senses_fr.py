"""Word senses of French ads in rural France (care, leisure, farming, public bodies): a criterion's word that names
a sport, a public body, the disorders or the people a job looks after, an animal breed, children's projects, the
elected officials a job works with, a pay rise promised, a way of life, a school, a legal age or a scheme's condition
is no criterion; another woman named as a colleague is no one-sex wording; a title doubled with a comma or with
"Steward", an épicène noun whose quality belongs to a field, « mandataire » and « à caractère social » name both
sexes. Each with a look-alike that is still read. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories, rule_ids


@pytest.mark.parametrize(("text", "category"), [
    ("Activités proposées : escalade, voile, VTT et canoë.", "religion"),
    ("Nous recherchons un moniteur pour l'encadrement de la voile (catamaran, optimist).", "religion"),
    ("Initiation à la planche à voile pour tous les publics.", "religion"),
    ("Vous travaillez avec les syndicats d'énergie et les communes du département.", "union-activity"),
    ("Le Syndicat mixte de bassin versant recrute un technicien rivière.", "union-activity"),
    ("Anime les sections syndicales de la fédération et prépare les réunions syndicales.", "union-activity"),
    ("Réadaptation des troubles cognitifs des patients.", "disability"),
    ("Des épisodes pouvant entraîner ou aggraver une perte d'autonomie.", "disability"),
    ("Accueil d'adultes présentant une déficience intellectuelle avec ou sans troubles associés.", "disability"),
    ("Vous prenez en charge les pathologies telles que la dépression et les troubles bipolaires.", "health"),
    ("Accompagnement social de personnes en situation de précarité.", "economic-vulnerability"),
    ("Un regard pertinent sur la situation économique et financière de leur entreprise.", "economic-vulnerability"),
    ("Instruction des aides pour la protection des races menacées.", "origin"),
    ("L'animateur accompagne la réalisation et l'évaluation des projets d'enfants.", "pregnancy"),
    ("Adapter les soins à l'état de la personne (malade, blessé, femme enceinte).", "pregnancy"),
    ("Des activités adaptées à l'âge des enfants.", "family-situation"),
    ("Partenaires : services de l'État, Conseil départemental, élus locaux et leurs bureaux d'étude.",
     "elected-office"),
    ("Possibilité d'évolution de salaire rapide.", "pay-history"),
    ("Vous aimez vivre et travailler en extérieur ?", "place-of-residence"),
    ("Vous êtes chef d'agrès dès votre sortie d'école.", "age"),
    ("Animateur Installation Jeunes Agriculteurs", "age"),
    ("La formation comprend le permis poids lourd : il faut avoir 21 ans pour passer le permis PL.", "age"),
    ("Vous devez avoir entre 21 et 26 ans pour être éligible à cette mesure.", "age"),
    ("Établissement médical public de taille moyenne.", "physical-appearance"),
])
def test_what_the_job_serves_or_names_is_no_criterion(text: str, category: str) -> None:
    assert category not in categories(text, "fr", country="fr")


@pytest.mark.parametrize(("text", "category"), [
    ("Port du voile interdit.", "religion"),
    ("Les anciens délégués syndicaux s'abstenir.", "union-activity"),
    ("Pas de personnes en situation de précarité.", "economic-vulnerability"),
    ("Aucun élu local ne sera retenu.", "elected-office"),
    ("Merci d'indiquer l'évolution de votre salaire sur vos trois derniers postes.", "pay-history"),
    ("Vous devez habiter à moins de 10 km du magasin.", "place-of-residence"),
    ("Poste réservé aux jeunes en sortie d'école.", "age"),
    ("Candidat de moins de 30 ans exigé.", "age"),
    ("Candidate de petite taille s'abstenir.", "physical-appearance"),
])
def test_the_criteria_beside_those_senses_are_still_read(text: str, category: str) -> None:
    assert category in categories(text, "fr", country="fr")


@pytest.mark.parametrize("text", [
    "Vous êtes accompagné-e d'une secrétaire médicale (salariée de la mutuelle) pour la gestion des dossiers.",
    "Vous assurez les soins sous la responsabilité d'une infirmière.",
    "Vous travaillez en binôme avec une éducatrice spécialisée.",
])
def test_another_woman_named_as_a_colleague_is_no_one_sex_wording(text: str) -> None:
    assert "gendered-wording" not in categories(text, "fr", country="fr")


def test_a_woman_sought_is_still_one_sex_wording() -> None:
    assert "gendered-wording" in categories("Nous recherchons une infirmière diplômée.", "fr", country="fr")


BODY = "\n\nNous recrutons pour notre établissement de Mende. Publiée le 2 mars 2026. Salaire : 2 000 € brut par mois."


@pytest.mark.parametrize("title", [
    "Secrétaire Formation Professionnelle (H/F)",
    "HÔTESSE DE L'AIR / STEWARD H/F",
    "Conseillère, conseiller bancaire (H/F)",
    "Mandataire judiciaire à la protection des majeurs",
    "Maître / Maîtresse de maison d'établissement à caractère social",
])
def test_titles_that_name_both_sexes(title: str) -> None:
    assert "title-gender" not in categories(title + BODY, "fr", fragment=False, country="fr")


@pytest.mark.parametrize(("title", "rule"), [
    ("Secrétaire de direction confirmée (H/F)", "title-feminine-noun"),
    ("Hôtesse de l'air (H/F)", "title-feminine-noun"),
    ("Conseillère bancaire (H/F)", "title-feminine-noun"),
    ("Conseiller bancaire", "title-gender-mark"),
])
def test_titles_of_one_sex_are_still_read(title: str, rule: str) -> None:
    assert rule in rule_ids(title + BODY, "fr", fragment=False, country="fr")


# --- the statutory conditions of the armed forces and of apprenticeship: an age on the day the contract is signed


@pytest.mark.parametrize(("text", "category"), [
    ("Vous avez moins de 30 ans à la date de signature du contrat.", "age"),
    ("Avoir moins de 30 ans et plus de 17 ans le jour de la signature du contrat.", "age"),
    # the board prints the list items run together: nationality and age are one statutory condition
    ("Vous avez la nationalité françaiseVous avez moins de 30 ans à la date de signature du contrat", "nationality"),
])
def test_a_statutory_age_on_the_day_the_contract_is_signed(text: str, category: str) -> None:
    assert category not in categories(text, "fr", country="fr")


@pytest.mark.parametrize(("text", "category"), [
    ("Candidat de moins de 30 ans exigé.", "age"),
    ("Vous avez moins de 30 ans.", "age"),
    ("Nationalité française exigée.", "nationality"),
])
def test_an_age_or_a_nationality_required_alone_is_still_read(text: str, category: str) -> None:
    assert category in categories(text, "fr", country="fr")
