"""What the employer offers, and words of a criterion that describe the team, the firm or a benefit.

The section under a heading of what the employer offers ("What we offer", « Ce que nous offrons ») is read by the
gender-coding verdict, but a criterion's words there describe a benefit or the team, not the candidate, unless a
sentence of it requires or prefers something ("only for applicants under 30"). Beside it, word senses found on
English ads of the Netherlands: a count of nationalities, young colleagues or a young product, a firm's 55-year
heritage, a belief that is a conviction, the kinds of volunteer organisations, the health problems a mission tackles,
a financial background among others, "without limitation", short lines of communication, costs the employer covers,
employee networks, a statement's "do not affect eligibility", leave for parents, a country's national body, the 30 %
ruling, the US draft registration. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories

OFFER_EN = """Data Analyst

You will analyse the sales data of our clients and present it to the board.

{heading}
* Paid pregnancy and maternity leave
* Family Planning Support
* A gym at the office to keep fit and healthy
* For young families, a childcare allowance
{extra}
Requirements
* Two years of experience with SQL
"""

OFFER_FR = """Chargé d'études H/F

Vous analyserez les ventes de nos clients. Poste basé à Lyon, publié le 2 mars 2026.

{heading}
- Places en crèche pour les jeunes parents
- Salle de sport pour rester en bonne santé
{extra}
Profil recherché
- Deux ans d'expérience en analyse de données
"""


def _ad_categories(text: str, lang: str) -> set[str]:
    return categories(text, lang, fragment=False, country="nl" if lang == "en" else "fr")


LAW = {"pregnancy", "family-situation", "health", "age", "physical-appearance", "nationality", "sex"}


@pytest.mark.parametrize("heading", ["What we offer", "**What Acme offers you**", "Benefits:", "WHAT WE ARE OFFERING:",
                                     "Why join us?", "Perks & benefits", "What you'll get"])
def test_a_benefit_under_an_offer_heading_is_no_criterion(heading: str) -> None:
    assert not _ad_categories(OFFER_EN.format(heading=heading, extra=""), "en") & LAW


@pytest.mark.parametrize("heading", ["Ce que nous offrons", "Avantages :", "Nos avantages", "Pourquoi nous rejoindre ?",
                                     "Ce que Acme vous propose"])
def test_a_benefit_under_a_french_offer_heading_is_no_criterion(heading: str) -> None:
    assert not _ad_categories(OFFER_FR.format(heading=heading, extra=""), "fr") & LAW


def test_the_same_benefits_without_the_heading_are_read() -> None:
    # the heading is what tells a benefit: without it, the French line about health is a requirement again
    assert "health" in _ad_categories(OFFER_FR.format(heading="", extra=""), "fr")


@pytest.mark.parametrize(("extra", "lang", "category"), [
    ("* This bonus is only for applicants under 30", "en", "age"),
    ("* Candidates must be female", "en", "sex"),
    ("- Poste réservé aux candidats de moins de 30 ans", "fr", "age"),
    ("- Poste réservé aux femmes", "fr", "sex"),
])
def test_a_requirement_inside_the_offer_section_is_read(extra: str, lang: str, category: str) -> None:
    template = OFFER_EN if lang == "en" else OFFER_FR
    heading = "What we offer" if lang == "en" else "Ce que nous offrons"
    assert category in _ad_categories(template.format(heading=heading, extra=extra), lang)


def test_the_section_ends_at_the_next_heading() -> None:
    text = OFFER_EN.format(heading="What we offer", extra="") + "* Young and dynamic profile\n"
    assert "age" in _ad_categories(text, "en")


# --- word senses of English ads: the team, the firm, a benefit (eu.yml and fr.yml exceptions and contexts)


@pytest.mark.parametrize("text", [
    "Learn from 35 different nationalities and more than 150 colleagues.",
    "You will join 1,700 colleagues from 50+ nationalities.",
    "Our team comprises over ten different nationalities.",
    "A team of dozens of nationalities, all speaking English.",
])
def test_a_count_of_nationalities_describes_the_team(text: str) -> None:
    assert "nationality" not in categories(text, "en", country="nl")


@pytest.mark.parametrize("text", [
    "Une équipe d'une vingtaine de nationalités.",
    "Nos bureaux réunissent plus de trente nationalités.",
])
def test_a_count_of_nationalities_in_words_describes_the_team_fr(text: str) -> None:
    assert "nationality" not in categories(text, "fr", country="fr")


@pytest.mark.parametrize(("text", "lang"), [
    ("Applicants must be Dutch nationals.", "en"),
    ("Nationality: British only.", "en"),
    ("Nationalité française exigée.", "fr"),
])
def test_a_nationality_required_is_still_read(text: str, lang: str) -> None:
    assert "nationality" in categories(text, lang, country="nl" if lang == "en" else "fr")


@pytest.mark.parametrize("text", [
    "Flexible, hybrid working environment with international and young colleagues.",
    "Work alongside our young teammates.",
    "You will build the young Box Sign product.",
    "With its strong over 55-year heritage, the group is trusted by its clients.",
    "The group currently spans over 40 diverse people, of whom 3 are staff.",
])
def test_young_colleagues_a_young_product_and_a_firm_s_age_are_no_age(text: str) -> None:
    assert "age" not in categories(text, "en", country="nl")


@pytest.mark.parametrize("text", [
    "We are looking for young colleagues.",
    "We are looking for new and young colleagues.",
    "Candidates over 40 need not apply.",
    "Must be over 25 years old.",
    "Looking for a young colleague to join us.",
])
def test_young_colleagues_sought_and_an_age_bound_are_still_age(text: str) -> None:
    assert "age" in categories(text, "en", country="nl")


@pytest.mark.parametrize(("text", "category"), [
    ("Our organisation was founded on this belief.", "religion"),
    ("You will challenge clients' beliefs when they are unsound.", "religion"),
    ("Volunteer work in organisations (professional; philanthropic; religious; spiritual; community).", "religion"),
    ("We boldly attack the most challenging health problems facing humanity.", "health"),
    ("Mental coaching to keep your mind in top shape.", "health"),
    ("Are you a driven professional with a business, technical or financial background?", "economic-vulnerability"),
    ("The post may be filled without limitation to candidates from a competent authority.", "disability"),
    ("Communication lines within our faculty are short.", "physical-appearance"),
    ("You have scaled teams and know what good looks like.", "physical-appearance"),
    ("Employee resource groups e.g. Pride, LGBTQIA+, Women in Tech.", "sexual-orientation"),
    ("National origin and/or nationality do not affect eligibility for employment.", "nationality"),
    ("Salary and benefits (a pension scheme, paid pregnancy and maternity leave).", "pregnancy"),
    ("Employees benefits vary and contractors are not eligible for them.", "economic-vulnerability"),
    ("Training is available through the Dutch national research school.", "nationality"),
    ("A favourable tax agreement, the 30% ruling, may apply to non-Dutch applicants.", "nationality"),
    ("Males born after 12-31-59 must be registered for Selective Service.", "age"),
])
def test_word_senses_of_the_team_the_firm_and_the_benefits(text: str, category: str) -> None:
    assert category not in categories(text, "en", country="nl")


@pytest.mark.parametrize(("text", "category"), [
    ("A strong Christian faith is required.", "religion"),
    ("Applicants must be practising Catholics.", "religion"),
    ("Candidates must be in good health and free of any disability.", "health"),
    ("Candidates must be without physical limitations.", "disability"),
    ("Candidates must be tall and slim.", "physical-appearance"),
    ("Applicants must not be pregnant.", "pregnancy"),
    ("Benefit claimants need not apply.", "economic-vulnerability"),
    ("A credit check and a financial background check will be carried out; bad credit need not apply.",
     "economic-vulnerability"),
])
def test_the_criteria_next_to_those_senses_are_still_read(text: str, category: str) -> None:
    assert category in categories(text, "en", country="nl")


@pytest.mark.parametrize("text", [
    "We cover training costs.",
    "The company pays your relocation expenses.",
])
def test_costs_the_employer_covers_are_no_fee(text: str) -> None:
    assert "misleading" not in categories(text, "en", country="nl")


def test_a_fee_charged_to_the_candidate_is_still_read() -> None:
    assert "misleading" in categories("A registration fee of $100 is required before the interview.", "en", country="nl")


def test_a_warning_against_scams_is_no_fee() -> None:
    text = "Examples of such scams include purchasing a 'starter kit', paying to apply, or buying equipment."
    assert "misleading" not in categories(text, "en", country="ie")
