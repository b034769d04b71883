"""The posting checks: gender-coded words, discriminatory criteria, H/F, pay, dates, Google's JobPosting."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolegen import load, load_company
from rolegen.errors import DataError
from rolegen.postings import check_posting, load_rules
from rolegen.postings.config import Rules
from rolegen.postings.gender import code_text
from rolegen.postings.rules import jobposting_problems
from rolegen.postings.terms import find_criteria

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
KB = load(TESTS / "fixtures" / "kb")
COMPANY = load_company(ROOT / "examples" / "company.yml")


def test_english_words_of_the_paper() -> None:
    coding = code_text("An ambitious, self-confident leader who is analytical and supportive; we trust you.", "en")
    assert coding.masculine == ("ambitious", "self-confident", "leader", "analytical")
    assert coding.feminine == ("supportive", "trust")
    assert (coding.score, coding.verdict) == (-2, "masculine-coded")


def test_a_sales_lead_is_not_leadership() -> None:
    text = "Lead generation and lead management; qualified leads, cost per lead. You lead the team."
    assert code_text(text, "en").masculine == ("lead",)


def test_competence_is_not_competition() -> None:
    assert code_text("Core competencies; a competent, competitive person.", "en").masculine == ("competitive",)


def test_hyphenated_words_are_read_part_by_part() -> None:
    assert code_text("A data-driven, team-supporting co-operative role.", "en").feminine == ("supporting", "co-operative")


def test_french_accents_match_and_count() -> None:
    coding = code_text("Profil AMBITIEUX, déterminée et compétitive ; esprit d’équipe et à l'écoute, bienveillant.", "fr")
    assert coding.masculine == ("AMBITIEUX", "déterminée", "compétitive")
    assert coding.feminine == ("esprit d’équipe", "à l'écoute", "bienveillant")
    assert coding.verdict == "neutral"


def test_french_phrases_win_over_their_words() -> None:
    coding = code_text("La confiance en soi et la confiance des clients.", "fr")
    assert (coding.masculine, coding.feminine) == (("confiance en soi",), ("confiance",))


def test_french_marketing_terms_are_not_coded() -> None:
    text = ("Suivre le taux d'engagement, analyser les objectifs, piloter les supports de communication, "
            "déterminer la cible, gérer la communauté et les compétences du responsable marketing.")
    coding = code_text(text, "fr")
    assert (coding.masculine, coding.feminine) == ((), ())


def test_strongly_coded_from_the_threshold() -> None:
    text = "active adventurous aggressive ambitious"
    assert code_text(text, "en", threshold=4).verdict == "strongly masculine-coded"
    assert code_text(text, "en", threshold=5).verdict == "masculine-coded"
    assert code_text("warm kind gentle loyal", "en").verdict == "strongly feminine-coded"


@pytest.mark.parametrize(("text", "lang", "criterion", "words"), [
    ("Jeune community manager, moins de 30 ans", "fr", "age", ["Jeune", "moins de 30 ans"]),
    ("Vous êtes digital native", "fr", "age", ["digital native"]),
    ("Âgée de 25 à 35 ans", "fr", "age", ["Âgée de"]),
    ("Young and a digital native, under 30 years old", "en", "age", ["Young", "digital native", "under 30 years old"]),
    ("Anglais langue maternelle, de nationalité française", "fr", "origin", ["langue maternelle", "nationalité"]),
    ("Native English speaker", "en", "origin", ["Native English speaker"]),
    ("Célibataire et sans enfant de préférence", "fr", "family", ["Célibataire", "sans enfant"]),
    ("Belle présentation exigée", "fr", "appearance", ["Belle présentation"]),
    ("Well-groomed, photo required", "en", "appearance", ["Well-groomed", "photo required"]),
    ("En bonne santé, non-fumeur", "fr", "health", ["bonne santé", "non-fumeur"]),
    ("Physically fit salesman", "en", "health", ["Physically fit"]),
    ("Physically fit salesman", "en", "sex", ["salesman"]),
])
def test_discriminatory_criteria(text: str, lang: str, criterion: str, words: list[str]) -> None:
    found = {c.id: w for c, w in find_criteria(text, lang)}
    assert found[criterion] == words


@pytest.mark.parametrize(("text", "lang"), [
    ("Plus de 5 ans d'expérience ; profil junior ou senior", "fr"),
    ("Poste ouvert aux personnes en situation de handicap", "fr"),
    ("Over 5 years of experience; a senior profile; a single page", "en"),
    ("Suivre l'origine du trafic et le nombre de visites", "fr"),
])
def test_allowed_wording_is_not_flagged(text: str, lang: str) -> None:
    assert find_criteria(text, lang) == []


def findings(role, company=COMPANY, lang="fr", rules=None, strict=False) -> list[str]:
    return [str(f) for f in check_posting(KB, role, company, lang, rules, strict=strict)]


def test_a_clean_posting_has_only_the_gender_report() -> None:
    assert findings(KB.roles["community-manager"]) == [
        "community-manager.fr: info: gender-coding: neutral (0 masculine-coded: -; 0 feminine-coded: -) "
        "(word lists of Gaucher, Friesen & Kay 2011)"]


def test_offending_words_name_their_field() -> None:
    role = KB.roles["community-manager"]
    summary = role.summary.model_copy(update={"fr": "Jeune profil ambitieux, autonome et compétitif, leader né."})
    result = findings(role.model_copy(update={"summary": summary}), strict=True)
    assert result == [
        "community-manager.fr: error: discrimination: age criterion: 'Jeune' (summary.fr); "
        "Code du travail L1132-1, L5321-2, L5331-2",
        "community-manager.fr: error: gender-coding: strongly masculine-coded (4 masculine-coded: 'ambitieux' "
        "(summary.fr), 'autonome' (summary.fr), 'compétitif' (summary.fr), 'leader' (summary.fr); 0 feminine-coded: -) "
        "(word lists of Gaucher, Friesen & Kay 2011)",
    ]


def test_fail_on_and_threshold_come_from_the_rules() -> None:
    role = KB.roles["community-manager"]
    summary = role.summary.model_copy(update={"en": "Warm, kind, gentle, loyal and polite."})
    changed = role.model_copy(update={"summary": summary})
    assert findings(changed, lang="en")[0].startswith("community-manager.en: warning: gender-coding: strongly feminine")
    rules = Rules.model_validate({"gender_coding": {"fail_on": ["masculine"]}})
    assert findings(changed, lang="en", rules=rules)[0].startswith("community-manager.en: info: gender-coding")


def test_title_mark_and_pay_transparency_rules() -> None:
    role = KB.roles["community-manager"]
    no_pay = COMPANY.model_copy(update={"salary": None})
    assert findings(role, no_pay)[0] == (
        "community-manager.fr: warning: pay-transparency: the ad shows no pay or pay range; give salary in the "
        "profile (Directive (EU) 2023/970, art. 5)")
    assert len(findings(role, no_pay, rules=Rules(pay_transparency=False))) == 1
    assert len(findings(role, rules=Rules(title_mark="F/H/X"))) == 1


def test_user_template_without_the_mark_fails_the_title_check(tmp_path: Path) -> None:
    (tmp_path / "posting.fr.md.j2").write_text("# {{ summary }}\n\n{{ company.name }}\n")
    result = check_posting(KB, KB.roles["community-manager"], COMPANY, "fr", templates=str(tmp_path))
    assert str(result[0]) == (
        "community-manager.fr: warning: title-gender-mark: the title 'Anime les communautés d'une marque sur les "
        "réseaux sociaux.' carries neither 'H/F' nor both gendered forms (Code du travail L1142-1)")


def test_without_a_company_the_ad_is_undated_and_anonymous() -> None:
    rules = [f.rule for f in check_posting(KB, KB.roles["community-manager"], None, "en")]
    assert rules == ["pay-transparency", "dated", "employer-named", "gender-coding"]


def test_jobposting_problems() -> None:
    good = {"title": "T", "description": "<p>d</p>", "datePosted": "2026-11-23", "validThrough": "2027-01-31",
            "hiringOrganization": {"name": "A"}, "jobLocation": [{"address": {"addressLocality": "Lyon",
                                                                              "addressCountry": "FR"}}],
            "employmentType": ["FULL_TIME"]}
    assert jobposting_problems(good) == []
    bad = {**good, "validThrough": "2026-01-01", "datePosted": "23/11/2026", "employmentType": ["CDI"],
           "jobLocation": [], "jobLocationType": "TELECOMMUTE", "title": "",
           "baseSalary": {"@type": "MonetaryAmount", "currency": "euro",
                          "value": {"@type": "QuantitativeValue", "minValue": 50, "maxValue": 40, "unitText": "AN"}}}
    assert jobposting_problems(bad) == [
        "missing required property title",
        "TELECOMMUTE needs applicantLocationRequirements",
        "datePosted '23/11/2026' is not an ISO 8601 date",
        "unknown employmentType CDI",
        "baseSalary needs an ISO 4217 currency",
        "baseSalary unitText 'AN' is not one of DAY, HOUR, MONTH, WEEK, YEAR",
        "baseSalary needs a positive value, or minValue <= maxValue",
    ]
    assert jobposting_problems({**good, "validThrough": "2026-11-23"}) == [
        "validThrough 2026-11-23 is not after datePosted 2026-11-23"]


def test_rules_file_is_checked_with_located_errors(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("rules.yml").write_text("title_mark: F/H\ngender_coding:\n  threshold: 0\n  fail_on: [male]\n")
    with pytest.raises(DataError) as caught:
        load_rules("rules.yml")
    assert caught.value.format_message().splitlines()[:2] == [
        "rules.yml:3:14: gender_coding.threshold: 0 is out of range (greater than or equal to 1)",
        "rules.yml:4:13: gender_coding.fail_on[0]: 'male' is not one of: masculine, feminine (did you mean 'masculine'?)",
    ]
    Path("ok.yml").write_text("title_mark: F/H\npay_transparency: no\n")
    assert load_rules("ok.yml") == Rules(title_mark="F/H", pay_transparency=False)


def test_example_rules_file_is_the_defaults() -> None:
    assert load_rules(ROOT / "examples" / "posting-rules.yml") == Rules()


def test_every_real_role_passes_strict_checks() -> None:
    real = load(ROOT / "roles")
    failing = [str(f) for role in real.roles.values() for lang in ("fr", "en")
               for f in check_posting(real, role, COMPANY, lang, strict=True) if f.severity == "error"]
    assert failing == []


def test_english_ad_for_france_needs_the_french_version(tmp_path: Path) -> None:
    (tmp_path / "posting.fr.md.j2").write_text("\n")
    result = check_posting(KB, KB.roles["community-manager"], COMPANY, "en", templates=str(tmp_path))
    assert [str(f) for f in result if f.rule == "french-version"] == [
        "community-manager.en: warning: french-version: a job in France needs the French version of the ad, "
        "published first (Code du travail L5331-4)"]
    abroad = COMPANY.model_copy(update={"locations": [COMPANY.locations[0].model_copy(update={"country": "BE"})]})
    assert not [f for f in check_posting(KB, KB.roles["community-manager"], abroad, "en", templates=str(tmp_path))
                if f.rule == "french-version"]
