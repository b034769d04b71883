"""One voice: one finding type and one line format for every check, exit codes defined once, a library without click."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from rolegen.errors import DataError, ExitCode, OutputError, Problem, RolegenError, Unreadable, UsageError
from rolegen.findings import SEVERITIES, Finding, format_finding, severity

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = str(ROOT / "examples" / "company.yml")
LINE = re.compile(r"^(?P<path>[^\s:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|notice) "
                  r"(?P<rule>[a-z0-9-]+(?:/[a-z0-9-]+)?)(?: \[(?:adopted|draft)\])?: (?P<message>.+)$")
"""PATH:LINE:COL: SEVERITY CATEGORY/RULE: MESSAGE, the one format of a finding."""


def young(kb_dir: Path) -> None:
    """Give the fixture's digital manager a summary that names an age."""
    path = kb_dir / "digital-manager.yml"
    text = path.read_text(encoding="utf-8")
    summary = text.split("summary:", 1)[1].split("\n")[1].split("fr: ", 1)[1]
    path.write_text(text.replace(summary, "Un poste pour une personne jeune et dynamique.", 1), encoding="utf-8")


def test_check_ad_check_posting_and_postings_print_the_same_finding_in_the_same_format(kb_dir: Path, run) -> None:
    young(kb_dir)
    postings = run("postings", "--company", EXAMPLE, "-o", "out")
    assert postings.exit_code == 0, postings.stderr
    from_postings = [line for line in postings.stderr.splitlines() if "age-criterion" in line]
    check_posting = run("check-posting", "digital-manager", "--company", EXAMPLE, "--lang", "fr")
    from_check_posting = [line for line in check_posting.stdout.splitlines() if "age-criterion" in line]
    check_ad = run("check-ad", "out/digital-manager.fr.md")
    from_check_ad = [line for line in check_ad.stdout.splitlines() if "age-criterion" in line]
    assert len(from_postings) == len(from_check_posting) == len(from_check_ad) == 1
    found = [LINE.match(line) for line in (*from_postings, *from_check_posting, *from_check_ad)]
    assert all(found), (from_postings, from_check_posting, from_check_ad)
    # the same place in the same file (check-posting names the Markdown it checks, postings the file it wrote)
    assert [m["path"] for m in found] == ["out/digital-manager.fr.md", "digital-manager.fr.md",
                                          "out/digital-manager.fr.md"]
    assert len({(m["line"], m["col"], m["rule"]) for m in found}) == 1
    assert found[0]["rule"] == "age/age-criterion"
    # the postings' own checks add where the words come from to the ad checker's message
    assert found[0]["message"] == found[1]["message"]
    assert found[0]["message"].startswith(found[2]["message"].split(" (")[0])
    assert "'jeune' vient de summary.fr" in found[0]["message"]
    # rolegen's own postings report the ad checker's errors as warnings (errors with --strict)
    assert [m["severity"] for m in found] == ["warning", "warning", "error"]


def test_every_line_of_check_posting_and_check_ad_is_a_finding(kb_dir: Path, run, tmp_path: Path) -> None:
    young(kb_dir)
    result = run("check-posting", "digital-manager", "--company", EXAMPLE)
    assert result.stdout and all(LINE.match(line) for line in result.stdout.splitlines()), result.stdout
    ad = tmp_path / "ad.txt"
    ad.write_text("Community manager\n\nJeune et dynamique, vous avez moins de 30 ans.\n", encoding="utf-8")
    result = run("check-ad", str(ad))
    assert result.exit_code == ExitCode.FINDINGS
    *findings, summary = result.stdout.splitlines()
    assert findings and all(LINE.match(line) for line in findings) and summary.startswith(f"{ad}: ")


def test_severities_are_the_same_everywhere() -> None:
    assert SEVERITIES == ("error", "warning", "notice")
    assert severity("info") == "notice" and severity("warning") == "warning"
    with pytest.raises(ValueError):
        severity("fatal")
    from rolegen.adcheck.model import SEVERITIES as RULE_SEVERITIES

    assert RULE_SEVERITIES == SEVERITIES
    import rolegen.adcheck
    import rolegen.postings

    assert rolegen.adcheck.Finding is rolegen.postings.Finding is Finding


def test_a_finding_is_one_line_whatever_its_text() -> None:
    finding = Finding("a\nb.md", 3, 7, "rule", "cat", "warning", "x", "two\nlines\x1b[31m", "do this", "Law 1")
    assert format_finding(finding) == str(finding) == (
        "a\\nb.md:3:7: warning cat/rule: two\\nlines\\x1b[31m (do this; Law 1)")


def test_exit_codes_are_defined_once_and_listed_in_the_help(run) -> None:
    assert [(c.name, int(c)) for c in ExitCode] == [("OK", 0), ("FINDINGS", 1), ("USAGE", 2), ("UNREADABLE", 66),
                                                    ("INTERNAL", 70), ("CANNOT_WRITE", 73), ("INTERRUPTED", 130)]
    assert all(code.meaning for code in ExitCode)
    help_text = run("--help").stdout
    for code in ExitCode:
        assert re.search(rf"^\s+{int(code)}\s+{re.escape(code.meaning[:40])}", help_text, re.M), code
    assert (RolegenError.exit_code, DataError.exit_code, UsageError.exit_code, OutputError.exit_code,
            Unreadable.exit_code) == (1, 1, 2, 73, 66)


def test_each_exit_code_is_what_the_table_says(kb_dir: Path, run, tmp_path: Path) -> None:
    ad = tmp_path / "ad.txt"
    ad.write_text("Community manager (H/F)\n\nRejoignez notre équipe.\n", encoding="utf-8")
    assert run("check-ad", "--fragment", str(ad)).exit_code == ExitCode.OK
    ad.write_text("Jeune community manager de moins de 30 ans.\n", encoding="utf-8")
    assert run("check-ad", "--fragment", str(ad)).exit_code == ExitCode.FINDINGS
    assert run("check-ad", "--no-such-option").exit_code == ExitCode.USAGE
    missing = run("check-ad", str(ad), str(tmp_path / "missing.txt"))
    assert missing.exit_code == ExitCode.UNREADABLE  # even though the other file has findings
    assert f"{ad}:1:1: error age/" in missing.stdout  # the readable file is still checked
    assert run("export", "-o", "no/such/dir/kb.json").exit_code == ExitCode.CANNOT_WRITE
    assert not Path("no").exists()


def run_main(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "rolegen", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_the_entry_point_turns_library_errors_into_one_line_and_their_code(kb_dir: Path) -> None:
    result = run_main("show", "no-such-role", "--roles", str(kb_dir), cwd=kb_dir.parent)
    assert result.returncode == ExitCode.USAGE and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = run_main("export", "-o", str(kb_dir.parent / "no" / "kb.json"), "--roles", str(kb_dir),
                      cwd=kb_dir.parent)
    assert (result.returncode, result.stderr.strip()) == (
        ExitCode.CANNOT_WRITE, f"cannot write {kb_dir.parent / 'no' / 'kb.json'}: the folder {kb_dir.parent / 'no'} "
                               "does not exist")


def test_library_errors_are_not_click_exceptions_and_carry_their_location() -> None:
    assert not issubclass(RolegenError, click.ClickException)
    error = DataError([Problem("roles/a.yml", 4, 2, "title.fr", "is empty")])
    assert (error.path, error.line, error.column, error.exit_code) == ("roles/a.yml", 4, 2, ExitCode.FINDINGS)
    assert error.format_message() == ("roles/a.yml:4:2: title.fr: is empty\n"
                                      "rolegen: 1 error in 1 file; nothing was written")


def test_importing_the_library_does_not_import_click_nor_load_the_rules() -> None:
    code = ("import sys\n"
            "import rolegen.adcheck, rolegen.postings, rolegen.errors, rolegen.findings, rolegen.adcheck.readers\n"
            "from rolegen.adcheck.ruleset import default_ruleset\n"
            "heavy = [m for m in ('click', 'babel', 'docx', 'jinja2', 'markdown') if m in sys.modules]\n"
            "import rolegen.postings.rules, rolegen.postings.batch, rolegen.postings.studio\n"
            "print(heavy, 'click' in sys.modules, 'babel' in sys.modules, default_ruleset.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    # the packages import none of the renderers; their rendering modules still import no click and load no rules
    assert out.stdout.strip() == "[] False False 0"


@pytest.mark.parametrize(("raised", "code", "said"), [
    (KeyboardInterrupt, ExitCode.INTERRUPTED, "rolegen: interrupted"),
    (RuntimeError("boom"), ExitCode.INTERNAL, "rolegen: internal error: RuntimeError: boom (set ROLEGEN_DEBUG=1 for "
                                              "details)"),
    (OutputError("cannot write x: the folder y does not exist"), ExitCode.CANNOT_WRITE,
     "cannot write x: the folder y does not exist"),
])
def test_the_entry_point_exits_with_the_code_of_the_table(monkeypatch, capsys, raised, code, said) -> None:
    from rolegen.cli import cli, main

    def fail(*args, **kwargs):
        raise raised

    monkeypatch.delenv("ROLEGEN_DEBUG", raising=False)
    monkeypatch.setattr(cli.commands["list"], "callback", fail)
    monkeypatch.setattr(sys, "argv", ["rolegen", "list"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == code
    assert capsys.readouterr().err.strip() == said


def test_check_ad_asked_in_french_answers_in_french_only(run, tmp_path: Path) -> None:
    ad = tmp_path / "annonce.txt"
    ad.write_text("Community manager (H/F)\n\nJeune et ambitieux, vous rejoignez une équipe dynamique.\n",
                  encoding="utf-8")
    result = run("check-ad", "--lang", "fr", str(ad))
    *findings, summary = result.stdout.splitlines()
    assert summary.startswith(f"{ad}: 1 erreur, 1 avertissement, 2 remarques ; connotation : ") and "à connotation masculine : " in summary
    assert summary.endswith("poste en FR, emploi : droit français et européen")
    for english in ("error", "warning", "gender", "coded", "job in", "law"):
        assert english not in summary.split(": ", 1)[1], english
    assert findings and all(LINE.match(line) for line in findings)


def test_a_posting_asked_in_french_says_so_in_french(kb_dir: Path, run) -> None:
    result = run("posting", "community-manager", "--lang", "fr")
    notes = result.stderr.splitlines()
    assert notes[0] == "rolegen: pas de --company : l'annonce montre des champs à remplir comme <Entreprise>"
    assert "l'annonce ne nomme aucun employeur" in result.stderr and "the ad" not in result.stderr
    english = run("posting", "community-manager", "--lang", "en").stderr
    assert "the ad names no employer" in english and "l'annonce" not in english
