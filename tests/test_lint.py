"""rolegen lint: the real roles are clean; each rule reports exact, located lines."""

from __future__ import annotations

from pathlib import Path

from conftest import REAL_KB


def test_real_roles_validate_and_lint_strict(run) -> None:
    assert run("validate", "--strict", "--roles", str(REAL_KB)).exit_code == 0
    result = run("lint", "--strict", "--roles", str(REAL_KB))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith(": 0 lint findings in 10 roles\n")


def test_lint_rules_on_the_fixture(kb_dir: Path, run) -> None:
    path = kb_dir / "digital-manager.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  - fr: Piloter les campagnes.\n    en: Steer campaigns.\n",
                        "  - fr: Piloter les campagnes du groupe entier.\n    en: Piloter les campagnes du groupe entier.\n"
                        "  - fr: Piloter les campagnes du groupe entier.\n    en: Steer all campaigns.\n")
    path.write_text(text, encoding="utf-8")
    result = run("lint")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert "roles/digital-manager.yml:10:9: responsibilities[0].en: warning: the English text is the French one;" \
           " translate it [untranslated]" in lines
    assert "roles/digital-manager.yml:11:9: responsibilities[1].fr: warning: same text as responsibilities[0]" \
           " [duplicate-item]" in lines
    assert "roles/digital-manager.yml:9:3: responsibilities: warning: 2 items; give at least 4 [min-items]" in lines
    assert "roles/vocabulary/glossary.yml:6:7: [1].id: warning: 'veille' appears in no role text [unused-entry]" \
           not in lines
    strict = run("lint", "--strict")
    assert strict.exit_code == 1
    assert strict.stderr.splitlines()[-1] == f"rolegen: {len(lines)} errors in 3 files; nothing was written"


def test_unused_entry_and_orphan_role(kb_dir: Path, run) -> None:
    teams = kb_dir / "vocabulary" / "teams.yml"
    teams.write_text(teams.read_text(encoding="utf-8") + "- id: legal\n  label: {fr: Juridique, en: Legal}\n")
    lines = run("lint").stderr.splitlines()
    assert "roles/vocabulary/teams.yml:6:7: [2].id: warning: 'legal' is used by no role [unused-entry]" in lines
    assert "roles/digital-manager.yml:1:5: id: warning: no other role names 'digital-manager'; link it from a" \
           " related role [orphan-role]" not in lines
