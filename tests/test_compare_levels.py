"""Levels of one role: ``show --seniority`` and ``compare ROLE@LEVEL``, exact outputs and exact errors."""

from __future__ import annotations

import json
import re

import pytest

from rolegen import load
from rolegen.compare.levels import compare_levels

from conftest import FIXTURE_KB, REAL_KB


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("community-manager@junior", "community-manager@senior", "--lang", "en"), "cm-junior-senior.en.txt"),
        (("CM@junior", "cm@confirmed", "cm@senior"), "cm-levels.fr.txt"),
        (("community-manager@junior", "community-manager@senior", "--format", "md"), "cm-junior-senior.fr.md"),
        (("traffic-manager@junior", "traffic-manager@lead", "--format", "json", "--lang", "en"), "tm-junior-lead.json"),
    ],
)
def test_compare_levels_golden(run, golden, args, name) -> None:
    result = run("compare", "--roles", str(REAL_KB), *args)
    assert result.exit_code == 0, result.stderr
    golden(f"compare/{name}", result.stdout)


def test_levels_share_the_role_and_differ_by_what_they_add() -> None:
    kb = load(FIXTURE_KB)
    role = kb.roles["community-manager"]
    data = compare_levels(kb, role, [role.level_of("junior"), role.level_of("senior")], "en")
    assert [r["id"] for r in data["roles"]] == ["community-manager@junior", "community-manager@senior"]
    assert data["roles"][1]["title"] == "Community manager (senior)"
    assert (data["role"], data["levels"], data["overlaps"]) == ("community-manager", ["junior", "senior"], [])
    sections = {s["name"]: s for s in data["sections"]}
    assert list(sections) == ["experience", "scope", "responsibilities", "skills", "kpis"]
    assert [i["label"] for i in sections["experience"]["specific"]["community-manager@junior"]] == ["0 to 2 years"]
    assert [i["label"] for i in sections["experience"]["specific"]["community-manager@senior"]] == ["5 years or more"]
    responsibilities = sections["responsibilities"]
    assert [i["label"] for i in responsibilities["shared"]] == ["Keep watch on competitors.", "Answer messages."]
    assert [i["label"] for i in responsibilities["specific"]["community-manager@junior"]] == [
        "Keep the publishing calendar."]
    assert [i["label"] for i in responsibilities["specific"]["community-manager@senior"]] == [
        "Train the juniors.", "Handle crises."]
    assert [i["key"] for i in sections["skills"]["shared"]] == ["moderation"]
    assert [i["key"] for i in sections["skills"]["specific"]["community-manager@senior"]] == ["writing"]
    assert sections["kpis"]["shared"] == []
    assert sections["kpis"]["specific"] == {
        "community-manager@junior": [{"key": "reach", "label": "Reach", "roles": ["community-manager@junior"]}],
        "community-manager@senior": [
            {"key": "engagement-rate", "label": "Engagement rate", "roles": ["community-manager@senior"]}],
    }


def test_compare_levels_section_option(run) -> None:
    out = run("compare", "--roles", str(REAL_KB), "cm@junior", "cm@senior", "--format", "json",
              "--section", "kpis", "--section", "experience").stdout
    assert [s["name"] for s in json.loads(out)["sections"]] == ["experience", "kpis"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("community-manager@junior", "community-manager@lead"),
         "community-manager has no level 'lead'; it has junior, confirmed, senior\n"),
        (("cm@junior", "cm@senoir"),
         "unknown seniority level 'senoir' (did you mean 'senior'?); levels: junior, confirmed, senior, lead\n"),
        (("cm@junior", "smm@confirmed"),
         "compare ROLE@LEVEL takes levels of one role; got community-manager, social-media-manager; "
         "compare roles without @LEVEL\n"),
        (("cm@junior", "smm"),
         "'smm' has no level: compare levels of one role as ROLE@LEVEL ROLE@LEVEL "
         "(community-manager@junior community-manager@senior), or roles without levels\n"),
        (("cm@junior", "community-manager@Junior"), "the same level is named twice: cm@junior, community-manager@Junior\n"),
        (("cm@junior", "cm@senior", "--section", "backgrounds"),
         "section 'backgrounds' compares roles; levels of one role have: experience, scope, responsibilities, "
         "skills, kpis\n"),
        (("cm", "smm", "--section", "scope"),
         "section 'scope' compares levels of one role (ROLE@LEVEL); roles have: responsibilities, skills, "
         "backgrounds, daily_activities, collaborations, kpis, reporting, level, found_in\n"),
        (("nobody@junior", "cm@senior"), "unknown role 'nobody'; 'rolegen list' shows them all\n"),
    ],
)
def test_compare_levels_usage_errors(run, args, message) -> None:
    result = run("compare", "--roles", str(REAL_KB), *args)
    assert result.exit_code == 2
    assert result.stderr == message
    assert result.stdout == ""


def test_show_at_a_level(run) -> None:
    result = run("show", "--roles", str(FIXTURE_KB), "cm", "--seniority", "senior", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(
        "Community manager (senior)\n==========================\n\n"
        "Seniority level: Senior (5 years or more)\n"
        "Also called: CM, Animateur de communauté\n"
    )
    assert (
        "Scope and autonomy\n------------------\n- Sets the moderation rules.\n\n"
        "Responsibilities added at this level\n------------------------------------\n- Train the juniors.\n"
        "- Handle crises.\n\n"
        "Skills that deepen\n------------------\n- Moderation\n- Writing\n\n"
        "KPIs owned\n----------\n- Engagement rate\n\n"
        "Basis: established practice, not from the sources\n\n"
        "Responsibilities\n"
    ) in result.stdout
    assert "Seniority levels\n" not in result.stdout


def test_show_lists_the_levels(run) -> None:
    out = run("show", "--roles", str(FIXTURE_KB), "cm", "--lang", "fr").stdout
    assert "\nNiveaux d'expérience\n--------------------\n- Junior\u00a0: 0 à 2 ans\n- Senior\u00a0: 5 ans et plus\n" in out


def test_show_json_at_a_level(run) -> None:
    data = json.loads(run("show", "--roles", str(FIXTURE_KB), "cm", "--seniority", "junior", "--format", "json").stdout)
    assert data["role"]["id"] == "community-manager"
    assert data["level"] == {
        "level": "junior", "label": {"fr": "Junior", "en": "Junior"}, "experience": {"min": 0, "max": 2},
        "scope": {"fr": "Publie selon un calendrier fixé par d'autres.", "en": "Posts to a calendar set by others."},
        "adds": [{"fr": "Tenir le calendrier de publication.", "en": "Keep the publishing calendar."}],
        "skills": ["moderation"], "kpis": ["reach"], "basis": ["practice"],
    }


def test_show_a_level_the_role_lacks(run) -> None:
    result = run("show", "--roles", str(FIXTURE_KB), "digital-manager", "--seniority", "senior")
    assert result.exit_code == 2
    assert result.stderr == "digital-manager has no level 'senior'; it lists no seniority levels\n"


def test_the_manual_shows_the_real_level_comparison(run) -> None:
    readme = (REAL_KB.parent / "docs" / "how-to" / "compare-levels.md").read_text(encoding="utf-8")
    command = ("community-manager@junior", "community-manager@senior", "--section", "experience", "--section",
               "skills", "--section", "kpis", "--lang", "en")
    block = re.search(r"\$ rolegen compare " + re.escape(" ".join(command)) + r"\n(.*?)```", readme, re.S)
    assert block, "docs/how-to/compare-levels.md must show a real `rolegen compare ROLE@LEVEL ROLE@LEVEL`"
    assert block.group(1) == run("compare", "--roles", str(REAL_KB), *command).stdout
    error = re.search(r"\$ rolegen compare community-manager@junior community-manager@lead\n(.*?)```", readme, re.S)
    assert error.group(1) == run("compare", "--roles", str(REAL_KB), "community-manager@junior",
                                 "community-manager@lead").stderr
