"""rolegen lint: the real roles are clean; each rule reports exact, located lines."""

from __future__ import annotations

from pathlib import Path

from conftest import REAL_KB, edit


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
    assert strict.stderr.splitlines()[-1] == f"rolegen: {len(lines)} errors in 4 files; nothing was written"


def test_unused_entry_and_orphan_role(kb_dir: Path, run) -> None:
    teams = kb_dir / "vocabulary" / "teams.yml"
    teams.write_text(teams.read_text(encoding="utf-8") + "- id: legal\n  label: {fr: Juridique, en: Legal}\n")
    lines = run("lint").stderr.splitlines()
    assert "roles/vocabulary/teams.yml:6:7: [2].id: warning: 'legal' is used by no role [unused-entry]" in lines
    assert "roles/digital-manager.yml:1:5: id: warning: no other role names 'digital-manager'; link it from a" \
           " related role [orphan-role]" not in lines


def test_seniority_levels_rules(kb_dir: Path, run) -> None:
    path = kb_dir / "community-manager.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("      - {fr: Former les juniors., en: Train the juniors.}\n",
                        "      - {fr: Répondre aux messages., en: Answer messages.}\n")
    text = text.replace("    kpis: [engagement-rate]\n    basis: [practice]\n", "    kpis: []\n")
    text = text.replace("en: Sets the moderation rules.}", "en: Fixe les règles de modération.}")
    path.write_text(text, encoding="utf-8")
    lines = run("lint").stderr.splitlines()
    assert [line for line in lines if "seniority" in line] == [
        "roles/community-manager.yml:50:7: seniority[0].adds: warning: 1 item; give at least 2 [min-items]",
        "roles/community-manager.yml:54:5: seniority[1]: warning: no basis; say where the level comes from"
        " (source ids, or practice) [seniority-levels]",
        "roles/community-manager.yml:56:53: seniority[1].scope.en: warning: the English text is the French one;"
        " translate it [untranslated]",
        "roles/community-manager.yml:58:9: seniority[1].adds[0]: warning: same text as responsibilities[1]"
        " [duplicate-item]",
        "roles/community-manager.yml:61:11: seniority[1].kpis: warning: 0 items; give at least 1 [min-items]",
        "roles/digital-manager.yml:1:5: id: warning: no seniority levels; list the levels the role has"
        " (junior ... lead) [seniority-levels]",
        "roles/social-media-manager.yml:1:5: id: warning: no seniority levels; list the levels the role has"
        " (junior ... lead) [seniority-levels]",
        "roles/vocabulary/seniority.yml:11:7: [1].id: warning: 'confirmed' is used by no role [unused-entry]",
        "roles/vocabulary/seniority.yml:25:7: [3].id: warning: 'lead' is used by no role [unused-entry]",
    ]


def test_wording_rule_reports_avoided_forms_but_not_exceptions_or_quotations(kb_dir: Path, run) -> None:
    (kb_dir / "vocabulary" / "wording.yml").write_text(
        "- id: social-calque\n  lang: fr\n  prefer: sur les réseaux sociaux\n"
        "  avoid: [sociale, sociaux]\n  exceptions: [réseaux sociaux]\n"
        "  why: {fr: relève des relations sociales, en: means labour relations}\n"
        "- id: carries\n  lang: en\n  prefer: leads\n  avoid: [carries]\n  exceptions: [carries out]\n"
        "  why: {fr: calque de porter, en: a calque of porter}\n", encoding="utf-8")
    path = kb_dir / "community-manager.yml"
    edit(path, "  fr: Anime les communautés d'une marque sur les réseaux sociaux.\n  en: Runs a brand's communities on "
               "social networks.",
         "  fr: Porte la stratégie sociale d'une marque sur les réseaux sociaux, « sociale » entre guillemets.\n"
         "  en: Carries the strategy and carries out the plan.")
    lines = [line for line in run("lint").stderr.splitlines()
             if line.endswith("[wording]") and line.startswith("roles/community")]
    assert lines == [
        "roles/community-manager.yml:8:7: summary.fr: warning: 'sociale': write 'sur les réseaux sociaux' instead "
        "(wording.yml: social-calque) [wording]",
        "roles/community-manager.yml:9:7: summary.en: warning: 'Carries': write 'leads' instead "
        "(wording.yml: carries) [wording]"]


def test_skill_need_rule_reports_duties_naming_an_optional_or_missing_skill(kb_dir: Path, run) -> None:
    skills = kb_dir / "vocabulary" / "skills.yml"
    edit(skills, "- id: seo\n  label: {fr: Référencement naturel (SEO), en: Search engine optimisation (SEO)}\n"
                 "  kind: hard\n",
         "- id: seo\n  label: {fr: Référencement naturel (SEO), en: Search engine optimisation (SEO)}\n"
         "  kind: hard\n  subject: [référencement naturel, SEO]\n")
    edit(skills, "- id: project-management\n  label: {fr: Gestion de projet, en: Project management}\n  kind: soft\n",
         "- id: project-management\n  label: {fr: Gestion de projet, en: Project management}\n  kind: soft\n"
         "  subject: [rétroplanning]\n")
    edit(kb_dir / "community-manager.yml", "  - fr: Répondre aux messages.\n    en: Answer messages.",
         "  - fr: Optimiser le référencement naturel et tenir le rétroplanning.\n    en: Improve SEO.")
    lines = [line for line in run("lint").stderr.splitlines() if line.endswith("[skill-need]")]
    assert lines == [
        "roles/community-manager.yml:14:9: responsibilities[1].fr: warning: 'référencement naturel' names the subject of "
        "'seo' (Search engine optimisation (SEO)), optional here; make it essential (skills[2]) or reword the duty "
        "[skill-need]",
        "roles/community-manager.yml:14:9: responsibilities[1].fr: warning: 'rétroplanning' names the subject of "
        "'project-management' (Project management), not among the role's skills; add it as essential or reword the "
        "duty [skill-need]"]
