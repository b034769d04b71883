"""Seniority levels: the vocabulary, a role's levels, and each mistake as one exact, located line."""

from __future__ import annotations

from pathlib import Path

from rolegen import load
from rolegen.knowledge.export import kb_data

from conftest import edit, problems_of

CM = Path("roles/community-manager.yml")


def test_levels_load_in_vocabulary_order(kb_dir: Path) -> None:
    kb = load("roles")
    assert list(kb.seniority) == ["junior", "confirmed", "senior", "lead"]
    assert kb.seniority["confirmed"].label.fr == "Confirmé ou confirmée"
    role = kb.roles["community-manager"]
    assert [entry.level for entry in role.seniority] == ["junior", "senior"]
    senior = role.level_of("senior")
    assert (senior.experience.min, senior.experience.max) == (5, None)
    assert senior.skills == ["moderation", "writing"] and senior.basis == ["practice"]
    assert role.level_of("lead") is None
    assert kb.roles["digital-manager"].seniority == []


def test_export_keeps_the_levels_in_order(kb_dir: Path) -> None:
    data = kb_data(load("roles"))
    assert [entry["id"] for entry in data["seniority"]] == ["junior", "confirmed", "senior", "lead"]
    levels = next(r for r in data["roles"] if r["id"] == "community-manager")["seniority"]
    assert levels[1]["experience"] == {"min": 5}


def test_each_mistake_in_a_level_is_one_located_line(kb_dir: Path) -> None:
    edit(CM, "  - level: junior\n    experience: {min: 0, max: 2}", "  - level: juniro\n    experience: {min: 3, max: 2}")
    edit(CM, "    skills: [moderation]\n    kpis: [reach]", "    skills: [moderation, video]\n    kpis: [reach, reech]")
    edit(CM, "    skills: [moderation, writing]", "    skills: [moderation, writing, moderation]")
    assert problems_of(Path("roles")) == [
        "roles/community-manager.yml:46:12: seniority[0].level: unknown seniority level 'juniro' "
        "(did you mean 'junior'?)",
        "roles/community-manager.yml:47:31: seniority[0].experience.max: max (2) is below min (3)",
        "roles/community-manager.yml:51:26: seniority[0].skills[1]: skill 'video' is not among the role's skills; "
        "add it to skills or remove it here",
        "roles/community-manager.yml:52:19: seniority[0].kpis[1]: unknown kpi 'reech' (did you mean 'reach'?)",
        "roles/community-manager.yml:60:35: seniority[1].skills[2]: 'moderation' is listed twice "
        "(first at seniority[1].skills[0])",
    ]


def test_levels_twice_or_out_of_order(kb_dir: Path) -> None:
    text = CM.read_text(encoding="utf-8")
    edit(CM, "level: junior", "level: lead")
    assert problems_of(Path("roles")) == [
        "roles/community-manager.yml:54:12: seniority[1].level: 'senior' comes after 'lead'; "
        "list levels in this order: junior, confirmed, senior, lead",
    ]
    block = text[text.index("  - level: junior"):text.index("  - level: senior")]
    CM.write_text(text + block, encoding="utf-8")
    assert problems_of(Path("roles")) == [
        "roles/community-manager.yml:63:12: seniority[2].level: 'junior' is listed twice (first at seniority[0])",
    ]


def test_a_level_needs_experience_and_scope(kb_dir: Path) -> None:
    edit(CM, "    experience: {min: 5}\n    scope: {fr: Fixe les règles de modération., en: Sets the moderation rules.}\n",
         "    experience: {min: -1}\n")
    assert problems_of(Path("roles")) == [
        "roles/community-manager.yml:54:5: seniority[1].scope: required field is missing",
        "roles/community-manager.yml:55:23: seniority[1].experience.min: -1 is out of range "
        "(greater than or equal to 0)",
    ]
