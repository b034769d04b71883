"""French ads of job boards (LinkedIn and France Travail, 2025): the words in -eur of a title that name no one, the
inclusive « Chef·fe », a salary guaranteed at a stated amount, strikes among the disruptions a job handles, a company's
story told with « was born in », a sentence that mixes the feminine and the masculine for the one person sought; and
what is still found: a native speaker of a language asked in English, an age bound written with a sign. Sentences
written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def fr(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


def fr_ad(title: str) -> set[str]:
    """A whole ad whose first line is ``title``."""
    return rule_ids(f"{title}\nPubliée le 02/03/2025\nNous recrutons pour notre agence de Lyon.", "fr",
                    fragment=False, country="fr")


def en(text: str) -> set[str]:
    return rule_ids(text, "en", country="fr")


# --- a title's words in -eur that name no one; the inclusive « -fe »

@pytest.mark.parametrize("title", [
    "Plusieurs postes de saisonniers H/F à pourvoir",
    "Plusieurs missions à pourvoir sur Nantes",
    "Postes en 35 heures à pourvoir dès mars",
    "Chef·fe de rayon frais",
    "Chef.fe du service comptable",
    "Chef(fe) de chantier gros œuvre",
])
def test_words_that_name_no_one_and_the_inclusive_fe_are_no_title_gender(title: str) -> None:
    assert "title-gender-mark" not in fr_ad(title)


@pytest.mark.parametrize("title", [
    "Plusieurs vendeurs pour notre magasin de Lyon",
    "Chef de rayon frais",
    "Ingénieur secteur Nord",
])
def test_a_masculine_job_noun_in_the_title_is_still_found(title: str) -> None:
    assert "title-gender-mark" in fr_ad(title)


# --- a salary guaranteed at a stated amount

@pytest.mark.parametrize("text", [
    "Vous percevrez un salaire garanti de 1 600 € net par mois, même en cas d'annulation.",
    "Rémunération mensuelle garantie de 1900 euros bruts, primes en sus.",
])
def test_a_salary_guaranteed_at_an_amount_is_no_promise(text: str) -> None:
    assert "misleading-claim" not in fr(text)


@pytest.mark.parametrize("text", [
    "Salaire garanti de 4000 € par mois sans expérience, depuis chez vous !",
    "Gagnez 3500 € par mois garantis sans diplôme.",
])
def test_an_earnings_promise_is_still_found(text: str) -> None:
    assert "misleading-claim" in fr(text)


# --- strikes the job copes with, and the candidate's

@pytest.mark.parametrize("text", [
    "Gérer les perturbations du réseau (travaux, grèves, intempéries) en lien avec le PC.",
    "Vous organisez les navettes de remplacement en cas de grève des conducteurs.",
])
def test_strikes_the_job_copes_with_are_no_union_activity(text: str) -> None:
    assert "union-activity-criterion" not in fr(text)


@pytest.mark.parametrize("text", ["Aucun gréviste ne sera retenu.", "Ne jamais avoir fait grève dans un emploi précédent."])
def test_a_strike_held_against_the_candidate_is_still_found(text: str) -> None:
    assert "union-activity-criterion" in fr(text)


# --- a mother tongue asked in English; a company's birth told

@pytest.mark.parametrize("text", ["You are native in Italian and fluent in English.", "Must be native in German."])
def test_a_native_of_a_language_is_a_language_requirement(text: str) -> None:
    assert "language-criterion" in en(text)


def test_native_in_a_language_or_a_level_is_no_requirement() -> None:
    assert "language-criterion" not in en("Native in Spanish or C1 level.")


@pytest.mark.parametrize("text", [
    "Our brand was born in a small bakery in Lille in 1990.",
    "The project was born out of a student challenge.",
])
def test_a_company_or_a_project_born_somewhere_is_no_origin(text: str) -> None:
    assert "origin-criterion" not in en(text)


@pytest.mark.parametrize("text", ["Applicants must be born in Portugal.", "Only people born in Scotland may apply.",
                                  "Only candidates who were born in Wales will be shortlisted."])
def test_a_candidates_birthplace_asked_is_still_origin(text: str) -> None:
    assert "origin-criterion" in en(text)


# --- an age bound written with a sign

@pytest.mark.parametrize("text", ["Profil : F/H de - de 28 ans, sans diplôme.", "Profil : + de 45 ans, demandeur d'emploi."])
def test_an_age_bound_written_with_a_sign_is_age(text: str) -> None:
    assert "age-criterion" in fr(text)


@pytest.mark.parametrize("text", ["Vous avez + de 15 ans d'expérience en maçonnerie.", "Une PME de - de 50 salariés."])
def test_a_duration_or_a_headcount_with_a_sign_is_no_age(text: str) -> None:
    assert "age-criterion" not in fr(text)


# --- the feminine and the masculine mixed for the one person

@pytest.mark.parametrize("text", [
    "Dotée d'un bon sens de l'écoute, vous êtes reconnu pour votre calme.",
    "Organisée et méthodique, vous êtes rigoureux dans le suivi des dossiers.",
])
def test_a_sentence_mixing_both_forms_is_no_wording_for_one_sex(text: str) -> None:
    assert "gendered-wording-fr" not in fr(text)


@pytest.mark.parametrize("text", [
    "Organisée et méthodique, vous êtes reconnue pour votre calme.",
    "Rigoureuse et souriante, vous accueillez les patients.",
])
def test_a_sentence_in_the_feminine_only_is_still_found(text: str) -> None:
    assert "gendered-wording-fr" in fr(text)


# --- the hire named in the feminine with a task to come; a feminine quality after an inclusive job noun

@pytest.mark.parametrize("text", [
    "Rattachée au chef de service, l'assistante de gestion apportera son appui aux équipes.",
    "La vendeuse veillera à la bonne tenue du rayon.",
    "Nous recrutons un(e) pharmacien(ne) diplômée, inscrite à l'Ordre.",
])
def test_the_hire_in_the_feminine_is_found(text: str) -> None:
    assert "gendered-wording-fr" in fr(text)


@pytest.mark.parametrize("text", [
    "Notre assistante de gestion vous accueillera à votre arrivée.",
    "La directrice du magasin veillera à votre intégration.",
    "Nous recrutons un(e) pharmacien(ne) diplômé(e), inscrit(e) à l'Ordre.",
])
def test_a_colleague_or_both_forms_are_no_wording_for_one_sex(text: str) -> None:
    assert "gendered-wording-fr" not in fr(text)


def test_a_feminine_quality_after_the_article_alone_is_not_this_frame() -> None:
    assert "gendered-wording-fr" not in fr("Vous êtes un(e) passionnée de cuisine du monde ?")
