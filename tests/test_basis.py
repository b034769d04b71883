"""Where statements come from: sources as a vocabulary, a basis on every statement, and how the guide shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REAL_KB
from rolegen import load
from rolegen.errors import DataError
from rolegen.knowledge.basis import statements
from rolegen.site.basis import BasisMarks
from test_loader import edit, problems_of

CM = "community-manager.yml"


def test_fixture_bases_load(kb_dir: Path) -> None:
    kb = load("roles")
    role = kb.roles["community-manager"]
    assert list(kb.sources) == ["cm-article", "metiers", "smm-cm-2013"]
    assert role.sources == ["cm-article", "smm-cm-2013"]
    listed = [basis for path, basis in statements(role) if path[0] in ("responsibilities", "skills")]
    assert listed[:3] == [["cm-article"], ["practice"], ["cm-article"]]
    assert [path for path, _ in statements(role)][:3] == [("summary",), ("level",), ("responsibilities", 0)]
    assert role.kpi_basis == {"engagement-rate": ["practice"], "reach": ["cm-article"]}


def test_unknown_source_in_a_basis_is_located(kb_dir: Path) -> None:
    edit(kb_dir / CM, "    basis: [cm-article]\n  - fr: Répondre", "    basis: [cm-artcle]\n  - fr: Répondre")
    assert problems_of(kb_dir) == [
        "roles/community-manager.yml:13:13: responsibilities[0].basis[0]: unknown source 'cm-artcle' "
        "(did you mean 'cm-article'?)"]


def test_a_source_the_role_does_not_list(kb_dir: Path) -> None:
    edit(kb_dir / CM, "  - fr: Modérer les commentaires.\n    en: Moderate comments.\n    basis: [cm-article]",
         "  - fr: Modérer les commentaires.\n    en: Moderate comments.\n    basis: [metiers]")
    assert problems_of(kb_dir) == [
        "roles/community-manager.yml:25:13: daily_activities[0].basis[0]: source 'metiers' is not in this role's "
        "sources; add it there"]


def test_practice_stands_alone_and_kpi_basis_names_the_role_kpis(kb_dir: Path) -> None:
    edit(kb_dir / CM, "{skill: seo, need: optional, basis: [practice]}",
         "{skill: seo, need: optional, basis: [practice, cm-article]}")
    edit(kb_dir / CM, "kpi_basis: {engagement-rate: [practice], reach: [cm-article]}",
         "kpi_basis: {engagement-rate: [practice], reach: [cm-article], roas: [practice]}")
    assert problems_of(kb_dir) == [
        "roles/community-manager.yml:20:41: skills[2].basis: 'practice' stands alone: a statement comes from sources "
        "or from practice",
        "roles/community-manager.yml:34:63: kpi_basis.roas: 'roas' is not one of this role's kpis"]


def test_unknown_source_in_sources_and_reserved_id(kb_dir: Path) -> None:
    edit(kb_dir / "digital-manager.yml", "sources: [metiers]", "sources: [metier]")
    sources = kb_dir / "vocabulary" / "sources.yml"
    sources.write_text(sources.read_text(encoding="utf-8") + "- id: practice\n  title: T\n  language: fr\n",
                       encoding="utf-8")
    assert problems_of(kb_dir) == [
        "roles/digital-manager.yml:23:11: sources[0]: unknown source 'metier' (did you mean 'metiers'?)",
        "roles/vocabulary/sources.yml:12:7: [3].id: 'practice' is reserved; choose another id"]


def test_lint_basis_rule(kb_dir: Path, run) -> None:
    edit(kb_dir / CM, "    basis: [smm-cm-2013]\n  - with: designers", "  - with: designers")
    edit(kb_dir / CM, "kpi_basis: {engagement-rate: [practice], reach: [cm-article]}", "kpi_basis: {reach: [cm-article]}")
    lines = [line for line in run("lint").stderr.splitlines() if line.endswith("[basis]")]
    new_fields = (" summary:", " level:", " found_in[", " backgrounds[")  # the fixture gives them no basis
    assert "roles/community-manager.yml:6:20: found_in[1]: warning: no basis; add an entry for 'startup' in " \
           "found_in_basis: [source-id ...] from vocabulary/sources.yml, or [practice] [basis]" in lines
    assert "roles/community-manager.yml:5:8: level: warning: no basis; add level_basis: [source-id ...] from " \
           "vocabulary/sources.yml, or [practice] [basis]" in lines
    lines = [line for line in lines if not any(field in line for field in new_fields)]
    assert [line for line in lines if line.startswith("roles/community-manager.yml")] == [
        "roles/community-manager.yml:27:5: collaborations[0]: warning: no basis; add basis: [source-id ...] from "
        "vocabulary/sources.yml, or [practice] [basis]",
        "roles/community-manager.yml:32:8: kpis[0]: warning: no basis; add an entry for 'engagement-rate' in "
        "kpi_basis: [source-id ...] from vocabulary/sources.yml, or [practice] [basis]"]
    assert "roles/digital-manager.yml:9:5: responsibilities[0]: warning: no basis; add basis: [source-id ...] from " \
           "vocabulary/sources.yml, or [practice] [basis]" in lines
    assert run("lint", "--strict").exit_code == 1


def test_lint_basis_flags_an_uncited_source(kb_dir: Path, run) -> None:
    edit(kb_dir / CM, "basis: [cm-article, smm-cm-2013]", "basis: [cm-article]")
    edit(kb_dir / CM, "    basis: [smm-cm-2013]\n  - with: designers", "    basis: [practice]\n  - with: designers")
    edit(kb_dir / CM, "    why: {fr: Le SMM fixe la stratégie., en: The SMM sets the strategy.}\n    basis: [smm-cm-2013]",
         "    why: {fr: Le SMM fixe la stratégie., en: The SMM sets the strategy.}\n    basis: [practice]")
    lines = run("lint").stderr.splitlines()
    assert "roles/community-manager.yml:44:23: sources[1]: warning: no statement cites 'smm-cm-2013'; cite it or " \
           "remove it [basis]" in lines


def test_real_roles_have_a_basis_everywhere() -> None:
    kb = load(REAL_KB)
    missing = [(role.id, path) for role in kb.roles.values() for path, basis in statements(role) if not basis]
    assert missing == []
    assert all(role.left_out for role in kb.roles.values()), "every role records what it left out"


def test_export_carries_bases(kb_dir: Path, run) -> None:
    data = json.loads(run("export").stdout)
    cm = next(r for r in data["roles"] if r["id"] == "community-manager")
    assert cm["responsibilities"][0] == {"fr": "Faire de la veille sur les concurrents.",
                                         "en": "Keep watch on competitors.", "basis": ["cm-article"]}
    assert cm["skills"][1] == {"skill": "moderation", "need": "essential", "basis": ["cm-article", "smm-cm-2013"]}
    assert cm["kpi_basis"] == {"engagement-rate": ["practice"], "reach": ["cm-article"]}
    assert cm["sources"] == ["cm-article", "smm-cm-2013"]
    assert [s["id"] for s in data["sources"]] == ["cm-article", "metiers", "smm-cm-2013"]


@pytest.mark.parametrize("lang, sourced, practice, missing", [
    ("fr", ' <span class="rolegen-basis rolegen-basis--sources" title="sources &#58; Formation Marketing Digital ; '
           'Quelle est la différence entre un social media manager et un community manager ? (blog, 2013)">'
           '<sup aria-hidden="true">1,2</sup><span class="rolegen-basis__name">(sources &#58; Formation Marketing '
           'Digital ; Quelle est la différence entre un social media manager et un community manager ? (blog, 2013))'
           '</span></span>',
     ' <span class="rolegen-basis rolegen-basis--practice" title="pratique courante, absente des sources">'
     '<sup aria-hidden="true">P</sup><span class="rolegen-basis__name">(pratique courante, absente des sources)'
     '</span></span>',
     ' <span class="rolegen-basis rolegen-basis--none" title="origine non indiquée"><sup aria-hidden="true">?</sup>'
     '<span class="rolegen-basis__name">(origine non indiquée)</span></span>'),
    ("en", ' <span class="rolegen-basis rolegen-basis--sources" title="sources&#58; Formation Marketing Digital ; '
           'Social media manager or community manager? (blog, 2013)"><sup aria-hidden="true">1,2</sup>'
           '<span class="rolegen-basis__name">(sources&#58; Formation Marketing Digital ; Social media manager or '
           'community manager? (blog, 2013))</span></span>',
     ' <span class="rolegen-basis rolegen-basis--practice" title="common practice, not from the sources">'
     '<sup aria-hidden="true">P</sup><span class="rolegen-basis__name">(common practice, not from the sources)'
     '</span></span>',
     ' <span class="rolegen-basis rolegen-basis--none" title="basis not given"><sup aria-hidden="true">?</sup>'
     '<span class="rolegen-basis__name">(basis not given)</span></span>'),
])
def test_marks(kb_dir: Path, lang: str, sourced: str, practice: str, missing: str) -> None:
    sources = kb_dir / "vocabulary" / "sources.yml"
    edit(sources, '  year: 2013\n', '  year: 2013\n  label: {fr: "Quelle est la différence entre un social media '
                                    'manager et un community manager ? (blog, 2013)", en: "Social media manager or '
                                    'community manager? (blog, 2013)"}\n')
    kb = load("roles")
    marks = BasisMarks(kb, kb.roles["community-manager"], lang)
    role = kb.roles["community-manager"]
    assert marks(role.skills[1]) == sourced.replace("Quelle est la différence entre un social media manager et un "
                                                    "community manager ? (blog, 2013)",
                                                    "Quelle est la différence entre un social media manager et un "
                                                    "community manager ? (blog, 2013)")
    assert marks(role.responsibilities[1]) == practice
    assert marks(kb.roles["digital-manager"].responsibilities[0]) == missing
    assert marks.kpi("engagement-rate") == practice
