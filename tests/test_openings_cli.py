"""Opening files on the command line: located errors, new-opening, posting --opening, postings, check-posting."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rolegen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
ROLES = str(ROOT / "roles")
EXAMPLES = ROOT / "examples"

TEN_MISTAKES = """\
role: community-manager
seniority: expert
company: ../company.yml
reference: "REF 1"
salary: {min: 40000, max: 30000, currency: EUR, period: year}
date_posted: 2026-11-23
valid_through: 2026-11-01
title: {fr: "Community manager", en: "Community manager"}
location: Paris
start: soon
hours: half-time
tolls: [Canva]
missions: {drop: [42]}
"""


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the example company and its openings, as openings/ beside company.yml."""
    shutil.copy(EXAMPLES / "company.yml", tmp_path / "company.yml")
    shutil.copytree(EXAMPLES / "openings", tmp_path / "openings")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_an_opening_with_ten_mistakes_gives_ten_located_lines_and_writes_nothing(project: Path) -> None:
    (project / "openings" / "bad.yml").write_text(TEN_MISTAKES, encoding="utf-8")
    result = invoke("postings", "--roles", ROLES, "--out", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "openings/bad.yml:2:12: seniority: unknown seniority level 'expert'; levels: junior, confirmed, senior, lead",
        "openings/bad.yml:4:12: reference: 'REF 1' is not a reference: up to 64 letters, digits and . _ / - "
        "(no spaces)",
        "openings/bad.yml:5:9: salary.gross: required field is missing",
        "openings/bad.yml:7:16: valid_through: valid_through (2026-11-01) must come after date_posted (2026-11-23)",
        "openings/bad.yml:8:13: title.fr: the French title 'Community manager' needs a gender mark such as (H/F) "
        "or both forms (Rédacteur / Rédactrice): Code du travail L1142-1",
        "openings/bad.yml:9:11: location: 'Paris' is not one of the company's places (Lyon); give its city, or an "
        "address {street, city, postal_code, country}",
        "openings/bad.yml:10:8: start: 'soon' is not a date; write YYYY-MM-DD",
        "openings/bad.yml:11:8: hours: 'half-time' is not one of: full-time, part-time (did you mean 'part-time'?)",
        "openings/bad.yml:12:1: tolls: unknown field 'tolls' (did you mean 'tools'?)",
        "openings/bad.yml:13:19: missions.drop[0]: index 42 is out of range: the role has 9 responsibilities "
        "(0 to 8)",
        "rolegen: 10 errors in 1 file; nothing was written",
    ]
    assert not (project / "out").exists()


def test_postings_writes_every_opening_in_both_languages_and_every_format(project: Path) -> None:
    result = invoke("postings", "--roles", ROLES, "--out", "out")
    assert result.exit_code == 0, result.output
    assert result.stdout == "wrote 30 files (3 openings x 2 languages x 5 formats) in out\n"
    names = sorted(p.name for p in (project / "out").iterdir())
    assert len(names) == 31 and names[0] == ".rolegen-manifest.json"
    assert "traffic-manager-remote.en.docx" in names and "community-manager-lyon.fr.jsonld" in names


def test_postings_refuses_a_folder_it_did_not_write(project: Path) -> None:
    (project / "out").mkdir()
    (project / "out" / "mine.txt").write_text("keep me\n", encoding="utf-8")
    result = invoke("postings", "--roles", ROLES, "--out", "out")
    assert result.exit_code == 73
    assert "out holds files rolegen did not write (mine.txt)" in result.stderr
    assert sorted(p.name for p in (project / "out").iterdir()) == ["mine.txt"]


def test_references_are_unique_across_openings(project: Path) -> None:
    text = (project / "openings" / "community-manager-lyon.yml").read_text(encoding="utf-8")
    (project / "openings" / "second.yml").write_text(text, encoding="utf-8")
    result = invoke("postings", "--roles", ROLES, "--out", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "openings/second.yml:6:12: reference: reference 'LUMEN-2026-101' is already used by "
        "openings/community-manager-lyon.yml",
        "rolegen: 1 error in 1 file; nothing was written",
    ]


def test_posting_of_one_opening_in_each_format(project: Path) -> None:
    opening = "openings/content-strategist-hybrid.yml"
    md = invoke("posting", "--roles", ROLES, "--opening", opening, "--lang", "en")
    assert md.exit_code == 0 and md.stdout.startswith("# Content strategist\n\n**Atelier Lumen** · Reference LUMEN-2026-102")
    data = json.loads(invoke("posting", "--roles", ROLES, "--opening", opening, "--format", "jsonld").stdout)
    assert data["identifier"]["value"] == "LUMEN-2026-102"
    word = invoke("posting", "--roles", ROLES, "--opening", opening, "--format", "docx", "-o", "cs.docx")
    assert word.exit_code == 0 and (project / "cs.docx").read_bytes()[:2] == b"PK"


def test_posting_usage_errors(project: Path) -> None:
    both = invoke("posting", "--roles", ROLES, "community-manager", "--opening", "openings/community-manager-lyon.yml")
    assert (both.exit_code, both.stderr) == (2, "give a ROLE or --opening FILE (one of the two)\n")
    word = invoke("posting", "--roles", ROLES, "--opening", "openings/community-manager-lyon.yml", "--format", "docx")
    assert (word.exit_code, word.stderr) == (2, "--format docx writes a Word file: give -o FILE.docx\n")
    role_word = invoke("posting", "--roles", ROLES, "community-manager", "--format", "docx")
    assert (role_word.exit_code, role_word.stderr) == (2, "--format docx writes a Word file: give -o FILE.docx\n")


def test_a_role_posting_is_an_opening_with_defaults_and_has_a_word_file_too(project: Path) -> None:
    result = invoke("posting", "--roles", ROLES, "community-manager", "--company", "company.yml", "--format", "docx",
                    "-o", "cm.docx")
    assert result.exit_code == 0, result.output
    assert (project / "cm.docx").read_bytes()[:2] == b"PK"


def test_check_posting_of_the_example_openings_is_clean_under_strict(project: Path) -> None:
    for path in sorted((project / "openings").glob("*.yml")):
        result = invoke("check-posting", "--roles", ROLES, "--opening", str(path.relative_to(project)), "--strict")
        assert result.exit_code == 0, result.output
        assert result.stderr == f"openings/{path.name}: 0 warnings\n"


def test_new_opening_writes_a_skeleton_that_only_needs_the_pay(project: Path) -> None:
    result = invoke("new-opening", "traffic-manager", "--roles", ROLES, "--company", "company.yml",
                    "--seniority", "senior")
    assert result.exit_code == 0, result.output
    path = project / "openings" / "traffic-manager.yml"
    text = path.read_text(encoding="utf-8")
    assert "role: traffic-manager\n" in text and "seniority: senior\n" in text and 'company: "../company.yml"' in text
    again = invoke("new-opening", "traffic-manager", "--roles", ROLES, "--company", "company.yml")
    assert again.exit_code == 2 and "already exists; rolegen never overwrites an opening file" in again.stderr
    assert path.read_text(encoding="utf-8") == text
    check = invoke("check-posting", "--roles", ROLES, "--opening", "openings/traffic-manager.yml")
    assert check.exit_code == 1
    assert [line.split(": ", 2)[1] for line in check.stderr.splitlines()[:-1]] == ["salary.min", "salary.max"]
    path.write_text(text.replace("  min:\n  max:\n", "  min: 45000\n  max: 52000\n"), encoding="utf-8")
    filled = invoke("check-posting", "--roles", ROLES, "--opening", "openings/traffic-manager.yml", "--strict")
    assert filled.exit_code == 0, filled.output


def test_new_opening_refuses_a_level_the_role_lacks(project: Path) -> None:
    result = invoke("new-opening", "content-strategist", "--roles", ROLES, "--company", "company.yml",
                    "--seniority", "junior")
    assert result.exit_code == 2
    assert result.stderr == ("the role content-strategist has no level 'junior' "
                             "(its levels: confirmed, senior, lead)\n")


def test_the_benchmark_openings_are_valid_and_the_floor_writes_the_same_files(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = str(ROOT / "benchmarks" / "openings.py")
    subprocess.run([sys.executable, script, "make", "12", str(tmp_path / "data")], check=True)
    result = invoke("postings", "--roles", ROLES, "--openings", str(tmp_path / "data" / "openings"),
                    "--out", str(tmp_path / "rolegen"))
    assert result.exit_code == 0, result.output
    subprocess.run([sys.executable, script, "floor", str(tmp_path / "data"), str(tmp_path / "floor")], check=True)
    written = sorted(p.name for p in (tmp_path / "rolegen").iterdir() if not p.name.startswith("."))
    assert len(written) == 120 and written == sorted(p.name for p in (tmp_path / "floor").iterdir())
