"""Data and AI job ads of a French job board (interns, apprentices, engineers): the under-represented sex encouraged
with the verb first, the stability of an economy and a scoring task on customers' debts, customers' tax notices, a
word in "-ice" that is no feminine, a research subject's genetic diseases and microbial genomes, a title with the
feminine first or its ending written apart, two ordinary words the job-noun lexicon had taken for job nouns, the
intern's tutor as "his"; and the unlawful ads these mechanisms must still find. Sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, lang: str = "fr", **options) -> set[str]:
    return rule_ids(text, lang, country="fr", **options)


# --- the under-represented sex encouraged to apply, the verb first

@pytest.mark.parametrize("text", [
    "Nous encourageons particulièrement les candidatures féminines pour ce poste d'ingénieur.",
    "Notre équipe est très masculine : nous encourageons vivement les candidatures de femmes.",
    "Nous invitons les candidatures masculines à nous rejoindre dans l'équipe petite enfance.",
])
def test_encouraging_one_sex_to_apply_is_no_sex_requirement(text: str) -> None:
    assert "sex-requirement" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous étudierons en priorité les candidatures féminines.",
    "Poste réservé aux hommes.",
])
def test_one_sex_preferred_or_reserved_is_still_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)


# --- the stability of an economy; a scoring or prevention task on customers' debts

@pytest.mark.parametrize("text", [
    "Les banques centrales veillent à la stabilité économique et monétaire de la zone euro.",
    "Vous construirez des modèles de prévention des impayés et du surendettement pour nos clients.",
    "Le scoring de l'octroi de crédit, de la fraude et du risque de surendettement sera votre terrain de jeu.",
])
def test_an_economy_or_a_task_on_customers_debts_is_no_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Candidats surendettés s'abstenir.",
    "Une situation financière saine est exigée.",
])
def test_a_candidates_debts_or_finances_are_still_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" in rules(text)


# --- the customers' papers a product reads, not the candidate's

@pytest.mark.parametrize("text", [
    "Notre outil récupère pour le client ses relevés bancaires et son avis d'imposition en quelques secondes.",
    "Les dossiers des emprunteurs (pièce d'identité, avis d'impôt) sont analysés automatiquement.",
])
def test_customers_tax_notices_are_no_pay_history(text: str) -> None:
    assert "pay-history" not in rules(text)


@pytest.mark.parametrize("text", [
    "Merci de joindre votre dernier avis d'imposition à votre candidature.",
    "Joindre votre CV et un avis d'imposition.",
])
def test_the_candidates_tax_notice_is_still_pay_history(text: str) -> None:
    assert "pay-history" in rules(text)


# --- "service", "justice", "office" end in "-ice" but name no woman (a feminine in "-rice" still does)

@pytest.mark.parametrize("text", [
    "Curieux(se) et orienté(e) service, vous aimez expliquer vos analyses.",
    "Sens du service, vous savez écouter les utilisateurs.",
])
def test_a_word_in_ice_is_no_feminine(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


def test_a_feminine_in_rice_is_still_one_sex() -> None:
    assert "gendered-wording-fr" in rules("Organisatrice et rigoureuse, vous tenez les délais.")


# --- genetics: the disease studied or the genome of a microbe, not the candidate's

@pytest.mark.parametrize("text", [
    "Our lab studies a group of rare genetic diseases affecting the kidney.",
    "You will build models for bacterial genome analysis of new strains.",
    "The project improves diagnosis of inherited disorders in children.",
], ids=["diseases", "bacterial", "diagnosis"])
def test_a_research_subject_is_no_genetics_criterion_en(text: str) -> None:
    assert "genetics-criterion" not in rules(text, "en")


@pytest.mark.parametrize("text", [
    "L'équipe travaille sur le diagnostic des maladies génétiques rares de l'enfant.",
    "Vous analyserez l'ADN de souches bactériennes et de levures.",
])
def test_a_research_subject_is_no_genetics_criterion_fr(text: str) -> None:
    assert "genetics-criterion" not in rules(text)


@pytest.mark.parametrize("text,lang", [
    ("Candidates must provide a genetic test before the interview.", "en"),
    ("No applicants with hereditary diseases.", "en"),
    ("Un test génétique sera demandé aux candidats.", "fr"),
])
def test_a_candidates_genetics_is_still_found(text: str, lang: str) -> None:
    assert "genetics-criterion" in rules(text, lang)


# --- titles: the feminine first, the ending written apart; the masculine alone still counts

@pytest.mark.parametrize("title", [
    "Stage ingénieure ingénieur en traitement du signal",
    "Développeuse ou développeur Python",
    "Formateur trices en bureautique",
])
def test_both_forms_in_a_title_pass(title: str) -> None:
    text = title + "\nPubliée le 02/02/2026\nVous formerez nos équipes."
    assert "title-gender-mark" not in rules(text, fragment=False)


@pytest.mark.parametrize("title", ["Stage ingénieur en traitement du signal", "Formateur en bureautique"])
def test_a_masculine_title_alone_is_still_found(title: str) -> None:
    text = title + "\nPubliée le 02/02/2026\nVous formerez nos équipes."
    assert "title-gender-mark" in rules(text, fragment=False)


# --- « recherche opérationnelle » and « pricing » are no job nouns

@pytest.mark.parametrize("text", [
    "Data scientist H/F\nPubliée le 02/02/2026\nProjets de data science et recherche opérationnelle appliqués à la logistique.",
    "Actuaire H/F\nPubliée le 02/02/2026\nPricing\nVous construirez les modèles de tarification.",
])
def test_ordinary_words_are_no_feminine_job_nouns(text: str) -> None:
    assert "job-noun-one-gender" not in rules(text, fragment=False)


def test_a_feminine_job_noun_after_recherche_is_still_one_gender() -> None:
    assert "job-noun-one-gender" in rules("Recherche développeuse Python")


# --- the intern's tutor, written "his"

@pytest.mark.parametrize("text", [
    "Under the supervision of his tutor, the intern will test the models.",
    "The apprentice will split his time between school and his apprenticeship.",
])
def test_the_intern_as_he_is_one_sex(text: str) -> None:
    assert "gendered-wording-fr" in rules(text, "en")


@pytest.mark.parametrize("text", [
    "Under the supervision of their tutor, the intern will test the models.",
    "The intern will be supported by a tutor and by his or her team.",
])
def test_the_intern_in_neutral_words_passes(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text, "en")
