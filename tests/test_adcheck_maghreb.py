"""Whole ads for jobs in Morocco (ReKrute, m-job) read words of the employer's values, of an HR job's tasks, of a lab's
work and of an experience label as criteria; the mechanisms that tell them apart, each with its unlawful
counterpart. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories as found_categories, rule_ids


def rules(text: str, lang: str = "fr", country: str = "ma") -> set[str]:
    return rule_ids(text, lang, country=country)


def categories(text: str, lang: str = "fr", country: str = "ma") -> set[str]:
    """Categories found in a whole ad (title line first): some rules only read whole ads."""
    return found_categories(text, lang, fragment=False, country=country)


# --- « intégrité » alone is honesty; the body's integrity is « intégrité physique »

@pytest.mark.parametrize("text", [
    "Intégrité physique exigée pour ce poste.",
    "Candidat en pleine possession de ses facultés physiques.",
])
def test_the_bodys_integrity_asked_is_disability(text: str) -> None:
    assert "disability-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Nos valeurs : respect, intégrité, excellence et esprit d'équipe.",
    "Qualités attendues : rigueur, intégrité, sens du service.",
])
def test_integrity_as_a_value_is_no_disability(text: str) -> None:
    assert "disability-criterion" not in rules(text)


# --- payslips: the candidate's own asked, or the staff's an HR job handles

@pytest.mark.parametrize("text", [
    "Merci de joindre vos trois derniers bulletins de paie à votre candidature.",
    "Envoyez CV et fiches de paie récentes à l'adresse ci-dessous.",
])
def test_the_candidates_payslips_asked_are_pay_history(text: str) -> None:
    assert "pay-history" in rules(text)


@pytest.mark.parametrize("text", [
    "Missions : classement et archivage des bulletins de paie du personnel.",
    "Vous assurez la distribution mensuelle des fiches de paie aux salariés.",
    "Gestion des dossiers du personnel (contrats, fiches de paie, congés, absences).",
])
def test_the_staffs_payslips_an_hr_job_handles_are_no_pay_history(text: str) -> None:
    assert "pay-history" not in rules(text)


# --- a feminine job noun that is also an adjective, after a feminine noun, agrees with that noun

@pytest.mark.parametrize("text", [
    "Assistant RH\nNous recrutons une employée administrative rigoureuse.",
    "Chargé de clientèle\nVous êtes une commerciale motivée.",
])
def test_a_woman_sought_is_still_gendered_wording(text: str) -> None:
    assert "gendered-wording" in categories(text)


@pytest.mark.parametrize("text", [
    "Responsable RH\nVous veillez à une gestion administrative rigoureuse des dossiers.",
    "Directeur des ventes\nVous déployez une politique commerciale ambitieuse sur la région.",
])
def test_an_activity_described_by_a_job_adjective_is_no_gendered_wording(text: str) -> None:
    assert "gendered-wording" not in categories(text)


# --- a duration after an experience label (« Expérience : 4 à 5 ans ») is experience, not an age

@pytest.mark.parametrize("text", [
    "Profil : âgé de 22 à 30 ans, dynamique.",
    "Âge : 25 à 35 ans.",
])
def test_an_age_bracket_is_found(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Formation : Bac+3. Expérience : 3 à 5 ans dans la gestion de portefeuille.",
    "Diplôme d'ingénieur. Expérience : 2 à 4 ans en bureau d'études.",
])
def test_a_duration_after_an_experience_label_is_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


# --- « jeune » / "young" said of the organisation, also in apposition

@pytest.mark.parametrize("text, lang", [
    ("Nous cherchons des profils jeunes et dynamiques.", "fr"),
    ("We want young, energetic staff for our stores.", "en"),
])
def test_youth_asked_of_the_candidate_is_age(text: str, lang: str) -> None:
    assert "age-criterion" in rules(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Jeune et ambitieuse, notre banque ouvre dix agences cette année.", "fr"),
    ("Créée en 2021, notre université est jeune et en pleine croissance.", "fr"),
    ("Our analytics division is a young and growing unit of the group.", "en"),
    ("It is a young and dynamic division launched two years ago.", "en"),
])
def test_an_organisation_called_young_is_no_age(text: str, lang: str) -> None:
    assert "age-criterion" not in rules(text, lang)


# --- « compte chez » the verb (what matters to us), not a bank account

def test_an_account_at_a_named_bank_is_bank_domiciliation() -> None:
    assert "bank-domiciliation-criterion" in rules("Compte bancaire chez la Banque Populaire exigé.", country="fr")


def test_what_matters_to_us_is_no_bank_account() -> None:
    assert "bank-domiciliation-criterion" not in rules("Ce qui compte chez nous, c'est votre motivation.", country="fr")


# --- genetic tests asked of the candidate, or a lab job's own work

@pytest.mark.parametrize("text, lang", [
    ("Applicants must agree to DNA testing before hiring.", "en"),
    ("Merci de fournir un test ADN avec votre dossier.", "fr"),
])
def test_a_genetic_test_asked_is_genetics(text: str, lang: str) -> None:
    assert "genetics-criterion" in rules(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Duties include growing seedlings and performing DNA sequencing on plant samples.", "en"),
    ("Missions : réaliser les séquençages d'ADN des échantillons reçus.", "fr"),
])
def test_a_labs_genetic_work_is_no_genetics(text: str, lang: str) -> None:
    assert "genetics-criterion" not in rules(text, lang)
