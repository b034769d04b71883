"""No command writes over the project's inputs, nor over a file rolegen did not write (unless --force)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import copy_project, snapshot
from rolegen.cli import cli


@pytest.fixture(scope="module")
def template(started: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("project") / "p"
    shutil.copytree(started, root, symlinks=True)
    (root / "templates" / "postings").mkdir(parents=True, exist_ok=True)
    (root / "templates" / "postings" / "page.html.j2").write_text("{{ body }}\n", encoding="utf-8")
    return root


@pytest.fixture
def project(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_project(template, tmp_path, monkeypatch)


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def opening(root: Path) -> str:
    return next((root / "openings").glob("*.yml")).relative_to(root).as_posix()


INPUTS = ["OPENING", "roles/community-manager.yml", "roles/vocabulary/skills.yml", "companies/example.yml",
          "rolegen.toml", "mkdocs.yml", "templates/postings/page.html.j2", "templates/README.md"]


@pytest.mark.parametrize("fmt", ["md", "docx"])
@pytest.mark.parametrize("target", INPUTS)
def test_posting_of_an_opening_never_replaces_an_input(project: Path, target: str, fmt: str) -> None:
    target = opening(project) if target == "OPENING" else target
    before = snapshot(project)
    result = invoke("posting", "--opening", opening(project), "--format", fmt, "-o", target, "--force")
    assert result.exit_code == 73
    assert result.output.count("\n") == 1 and "one of the project's input" in result.output, result.output
    assert "wrote" not in result.output
    assert snapshot(project) == before


def test_posting_of_a_role_never_replaces_its_company(project: Path) -> None:
    before = snapshot(project)
    result = invoke("posting", "community-manager", "--company", "companies/example.yml", "-o",
                    "companies/example.yml")
    assert result.exit_code == 73 and "companies/example.yml is one of the project's inputs" in result.output
    assert snapshot(project) == before


def test_a_file_rolegen_did_not_write_is_kept_unless_force(project: Path) -> None:
    (project / "mine.md").write_text("my notes\n", encoding="utf-8")
    args = ["posting", "--opening", opening(project), "--format", "md", "-o", "mine.md"]
    result = invoke(*args)
    assert result.exit_code == 73 and "rolegen did not write it" in result.output
    assert (project / "mine.md").read_text(encoding="utf-8") == "my notes\n"
    assert invoke(*args, "--force").exit_code == 0
    assert (project / "mine.md").read_text(encoding="utf-8") != "my notes\n"


def test_rolegen_replaces_its_own_output_but_not_one_edited_since(project: Path) -> None:
    args = ["posting", "--opening", opening(project), "--format", "text", "-o", "out/posting.txt"]
    (project / "out").mkdir()
    assert invoke(*args).exit_code == 0
    assert invoke(*args).exit_code == 0  # its own file, unchanged since: replaced
    with (project / "out" / "posting.txt").open("a", encoding="utf-8") as handle:
        handle.write("edited by hand\n")
    assert invoke(*args).exit_code == 73
    assert (project / "out" / "posting.txt").read_text(encoding="utf-8").endswith("edited by hand\n")


def test_a_link_to_an_input_is_refused(project: Path) -> None:
    (project / "out.md").symlink_to(project / "roles" / "community-manager.yml")
    before = snapshot(project)
    result = invoke("posting", "--opening", opening(project), "-o", "out.md", "--force")
    assert result.exit_code == 73 and "one of the project's input" in result.output
    assert snapshot(project) == before


@pytest.mark.parametrize("out", ["roles", "openings", "companies", ".", "roles/vocabulary"])
def test_postings_never_replace_an_input_folder(project: Path, out: str) -> None:
    before = snapshot(project)
    result = invoke("postings", "--out", out)
    assert result.exit_code == 73 and "one of the project's input" in result.output, result.output
    assert snapshot(project) == before


@pytest.mark.parametrize("option", ["--site-dir", "--work-dir"])
@pytest.mark.parametrize("out", ["templates", "openings", "."])
def test_build_never_replaces_an_input_folder(project: Path, option: str, out: str) -> None:
    before = snapshot(project)
    result = invoke("build", option, out)
    assert result.exit_code == 73 and "one of the project's input" in result.output, result.output
    assert snapshot(project) == before


@pytest.mark.parametrize("target", ["rolegen.toml", "roles/vocabulary/skills.yml", "companies/example.yml"])
def test_export_never_replaces_an_input(project: Path, target: str) -> None:
    before = snapshot(project)
    result = invoke("export", "-o", target, "--force")
    assert result.exit_code == 73 and "one of the project's input" in result.output
    assert snapshot(project) == before


def test_export_keeps_a_file_it_did_not_write(project: Path) -> None:
    (project / "kb.json").write_text("{}\n", encoding="utf-8")
    assert invoke("export", "-o", "kb.json").exit_code == 73
    assert (project / "kb.json").read_text(encoding="utf-8") == "{}\n"
    assert invoke("export", "-o", "kb.json", "--force").exit_code == 0


@pytest.mark.parametrize("args", [["schema", "-o", "rolegen.toml"], ["schema", "--markdown", "-o", "mkdocs.yml"],
                                  ["schema", "--dir", "roles"], ["schema", "--dir", "."]])
def test_schema_never_replaces_an_input(project: Path, args: list[str]) -> None:
    before = snapshot(project)
    result = invoke(*args)
    assert result.exit_code == 73 and "one of the project's input" in result.output, result.output
    assert snapshot(project) == before


def test_new_and_new_opening_never_overwrite(project: Path) -> None:
    before = snapshot(project)
    assert invoke("new", "community-manager").exit_code == 2
    for target in ["rolegen.toml", opening(project), "companies/example.yml"]:
        result = invoke("new-opening", "community-manager", "--company", "companies/example.yml", "-o", target)
        assert result.exit_code == 2 and "already exists" in result.output
    assert snapshot(project) == before


def test_init_never_overwrites(project: Path) -> None:
    (project / "README.md").write_text("ours\n", encoding="utf-8")
    before = snapshot(project)
    result = invoke("init", ".", "--site-name", "Autre")
    assert result.exit_code == 0
    assert snapshot(project) == before


@pytest.mark.parametrize("args", [["posting", "--opening", "OPENING"], ["export"], ["schema"], ["new-opening", "cm",
                                                                                              "--company", "companies/example.yml"]])
def test_an_output_in_a_folder_that_does_not_exist_is_one_line_and_no_folder(project: Path, args: list[str]) -> None:
    """-o FILE never creates folders: the user named a file, not a folder; the error is one line, exit 73."""
    args = [opening(project) if a == "OPENING" else a for a in args]
    before = snapshot(project)
    result = invoke(*args, "-o", "no/such/dir/f")
    assert result.exit_code == 73, result.output
    assert result.output.strip().splitlines()[-1] == "cannot write no/such/dir/f: the folder no/such/dir does not exist"
    assert not (project / "no").exists() and snapshot(project) == before
