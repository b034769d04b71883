"""The project file, rolegen init, and the shipped defaults."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rolegen.errors import DataError
from rolegen.knowledge.model import VOCABULARIES
from rolegen.knowledge.schema import KINDS
from rolegen.project import config, shipped
from rolegen.project.init import planned

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = Path(__file__).resolve().parent / "fixtures" / "kb"


def test_the_shipped_roles_are_the_repository_roles() -> None:
    ours = {p.relative_to(ROOT / "roles").as_posix(): p.read_bytes() for p in (ROOT / "roles").rglob("*.yml")}
    theirs = {p.relative_to(shipped.starter_roles()).as_posix(): p.read_bytes()
              for p in shipped.starter_roles().rglob("*.yml")}
    assert theirs == ours
    assert sum(not name.startswith("vocabulary/") for name in ours) == 10
    assert {name for name in ours if name.startswith("vocabulary/")} == {f"vocabulary/{k}.yml" for k in VOCABULARIES}


def test_the_package_links_to_the_repository_folders() -> None:
    assert shipped.site_templates().resolve() == ROOT / "templates" / "site"
    assert shipped.schemas().resolve() == ROOT / "schema"
    assert (shipped.starter_files() / "company.yml").resolve() == ROOT / "examples" / "company.yml"


def test_project_file_found_in_a_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    shutil.copytree(FIXTURE_KB, tmp_path / "kb")
    (tmp_path / "rolegen.toml").write_text('languages = ["en", "fr"]\n[folders]\nroles = "kb"\n', encoding="utf-8")
    (tmp_path / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "deep" / "er")
    result = run("validate")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("../../kb: 3 roles")
    assert run("list").stdout.splitlines()[0].endswith("Community manager")  # English: the first language
    assert "Opérationnel" in run("list", "--lang", "fr").stdout


def test_options_and_environment_win_over_the_project_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          run) -> None:
    shutil.copytree(FIXTURE_KB, tmp_path / "other")
    (tmp_path / "rolegen.toml").write_text('[folders]\nroles = "missing"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("validate").exit_code == 2
    assert run("validate", "--roles", "other").stdout.startswith("other: 3 roles")
    monkeypatch.setenv("ROLEGEN_ROLES", "other")
    assert run("validate").stdout.startswith("other: 3 roles")


def test_a_project_file_given_by_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    shutil.copytree(FIXTURE_KB, tmp_path / "p" / "kb")
    (tmp_path / "p" / "custom.toml").write_text('[folders]\nroles = "kb"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("--project", "p/custom.toml", "validate").stdout.startswith("p/kb: 3 roles")


@pytest.mark.parametrize(("text", "expected"), [
    ('languages = ["fr"\n', "rolegen.toml:2:1: TOML error: "),
    ('colour = "blue"\n', "rolegen.toml:1:1: colour: unknown setting; expected one of: company, engine, folders, languages,"
                          " mkdocs"),
    ('engine = "hugo"\n', "rolegen.toml:1:1: engine: expected one of mkdocs, properdocs, zensical, got 'hugo'"),
    ('languages = ["de"]\n', "rolegen.toml:1:1: languages: expected a list of languages among fr, en, each once; "
                             "got ['de']"),
    ('[folders]\nroles = 3\n', "rolegen.toml:2:1: roles: expected a folder path as text, got 3"),
    ('[folders]\n  "ro\\nles" = "x"\n', "rolegen.toml:1:1: ro\\nles: unknown folder; expected one of: roles, "
                                         "openings, companies, templates, output, postings"),
])
def test_project_file_problems_are_located(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str,
                                           expected: str) -> None:
    (tmp_path / "rolegen.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DataError) as info:
        config.discover()
    lines = [str(p) for p in info.value.problems]
    assert len(lines) == 1 and lines[0].startswith(expected), lines


def test_init_writes_a_project_and_never_overwrites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("init", "team", "--site-name", "Nos métiers")
    assert result.exit_code == 0, result.stderr
    written = [line.removeprefix("wrote ") for line in result.stdout.splitlines() if line.startswith("wrote ")]
    expected = {f"team/{name}" for name in planned()} | {f"team/schema/{k}.schema.json" for k in KINDS}
    assert set(written) == expected
    for name in (".gitignore", ".github/workflows/rolegen.yml", ".gitlab-ci.yml", "companies/example.yml",
                 "openings/community-manager-lyon.yml", "roles/community-manager.yml", "roles/vocabulary/skills.yml"):
        assert f"team/{name}" in written
    assert 'site_name: "Nos métiers"' in (tmp_path / "team" / "mkdocs.yml").read_text(encoding="utf-8")
    for ci in (".github/workflows/rolegen.yml", ".gitlab-ci.yml"):
        text = (tmp_path / "team" / ci).read_text(encoding="utf-8")
        for command in ("rolegen validate --strict", "rolegen lint --strict", "rolegen check-ad", "rolegen build",
                        "rolegen diff --git", "--format md", "rolegen schema --kb --dir schema"):
            assert command in text, (ci, command)
    import yaml

    github = yaml.safe_load((tmp_path / "team" / ".github" / "workflows" / "rolegen.yml").read_text(encoding="utf-8"))
    runs = [step.get("run", "") for step in github["jobs"]["check"]["steps"]]
    assert runs[runs.index("rolegen validate --strict") + 1] == "rolegen lint --strict"
    gitlab = yaml.safe_load((tmp_path / "team" / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert gitlab["rolegen"]["script"][1:3] == ["rolegen validate --strict", "rolegen lint --strict"]
    schema = json.loads((tmp_path / "team" / "schema" / "role.schema.json").read_text(encoding="utf-8"))
    assert "moderation" in schema["$defs"]["SkillNeed"]["properties"]["skill"]["enum"]
    (tmp_path / "team" / "README.md").write_text("ours\n", encoding="utf-8")
    again = run("init", "team")
    assert again.stdout == ""
    assert again.stderr == (f"rolegen: team already holds every file init writes ({len(written)} kept); "
                            "nothing was written\n")
    assert (tmp_path / "team" / "README.md").read_text(encoding="utf-8") == "ours\n"
    (tmp_path / "team" / ".gitignore").unlink()
    partly = run("init", "team")
    assert partly.stdout.splitlines()[0] == "wrote team/.gitignore"
    assert "kept team/README.md (already there)" in partly.stderr.splitlines()
    assert (tmp_path / "team" / "README.md").read_text(encoding="utf-8") == "ours\n"
    monkeypatch.chdir(tmp_path / "team")
    assert run("validate", "--strict").exit_code == 0


def test_init_site_name_is_written_as_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    import yaml

    monkeypatch.chdir(tmp_path)
    name = 'Nos "métiers" \\ à nous\n: - #'
    assert run("init", "--site-name", name).exit_code == 0
    settings = yaml.safe_load((tmp_path / "mkdocs.yml").read_text(encoding="utf-8"))
    assert settings["site_name"] == name and settings["extra"]["rolegen"]["en"]["site_name"] == name
    assert (tmp_path / "README.md").read_text(encoding="utf-8").splitlines()[0] == '# Nos "métiers" \\ à nous\\n: - #'


def test_init_empty_writes_the_vocabularies_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("init", "--empty").exit_code == 0
    assert sorted(p.relative_to(tmp_path / "roles").as_posix() for p in (tmp_path / "roles").rglob("*.yml")) == \
        sorted(f"vocabulary/{kind}.yml" for kind in VOCABULARIES)
    assert not (tmp_path / "openings").exists()
    assert 'site_name: "Guide des métiers de notre équipe"' in (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "Our team\'s role guide"' in (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")


def test_schema_kb_enums_and_dir(kb_dir: Path, run) -> None:
    data = json.loads(run("schema", "--kb").stdout)
    assert data["properties"]["family"]["enum"] == ["management", "social-media"]
    assert data["properties"]["reports_to"]["items"]["enum"] == [
        "community-manager", "digital-manager", "social-media-manager"]
    assert "enum" not in json.loads(run("schema").stdout)["properties"]["family"]
    count = len(KINDS)
    assert run("schema", "--kb", "--dir", "s").stdout == f"s: {count} schemas, {count} written, 0 already current\n"
    assert run("schema", "--kb", "--dir", "s").stdout == f"s: {count} schemas, 0 written, {count} already current\n"
    assert sorted(p.name for p in Path("s").iterdir()) == sorted(f"{k}.schema.json" for k in KINDS)


def test_user_templates_override_by_name_and_settings_merge(tmp_path: Path) -> None:
    from rolegen.knowledge.loader import load
    from rolegen.site import config as site_config
    from rolegen.site.build import Options
    from rolegen.site.generate import generate

    (tmp_path / "mine" / "site").mkdir(parents=True)
    (tmp_path / "mine" / "site" / "tags.md.j2").write_text("# Our tags {{ lang }}\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Ours\ntheme:\n  palette: {primary: teal}\nplugins:\n  - search: {separator: ' '}\n"
        "markdown_extensions: [footnotes]\n", encoding="utf-8")
    options = Options(roles=FIXTURE_KB, config=tmp_path / "mkdocs.yml", templates=tmp_path / "mine")
    generated = generate(load(FIXTURE_KB), options, with_downloads=False, langs=("en",))
    tree = generated.trees["en"]
    assert tree["docs/tags.md"] == "# Our tags en\n"
    assert tree["docs/index.md"].startswith("# Ours\n")  # the home page is titled with the team's guide name
    assert tree["docs/roles/community-manager.md"].startswith("---\n")  # the shipped role template
    assert generated.guide is not None
    base = site_config.base_config(tmp_path / "mkdocs.yml")
    assert base["site_name"] == "Ours"
    assert base["theme"]["palette"] == {"scheme": "default", "primary": "teal", "accent": "indigo"}
    assert base["theme"]["features"][0] == "navigation.prune"
    assert base["plugins"] == [{"search": {"separator": " "}}, "tags"]
    assert base["markdown_extensions"] == [{"toc": {"permalink": True}}, "attr_list", "tables", "admonition",
                                           "footnotes"]
    assert site_config.base_config(None)["theme"]["name"] == "material"


def test_defaults_per_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rolegen.project.defaults import command_defaults

    (tmp_path / "rolegen.toml").write_text('company = "c.yml"\nlanguages = ["en", "fr"]\n', encoding="utf-8")
    (tmp_path / "templates" / "postings").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    project = config.discover()
    build = ["roles_dir", "config", "templates", "company", "openings", "site_dir", "work_dir", "lang"]
    assert command_defaults(project, "build", build) == {
        "roles_dir": "roles", "templates": "templates", "company": "c.yml", "site_dir": "site",
        "work_dir": "build/guide", "lang": "en"}
    (tmp_path / "openings").mkdir()
    assert "company" not in command_defaults(project, "build", build)  # the guide publishes the openings instead
    assert command_defaults(project, "build", build)["openings"] == "openings"
    posting = ["roles_dir", "company_file", "templates", "out_dir", "openings_dir"]
    assert command_defaults(project, "postings", posting, company_needed=False) == {
        "roles_dir": "roles", "templates": "templates/postings", "out_dir": "build/postings",
        "openings_dir": "openings"}
    assert command_defaults(project, "postings", posting)["company_file"] == "c.yml"
    monkeypatch.chdir(tmp_path / "openings")
    assert command_defaults(project, "validate", ["roles_dir"]) == {"roles_dir": "../roles"}


def test_a_guide_in_the_project_languages_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run) -> None:
    shutil.copytree(FIXTURE_KB, tmp_path / "roles")
    (tmp_path / "rolegen.toml").write_text('languages = ["en"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("build", "--no-postings")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("site: the guide of 3 roles in English (")
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == [".rolegen-manifest.json", "en", "index.html"]
    root = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in root and 'href="fr/"' not in root and "<title>Digital marketing role guide</title>" in root
    settings = (tmp_path / "build" / "guide" / "en" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "alternate" not in settings


@pytest.mark.parametrize("project, option, built_by", [
    ('engine = "zensical"\n', [], "Zensical"),
    ('engine = "zensical"\n', ["--engine", "mkdocs"], "Material for MkDocs"),
])
def test_the_project_chooses_the_engine_and_the_command_line_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   run, project: str, option: list[str],
                                                                   built_by: str) -> None:
    shutil.copytree(FIXTURE_KB, tmp_path / "roles")
    (tmp_path / "rolegen.toml").write_text(project, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("build", "--no-postings", *option)
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "site" / "fr" / "index.html").read_text(encoding="utf-8")
    assert f">{built_by}</a>" in " ".join(page.split()).replace("> ", ">").replace(" <", "<")
    assert "Fait avec" in page and "Made with" not in page
