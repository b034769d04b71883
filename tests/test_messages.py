"""Every problem is one line, whatever control characters the data holds (tests/fixtures/messages/corpus.yml)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from rolegen.errors import Problem
from rolegen.textutil import one_line, shown_value

HERE = Path(__file__).resolve().parent
CORPUS = yaml.safe_load((HERE / "fixtures" / "messages" / "corpus.yml").read_text(encoding="utf-8"))
LONG = {"KEYLONG": "k" * 500 + "\\n" + "k" * 500, "VALUELONG": "v" * 5000}
RAW = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
LOCATED = re.compile(r"^roles/[a-z/-]+\.yml:\d+:\d+: ")


def write_case(case: dict, tmp_path: Path) -> None:
    roles = tmp_path / "roles"
    shutil.copytree(HERE / "fixtures" / "kb", roles)
    target = roles / case.get("file", "digital-manager.yml")
    text = target.read_text(encoding="utf-8")
    if "replace" in case:
        old, new = case["replace"]
        assert old in text
        text = text.replace(old, new, 1)
    text += case.get("append", "")
    for mark, value in LONG.items():
        text = text.replace(mark, value)
    target.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("case", CORPUS, ids=[c["id"] for c in CORPUS])
def test_one_line_per_problem(case: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    write_case(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("validate", "--strict")  # control characters are removed with a warning: an error here
    assert result.exit_code == 1
    lines = result.stderr.split("\n")
    assert lines[-1] == ""  # the output ends with a newline, and holds no other line break
    problems, summary = lines[:-2], lines[-2]
    assert len(problems) == case["problems"], problems
    for line in problems:
        assert LOCATED.match(line), line
        assert not RAW.search(line), line
        assert len(line) < 600, line
    assert re.fullmatch(r"rolegen: \d+ errors? in \d files?; nothing was written", summary)


def test_the_corpus_covers_each_kind_of_character() -> None:
    text = "".join(c.get("append", "") + "".join(c.get("replace", [])) for c in CORPUS)
    for escape in ("\\n", "\\t", "\\r", "\\e", "\\u202e", "\\u2028", "\\0", "\\x7f", "KEYLONG", "VALUELONG"):
        assert escape in text, escape


def test_control_characters_are_shown_escaped() -> None:
    assert one_line("a\nb\tc\rd\x1b[31m\x00\x7f\u2028\u202e") == "a\\nb\\tc\\rd\\x1b[31m\\x00\\x7f\\u2028\\u202e"
    assert one_line("é ü 漢 ok") == "é ü 漢 ok"
    assert one_line("x" * 100, 10) == "x" * 9 + "…"
    assert shown_value("a\nb") == "'a\\nb'"
    assert shown_value(3) == "3"


def test_a_problem_is_one_line_in_every_part() -> None:
    problem = Problem("roles/a\nb.yml", 3, 4, "skills[0].\x1b[2J", "unknown skill 'x\ny'")
    assert str(problem) == "roles/a\\nb.yml:3:4: skills[0].\\x1b[2J: unknown skill 'x\\ny'"
    assert str(Problem("p.yml", 1, 1, "", "m" * 1000)) == "p.yml:1:1: " + "m" * 399 + "…"


def test_reused_anchor_names_the_anchor_and_both_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    write_case({"append": "foo: &same 1\nbar: [&same 2]\n"}, tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    lines = (HERE / "fixtures" / "kb" / "digital-manager.yml").read_text(encoding="utf-8").count("\n")
    assert result.stderr.splitlines()[0] == (
        f"roles/digital-manager.yml:{lines + 2}:7: anchor '&same' is defined twice: first at line {lines + 1}, "
        f"column 6, again at line {lines + 2}, column 7; give each anchor its own name")


def test_a_usage_error_is_one_line(kb_dir: Path, run) -> None:
    result = run("show", "com\nmunity\x1b[2J")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "com\\nmunity\\x1b[2J" in result.stderr
