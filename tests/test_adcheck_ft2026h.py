"""French ads for jobs in France, the word senses and scopes that France Travail offers of every sector call for: dirty
linen in a care home, a concrete wall, a public employer's policy lines, an accounting software, a company that was
"originally" a family firm, the solvency of deals, the people an aide helps, food allergies at table, the civil
service's recruitment route for disabled workers, the team a manager leads, a quality agreeing with "façon",
experience counted in years "minimum", adjusted workstations, the staff an occupational doctor follows; and the
unlawful sentences that must still be found. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


# --- whistleblower: « linge sale » handled in the laundry sense, the idiom still found

@pytest.mark.parametrize("text", [
    "Vous poussez les chariots à linge sale jusqu'à la buanderie.",
    "Triez le linge sale avant de le porter au lavage.",
    "Collecte du linge sale et distribution du linge propre dans les chambres.",
])
def test_dirty_linen_in_the_laundry_is_no_whistleblowing(text: str) -> None:
    assert "whistleblower-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Ici, le linge sale se lave en famille.",
    "Nous lavons notre linge sale en famille, sans témoins.",
])
def test_the_idiom_of_dirty_linen_is_still_found(text: str) -> None:
    assert "whistleblower-criterion" in rules(text)


# --- religion: a concrete wall is no veil

@pytest.mark.parametrize("text", [
    "Vous coffrez et coulez les voiles en béton du sous-sol.",
    "Pose des armatures dans un voile porteur.",
    "- Ferraillage du voile béton de la cage d'escalier",
])
def test_a_concrete_wall_is_no_veil(text: str) -> None:
    assert "religion-criterion" not in rules(text)


@pytest.mark.parametrize("text", ["Le port du voile n'est pas accepté au comptoir.", "Pas de candidates voilées."])
def test_a_veil_turned_away_is_still_found(text: str) -> None:
    assert "religion-criterion" in rules(text)


# --- political opinions: the policy lines a public employer asks the job to carry out

@pytest.mark.parametrize("text", [
    "Vous déclinez les orientations politiques de la municipalité en projets de service.",
    "- Mettre en œuvre les orientations politiques du conseil départemental",
    "Vous proposez des actions en cohérence avec les orientations politiques en matière de jeunesse.",
])
def test_a_public_employers_policy_lines_are_no_political_opinion(text: str) -> None:
    assert "political-opinions-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Vos orientations politiques devront être compatibles avec celles de la direction.",
    "Merci de préciser vos opinions politiques.",
])
def test_the_candidates_political_leaning_is_still_found(text: str) -> None:
    assert "political-opinions-criterion" in rules(text)


# --- age: the accounting software Quadra; a forty-year-old still found

@pytest.mark.parametrize("text", [
    "Maîtrise de Quadra Compta et d'Excel exigée.",
    "Logiciels utilisés : Cegid Quadra, Silae.",
    "Vous saisissez la paie sous QuadraPaie.",
])
def test_the_quadra_software_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", ["Profil idéal : un quadra expérimenté.", "Quadras s'abstenir."])
def test_a_forty_year_old_asked_is_still_found(text: str) -> None:
    assert "age-criterion" in rules(text)


# --- age: experience counted in years with "minimum" after a range

@pytest.mark.parametrize("text", [
    "Une pratique dans un poste comparable de 4 ou 5 ans minimum est demandée.",
    "Vous avez une expérience réussie dans une fonction d'encadrement de 3 à 5 ans minimum.",
])
def test_years_of_experience_minimum_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", ["Âge : 30 ans minimum.", "Candidats âgés de 25 ans minimum."])
def test_an_age_minimum_is_still_found(text: str) -> None:
    assert "age-criterion" in rules(text)


# --- origin: « à l'origine » as an adverb

@pytest.mark.parametrize("text", [
    "Notre société, à l'origine une petite scierie, emploie aujourd'hui 80 personnes.",
    "Groupe à l'origine artisanal devenu leader de la charpente.",
])
def test_originally_is_no_origin(text: str) -> None:
    assert "origin-criterion" not in rules(text)


@pytest.mark.parametrize("text", ["Candidats d'origine étrangère s'abstenir.", "Personnes à l'origine étrangère exclues."])
def test_an_origin_turned_away_is_still_found(text: str) -> None:
    assert "origin-criterion" in rules(text)


# --- economic vulnerability: the solvency of deals, the social situation of the people helped

@pytest.mark.parametrize("text", [
    "Vous analysez la rentabilité et la solvabilité des affaires avant signature.",
    "Suivi des ratios de solvabilité à long terme du groupe.",
    "Vous accompagnez des familles en situation sociale difficile.",
])
def test_the_solvency_of_deals_and_the_people_helped_are_no_economic_criterion(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


@pytest.mark.parametrize("text", ["Candidat solvable uniquement.", "Situation financière stable exigée."])
def test_the_candidates_finances_are_still_found(text: str) -> None:
    assert "economic-vulnerability-criterion" in rules(text)


# --- health: food allergies at table; the candidate's allergies still found

@pytest.mark.parametrize("text", [
    "Vous renseignez sur la composition des plats et les allergies éventuelles.",
    "Vous tenez compte des allergies alimentaires des convives lors du service.",
])
def test_food_allergies_at_table_are_no_health_criterion(text: str) -> None:
    assert "health-criterion" not in rules(text)


@pytest.mark.parametrize("text", ["Pas d'allergie aux poils d'animaux.", "Ne pas souffrir d'asthme."])
def test_the_candidates_allergy_or_illness_is_still_found(text: str) -> None:
    assert "health-criterion" in rules(text)


# --- health: adjusted workstations are an accommodation

def test_adjusted_workstations_are_an_accommodation() -> None:
    assert "health-criterion" not in rules(
        "Vous proposez des aménagements des postes de travail adaptés à l'état de santé des salariés.")


def test_a_fitness_demanded_is_still_found() -> None:
    assert "health-criterion" in rules("Excellente condition physique exigée.")


# --- disability: the civil service's recruitment route

def test_the_civil_service_recruitment_route_for_disabled_workers_is_no_disability_criterion() -> None:
    assert "disability-criterion" not in rules(
        "Emploi ouvert aux fonctionnaires et aux travailleurs handicapés au titre de l'article L352-4 du code "
        "général de la fonction publique.")


@pytest.mark.parametrize("text", ["Travailleurs handicapés s'abstenir.", "Poste non adapté aux personnes handicapées."])
def test_disabled_workers_turned_away_are_still_found(text: str) -> None:
    assert "disability-criterion" in rules(text)


# --- pregnancy: the staff an occupational doctor follows

def test_the_staff_an_occupational_doctor_follows_are_no_pregnancy_criterion() -> None:
    assert "pregnancy-criterion" not in rules("- Assurer le suivi médical renforcé des salariées enceintes.")


def test_pregnant_candidates_turned_away_are_still_found() -> None:
    assert "pregnancy-criterion" in rules("Pas de femme enceinte.")


# --- gendered wording: a team described, a quality agreeing with « façon »

@pytest.mark.parametrize("text", [
    "Vous animez une équipe composée d'une diététicienne et d'une assistante sociale.",
    "Vous rejoignez l'équipe constituée d'une comptable et d'une secrétaire.",
    "Vous êtes capable d'intervenir de manière posée et méthodique.",
])
def test_a_team_described_and_a_quality_of_the_way_are_no_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous cherchons une secrétaire pour notre cabinet.",
    "Vous êtes ponctuel et très organisée.",
    "Vous êtes à l'aise au téléphone et rigoureuse.",
])
def test_the_person_sought_in_the_feminine_is_still_found(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)
