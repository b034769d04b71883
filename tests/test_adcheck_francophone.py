"""French-language ads of West and Central Africa (Côte d'Ivoire, Cameroon, Senegal...): the criteria in their own
words (where the candidate must live, « Être une femme », photos with the CV, « bonne tenue », the age among the
papers of the application) and the lawful look-alikes of their French (« Prière envoyer votre CV », the women
encouraged to apply, integrity as a quality, payslips the accountant draws up, a church as a landmark, experience
given as a field, the age of majority). Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories as found_categories


def categories(text: str, country: str = "ci") -> set[str]:
    return found_categories(text, "fr", country=country)

# --- where the candidate must live

@pytest.mark.parametrize("text", [
    "NB : Habiter Marcory, Koumassi ou Treichville.",
    "- Résidant Plateau ou Adjamé",
    "Résider ou travailler près de la gare de Bassam serait un plus.",
    "Habiter/exercer à proximité du marché est souhaité.",
    "Résidence du candidat : Bonapriso",
    "Avoir pour lieu d'habitation l'un des quartiers suivants : Akwa, Deïdo.",
    "Être résidante du quartier Mermoz.",
    "Le poste est ouvert uniquement aux candidats locaux.",
])
def test_where_the_candidate_lives_set_as_a_condition_is_place_of_residence(text: str) -> None:
    assert "place-of-residence" in categories(text)


@pytest.mark.parametrize("text", [
    "Habiter ou travailler ailleurs n'est pas un obstacle.",
    "Résidents accueillis : 60 personnes âgées.",
    "Nos locaux sont ouverts aux visiteurs le samedi.",
    "Poste basé à Yaoundé, déplacements fréquents.",
])
def test_the_place_of_work_and_the_people_served_are_no_residence(text: str) -> None:
    assert "place-of-residence" not in categories(text)


# --- one sex required

@pytest.mark.parametrize("text", ["- Être une femme", "Critères : homme", "Le candidat doit être obligatoirement un homme."])
def test_one_sex_required_is_found(text: str) -> None:
    assert "sex" in categories(text)


@pytest.mark.parametrize("text", [
    "Les candidatures féminines sont fortement encouragées.",
    "Candidature féminine vivement encouragée.",
    "Les candidatures masculines sont très encouragées pour ce poste d'accueil.",
    "Être un homme de terrain, à l'aise avec les clients.",
])
def test_an_encouragement_or_a_figure_of_speech_is_no_sex_requirement(text: str) -> None:
    assert "sex" not in categories(text)


def test_one_sex_preferred_is_still_found() -> None:
    assert "sex" in categories("Candidatures féminines uniquement.")


# --- appearance: photos named before the CV, a photo in a list, « bonne tenue », « présentable »

@pytest.mark.parametrize("text", [
    "Envoyer 2 photos et CV au cabinet.",
    "Dossier : CV, photo, lettre de motivation.",
    "Avoir une bonne tenue et le sens du contact.",
    "Bonne tenue vestimentaire exigée.",
    "Être toujours présentable devant la clientèle.",
    "Ponctualité, sens du service, bonne présentation",
])
def test_a_photo_or_the_looks_asked_is_physical_appearance(text: str) -> None:
    assert "physical-appearance" in categories(text)


@pytest.mark.parametrize("text", [
    "Assurer la bonne tenue des registres et de la caisse.",
    "La gouvernante veille à la bonne tenue générale des chambres.",
    "Bonne présentation orale et écrite des rapports.",
    "Nous envoyer un CV sans photo.",
])
def test_upkeep_and_presenting_work_are_no_appearance(text: str) -> None:
    assert "physical-appearance" not in categories(text)


# --- morals and the age among the papers of the application

def test_probity_and_morality_together_are_morals() -> None:
    assert "morals" in categories("Être d'une bonne probité et moralité.")


@pytest.mark.parametrize("text", ["Pièces à fournir :\n• un CV\n• l'âge\n• la lettre de motivation",
                                  "• CV • Âge  Les dossiers sont à déposer à l'accueil."])
def test_the_age_asked_with_the_application_is_age(text: str) -> None:
    assert "age" in categories(text)


@pytest.mark.parametrize("text", [
    "Expérience souhaitée : 3 à 6 ans dans un poste similaire",
    "Expérience requise : 4 ans",
    "- Être âgé de plus de 18 ans",
    "Rejoignez notre équipe, jeune, dynamique et soudée.",
    "Encadrer des enfants de tout âge",
])
def test_experience_the_age_of_majority_and_a_young_team_are_no_age(text: str) -> None:
    assert "age" not in categories(text)


def test_an_age_bracket_is_still_found() -> None:
    assert "age" in categories("Âge : 22 à 30 ans")


# --- the French of the region: a request, a landmark, a quality, a task

@pytest.mark.parametrize("text", [
    "Prière envoyer CV et lettre de motivation à l'adresse ci-dessous.",
    "Prière de nous contacter au numéro indiqué.",
    "NB : Prière bien vouloir préciser le poste en objet.",
    "Bureau situé en face de l'église Sainte-Anne, Cocody.",
    "Non loin de la grande mosquée de Treichville.",
])
def test_a_request_formula_or_a_landmark_is_no_religion(text: str) -> None:
    assert "religion" not in categories(text)


@pytest.mark.parametrize("text", ["Prière obligatoire à midi avec l'équipe.", "Musulman pratiquant de préférence."])
def test_religion_asked_is_still_found(text: str) -> None:
    assert "religion" in categories(text)


@pytest.mark.parametrize("text", ["Qualités : discrétion, intégrité, ponctualité", "Intégrité et rigueur exigées."])
def test_integrity_as_a_quality_is_no_disability(text: str) -> None:
    assert "disability" not in categories(text)


def test_physical_integrity_required_is_disability() -> None:
    assert "disability" in categories("Intégrité physique exigée pour ce poste.")


@pytest.mark.parametrize("text", [
    "Missions : établissement des fiches de paie, déclarations CNPS.",
    "Assurer la production mensuelle des bulletins de salaire.",
    "Le titulaire du poste assure la gestion du parc automobile.",
])
def test_the_jobs_own_tasks_are_no_pay_history_nor_promise(text: str) -> None:
    found = categories(text)
    assert "pay-history" not in found and "misleading" not in found


def test_payslips_asked_of_the_candidate_are_still_pay_history() -> None:
    assert "pay-history" in categories("Joindre vos trois derniers bulletins de salaire.", "fr")


def test_a_job_promised_is_still_misleading() -> None:
    assert "misleading" in categories("Emploi garanti après la formation !", "fr")
