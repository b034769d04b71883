"""The posting commands, run in-process: exact output, exit codes, nothing written on error."""

from __future__ import annotations

from rolegen.outputs import MANIFEST

import shutil
from pathlib import Path

import pytest

from rolegen.cli.posting_commands import FORMAT_CHOICES
from rolegen.postings.formats import OPENING_FORMATS
from rolegen.postings.formats import ROLE_FORMATS as FORMATS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = str(ROOT / "examples" / "company.yml")
GOLDEN = ROOT / "tests" / "golden" / "postings"


def test_format_choices_are_the_library_formats() -> None:
    assert OPENING_FORMATS == (*FORMATS, "docx")
    assert tuple(FORMAT_CHOICES) == ("md", "html", "text", "jsonld", "docx")  # text, as every command spells it


def test_posting_to_stdout_is_the_golden_file(kb_dir: Path, run) -> None:
    result = run("posting", "CM", "--company", EXAMPLE, "--lang", "en", "--format", "text")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == (GOLDEN / "community-manager.en.txt").read_text(encoding="utf-8")


def test_the_old_spellings_still_work_for_one_release_with_a_notice(kb_dir: Path, run) -> None:
    result = run("posting", "CM", "--company", EXAMPLE, "--lang", "en", "--format", "txt", "--output", "cm.txt")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "rolegen: --format txt is deprecated and will be removed in the next release; use --format text",
        "rolegen: --output is deprecated and will be removed in the next release; use -o/--out",
        "wrote cm.txt"]
    assert Path("cm.txt").read_text(encoding="utf-8") == (GOLDEN / "community-manager.en.txt").read_text(
        encoding="utf-8")
    help_text = run("posting", "--help").stdout
    assert "--posting-rules" in help_text and "-o, --out" in help_text
    assert "--output" not in help_text and "txt" not in help_text and "--rules " not in help_text


def test_posting_without_company_shows_placeholders(kb_dir: Path, run) -> None:
    result = run("posting", "community-manager")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Community manager (H/F)\n\n**&lt;Entreprise>** · &lt;Lieu de travail>")
    assert result.stderr.splitlines()[0] == (
        "rolegen: pas de --company : l'annonce montre des champs à remplir comme <Entreprise>")
    assert [line.split(": ")[1].split("/")[1].split(" ")[0] for line in result.stderr.splitlines()[1:]] == [
        "pay-missing", "undated", "employer-named"]


@pytest.mark.parametrize("fmt", ["html", "jsonld"])
def test_html_and_jsonld_need_a_company(kb_dir: Path, run, fmt: str) -> None:
    result = run("posting", "cm", "--format", fmt, "-o", "out.html")
    assert result.exit_code == 2
    assert result.stderr == f"--format {fmt} needs --company FILE: Google rejects a JobPosting with no hiring organisation\n"
    assert not Path("out.html").exists()


def test_strict_failure_writes_nothing(kb_dir: Path, run) -> None:
    result = run("posting", "cm", "--strict", "-o", "cm.md")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1:] == [
        "community-manager.fr.md:1:3: error pay-range/pay-missing [draft]: l'annonce ne donne ni la rémunération ni "
        "sa fourchette — obligatoire à partir de 2027, une fois la transposition française appliquée ; aujourd'hui "
        "une bonne pratique; 'Community manager (H/F)' vient du modèle (ajoutez le salaire de départ ou sa fourchette "
        "(brut, par an ou par mois); Directive (UE) 2023/970, art. 5)",
        "community-manager.fr.md:1:3: error date/undated: l'annonce n'est pas datée; 'Community manager (H/F)' vient "
        "du modèle (indiquez la date de publication (« Publiée le 23 novembre 2026 »); Code du travail L5332-1)",
        "community-manager.fr.md:1:1: error misleading/employer-named: l'annonce ne nomme aucun employeur (donnez un "
        "profil d'entreprise; règles françaises des offres d'emploi ; Google hiringOrganization)",
        "rolegen: 3 posting checks fail; nothing was written",
    ]
    assert not Path("cm.md").exists()


def test_posting_to_a_file(kb_dir: Path, run) -> None:
    result = run("posting", "cm", "--company", EXAMPLE, "--format", "html", "-o", "cm.html", "--strict")
    assert result.exit_code == 0 and result.stderr == "wrote cm.html\n"
    assert Path("cm.html").read_text(encoding="utf-8") == (GOLDEN / "community-manager.fr.html").read_text(
        encoding="utf-8")


def test_bad_company_profile_is_located(kb_dir: Path, run) -> None:
    shutil.copy(EXAMPLE, "company.yml")
    text = Path("company.yml").read_text(encoding="utf-8").replace("contract: cdi", "contract: CDI")
    Path("company.yml").write_text(text, encoding="utf-8")
    result = run("posting", "cm", "--company", "company.yml")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        "company.yml:31:11: contract: 'CDI' is not one of: cdi, cdd, stage, alternance, freelance, interim\n"
        "rolegen: 1 error in 1 file; nothing was written\n")


def test_postings_writes_every_file(kb_dir: Path, run) -> None:
    result = run("postings", "--company", EXAMPLE, "--out", "out", "--strict")
    assert result.exit_code == 0
    assert result.stdout == "wrote 24 files (3 roles x 2 languages x 4 formats) in out\n"
    names = sorted(p.name for p in Path("out").iterdir() if p.name != MANIFEST)
    assert names[:4] == ["community-manager.en.html", "community-manager.en.jsonld", "community-manager.en.md",
                         "community-manager.en.txt"]
    assert len(names) == 24
    assert "Rendering postings" in result.stderr


def test_postings_strict_failure_writes_nothing(kb_dir: Path, run) -> None:
    path = kb_dir / "digital-manager.yml"
    text = path.read_text(encoding="utf-8")
    summary = text.split("summary:", 1)[1].split("\n")[1].split("fr: ", 1)[1]
    path.write_text(text.replace(summary, "Un poste pour une personne jeune et dynamique.", 1), encoding="utf-8")
    result = run("postings", "--company", EXAMPLE, "--out", "out", "--strict")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        "digital-manager.fr.md:13:28: error age/age-criterion: l'âge ne peut pas être un critère de recrutement, et "
        "une annonce ne peut fixer de limite d'âge; 'jeune' vient de summary.fr (décrivez l'expérience attendue "
        "(« débutant·e accepté·e », « 2 ans d'expérience ») plutôt qu'un âge; Directive 2000/78/CE, art. 2 and 6; "
        "Code du travail L1132-1, L5331-2)",
        "rolegen: 1 posting check fails; nothing was written",
    ]
    assert not Path("out").exists()


def test_check_posting_reports_both_languages(kb_dir: Path, run) -> None:
    result = run("check-posting", "smm", "--company", EXAMPLE)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "social-media-manager.fr.md:1:1: notice gender-coding: pas assez de mots connotés pour juger (0 à connotation masculine : - ; "
        "0 à connotation féminine : -) (listes de mots de Gaucher, Friesen et Kay 2011)",
        "social-media-manager.en.md:1:1: notice gender-coding: not enough coded words to judge (0 masculine-coded: -; 0 feminine-coded: -) "
        "(word lists of Gaucher, Friesen & Kay 2011)",
    ]
    assert result.stderr == "social-media-manager: 0 warnings\n"


def test_check_posting_with_rules_file(kb_dir: Path, run) -> None:
    Path("rules.yml").write_text("pay_transparency: false\n")
    shutil.copy(EXAMPLE, "company.yml")
    text = Path("company.yml").read_text(encoding="utf-8")
    Path("company.yml").write_text(text.replace("salary: {min: 38000, max: 45000, currency: EUR, period: year}", ""))
    assert run("check-posting", "cm", "--company", "company.yml", "--lang", "fr", "--strict").exit_code == 1
    result = run("check-posting", "cm", "--company", "company.yml", "--lang", "fr", "--strict", "--posting-rules",
                 "rules.yml")
    assert result.exit_code == 0 and result.stderr == "community-manager: 0 warnings\n"
    old = run("check-posting", "cm", "--company", "company.yml", "--lang", "fr", "--strict", "--rules", "rules.yml")
    assert old.exit_code == 0 and old.stderr == (
        "rolegen: --rules is deprecated and will be removed in the next release; use --posting-rules\n"
        "community-manager: 0 warnings\n")
