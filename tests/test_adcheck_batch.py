"""check-ad on many ads (--jsonl, --csv) and in the formats CI platforms read (SARIF, GitHub annotations)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from rolegen.adcheck import check
from rolegen.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = ROOT / "tests" / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"
BIN = Path(sys.executable).parent

ADS = [
    {"id": "sales", "text": "Vendeuse\nNous recherchons une vendeuse de moins de 30 ans.\n"},
    {"id": "clean", "title": "Chef de projet digital H/F",
     "text": "Publiée le 2 mars 2026 à Lyon.\nSalaire : 40 000 à 45 000 € brut par an.\nDeux ans d'expérience.\n"},
    {"id": "html", "html": "<h1>Community manager (H/F)</h1><p>Vous êtes jeune et dynamique.</p>", "lang": "fr"},
    {"id": "en", "text": "Marketing assistant\nYoung and energetic graduates only, under 25.\n", "lang": "en"},
]


def run(args: list[str], stdin: str | None = None):
    return CliRunner().invoke(cli, args, input=stdin)


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def expected(ad: dict) -> list[dict]:
    """What a one-ad check says of the same ad (the batch must say the same)."""
    text, title = ad.get("text") or ad.get("html"), None
    if "title" in ad:
        text, title = f"{ad['title']}\n{text}", 0
    report = check(text, path=ad["id"], lang=ad.get("lang"), fmt="html" if "html" in ad else "txt", title=title)
    return [{k: v for k, v in f.as_dict().items() if k != "path"} for f in report.findings]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_gives_one_line_per_ad_in_order_with_the_single_ad_findings(tmp_path: Path, jobs: str) -> None:
    source = tmp_path / "ads.jsonl"
    many = [dict(ad, id=f"{ad['id']}-{i}") for i in range(40) for ad in ADS]  # several windows' worth of work
    source.write_text("".join(json.dumps(ad, ensure_ascii=False) + "\n" for ad in many), encoding="utf-8")
    result = run(["check-ad", "--jsonl", str(source), "--jobs", jobs])
    out = lines(result.stdout)
    assert [o["id"] for o in out] == [ad["id"] for ad in many]
    for ad, got in zip(many[:len(ADS)], out, strict=False):
        assert got["findings"] == expected(ad)
    assert out[1]["findings"] == [] and out[1]["errors"] == 0
    assert {"age", "title-gender"} <= {f["category"] for f in out[0]["findings"]}
    assert result.exit_code == 1  # the age limits are errors
    assert f"{len(many):,} ads read, 120 with findings, 0 unreadable lines; by category: age 120" in result.stderr


def test_jsonl_bad_lines_are_located_and_the_run_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "ads.jsonl"
    source.write_text("\n".join([
        json.dumps(ADS[1]),
        '{"id": "broken", "text": ',
        json.dumps({"id": "x", "text": "t", "colour": "red"}),
        json.dumps({"id": "y", "text": "t", "html": "<p>t</p>"}),
        json.dumps({"id": "z", "text": 42}),
        json.dumps({"id": "w", "text": "t", "lang": "de"}),
        json.dumps({"id": "v", "text": "t", "country": "France"}),
        "[1, 2]",
        "",
        json.dumps(ADS[1] | {"id": "last"}),
    ]) + "\n", encoding="utf-8")
    result = run(["check-ad", "--jsonl", str(source), "--jobs", "1"])
    out = lines(result.stdout)
    shown = str(source)
    assert [o.get("error") for o in out] == [
        None,
        f"{shown}:2:26: invalid JSON: Expecting value",
        f"{shown}:3:1: unknown field 'colour'; expected id, text, html, lang, country, title",
        f"{shown}:4:1: give exactly one of \"text\" and \"html\"",
        f"{shown}:5:1: text: expected text",
        f"{shown}:6:1: lang: 'de' is not fr or en",
        f"{shown}:7:1: country: 'France' is not a two-letter country code",
        f"{shown}:8:1: expected an object with \"id\" and \"text\"",
        None,
    ]
    assert out[-1]["id"] == "last"
    assert result.exit_code == 1
    assert "2 ads read, 0 with findings, 7 unreadable lines" in result.stderr


def test_jsonl_from_standard_input() -> None:
    result = run(["check-ad", "--jsonl", "-", "-j", "1"], stdin=json.dumps(ADS[0]) + "\n")
    assert [o["id"] for o in lines(result.stdout)] == ["sales"]
    assert "<stdin>: 1 ads read, 1 with findings" in result.stderr


def test_csv_reads_the_named_column_and_the_optional_ones(tmp_path: Path) -> None:
    source = tmp_path / "export.csv"
    source.write_text('id;description;lang\n'
                      'a;"Vendeuse\nNous recherchons une vendeuse de moins de 30 ans.";fr\n'
                      'b;Marketing assistant. Graduates under 25 only.;en\n'
                      'c;too few cells\n', encoding="utf-8")
    result = run(["check-ad", "--csv", str(source), "--column", "description", "-j", "1"])
    out = lines(result.stdout)
    assert [o["id"] for o in out] == ["a", "b", "5"]
    assert out[0]["line"] == 2 and out[1]["lang"] == "en"
    assert "age" in {f["category"] for f in out[1]["findings"]}
    assert out[2]["error"] == f"{source}:5:1: row has 2 cells; the header has 3"
    missing = run(["check-ad", "--csv", str(source), "--column", "body"])
    assert lines(missing.stdout)[0]["error"] == f"{source}:1:1: no column 'body'; the columns are id, description, lang"


def test_batch_refuses_file_arguments_too(tmp_path: Path) -> None:
    result = run(["check-ad", "--jsonl", "-", "ad.txt"], stdin="")
    assert result.exit_code == 2
    assert "give either FILE arguments or --jsonl/--csv, not both" in result.output


def test_sarif_output_validates_against_the_sarif_schema(tmp_path: Path) -> None:
    ad = tmp_path / "offre avec espace.md"
    ad.write_text("# Vendeuse\n\nNous recherchons une vendeuse de moins de 30 ans.\n", encoding="utf-8")
    result = run(["check-ad", "--format", "sarif", str(ad), str(tmp_path / "missing.txt")])
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    run_ = log["runs"][0]
    text = run(["check-ad", "--format", "json", str(ad)])
    findings = json.loads(text.stdout)["findings"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in run_["results"]] == [
        (f["rule"], f["line"], f["column"]) for f in findings]
    rules = run_["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run_["results"])
    assert {r["level"] for r in run_["results"]} <= {"error", "warning", "note"}
    assert run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "offre%20avec%20espace.md")
    assert run_["invocations"][0]["executionSuccessful"] is False  # the missing file
    assert result.exit_code == 66  # a file could not be read


def test_github_annotations_are_escaped(tmp_path: Path) -> None:
    ad = tmp_path / "a,b:c.txt"
    ad.write_text("Vendeuse\nNous recherchons une vendeuse de moins de 30 ans.\n", encoding="utf-8")
    result = run(["check-ad", "--format", "github", str(ad)])
    out = result.stdout.splitlines()
    assert out and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in out)
    age = next(line for line in out if "title=age/age-criterion" in line)
    assert age.startswith(f"::error file={str(ad).replace(':', '%3A').replace(',', '%2C')},line=2,col=")
    assert "\n" not in age and "::l'âge ne peut pas" in age


def test_pre_commit_hook_runs_in_a_team_repository(tmp_path: Path) -> None:
    """The hook of .pre-commit-hooks.yaml, run by pre-commit itself in a new repository.

    The hook is declared as a local one with the entry, arguments and file filter of .pre-commit-hooks.yaml, run
    with `language: system` so that pre-commit uses this environment's rolegen instead of installing one from a
    package index (the tests have no network).
    """
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    hook = dict(hooks["rolegen-check-ad"], language="system")
    repo = tmp_path / "team"
    (repo / "postings").mkdir(parents=True)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}),
                                                  encoding="utf-8")
    git = ["git", "-C", str(repo)]
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    (repo / "postings" / "bad.md").write_text("# Vendeuse\n\nNous recherchons une vendeuse de moins de 30 ans.\n",
                                              encoding="utf-8")
    (repo / "notes.py").write_text("print('not an ad')\n", encoding="utf-8")
    subprocess.run([*git, "add", "-A"], check=True, env=env)
    pre_commit = [str(BIN / "pre-commit"), "run", "--all-files"]
    bad = subprocess.run(pre_commit, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "postings/bad.md:3:" in bad.stdout and "age/age-criterion" in bad.stdout
    assert "notes.py" not in bad.stdout
    (repo / "postings" / "bad.md").write_text(
        "# Chef de projet digital H/F\n\nPubliée le 2 mars 2026 à Lyon.\n\n"
        "Salaire : 40 000 à 45 000 € brut par an. Deux ans d'expérience.\n", encoding="utf-8")
    subprocess.run([*git, "add", "-A"], check=True, env=env)
    good = subprocess.run(pre_commit, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "rolegen check-ad" in good.stdout and "Passed" in good.stdout
