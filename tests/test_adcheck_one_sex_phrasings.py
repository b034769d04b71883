"""Phrasings that name the person sought as one sex, found in French and English: a feminine job noun or an épicène
one given the feminine article after « à la recherche d'une » or « en quête d'une », a feminine job noun after an
épicène head without article (« Recherche aide ménagère »), an épicène job noun whose participle names the hire in
the feminine (« la secrétaire recrutée »), a young woman or man as the profile (« Profil : jeune femme »), and
English job nouns and reflexive pronouns of one sex ("night watchman", "seamstress", "prove himself"); with the
look-alikes that name both sexes or no person. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories


def fr(text: str) -> set[str]:
    return categories(text, "fr", country="fr")


def en(text: str) -> set[str]:
    return categories(text, "en", country="ie")

# --- « à la recherche d'une » names the hire with an article (gendered-wording-fr, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Je suis à la recherche d'une couturière pour des retouches.",
    "Nous sommes à la recherche d'une aide ménagère pour 4 heures par semaine.",
    "Nous sommes en quête d'une nouvelle vendeuse pour la saison.",
    "Le cabinet est à la recherche d'une comptable expérimentée.",
    "Nous avons besoin d'une standardiste le samedi matin.",
    "Je suis à la recherche d'une intendante pour un appartement meublé.",
])
def test_a_woman_of_a_trade_sought_with_a_la_recherche_d_une_is_one_sex(text: str) -> None:
    assert "gendered-wording" in fr(text)


@pytest.mark.parametrize("text", [
    "Nous sommes à la recherche d'une solution de paie plus simple.",
    "Je suis à la recherche d'une vendeuse ou d'un vendeur pour la saison.",
    "Le cabinet est à la recherche d'un ou d'une comptable.",
    "Vous êtes à la recherche d'une nouvelle aventure professionnelle ?",
    "Nous sommes à la recherche d'une aide financière pour ce projet.",
    "Les familles sont à la recherche d'une garde d'enfants fiable.",
    "Nous sommes à la recherche d'une personne motivée.",
])
def test_a_thing_or_both_sexes_sought_is_not_one_sex(text: str) -> None:
    assert "gendered-wording" not in fr(text)

# --- an épicène head before a feminine job noun, without article (job-noun-one-gender, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Famille recherche aide ménagère pour 4h par semaine.",
    "Cherche aide cuisinière pour l'été.",
    "Urgent : aide vendeuse pour le week-end.",
])
def test_a_feminine_job_noun_after_an_epicene_head_is_one_sex(text: str) -> None:
    assert fr(text) & {"gendered-wording", "title-gender"}


@pytest.mark.parametrize("text", [
    "Famille recherche aide ménager / ménagère pour 4h par semaine.",
    "Cherche aide comptable pour la saison fiscale.",
    "Recherche aide à domicile pour une personne âgée.",
])
def test_an_epicene_or_doubled_job_after_aide_is_not_one_sex(text: str) -> None:
    assert not fr(text) & {"gendered-wording", "title-gender"}

# --- an épicène job noun whose participle names the hire (gendered-wording-fr, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "La secrétaire recrutée travaillera avec deux médecins.",
    "Notre comptable retenue rejoindra l'équipe en mars.",
    "La standardiste sélectionnée sera formée sur place.",
])
def test_an_epicene_job_noun_with_a_feminine_participle_is_one_sex(text: str) -> None:
    assert "gendered-wording" in fr(text)


@pytest.mark.parametrize("text", [
    "La secrétaire médicale vous accueillera le premier jour.",
    "Le ou la secrétaire recruté(e) travaillera avec deux médecins.",
    "La personne recrutée travaillera avec notre secrétaire.",
])
def test_a_colleague_or_both_forms_is_not_one_sex(text: str) -> None:
    assert "gendered-wording" not in fr(text)

# --- a young woman or man as the profile (sex-requirement, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Votre profil : jeune femme dynamique.",
    "Profil recherché : jeune homme motivé, permis B.",
    "Profil : une femme de confiance pour garder les enfants.",
])
def test_a_young_woman_or_man_as_the_profile_is_a_sex_requirement(text: str) -> None:
    assert "sex" in fr(text)


@pytest.mark.parametrize("text", [
    "Profil : jeune diplômé ou expérimenté, vous aimez le terrain.",
    "Profil : homme ou femme de terrain.",
    "Profil : femmes et hommes passionnés par le service.",
])
def test_a_profile_open_to_both_sexes_is_no_sex_requirement(text: str) -> None:
    assert "sex" not in fr(text)

# --- English job nouns and reflexive pronouns of one sex (gendered-wording-fr, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Night watchman required for a warehouse.",
    "Seeking a seamstress for alterations.",
    "The candidate must prove himself in a fast-paced environment.",
    "The new hire will present herself to the client on day one.",
])
def test_english_one_sex_job_nouns_and_reflexives_are_found(text: str) -> None:
    assert en(text) & {"gendered-wording", "sex"}


@pytest.mark.parametrize("text", [
    "Night watch staff required for a warehouse.",
    "Seeking a tailor or seamstress for alterations.",
    "The candidate must prove themselves in a fast-paced environment.",
    "The candidate must prove himself or herself in a fast-paced environment.",
])
def test_english_neutral_or_doubled_wording_is_not_one_sex(text: str) -> None:
    assert not en(text) & {"gendered-wording", "sex"}

# --- an épicène job noun given a feminine quality in the title (title-gender-mark, title-feminine-noun, rules/fr.yml)

TAIL = "\nPubliée le 12 mars 2026\nMerci de me contacter.\n"


@pytest.mark.parametrize("title", [
    "Auxiliaire de vie spécialisée Alzheimer",
    "Comptable confirmée",
    "Secrétaire médicale expérimentée H/F",
])
def test_an_epicene_title_with_a_feminine_quality_is_title_gender(title: str) -> None:
    assert "title-gender" in categories(title + TAIL, "fr", fragment=False, country="fr")


@pytest.mark.parametrize("title", [
    "Auxiliaire de vie spécialisé(e) Alzheimer",
    "Comptable confirmé / confirmée",
    "Secrétaire médical·e expérimenté·e H/F",
    "Tenue comptable rigoureuse des dossiers H/F",
])
def test_an_epicene_title_with_both_forms_is_not_title_gender(title: str) -> None:
    assert "title-gender" not in categories(title + TAIL, "fr", fragment=False, country="fr")

# --- a classified ad's « JF » or « JH » opening a line (sex-requirement, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "JH motivé pour travaux de jardinage.",
    "JF sérieuse pour garde d'enfants le soir.",
    "- JH 25 ans pour un déménagement",
])
def test_jf_or_jh_opening_a_line_is_a_sex_requirement(text: str) -> None:
    assert "sex" in fr(text)


@pytest.mark.parametrize("text", [
    "JH Dupont, notre directeur, vous accueillera.",
    "JF Conseil accompagne les PME depuis 2010.",
])
def test_initials_opening_a_line_are_no_sex_requirement(text: str) -> None:
    assert "sex" not in fr(text)

# --- the candidate's age or date of birth asked for, an age range alone on a line (age-criterion, rules/eu.yml)

@pytest.mark.parametrize("text, lang", [
    ("Merci de préciser votre âge et votre date de naissance.", "fr"),
    ("Envoyez votre CV avec date de naissance et photo.", "fr"),
    ("Please state your age and date of birth in the application.", "en"),
    ("Applicants should state their age.", "en"),
    ("Send your CV with date of birth.", "en"),
    ("- 18-34 years", "en"),
])
def test_an_age_asked_for_or_a_bare_age_range_is_an_age_criterion(text: str, lang: str) -> None:
    assert "age" in (fr(text) if lang == "fr" else en(text))


@pytest.mark.parametrize("text, lang", [
    ("Donnez votre avis sur l'âge de la retraite.", "fr"),
    ("Le formulaire donne l'âge moyen de nos équipes.", "fr"),
    ("The form will give your age group statistics.", "en"),
    ("State law requires applicants to be 21 to serve alcohol.", "en"),
    ("Experience: 20-30 years", "en"),
    ("We have been trading for 20-30 years.", "en"),
])
def test_an_age_not_asked_of_the_candidate_is_no_age_criterion(text: str, lang: str) -> None:
    assert "age" not in (fr(text) if lang == "fr" else en(text))

# --- people turned away for their weight (physical-appearance-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", ["Pas de personnes en surpoids.", "Aucun candidat obèse."])
def test_people_turned_away_for_their_weight_is_appearance(text: str) -> None:
    assert "physical-appearance" in fr(text)


@pytest.mark.parametrize("text", [
    "Notre cabinet accompagne les personnes en surpoids vers une alimentation plus saine.",
    "Vous accompagnerez des patients en surpoids ou obèses dans leur programme.",
])
def test_weight_that_is_the_job_s_subject_is_not_appearance(text: str) -> None:
    assert "physical-appearance" not in fr(text)

# --- one nationality preferred on a line of its own (nationality-criterion, rules/eu.yml); looks asked after other
# qualities (physical-appearance-criterion, rules/fr.yml)

@pytest.mark.parametrize("text", ["Filipino preferred.", "- Kenyan a must"])
def test_one_nationality_preferred_on_a_line_is_a_nationality_criterion(text: str) -> None:
    assert "nationality" in en(text)


@pytest.mark.parametrize("text", ["French preferred.", "- German a plus", "Clients: Filipino and Kenyan firms preferred."])
def test_a_language_or_clients_nationality_is_no_nationality_criterion(text: str) -> None:
    assert "nationality" not in en(text)


@pytest.mark.parametrize("text", ["Applicants should be physically fit and attractive.", "You are friendly, tall and slim."])
def test_looks_asked_after_other_qualities_are_appearance(text: str) -> None:
    assert "physical-appearance" in en(text)


@pytest.mark.parametrize("text", ["The website must be fast, accessible and attractive.",
                                  "Our packaging is recyclable, light and attractive."])
def test_a_thing_s_looks_are_not_appearance(text: str) -> None:
    assert "physical-appearance" not in en(text)
