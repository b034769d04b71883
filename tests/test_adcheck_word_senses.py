"""Word senses and scopes found by reading the France Travail offers the checker flagged: a feminine form that
agrees with a noun other than the person sought, an épicène word taken for a feminine one, the people a care job
looks after, the things a trade works on, the employer's own sector; and, in the engine, an exception that starts
inside another exception of the same rule. Sentences written for these tests, not taken from the corpus; each
lawful one is paired with an unlawful one the change must keep."""

from __future__ import annotations

import re

import pytest

from conftest import categories, rule_ids
from rolegen.adcheck.engine import _matches


# --- one-sex wording: the feminine that agrees with something else than the person sought

@pytest.mark.parametrize("text", [
    # « novice », « complice » end in -ice and have one form for both sexes: -trice is the feminine ending
    "Si vous êtes novice en menuiserie, nous vous formerons.",
    "Vous êtes complice de nos chefs de rang au quotidien.",
    # an adjective after the employer's noun agrees with that noun
    "Rejoignez une PME familiale bienveillante et solide.",
    "Nous sommes une coopérative agricole dynamique.",
    # both forms of the job written out, the second one with its adjectives
    "Nous cherchons un agent commercial sédentaire ou une agente commerciale sédentaire.",
    # « on vous demande » asks the candidate something, it seeks no woman
    "Au téléphone, on vous demande votre principale motivation.",
    # the nurses a doctor works with are colleagues, not the person sought
    "Le médecin du travail anime l'équipe avec les infirmières et les assistantes.",
    # two feminine qualities after a feminine noun agree with it
    "Vous êtes une personne méticuleuse, organisée\nvous aimez le travail bien fait.",
])
def test_a_feminine_that_agrees_with_another_noun_is_no_one_sex_wording(text: str) -> None:
    assert "gendered-wording-fr" not in rule_ids(text)


@pytest.mark.parametrize("text", [
    "Vous êtes novatrice et curieuse.",
    "Nous recrutons des caissières pour l'été.",
    "Nos futures collaboratrices seront formées en magasin.",
    "Méticuleuse et organisée, vous tenez les stocks.",
    "Nous avons besoin d'une commerciale motivée pour notre showroom.",
])
def test_the_person_sought_in_the_feminine_is_still_one_sex_wording(text: str) -> None:
    assert "gendered-wording-fr" in rule_ids(text)


@pytest.mark.parametrize(("text", "rule"), [
    # a snippet's first line naming the job is its title: one finding, the title's
    ("Commerciale motivée pour notre showroom.", "job-noun-one-gender"),
    # asked in a sentence, the job in one gender is one-sex wording
    ("Nous recherchons vendeuse motivée pour la saison.", "job-sought-one-gender"),
])
def test_the_job_sought_in_the_feminine_is_one_finding(text: str, rule: str) -> None:
    assert rule_ids(text) == {rule}


# --- the people a care job looks after, the conditions a service treats

@pytest.mark.parametrize("text, category", [
    ("Indications : lombalgies, asthme, suites de cancer du sein.", "health"),
    ("Poste en service de nutrition / obésité, clinique de Lyon.", "health"),
    ("Vous participez au Dépistage Organisé du Cancer colorectal.", "health"),
    ("Vous accompagnez des personnes incarcérées souffrant de troubles mentaux.", "disability"),
    ("Le public suivi à domicile présente des maladies chroniques.", "health"),
    ("Vous assurez le suivi des interruptions volontaires de grossesse.", "pregnancy"),
    ("Le service reçoit des femmes, enceintes ou non, pour des consultations.", "pregnancy"),
    ("Vous accompagnez la grossesse à terme et l'accouchement.", "pregnancy"),
    ("Vous aidez une personne âgée, malade, isolée, en perte d'autonomie, à son domicile.", "disability"),
    ("Vous connaissez les besoins du jeune enfant.", "age"),
])
def test_the_people_a_care_job_looks_after_are_not_the_candidate(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize("text, category", [
    ("Pathologies : diabétiques s'abstenir.", "health"),
    ("Vous ne devez pas présenter de pathologies chroniques.", "health"),
    ("Candidates enceintes s'abstenir.", "pregnancy"),
    ("Pas de personne en perte d'autonomie.", "disability"),
    ("Personnes âgées en perte d'autonomie s'abstenir.", "disability"),
    ("Vous êtes jeune et motivé.", "age"),
])
def test_the_same_words_asked_of_the_candidate_are_still_found(text: str, category: str) -> None:
    assert category in categories(text)


# --- the things a trade works on, the employer's sector, idioms

@pytest.mark.parametrize("text, category", [
    ("Chantiers de restauration de patrimoine : châteaux, église romane, lavoirs.", "religion"),
    ("Le groupe mutualiste accompagne ses adhérents depuis 1920.", "union-activity"),
    ("Vous rendez compte chaque semaine à la directrice du magasin.", "bank-domiciliation"),
    ("Relevé des niches où doivent se loger les placards sur mesure.", "place-of-residence"),
    ("Une curiosité d'origine personnelle ou professionnelle est un atout.", "origin"),
    ("Vous analysez la situation économique de chaque exploitation.", "economic-vulnerability"),
    ("Vous garnissez les étals de fruits et veillez à leur bonne présentation.", "physical-appearance"),
    ("Vous travaillerez dans une ambiance jeune et conviviale.", "age"),
    ("Coordinateur jeunesse H/F pour la commune.", "age"),
    ("Que vous soyez jeune diplômé ou déjà expérimenté, postulez.", "age"),
])
def test_a_thing_a_sector_or_an_idiom_is_no_criterion(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize("text, category", [
    ("Catholique pratiquant, membre d'une église de préférence.", "religion"),
    ("Activité mutualiste passée : à préciser.", "union-activity"),
    ("Compte bancaire ouvert en France obligatoire.", "bank-domiciliation"),
    ("Vous devez habiter à Lyon.", "place-of-residence"),
    ("Candidats d'origine étrangère s'abstenir.", "origin"),
    ("Vendeur en boulangerie, bonne présentation exigée.", "physical-appearance"),
])
def test_the_criterion_asked_of_the_candidate_is_still_found(text: str, category: str) -> None:
    assert category in categories(text)


# --- the engine: one exception inside another of the same rule

def test_an_exception_starting_inside_another_match_of_its_rule_still_exempts() -> None:
    # the patients' context runs over the start of the list of conditions; the list's own exception starts inside it
    text = ("Prise en charge de 20 lits : suivi des patients hospitalisés et bilans sur un plateau complet,\n"
            "Pathologies : BPCO, asthme, apnée du sommeil.")
    assert "health" not in categories(text)


def test_overlapping_matches_are_every_start_and_plain_ones_skip_inside() -> None:
    regex = re.compile(r"ab[a-z ]{0,6}|b c")
    assert _matches(regex, "ab c d", 0, None, None) == [(0, 6)]
    assert _matches(regex, "ab c d", 0, None, None, overlap=True) == [(0, 6), (1, 4)]


def test_the_customers_context_ends_where_a_new_requirement_clause_starts() -> None:
    # once every exception start is tried, a scope of customers or services must end at ", be …": it is a requirement
    text = "You will greet customers with a smile, be of athletic build and keep the till."
    assert "physical-appearance" in categories(text, lang="en", country="gb")


# --- blatant English limits that a lawful scope had hidden: a range after a legal minimum, an age group in the plural,
# "only" after an encouragement

@pytest.mark.parametrize("text, category", [
    ("Applicants must be aged 18 to 25.", "age"),
    ("Over 50s need not apply.", "age"),
    ("Under 25's should not apply for the night shift.", "age"),
    ("We encourage female applicants only.", "sex"),
])
def test_a_limit_after_a_lawful_opening_is_still_found(text: str, category: str) -> None:
    assert category in categories(text, lang="en", country="gb")


@pytest.mark.parametrize("text, category", [
    ("You must be 18 or over to serve alcohol.", "age"),
    ("We encourage female applicants to apply.", "sex"),
    ("We welcome applications from all backgrounds, ages and genders.", "age"),
])
def test_a_legal_minimum_or_an_open_encouragement_is_still_no_finding(text: str, category: str) -> None:
    assert category not in categories(text, lang="en", country="gb")
