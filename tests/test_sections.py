"""The role sections are declared once, on the role model: a new section is one field and its labels.

The test below extends the model with one list of statements and finds it in
every output: show, lint, new, compare (CLI, with --section), search (CLI and
the guide's finder), the guide's role page, a comparison page and the picker.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import pytest

from rolegen.knowledge import model
from rolegen.knowledge.model import Role, Statement
from rolegen.knowledge.sections import Kind, Section, build, registry

ROOT = Path(__file__).resolve().parent.parent


class ToolsRole(Role):
    """The role model with one more section."""

    tools: Annotated[list[Statement], Section("Outils", "Tools", order=95, compare=True,
                                              search=(Kind("tool", 2, "outil"),))] = []
    """The tools the role works with."""


TOOLS = {
    "community-manager": [("Planificateur Zorblax.", "Zorblax scheduler.", "[practice]"),
                          ("Tableur partagé.", "Shared spreadsheet.", "[cm-article]"),
                          ("Boîte de réception unifiée.", "Unified inbox.", None),
                          ("Boîte de réception unifiée.", "Unified inbox.", "[practice]")],
    "social-media-manager": [("Planificateur Zorblax.", "Zorblax scheduler.", "[practice]"),
                             ("Outil d'écoute sociale.", "Social listening tool.", "[practice]")],
}


@pytest.fixture
def tools_kb(kb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture knowledge base read with the extended model, two roles giving tools."""
    monkeypatch.setattr(model, "Role", ToolsRole)
    for role_id, tools in TOOLS.items():
        lines = ["tools:"]
        for fr, en, basis in tools:
            lines += [f"  - fr: {fr}", f"    en: {en}"] + ([f"    basis: {basis}"] if basis else [])
        path = kb_dir / f"{role_id}.yml"
        path.write_text(path.read_text(encoding="utf-8") + "\n".join(lines) + "\n", encoding="utf-8")
    return kb_dir


def test_the_registry_follows_the_model() -> None:
    sections = registry()
    assert [s.name for s in sections.body()][:3] == ["responsibilities", "skills", "backgrounds"]
    assert sections.compared() == ["responsibilities", "skills", "backgrounds", "daily_activities", "collaborations",
                                   "kpis", "reporting", "level", "found_in"]
    assert sections.get("reporting").fields == ("reports_to", "manages", "reporting_notes")
    assert sections.labels["reporting"] == ("Rattachement", "Reporting lines")
    assert sections.text_lists == ("responsibilities", "daily_activities", "grey_zones", "facts")
    assert sections.keyed == {"found_in": "found_in_basis", "backgrounds": "background_basis", "kpis": "kpi_basis"}
    extended = build(ToolsRole)
    names = [s.name for s in extended.body()]
    assert names[names.index("grey_zones"):names.index("facts") + 1] == ["grey_zones", "tools", "facts"]
    assert extended.get("tools").generic and extended.weights["tool"] == 2 and "tools" in extended.text_lists
    assert "tools" not in sections.text_lists  # the extended model leaves the real one alone


def test_a_new_section_reaches_the_command_line(tools_kb: Path, run) -> None:
    show = run("show", "community-manager", "--lang", "en").stdout
    assert "\nTools\n-----\n- Zorblax scheduler.\n- Shared spreadsheet.\n" in show
    assert show.index("\nTools\n") < show.index("\nOfficial codes\n")
    assert "\nOutils\n------\n- Planificateur Zorblax.\n" in run("show", "community-manager", "--lang", "fr").stdout

    result = run("lint")
    lint = (result.stdout + result.stderr).splitlines()
    assert any(line.startswith("roles/community-manager.yml:") and "tools[2]" in line and "no basis" in line
               for line in lint)
    assert any("tools[3].fr" in line and "same text as tools[2]" in line and "duplicate-item" in line for line in lint)
    assert not any("tools[0]" in line or "tools[1]" in line for line in lint)

    run("new", "brand-manager")
    skeleton = (tools_kb / "brand-manager.yml").read_text(encoding="utf-8")
    (tools_kb / "brand-manager.yml").unlink()  # a skeleton is not valid until filled in
    assert '# The tools the role works with.\ntools:\n  - fr: ""\n    en: ""\n    basis: []\n' in skeleton

    data = json.loads(run("compare", "cm", "smm", "--format", "json", "--lang", "en").stdout)
    tools = next(s for s in data["sections"] if s["name"] == "tools")
    assert tools["label"] == "Tools"
    assert [i["label"] for i in tools["shared"]] == ["Zorblax scheduler."]
    assert [i["label"] for i in tools["specific"]["social-media-manager"]] == ["Social listening tool."]
    only = run("compare", "cm", "smm", "--section", "tools", "--lang", "fr")
    assert only.exit_code == 0 and "\nOutils\n------\nEn commun :\n- Planificateur Zorblax.\n" in only.stdout
    assert "tools" in run("compare", "--help").stdout

    found = json.loads(run("search", "zorblax", "--format", "json").stdout)
    assert {hit["role"] for hit in found} == {"community-manager", "social-media-manager"}
    assert all({"field": "tool", "text": "Planificateur Zorblax."} in hit["matches"] for hit in found)
    assert "    tool: Zorblax scheduler." in run("search", "zorblax", "--lang", "en").stdout


def test_a_new_section_reaches_the_guide(tools_kb: Path, tmp_path: Path) -> None:
    from rolegen import load
    from rolegen.site.build import Options
    from rolegen.site.generate import generate

    own = tmp_path / "tpl" / "site"
    own.mkdir(parents=True)
    (own / "comparisons.yml").write_text("- id: cm-smm\n  roles: [community-manager, social-media-manager]\n"
                                         "  source: smm-cm-2013\n", encoding="utf-8")
    options = Options(roles=tools_kb, config=ROOT / "mkdocs.yml", templates=tmp_path / "tpl",
                      work=tmp_path / "build", site=tmp_path / "site", company=None)
    trees = generate(load(tools_kb), options, with_downloads=False).trees
    for lang, heading, text in (("en", "Tools", "Zorblax scheduler."), ("fr", "Outils", "Planificateur Zorblax.")):
        docs = trees[lang]
        page = docs["docs/roles/community-manager.md"]
        assert f"\n## {heading} {{#tools}}\n\n- {text}" in page
        assert page.index("{#tools}") < page.index("{#codes}")
        comparison = docs["docs/compare/cm-smm.md"]
        assert f"\n## {heading} {{#tools}}\n" in comparison and text in comparison
        picker = json.loads(next(v for k, v in docs.items() if k.endswith("rolegen/compare.json")))
        assert {"id": "tools", "label": heading} in picker["sections"]
        finder = json.loads(next(v for k, v in docs.items() if k.endswith("finder.json")))
        assert finder["weights"]["tool"] == 2
        assert finder["kinds"]["tool"] == ("outil" if lang == "fr" else "tool")
        fields = next(r["fields"] for r in finder["roles"] if r["id"] == "community-manager")
        assert ["tool", text, text.lower().rstrip(".")] in [[k, t, f.rstrip(".")] for k, t, f in fields]
