"""The loader: valid data loads; each kind of mistake gives one exact, located line."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolegen import load
from rolegen.errors import UsageError

from conftest import edit, problems_of


def test_fixture_loads(kb_dir: Path) -> None:
    kb = load("roles")
    assert list(kb.roles) == ["community-manager", "digital-manager", "social-media-manager"]
    assert kb.find_role("cm").id == "community-manager"
    assert kb.find_role("Animateur de communaute").id == "community-manager"
    assert kb.find_role("SMM").id == "social-media-manager"
    assert kb.warnings == []


def test_unknown_role_suggests(kb_dir: Path) -> None:
    kb = load("roles")
    with pytest.raises(UsageError, match="unknown role 'comunity-manager' \\(did you mean 'community-manager'\\?\\)"):
        kb.find_role("comunity-manager")


def test_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no roles folder at"):
        load(tmp_path / "nowhere")


TEN_MISTAKES = """\
id: community-managr
title: {fr: Community manager, en: no}
family: social-medias
level: junior
summary:
  fr: Anime les communautés.
  en: Runs communities.
  en: twice
responsibilities:
  - fr: Faire de la veille.
skills:
  - skill: moderatio
    need: essential
  - skill: seo
    need: sometimes
backgrounds: [communication]
daily_activities:
  - {fr: Modérer., en: Moderate.}
collaborations:
  - with: designers
    about: {fr: Les visuels., en: Visuals.}
kpis: [reach]
reports_to: [social-media-manager, digital-manager]
codes:
  isco: 2432
sourcs:
  - {title: Un article}
"""


def test_ten_mistakes_ten_lines(kb_dir: Path) -> None:
    (kb_dir / "community-manager.yml").write_text(TEN_MISTAKES, encoding="utf-8")
    assert problems_of(Path("roles")) == [
        "roles/community-manager.yml:1:1: sources: required field is missing",
        "roles/community-manager.yml:1:5: id: id 'community-managr' differs from the file name 'community-manager';"
        " make them equal",
        "roles/community-manager.yml:2:36: title.en: expected text, but 'no' is read as the boolean false;"
        ' quote it: "no"',
        "roles/community-manager.yml:3:9: family: unknown family 'social-medias' (did you mean 'social-media'?)",
        "roles/community-manager.yml:4:8: level: 'junior' is not one of: operational, middle-management, management",
        "roles/community-manager.yml:8:3: summary.en: duplicate key 'en' (first at line 7)",
        "roles/community-manager.yml:10:5: responsibilities[0].en: required field is missing",
        "roles/community-manager.yml:12:12: skills[0].skill: unknown skill 'moderatio' (did you mean 'moderation'?)",
        "roles/community-manager.yml:15:11: skills[1].need: 'sometimes' is not one of: essential, optional",
        "roles/community-manager.yml:25:9: codes.isco: expected text, but '2432' is read as a number;"
        ' quote it: "2432"',
        "roles/community-manager.yml:26:1: sourcs: unknown field 'sourcs' (did you mean 'sources'?)",
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("kpis: [engagement-rate, reach]", "kpis: [engagement-rate, rech]",
         "roles/community-manager.yml:33:25: kpis[1]: unknown kpi 'rech' (did you mean 'reach'?)"),
        ("backgrounds: [communication, marketing]", "backgrounds: [communication, communication]",
         "roles/community-manager.yml:21:30: backgrounds[1]: 'communication' is listed twice (first at backgrounds[0])"),
        ("  - with: designers", "  - with: designerz",
         "roles/community-manager.yml:30:11: collaborations[1].with: unknown role or team 'designerz'"
         " (did you mean 'designers'?)"),
        ("  - with: designers", "  - with: community-manager",
         "roles/community-manager.yml:30:11: collaborations[1].with: a role cannot name itself in collaborations"),
        ("  - role: social-media-manager", "  - role: social-media-manger",
         "roles/community-manager.yml:37:11: not_to_confuse_with[0].role: unknown role 'social-media-manger'"
         " (did you mean 'social-media-manager'?)"),
        ("aliases: [CM, Animateur de communauté]", "aliases: [CM, SMM]",
         "roles/social-media-manager.yml:3:11: aliases[0]: alias 'SMM' also names community-manager;"
         " keep it on one role"),
        ("level: operational", "level: 1:20",
         "roles/community-manager.yml:5:8: level: '80' is not one of: operational, middle-management, management"),
        ("  en: Runs a brand's communities on social networks.", "  en: on",
         "roles/community-manager.yml:9:7: summary.en: expected text, but 'on' is read as the boolean true;"
         ' quote it: "on"'),
        ("title: {fr: Community manager, en: Community manager}", "title: !!python/object:os.system {fr: x}",
         "roles/community-manager.yml:2:8: title: tag 'tag:yaml.org,2002:python/object:os.system' is not allowed;"
         " only plain YAML values are"),
        ("summary:", "summary:\n  yes: x",
         "roles/community-manager.yml:8:3: summary: key 'yes' is read as the boolean true; quote it: \"yes\""),
    ],
)
def test_one_mistake_one_line(kb_dir: Path, old: str, new: str, expected: str) -> None:
    edit(kb_dir / "community-manager.yml", old, new)
    assert problems_of(Path("roles")) == [expected]


def test_manages_and_reports_to_must_agree(kb_dir: Path) -> None:
    edit(kb_dir / "digital-manager.yml", "manages: [social-media-manager, community-manager]",
         "manages: [social-media-manager]")
    assert problems_of(Path("roles")) == [
        "roles/community-manager.yml:35:36: reports_to[1]: 'digital-manager' does not list 'community-manager'"
        " in its manages; add it there or remove it here",
    ]


def test_reporting_cycle(kb_dir: Path) -> None:
    edit(kb_dir / "digital-manager.yml", "manages: [social-media-manager, community-manager]",
         "manages: [social-media-manager, community-manager]\nreports_to: [community-manager]")
    edit(kb_dir / "community-manager.yml", "reports_to: [social-media-manager, digital-manager]",
         "reports_to: [social-media-manager, digital-manager]\nmanages: [digital-manager]")
    assert problems_of(Path("roles")) == [
        "roles/community-manager.yml:35:36: reports_to[1]: reporting lines form a cycle:"
        " community-manager -> digital-manager -> community-manager",
    ]


def test_duplicate_vocabulary_id(kb_dir: Path) -> None:
    path = kb_dir / "vocabulary" / "teams.yml"
    path.write_text(path.read_text(encoding="utf-8") + "- id: designers\n  label: {fr: X, en: X}\n", encoding="utf-8")
    assert problems_of(Path("roles")) == [
        "roles/vocabulary/teams.yml:6:7: [2].id: duplicate id 'designers' (first at [0])",
    ]


def test_missing_vocabulary_file(kb_dir: Path) -> None:
    (kb_dir / "vocabulary" / "kpis.yml").unlink()
    assert problems_of(Path("roles")) == ["roles/vocabulary/kpis.yml:1:1: missing vocabulary file (kpis.yml)"]


def test_bad_file_name(kb_dir: Path) -> None:
    (kb_dir / "Bad Name.yml").write_text("id: x\n", encoding="utf-8")
    assert problems_of(Path("roles")) == [
        "roles/Bad Name.yml:1:1: file name 'Bad Name' is not a valid role id (lower-case, digits, hyphens)",
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "roles/x.yml:1:1: the file is empty"),
        (b"- a\n- b\n", "roles/x.yml:1:1: expected a mapping of fields, got a list"),
        (b"id: x\n\ttitle: y\n", "roles/x.yml:2:1: a tab character where YAML needs spaces; indent with spaces"),
        (b"id: caf\xe9\n", "roles/x.yml:1:8: byte 0xe9 is not UTF-8; save the file as UTF-8"),
        (b"id: [x\n", "roles/x.yml:2:1: YAML syntax error: did not find expected ',' or ']'"
                      " (while parsing a flow sequence)"),
    ],
)
def test_broken_files(kb_dir: Path, content: bytes, expected: str) -> None:
    (kb_dir / "x.yml").write_bytes(content)
    assert problems_of(Path("roles")) == [expected]


def test_byte_order_mark_is_accepted(kb_dir: Path) -> None:
    path = kb_dir / "digital-manager.yml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert "digital-manager" in load("roles").roles
