"""French work-study ads for industrial jobs: a start month is no publication date and a phone number no date, a
masculine participle that folds like a feminine ending, a place name on the line before « Vous », one of the
recruiters named in the feminine, the legal age limit of the apprenticeship contract with its exemption for
disabled workers, the other young talents of an interns' network, and people « en local » sought; with the
look-alikes that still ask the candidate. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


def rules(text: str) -> set[str]:
    return rule_ids(text, "fr", country="fr")


def whole(text: str) -> set[str]:
    return rule_ids(text, "fr", fragment=False, country="fr")

# --- a month and a year without a day name when the job starts, not when the ad was published (undated, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Alternant technicien de maintenance H/F\nVous assurez la maintenance des lignes.\n"
    "Début du contrat : septembre 2026\n",
    "Apprenti électricien H/F\nPoste à pourvoir dès la rentrée de septembre 2026, pour deux ans.\n",
    "Technicien méthodes H/F\nDate de prise de poste : octobre 2026\nVous rédigez les gammes.\n",
    "Chargé de projet H/F\nVous travaillerez au siège jusqu'en décembre 2026, puis sur le site à compter de "
    "janvier 2027.\n",
])
def test_a_start_month_is_no_publication_date(text: str) -> None:
    assert "undated" in whole(text)


@pytest.mark.parametrize("text", [
    "Technicien de maintenance H/F\nPubliée le 12 mars 2026\nVous assurez la maintenance des lignes.\n",
    "Technicien de maintenance H/F\nOffre publiée en mars 2026.\nDébut du contrat : septembre 2026\n",
    "Technicien de maintenance H/F\nMise à jour le 3 avril 2026\nDébut : septembre 2026\n",
    "Maintenance technician\nPosted on March 5, 2026\nStart: September 2026\n",
    "Technicien de maintenance H/F\nPubliée le 03.04.2026\n",
])
def test_a_publication_date_is_still_a_date(text: str) -> None:
    assert "undated" not in whole(text)

# --- a phone number is no date (undated, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Technicien H/F\nPour passer les tests, contactez le service au 03.44.27.36.80.\n",
    "Technicien H/F\nPar téléphone : 03-25-87-86-46\n",
])
def test_a_phone_number_is_no_date(text: str) -> None:
    assert "undated" in whole(text)


def test_a_date_before_a_phone_number_is_still_a_date() -> None:
    assert "undated" not in whole("Technicien H/F\nPubliée le 02/04/2026 - tél. 03 44 27 36 80\n")

# --- a masculine participle in -ivé or -éré folds like a feminine ending (gendered-wording, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Tu prépares un bac pro, ou tu es très motivé à découvrir le métier.",
    "Es-tu plutôt cultivé et curieux ?",
    "Vous êtes particulièrement motivé par la technique.",
])
def test_a_masculine_participle_after_an_adverb_is_no_feminine(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "Tu es très motivée à découvrir le métier.",
    "Vous êtes plutôt organisée et méthodique.",
])
def test_the_candidate_in_the_feminine_after_an_adverb_is_still_found(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)

# --- a word at the end of a line does not open a sentence addressed to « vous » on the next (gendered-wording)

@pytest.mark.parametrize("text", [
    "Technicien R&D (H/F)\n60280 Venette\nVous êtes passionné(e) par la mécanique ?",
    "Lieu de travail : Sainte-Colette\nVous rejoignez une équipe de dix techniciens.",
    "Site de production de 13100 Valette\nTu intègres l'équipe maintenance.",
])
def test_a_place_on_the_line_before_vous_is_no_feminine(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "Rigoureuse et autonome, vous suivez les essais.",
    "Curieuse, vous aimez apprendre.",
    "Profil :\nRigoureuse et organisée,\nvous savez gérer les priorités.",
])
def test_a_sentence_opening_on_the_candidate_in_the_feminine_is_still_found(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)

# --- one of the employer's recruiters named in the feminine (gendered-wording, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Vous avez ensuite un entretien avec l'une de nos chargées de recrutement, Claire ou Inès.",
    "Une de nos conseillères vous rappellera sous huit jours.",
])
def test_one_of_the_recruiters_in_the_feminine_is_no_candidate(text: str) -> None:
    assert "gendered-wording-fr" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recrutons nos futures vendeuses pour la saison.",
    "Nous recherchons des vendeuses motivées.",
])
def test_women_of_a_trade_sought_are_still_found(text: str) -> None:
    assert "gendered-wording-fr" in rules(text)

# --- the age limit of the apprenticeship contract with its exemption for disabled workers (age, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Vous avez - de 30 ans ou vous êtes reconnu(e) travailleur handicapé sans condition d'âge.",
    "Avoir moins de 30 ans (sans limite d'âge pour les travailleurs handicapés).",
    "Vous avez moins de 26 ans, ou vous êtes bénéficiaire de la RQTH, sans limite d'âge.",
])
def test_the_apprenticeship_age_limit_with_its_exemption_is_a_legal_condition(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Vous avez - de 30 ans et le sens du contact.",
    "Vous avez moins de 30 ans, sans condition de diplôme.",
    "Vous avez moins de 35 ans ou vous êtes reconnu(e) travailleur handicapé sans condition d'âge.",
])
def test_an_age_limit_without_the_exemption_is_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- the other young talents of a network offered as a benefit (age, rules/eu.yml)

@pytest.mark.parametrize("text", [
    "Notre réseau d'alternants te permet de créer des liens avec d'autres jeunes talents.",
    "Des rencontres pour échanger avec d'autres jeunes talents du groupe.",
])
def test_the_other_young_talents_of_a_network_are_no_age(text: str) -> None:
    assert "age-criterion" not in rules(text)


@pytest.mark.parametrize("text", [
    "Nous recherchons d'autres jeunes talents pour compléter l'équipe.",
    "Nous recrutons de jeunes talents motivés.",
])
def test_young_talents_sought_are_still_age(text: str) -> None:
    assert "age-criterion" in rules(text)

# --- people « en local » sought (place-of-residence, rules/fr.yml)

@pytest.mark.parametrize("text", [
    "Nous recrutons des candidats en local pour ce poste.",
    "Pour ce site, nous privilégions des profils en local.",
    "Candidatures en local uniquement.",
])
def test_people_en_local_sought_is_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" in rules(text)


@pytest.mark.parametrize("text", [
    "Vous serez accompagné par des personnes en local et au siège.",
    "Le site compte 40 personnes en local et 10 au siège.",
    "Un accompagnement en local par nos équipes.",
])
def test_the_staff_en_local_is_no_place_of_residence(text: str) -> None:
    assert "place-of-residence-criterion" not in rules(text)
