"""The preview's incremental parts: files read again only when saved, the saved roles' pages written first."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from rolegen import load
from rolegen.site.build import Options
from rolegen.site.generate import generate, role_pages
from rolegen.site.serve import Parsed, saved_roles, snapshot

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = ROOT / "tests" / "fixtures" / "kb"


def _options(tmp: Path, roles: Path) -> Options:
    return Options(roles=roles, config=ROOT / "mkdocs.yml", templates=ROOT / "templates", work=tmp / "serve",
                   site=tmp / "site", company=None)


def test_a_saved_file_is_the_only_one_read_again(tmp_path: Path) -> None:
    roles = tmp_path / "roles"
    shutil.copytree(FIXTURE_KB, roles)
    parsed = Parsed()
    with parsed.installed():
        first = load(roles)
        role = roles / "digital-manager.yml"
        role.write_text(role.read_text(encoding="utf-8").replace("Pilote la stratégie digitale.", "Pilote tout."),
                        encoding="utf-8")
        second = load(roles)
    assert second.roles["community-manager"] is first.roles["community-manager"]
    assert second.roles["digital-manager"] is not first.roles["digital-manager"]
    assert second.roles["digital-manager"].summary.fr.startswith("Pilote tout.")
    fresh = load(roles)
    assert second.roles == fresh.roles and second.warnings == fresh.warnings


def test_only_role_files_saved_give_their_ids(tmp_path: Path) -> None:
    roles = tmp_path / "roles"
    shutil.copytree(FIXTURE_KB, roles)
    options = _options(tmp_path, roles)
    before = snapshot([roles], [])
    for name in ("digital-manager.yml", "community-manager.yml"):
        os.utime(roles / name, ns=(1, 1))
    assert saved_roles(options, before, snapshot([roles], [])) == ["community-manager", "digital-manager"]
    os.utime(roles / "vocabulary" / "skills.yml", ns=(1, 1))
    assert saved_roles(options, before, snapshot([roles], [])) == []


def test_a_role_page_alone_is_the_page_of_the_full_generation(tmp_path: Path) -> None:
    kb = load(FIXTURE_KB)
    options = _options(tmp_path, FIXTURE_KB)
    full = generate(kb, options, with_downloads=False, langs=("fr",)).trees["fr"]
    alone = role_pages(kb, options, "fr", ["community-manager"])
    assert list(alone) == ["roles/community-manager.md"]
    assert alone["roles/community-manager.md"] == full["docs/roles/community-manager.md"]


def test_build_timings_name_every_part(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rolegen", "build", "--roles", str(FIXTURE_KB), "--no-postings", "--timings",
         "-o", str(tmp_path / "site"), "--work-dir", str(tmp_path / "guide")],
        capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout.splitlines()[-1])["timings"]
    assert list(timings) == ["load", "generate", "write", "pages_ready", "engine", "replace", "total"]
    assert all(value >= 0 for value in timings.values())
    assert timings["total"] >= timings["pages_ready"] >= timings["load"]
