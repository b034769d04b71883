"""French ads for small employers of rural France: the conditions for enlisting in the armed forces, an age limit
said not to apply, an average age, a youth service and the young person a youth worker follows, a pay step at the
start of a career, a benefit for pregnant staff and the employer's own family, a rule of the workplace on alcohol,
the elected people a job works with, a line of feminine qualities, « bonne éducation et présentation », and a home
placed by a rule; with the look-alikes that still ask the candidate. Sentences written for these tests, not taken
from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")

# --- the conditions for enlisting in the armed forces (age and nationality rules, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Les conditions que vous devez remplir pour vous engager comme mécanicien : Vous avez la nationalité française. "
    "Vous avez moins de 30 ans à la signature du contrat.",
    "Conditions pour vous engager en tant que cuisinier : être de nationalité française et avoir moins de 29 ans.",
    "Conditions requises pour s'engager : nationalité française, moins de 30 ans, aptitude médicale.",
])
def test_the_legal_conditions_for_enlisting_are_no_criterion(text: str) -> None:
    found = rules(text)
    assert "age-criterion" not in found
    assert "nationality-criterion" not in found


@pytest.mark.parametrize("text", [
    "Profil : vous avez la nationalité française et moins de 30 ans.",
    "Nous recherchons un vendeur de moins de 30 ans, de nationalité française.",
])
def test_age_and_nationality_asked_by_a_shop_are_still_criteria(text: str) -> None:
    found = rules(text)
    assert "age-criterion" in found
    assert "nationality-criterion" in found

# --- an age limit said not to apply (age and disability rules, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Contrat d'apprentissage : pas de limite d'âge pour les personnes reconnues travailleurs handicapés.",
    "Ce poste est ouvert sans limite d'âge.",
    "Aucune limite d'âge pour ce contrat de professionnalisation.",
])
def test_no_age_limit_is_no_age_limit(text: str) -> None:
    found = rules(text)
    assert "age-criterion" not in found
    assert "disability-criterion" not in found


@pytest.mark.parametrize("text", [
    "Limite d'âge : 35 ans.",
    "Poste soumis à une limite d'âge de 40 ans.",
])
def test_an_age_limit_set_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- an average age, a youth service, the young person followed (age rule, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "La résidence accueille 40 personnes âgées dont la moyenne d'âge est de 86 ans.",
    "Le foyer héberge des adultes avec une moyenne d'âge de 35 ans.",
    "Notre équipe, d'une moyenne d'âge de 32 ans, vous accueillera.",
])
def test_an_average_age_is_no_age_asked(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Vous suivez les dossiers du service sport, loisirs et jeunesse de la commune.",
    "Direction de la culture, de l'éducation et jeunesse.",
    "Le projet est construit en concertation avec le jeune et sa famille.",
    "Vous définissez un parcours pour chaque jeune accueilli.",
])
def test_youth_services_and_the_young_person_followed_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recherchons un jeune pour renforcer notre équipe de vente.",
    "Poste idéal pour un jeune diplômé dynamique.",
    "Profil : jeune et motivé.",
])
def test_a_young_recruit_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- the pay at the start of a career (age rule, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "En début de carrière, votre salaire est de 1 700 € net par mois.",
    "En fin de carrière, la rémunération atteint 2 900 € brut.",
])
def test_the_pay_at_the_start_of_a_career_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


def test_a_start_of_career_profile_is_still_age() -> None:
    assert "age-criterion" in rules("Ce poste s'adresse à un profil en début de carrière.")

@pytest.mark.parametrize("text", [
    "Salaire :\nJeune diplômé :\n- taux horaire : 12,40 € brut\nConfirmé :\n- taux horaire : 13,10 € brut",
    "Jeune diplômée : 1 850 € brut par mois.",
])
def test_a_pay_step_for_new_graduates_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recherchons un jeune diplômé pour notre agence.",
    "Salaire motivant pour jeune diplômé dynamique.",
])
def test_a_new_graduate_sought_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- pregnancy: a benefit for the staff, the employer's own family (pregnancy rule, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Nos avantages : tickets restaurant, places en crèche, accompagnement femme enceinte.",
    "Nous proposons des aménagements pour les salariées enceintes.",
    "Nous cherchons une aide à domicile car ma conjointe est enceinte de jumeaux.",
])
def test_a_benefit_or_the_employers_family_is_no_pregnancy_criterion(text: str) -> None:
    assert "pregnancy-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Profil : pas de femme enceinte.",
    "Candidate non enceinte exigée.",
    "Vous n'envisagez pas de grossesse dans les deux ans.",
])
def test_pregnancy_asked_of_the_candidate_is_still_a_criterion(text: str) -> None:
    assert "pregnancy-criterion" in rules(text)

# --- a rule of the workplace on alcohol (morals rule, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Règlement du camp : pas de consommation d'alcool sur le site, même en dehors des heures de travail.",
    "Interdiction de la consommation d'alcool pendant le temps de travail.",
    "Aucune cigarette dans les véhicules de service.",
])
def test_a_rule_of_the_workplace_is_no_morals_criterion(text: str) -> None:
    assert "morals-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Profil : pas de fêtard, pas d'alcool.",
    "Candidat sans tatouages visibles et ne buvant pas d'alcool.",
])
def test_the_candidates_private_life_is_still_morals(text: str) -> None:
    assert "morals-criterion" in rules(text)

# --- the elected people a job works with (elected-office rule, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Vous assurez le lien et l'animation politique des maires, élus locaux et présidents d'associations.",
    "Relations avec les élus municipaux et les services de l'État.",
    "Contacts réguliers avec les parlementaires du département.",
])
def test_the_elected_people_worked_with_are_no_criterion(text: str) -> None:
    assert "elected-office-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Les élus locaux ne seront pas retenus.",
    "Poste incompatible avec un mandat électif.",
])
def test_an_elected_office_turned_away_is_still_a_criterion(text: str) -> None:
    assert "elected-office-criterion" in rules(text)

# --- a line of two feminine qualities or more (gendered-wording-fr, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Prérequis :\n- Permis B\n- Organisée et ponctuelle ;\n- Bon relationnel",
    "Qualités attendues :\nRigoureuse et patiente\nAutonome",
    "Votre profil :\n* Souriante, patiente et disponible\n* Expérience en crèche",
])
def test_a_line_of_feminine_qualities_is_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)


@pytest.mark.parametrize("text", [
    "Prérequis :\n- Organisé(e) et ponctuel(le)\n- Permis B",
    "Souriante et dynamique, l'équipe vous accueillera dès votre arrivée.",
    "Profil :\n- Rigoureux, organisé et ponctuel",
    "Nous recherchons une personne organisée et ponctuelle.",
    "Votre profil :\n- Personne dynamique\n- Polyvalente\n- Bon esprit d'équipe",
])
def test_inclusive_or_masculine_lines_and_a_person_agreeing_are_no_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)

# --- « bonne éducation et présentation » (physical-appearance rule, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Profil : excellente éducation et présentation.",
    "Bonne politesse et présentation exigées.",
])
def test_presentation_asked_with_manners_is_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Vous assurez l'éducation et la présentation des produits en rayon.",
    "Bonne présentation des plats et respect des fiches techniques.",
])
def test_the_presentation_of_things_is_no_appearance(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text)

# --- a home placed by a rule (place-of-residence rule, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Pour les astreintes, votre lieu d'habitation devra être situé à moins de 20 km de l'agence.",
    "Votre domicile doit se trouver à moins de 15 minutes du dépôt.",
    "Le logement du salarié devra être proche de l'exploitation.",
])
def test_a_home_placed_by_a_rule_is_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Le poste est basé à Mende, avec des déplacements dans tout le département.",
    "Un logement de fonction situé à proximité du site peut être proposé.",
])
def test_the_workplace_or_a_lodging_offered_is_no_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)

# --- a masculine job noun given a feminine quality in the first line (job-noun-one-gender, rules/fr.yml)

@pytest.mark.parametrize("title", [
    "Employé polyvalente en boulangerie (H/F)",
    "Vendeur confirmée",
    "Serveur polyvalente H/F",
])
def test_a_masculine_noun_with_a_feminine_quality_in_the_title_names_a_woman(title: str) -> None:
    assert "job-noun-one-gender" in rules(title + "\n\nMissions en boutique et en salle.")


@pytest.mark.parametrize("title", [
    "Agent polyvalent (H/F)",
    "Employé(e) polyvalent(e) (H/F)",
    "Serveur polyvalent H/F",
    "Vendeur / Vendeuse confirmée (H/F)",
])
def test_both_forms_or_a_masculine_quality_in_the_title_pass(title: str) -> None:
    assert "job-noun-one-gender" not in rules(title + "\n\nMissions en boutique et en salle.")
