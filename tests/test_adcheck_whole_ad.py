"""What the checker reads of an ad as a whole: a rule's ad-wide exceptions (an armed force's enlistment ad, whose
nationality and age conditions the Code de la défense sets, on whatever line they stand), and Markdown's escapes
and bold delimiters, which a reader of the page does not see ("full\\-time", "under 30\\.", "**Female** candidates").
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids
from rolegen.adcheck import check

AD = "Conducteur poids lourd H/F\nPubliée le 02/03/2026\n{intro}\nLes conditions :\n- {condition}\n- Permis B\n"


def ad_rules(intro: str, condition: str) -> set[str]:
    return rule_ids(AD.format(intro=intro, condition=condition), "fr", fragment=False, country="fr")

# --- an armed force's enlistment ad (rules/eu.yml `ad_exceptions`, patterns.py {armed-forces-fr})


@pytest.mark.parametrize("intro", [
    "L'Armée de Terre recrute ses conducteurs dans toute la France.",
    "Engagez-vous dans l'Armée de l'air et de l'Espace : une formation rémunérée vous attend.",
    "La Marine nationale forme ses marins dès l'engagement.",
    "Rejoignez la Gendarmerie et servez au plus près de la population.",
    "La Légion étrangère recrute des volontaires.",
    "La Brigade de sapeurs-pompiers de Paris recrute ses futurs pompiers.",
])
@pytest.mark.parametrize("condition, rule", [
    ("Nationalité française", "nationality-criterion"),
    ("Être de nationalité française", "nationality-criterion"),
    ("Avoir entre 17 et 29 ans", "age-criterion"),
    ("Être âgé de moins de 30 ans", "age-criterion"),
])
def test_an_armed_forces_enlistment_conditions_are_statutory(intro: str, condition: str, rule: str) -> None:
    assert rule not in ad_rules(intro, condition)


@pytest.mark.parametrize("intro", [
    "Transports Martin, entreprise familiale de 40 salariés, recrute.",
    "Société de sécurité privée, nous travaillons pour de grands comptes.",
    "Ancien de la Marine nationale bienvenu dans notre PME de transport.",
    "Notre client, issu de l'Armée de l'air, a fondé une société de logistique.",
])
@pytest.mark.parametrize("condition, rule", [
    ("Nationalité française", "nationality-criterion"),
    ("Avoir entre 17 et 29 ans", "age-criterion"),
])
def test_the_same_conditions_from_another_employer_are_still_found(intro: str, condition: str, rule: str) -> None:
    assert rule in ad_rules(intro, condition)


@pytest.mark.parametrize("condition, rule", [
    ("Poste réservé aux hommes", "sex-requirement"),
    ("Pas de personnes handicapées", "disability-criterion"),
])
def test_an_armed_forces_ad_is_still_read_for_the_other_criteria(condition: str, rule: str) -> None:
    assert rule in ad_rules("L'Armée de Terre recrute ses conducteurs.", condition)


def test_the_exception_is_read_in_the_whole_ad_not_only_near_the_condition() -> None:
    text = ("Conducteur H/F\nPubliée le 02/03/2026\nLes conditions :\n- Nationalité française\n- Permis B\n\n"
            + "Vous conduirez des véhicules de tous gabarits. " * 40 + "\n\nL'Armée de Terre vous forme.\n")
    assert "nationality-criterion" not in rule_ids(text, "fr", fragment=False, country="fr")

# --- Markdown's escapes are not read (visible.py ESCAPE)


@pytest.mark.parametrize("lang, text, rule", [
    ("en", "Applicants must be under 30\\. Full\\-time role\\!", "age-criterion"),
    ("en", "Applicants must be under 30\\\\. Cross\\\\-functional team.", "age-criterion"),
    ("en", "\\- Must be a native English speaker\n\\- Full\\-time", "language-criterion"),
    ("fr", "Candidat\\(e\\) de moins de 30 ans\\.", "age-criterion"),
    ("fr", "Nous recherchons un jeune homme dynamique\\! \\- Permis B", "sex-requirement"),
])
def test_a_criterion_behind_escapes_is_found(lang: str, text: str, rule: str) -> None:
    assert rule in rule_ids(text, lang)


def test_escapes_leave_the_columns_of_the_text_as_written() -> None:
    text = "Full\\-time\\. Applicants must be under 30\\."
    finding = next(f for f in check(text, lang="en", fragment=True).findings if f.rule == "age-criterion")
    assert (finding.line, finding.column) == (1, text.index("must") + 1)
    assert finding.excerpt == "must be under 30"


@pytest.mark.parametrize("text", [
    "Dossier C:\\jeune\\homme sur le serveur.",  # a backslash before a letter is no escape
    "Utilisez le séparateur \\\\ entre deux chemins.",
])
def test_a_backslash_that_escapes_nothing_is_read_as_written(text: str) -> None:
    from rolegen.adcheck.visible import visible

    assert visible(text) == (text, None)

# --- Markdown's bold delimiters are not read (visible.py EMPHASIS)


@pytest.mark.parametrize("lang, text, rule", [
    ("en", "**Female** candidates only.", "sex-requirement"),
    ("en", "**Age:** 25-35 years", "age-criterion"),
    ("en", "Graduation date of **December 2025 or later.**", "age-criterion"),
    ("fr", "Nous recherchons une **jeune** femme pour l'accueil.", "age-criterion"),
    ("en", "***Male candidates only***", "sex-requirement"),
])
def test_a_criterion_split_by_bold_delimiters_is_found(lang: str, text: str, rule: str) -> None:
    assert rule in rule_ids(text, lang)


def test_bold_delimiters_leave_the_columns_of_the_text_as_written() -> None:
    text = "Hello **team**. Applicants must be **under 30**."
    finding = next(f for f in check(text, lang="en", fragment=True).findings if f.rule == "age-criterion")
    assert (finding.line, finding.column) == (1, text.index("must") + 1)


@pytest.mark.parametrize("text", [
    "Poste :***Airbus recrute",  # glued to words on both sides: taking the stars out would join them
    "Note****moyenne",
    "Calcul 2**3 et a*b",
    "Un * seul, puis * deux",
])
def test_asterisks_that_are_no_bold_delimiter_are_read_as_written(text: str) -> None:
    from rolegen.adcheck.visible import visible

    assert visible(text) == (text, None)
