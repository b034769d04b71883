"""The posting studio's data and vendored engine: what the guide's page reads is the command line's."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rolegen import load
from rolegen.knowledge.loader import load_company
from rolegen.postings.env import shipped_templates
from rolegen.postings.formats import FORMATS
from rolegen.postings.studio import TEMPLATES, studio_data

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "templates" / "site" / "assets" / "vendor"


@pytest.fixture(scope="module")
def data():
    kb = load(ROOT / "roles")
    return kb, studio_data(kb, load_company(ROOT / "examples" / "company.yml"), "../company.yml", [shipped_templates()])


def test_the_studio_reads_the_shipped_templates_and_the_formats_registry(data) -> None:
    _, found = data
    for name in TEMPLATES:
        assert found["templates"][name] == (shipped_templates() / name).read_text(encoding="utf-8")
    assert [f["name"] for f in found["formats"]] == list(FORMATS)
    assert found["company"]["name"] == "Atelier Lumen" and found["company_path"] == "../company.yml"
    json.dumps(found)  # plain data


def test_a_user_template_wins_over_the_shipped_one(data, tmp_path: Path) -> None:
    kb, _ = data
    (tmp_path / "opening.fr.md.j2").write_text("# {{ title }}\n", encoding="utf-8")
    found = studio_data(kb, None, None, [tmp_path, shipped_templates()])
    assert found["templates"]["opening.fr.md.j2"] == "# {{ title }}\n"
    assert found["templates"]["opening.en.md.j2"] == (shipped_templates() / "opening.en.md.j2").read_text(encoding="utf-8")


def test_every_role_with_levels_has_its_levels_parts(data) -> None:
    kb, found = data
    roles = {r["id"]: r for r in found["roles"]}
    assert set(roles) == {r.id for r in kb.roles.values() if r.seniority}
    for role_id, role in roles.items():
        assert [level["id"] for level in role["levels"]] == [e.level for e in kb.roles[role_id].seniority]
        assert all(level["fr"]["level_profile"] and level["en"]["essential_skills"] for level in role["levels"])


def test_the_vendored_nunjucks_is_the_locked_one() -> None:
    installed = ROOT / "node_modules" / "nunjucks" / "browser" / "nunjucks.min.js"
    if not installed.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail("node_modules is missing; make setup-test installs it")
        pytest.skip("node_modules is not installed (make setup-test)")
    assert (VENDOR / "nunjucks.min.js").read_bytes() == installed.read_bytes(), "run make vendor"
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"]["node_modules/nunjucks"]["version"] in (VENDOR / "nunjucks.min.js").read_text()[:60]
