"""The posting checks: the ad checker on the rendered text, plus dates, employer, French version and Google's JobPosting.

The word lists and criteria themselves are tested in test_adcheck_*.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolegen import load, load_company
from rolegen.errors import DataError
from rolegen.postings import check_posting, load_rules
from rolegen.postings.config import Rules
from rolegen.postings.rules import jobposting_problems

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
KB = load(TESTS / "fixtures" / "kb")
COMPANY = load_company(ROOT / "examples" / "company.yml")


def findings(role, company=COMPANY, lang="fr", rules=None, strict=False) -> list[str]:
    return [str(f) for f in check_posting(KB, role, company, lang, rules, strict=strict)]


def test_a_clean_posting_has_only_the_gender_report() -> None:
    assert findings(KB.roles["community-manager"]) == [
        "community-manager.fr.md:1:1: notice gender-coding: pas assez de mots connotés pour juger (0 à connotation masculine : - ; "
        "0 à connotation féminine : -) (listes de mots de Gaucher, Friesen et Kay 2011)"]


def test_offending_words_name_their_field() -> None:
    role = KB.roles["community-manager"]
    summary = role.summary.model_copy(update={"fr": "Jeune profil ambitieux, autonome et compétitif, leader né."})
    result = findings(role.model_copy(update={"summary": summary}), strict=True)
    assert result == [
        "community-manager.fr.md:13:1: error age/age-criterion: l'âge ne peut pas être un critère de recrutement, et "
        "une annonce ne peut fixer de limite d'âge; 'Jeune' vient de summary.fr (décrivez l'expérience attendue "
        "(« débutant·e accepté·e », « 2 ans d'expérience ») plutôt qu'un âge; Directive 2000/78/CE, art. 2 and 6; "
        "Code du travail L1132-1, L5331-2)",
        "community-manager.fr.md:1:1: error gender-coding: à forte connotation masculine (4 à connotation masculine : "
        "'ambitieux' (summary.fr), 'autonome' (summary.fr), 'compétitif' (summary.fr), 'leader' (summary.fr) ; "
        "0 à connotation féminine : -) (équilibrez avec des mots neutres, ou décrivez la tâche plutôt que le trait; "
        "listes de mots de Gaucher, Friesen et Kay 2011)",
    ]


def test_fail_on_and_threshold_come_from_the_rules() -> None:
    role = KB.roles["community-manager"]
    summary = role.summary.model_copy(update={"en": "Warm, kind, gentle, loyal and polite."})
    changed = role.model_copy(update={"summary": summary})
    assert findings(changed, lang="en")[0].startswith("community-manager.en.md:1:1: warning gender-coding: strongly feminine")
    rules = Rules.model_validate({"gender_coding": {"fail_on": ["masculine"]}})
    assert findings(changed, lang="en", rules=rules)[0].startswith("community-manager.en.md:1:1: notice gender-coding")


def test_pay_is_judged_on_the_text_not_on_the_profile() -> None:
    role = KB.roles["community-manager"]
    no_pay = COMPANY.model_copy(update={"salary": None})
    assert [f.rule for f in check_posting(KB, role, no_pay, "fr")] == ["pay-missing", "pay-vague", "gender-coding"]
    assert findings(role, no_pay)[1].startswith(
        "community-manager.fr.md:51:3: warning pay-range/pay-vague [draft]: la rémunération n'est pas donnée")
    assert "; 'Rémunération : précisée lors' vient du modèle (" in findings(role, no_pay)[1]
    assert len(findings(role, no_pay, rules=Rules(pay_transparency=False))) == 1
    assert len(findings(role, rules=Rules(title_mark="F/H/X"))) == 1


def test_vague_pay_in_a_template_is_flagged_though_the_profile_has_a_salary(tmp_path: Path) -> None:
    (tmp_path / "posting.fr.md.j2").write_text("# {{ title }}\n\n{{ company.name }}. Rémunération selon profil.\n")
    rules = [f.rule for f in check_posting(KB, KB.roles["community-manager"], COMPANY, "fr", templates=str(tmp_path))]
    assert rules == ["pay-vague", "gender-coding"]


def test_user_template_without_the_mark_fails_the_title_check(tmp_path: Path) -> None:
    (tmp_path / "posting.fr.md.j2").write_text("# Chef de projet\n\n{{ company.name }}\n")
    result = check_posting(KB, KB.roles["community-manager"], COMPANY, "fr", templates=str(tmp_path))
    assert str(result[0]) == (
        "community-manager.fr.md:1:3: warning title-gender/title-gender-mark: le titre ne montre pas qu'il s'adresse "
        "aux deux sexes; 'Chef' vient du modèle (ajoutez « H/F » (ou « F/H ») au titre, écrivez les deux formes "
        "(« Rédacteur / Rédactrice », « Chargé·e ») ou un titre épicène; Code du travail L1142-1; Directive (UE) "
        "2023/970, art. 5(2))")


def test_without_a_company_the_ad_is_undated_and_anonymous() -> None:
    rules = [f.rule for f in check_posting(KB, KB.roles["community-manager"], None, "en")]
    assert rules == ["pay-missing", "undated", "employer-named", "gender-coding"]


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
        "community-manager.en.md:1:1: warning french-version: a job in France needs the French version of the ad, "
        "published first (write the French version; Code du travail L5331-4)"]

    abroad = COMPANY.model_copy(update={"locations": [COMPANY.locations[0].model_copy(update={"country": "BE"})]})
    assert not [f for f in check_posting(KB, KB.roles["community-manager"], abroad, "en", templates=str(tmp_path))
                if f.rule == "french-version"]


def test_a_french_posting_speaks_french_only() -> None:
    """The posting checks' own words follow the posting's language: no English among French findings."""
    result = [str(f) for f in check_posting(KB, KB.roles["community-manager"], None, "fr")]
    assert "community-manager.fr.md:1:1: warning misleading/employer-named: l'annonce ne nomme aucun employeur " \
           "(donnez un profil d'entreprise; règles françaises des offres d'emploi ; Google hiringOrganization)" in result
    for english in ("the ad", "comes from", "template", "masculine-coded", "give a"):
        assert not any(english in line for line in result), english
    assert jobposting_problems({"datePosted": "x"}, "fr")[:2] == [
        "propriété obligatoire title absente", "propriété obligatoire description absente"]
