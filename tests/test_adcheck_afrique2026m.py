"""Ads for jobs in French-speaking Africa: the feminine job noun of a team the ad also names in both forms, the other
sex's own name of a trade (hostesses and stewards), an organisation that calls itself apolitical, the people a
programme serves named together ("women and youth"), young people counted as the hires ("2 000 jeunes", « jeunes à
recruter »), the young talents of a search and the school leavers of a job. Sentences written for these tests, not
taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, lang: str = "fr", country: str = "cm") -> set[str]:
    return rule_ids(text, lang, country=country)


# --- a feminine job noun, then the same team in both forms on the line

@pytest.mark.parametrize("text", [
    "La boutique recrute des vendeuses pour ses points de vente de Douala, et forme chaque année ses nouveaux "
    "vendeurs/vendeuses au conseil.",
    "Notre agence recrute des caissières pour ses guichets : les caissiers/caissières tiennent la caisse du matin.",
])
def test_a_feminine_noun_then_the_doublet_on_the_line_is_no_single_sex(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "La boutique recrute des vendeuses pour ses points de vente de Douala.",
    "Notre agence recrute des caissières pour ses guichets du centre-ville.",
])
def test_a_feminine_noun_alone_is_still_single_sex(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)


# --- « recrutement de : X »

@pytest.mark.parametrize("text", [
    "Appel à candidatures pour le recrutement de : Serveuses expérimentées pour notre restaurant.",
    "Nous lançons le recrutement de: vendeuses pour la saison.",
])
def test_a_recruitment_of_women_after_a_colon_is_single_sex(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)


def test_a_recruitment_of_both_forms_after_a_colon_is_no_finding() -> None:
    assert "gendered-wording-fr" not in rules("Appel à candidatures pour le recrutement de : Serveurs/Serveuses.")


# --- the other sex's own name of the trade

@pytest.mark.parametrize("text", [
    "La compagnie recrute des hôtesses de l'air et stewards pour ses vols régionaux.",
    "Nous recrutons des stewards et hôtesses pour notre flotte.",
])
def test_hostesses_and_stewards_name_both_sexes(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


def test_hostesses_alone_are_single_sex() -> None:
    assert "gendered-wording-fr" in rules("La compagnie recrute des hôtesses de l'air pour ses vols régionaux.")


# --- an organisation that calls itself apolitical

@pytest.mark.parametrize("text", [
    "Notre association, apolitique et non confessionnelle, recrute un animateur (H/F).",
    "Action Terre est une organisation non gouvernementale internationale, apolitique, non-confessionnelle et "
    "non-lucrative.",
    "Fondée en 1990, la fondation est neutre et apolitique.",
])
def test_an_organisation_described_as_apolitical_is_no_criterion(text: str) -> None:
    assert "political-opinions-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Profil : candidat apolitique, sans engagement militant.",
    "Vous êtes apolitique et neutre.",
    "Notre association recrute un profil apolitique.",
])
def test_an_apolitical_candidate_asked_is_still_a_criterion(text: str) -> None:
    assert "political-opinions-criterion" in rules(text)


# --- the people a programme serves, named together (English)

@pytest.mark.parametrize("text", [
    "Our programmes empower women and youth in rural districts.",
    "The project supports refugees and young people in the Far North region.",
])
def test_women_and_youth_a_programme_serves_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text, "en")


@pytest.mark.parametrize("text", [
    "We are hiring youth for the summer season.",
    "Women and youth preferred for this role.",
])
def test_youth_hired_or_preferred_is_age(text: str) -> None:
    assert "age-criterion" in rules(text, "en")


# --- young people counted as the hires; the people a job serves counted

@pytest.mark.parametrize("text", [
    "Dans le recrutement de 1 500 jeunes commerciaux dans tout le pays.",
    "En ce moment 50 jeunes hommes et femmes à recruter pour nos agences.",
])
def test_young_people_counted_as_the_hires_is_age(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Vous encadrerez 1 200 jeunes du quartier pendant les vacances.",
    "L'animateur accompagne 12 jeunes en insertion.",
])
def test_young_people_a_job_serves_counted_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


# --- the young talents of a search; the school leavers of a job

@pytest.mark.parametrize("text", [
    "Le cabinet recherche de jeunes talents pour son programme d'audit.",
    "Poste idéal pour un candidat sortant de l'école.",
])
def test_young_talents_sought_and_school_leavers_are_age(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Nous accompagnons nos jeunes talents tout au long de leur carrière.",
    "La nounou récupère les enfants sortant de l'école à 16 h 30.",
    "Notre incubateur soutient de jeunes pousses du numérique.",
])
def test_the_employers_young_staff_and_children_leaving_school_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)
