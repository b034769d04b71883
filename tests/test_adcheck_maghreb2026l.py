"""French ads from the Maghreb and French-speaking Africa: one sex in brackets, girls or women sought by a noun of
search, a shift kept for one sex, an age named before the experience asked, an address wanted as a field, those
living far turned away, people « bien présentés », women sought by a noun of search, and the lawful look-alikes: a
mark for each sex, both sexes named, a trade, a private employer describing itself, the employer's own accounts,
products well presented. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str, country: str = "ma") -> set[str]:
    return rule_ids(text, "fr", country=country)


# --- one sex in brackets (« (Fille) », « (F) », « (H) »), also after a capitalised word

@pytest.mark.parametrize("text", [
    "Nous recrutons des couturières (filles) pour notre atelier.",
    "Serveur (H) pour le service du soir.",
    "Caissière (F), poste à pourvoir de suite.",
    "Profil : Hôtesse (Femme) justifiant d'une expérience en salon.",
    "Conditions : Candidat (Homme) disposant du permis poids lourd.",
])
def test_one_sex_in_brackets_is_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)


@pytest.mark.parametrize("text", [
    "Cuisinier (H) ou cuisinière (F) pour notre restaurant.",
    "Vendeur (H/F) en boutique.",
    "Rayon enfant (fille) et rayon (garçon) à tenir.",
    "Stock des vêtements (fille) à ranger.",
    "Savoir-être : Rigueur (F) Écoute (F) Initiative (M) Leadership (A)",
])
def test_a_mark_for_each_sex_a_doublet_or_a_shop_section_is_no_sex(text: str) -> None:
    assert "sex-requirement" not in rules(text)


# --- girls, women or men sought, and a shift kept for one sex

@pytest.mark.parametrize("text", [
    "Nous embauchons des filles motivées pour la vente.",
    "Agence de mannequins : recherche de jeunes femmes pour un défilé.",
    "Recherche de filles pour l'accueil du salon.",
    "Le créneau du matin, juste les filles.",
    "Équipe de nuit : uniquement les hommes.",
])
def test_one_sex_sought_or_given_a_shift_is_sex(text: str) -> None:
    assert "sex-requirement" in rules(text)


@pytest.mark.parametrize("text", [
    "Recherche de femmes et d'hommes motivés.",
    "Recrutement de garçons de café pour la saison.",
    "Nous recherchons des femmes de ménage.",
    "Nous accompagnons uniquement les femmes enceintes.",
])
def test_both_sexes_a_trade_or_the_people_served_are_no_sex(text: str) -> None:
    assert "sex-requirement" not in rules(text)


# --- an age named, then the experience asked on the same line

@pytest.mark.parametrize("text", [
    "Âgé entre 22 et 30 ans Expérience de 2 ans dans la vente.",
    "Profil souhaité Femme âgée entre 24 et 31 ans Expérience confirmée de 4 ans minimum.",
    "Jeune vendeur avec 3 ans d'expérience en boutique.",
])
def test_an_age_before_the_experience_is_age(text: str) -> None:
    assert "age-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Vendeur avec 3 ans d'expérience en boutique.",
    "Expérience de 3 à 5 ans exigée dans un poste similaire.",
    "Une expérience de 2 à 4 ans en pâtisserie est demandée.",
])
def test_years_of_experience_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


def test_an_age_named_in_months_is_still_a_duration() -> None:
    assert "age-criterion" not in rule_ids("The ward treats children from an age of 6 months upwards.", "en",
                                            country="gb")


# --- the address wanted as a field; those living far turned away

@pytest.mark.parametrize("text", [
    "Adresse souhaitée : Salé ou Kénitra.",
    "Lieu de résidence exigé : Mohammedia.",
    "Candidats trop éloignés s'abstenir.",
    "Les quartiers loin du site s'abstenir svp.",
])
def test_an_address_wanted_or_distance_turned_away_is_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Adresse de l'agence : 12 rue des Fleurs, Rabat.",
    "Adresse email souhaitée : celle de votre école.",
    "Le site est loin du centre-ville, transport assuré.",
])
def test_the_employers_address_an_email_or_the_sites_distance_are_no_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)


# --- a private employer describing itself before its recruiting verb

@pytest.mark.parametrize("text", [
    "Une famille américaine résidant à Marrakech cherche une nounou.",
    "Un couple de retraités français installé à Essaouira recherche un jardinier.",
])
def test_the_employer_describing_itself_is_no_nationality_nor_residence(text: str) -> None:
    assert not {"nationality-criterion", "place-of-residence-criterion"} & rules(text)


def test_the_nationality_and_residence_asked_of_the_person_hired_are_still_read() -> None:
    assert {"nationality-criterion", "place-of-residence-criterion"} <= \
        rules("Famille cherche nounou de nationalité marocaine résidant à Guéliz.")


# --- the employer's own accounts; the candidate's situation

@pytest.mark.parametrize("text", [
    "Le comptable assure le suivi de notre situation financière et bancaire.",
    "Vous analysez nos positions de trésorerie.",
])
def test_the_employers_accounts_are_no_economic_vulnerability(text: str) -> None:
    assert "economic-vulnerability-criterion" not in rules(text)


def test_the_candidates_financial_situation_is_still_read() -> None:
    assert "economic-vulnerability-criterion" in rules("Votre situation financière doit être saine.")


# --- people « bien présentés »; products well presented

@pytest.mark.parametrize("text", [
    "Candidats sérieux et bien présentés.",
    "Personnes dynamiques, souriantes et bien présentées pour l'accueil.",
])
def test_people_well_presented_is_physical_appearance(text: str) -> None:
    assert "physical-appearance-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Vous veillez à des rayons bien présentés.",
    "Des produits bien présentés en vitrine.",
])
def test_shelves_or_products_well_presented_are_no_appearance(text: str) -> None:
    assert "physical-appearance-criterion" not in rules(text)


# --- women sought by a noun of search or hiring, or sought and described in the feminine

@pytest.mark.parametrize("text", [
    "Nous sommes à la recherche de candidates motivées pour la caisse.",
    "Recrutement de serveuses pour la saison d'été.",
    "Cabinet à la recherche d'une (femme) secrétaire bilingue.",
    "Nous recherchons des filles expérimentées dans le domaine de la coiffure.",
])
def test_women_sought_by_a_noun_of_search_is_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)


@pytest.mark.parametrize("text", [
    "Recrutement de vendeurs et vendeuses.",
    "Recherche de candidats et candidates pour nos agences.",
    "La recherche de clientes fidèles est au cœur du poste.",
    "Nous encourageons les femmes motivées à postuler.",
])
def test_both_forms_or_the_customers_are_no_gendered_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)
