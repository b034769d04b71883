"""compare, search and related: the overlap formula by hand, exact outputs on the real roles."""

from __future__ import annotations

import json
import re

import pytest

from rolegen import load
from rolegen.compare.overlap import components, overlap, pairs, percent, role_overlap

from conftest import FIXTURE_KB, REAL_KB


@pytest.fixture(scope="module")
def fixture_kb():
    return load(FIXTURE_KB)


def test_overlap_by_hand(fixture_kb) -> None:
    # skills: writing min(2,1)=1 over max 2+2+1+2=7; kpis equal; backgrounds 1/3; collaborators {designers} vs {}
    assert components(fixture_kb.roles["community-manager"], fixture_kb.roles["social-media-manager"]) == {
        "skills": pytest.approx(1 / 7), "kpis": 1.0, "backgrounds": pytest.approx(1 / 3), "collaborators": 0.0,
    }
    assert overlap(fixture_kb, "community-manager", "social-media-manager") == pytest.approx(
        0.4 / 7 + 0.2 + 0.2 / 3)
    # skills 2/(2+1); kpis 0; backgrounds 1/2; collaborators {leadership} vs {community-manager}: 0
    assert overlap(fixture_kb, "digital-manager", "social-media-manager") == pytest.approx(0.4 * 2 / 3 + 0.2 / 2)
    assert overlap(fixture_kb, "community-manager", "digital-manager") == 0.0


def test_overlap_is_symmetric_and_one_with_itself(fixture_kb) -> None:
    cm, smm = fixture_kb.roles["community-manager"], fixture_kb.roles["social-media-manager"]
    assert role_overlap(cm, smm) == role_overlap(smm, cm)
    assert role_overlap(cm, cm) == pytest.approx(1.0)


def test_empty_component_is_left_out(fixture_kb) -> None:
    cm, smm = fixture_kb.roles["community-manager"], fixture_kb.roles["social-media-manager"]
    # each works only with the other: the collaborators component is empty and drops out
    cm_only_smm = cm.model_copy(update={"collaborations": cm.collaborations[:1]})
    assert components(cm_only_smm, smm)["collaborators"] is None
    assert role_overlap(cm_only_smm, smm) == pytest.approx((0.4 / 7 + 0.2 + 0.2 / 3) / 0.8)


def test_pairs_most_similar_first(fixture_kb) -> None:
    assert [(a, b, percent(s)) for a, b, s in pairs(fixture_kb)] == [
        ("digital-manager", "social-media-manager", 37),
        ("community-manager", "social-media-manager", 32),
        ("community-manager", "digital-manager", 0),
    ]


def test_percent_rounds_half_up() -> None:
    assert [percent(x) for x in (0.0, 0.124, 0.125, 0.5, 1.0)] == [0, 12, 13, 50, 100]


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("community-manager", "social-media-manager", "--lang", "en"), "cm-smm.en.txt"),
        (("CM", "SMM"), "cm-smm.fr.txt"),
        (("content-strategist", "social-media-manager", "content-creator", "--format", "md"), "three.fr.md"),
        (("digital-content-producer", "content-strategist", "copywriter", "--lang", "en"), "dcp-cs-cw.en.txt"),
        (("cm", "content-manager", "--format", "json", "--section", "skills", "--section", "kpis"), "cm-content.json"),
        (("--all",), "all.txt"),
    ],
)
def test_compare_golden(run, golden, args, name) -> None:
    result = run("compare", "--roles", str(REAL_KB), *args)
    assert result.exit_code == 0, result.stderr
    golden(f"compare/{name}", result.stdout)


def test_compare_text_fits_80_columns_without_colours(run) -> None:
    for lang in ("fr", "en"):
        out = run("compare", "--roles", str(REAL_KB), "cm", "smm", "content-manager", "--lang", lang).stdout
        assert max(len(line) for line in out.splitlines()) <= 80
        assert "\x1b[" not in out


def test_compare_json_shape(run) -> None:
    data = json.loads(run("compare", "--roles", str(REAL_KB), "cm", "smm", "--format", "json").stdout)
    assert [r["id"] for r in data["roles"]] == ["community-manager", "social-media-manager"]
    assert [s["name"] for s in data["sections"]] == [
        "responsibilities", "skills", "backgrounds", "daily_activities", "collaborations", "kpis", "reporting",
        "level", "found_in"]
    skills = data["sections"][1]
    for item in skills["shared"]:
        assert set(item["notes"]) == {"community-manager", "social-media-manager"}
    assert data["overlaps"][0]["a"] == "community-manager"
    assert {d["role"] for d in data["distinctions"]} <= {"community-manager", "social-media-manager"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("cm",), "compare takes two or three roles, got 1\n"),
        (("cm", "smm", "copywriter", "traffic-manager"), "compare takes two or three roles, got 4\n"),
        (("cm", "community-manager"), "the same role is named twice: cm (community-manager),"
                                      " community-manager (community-manager)\n"),
        (("cm", "comunity-managr"), "unknown role 'comunity-managr' (did you mean 'community-manager'?);"
                                    " 'rolegen list' shows them all\n"),
        (("--all", "cm"), "--all compares every role; give no ROLE with it\n"),
    ],
)
def test_compare_usage_errors(run, args, message) -> None:
    result = run("compare", "--roles", str(REAL_KB), *args)
    assert result.exit_code == 2
    assert result.stderr == message


def test_search_accents_and_case(run) -> None:
    def roles_for(*query: str) -> list[str]:
        out = run("search", "--roles", str(REAL_KB), "--format", "json", *query).stdout
        return [hit["role"] for hit in json.loads(out)]

    assert roles_for("referencement") == roles_for("RÉFÉRENCEMENT")
    kb = load(REAL_KB)
    need_seo = {r.id for r in kb.roles.values() if any("seo" in s.skill for s in r.skills)}
    assert need_seo and need_seo <= set(roles_for("seo"))
    assert roles_for("CM")[0] == "community-manager"
    assert roles_for("zzzz-nothing") == []


def test_search_golden(run, golden) -> None:
    golden("search/seo.txt", run("search", "--roles", str(REAL_KB), "seo").stdout)


def test_related_golden(run, golden) -> None:
    golden("related/cm.fr.txt", run("related", "--roles", str(REAL_KB), "cm").stdout)
    golden("related/dm.en.json", run("related", "--roles", str(REAL_KB), "digital-manager", "--format", "json").stdout)


def test_the_manual_shows_the_real_compare(run) -> None:
    readme = (REAL_KB.parent / "docs" / "how-to" / "compare-roles.md").read_text(encoding="utf-8")
    block = re.search(r"\$ rolegen compare community-manager social-media-manager\n(.*?)```", readme, re.S)
    assert block, "docs/how-to/compare-roles.md must show `$ rolegen compare community-manager social-media-manager`"
    assert block.group(1) == run("compare", "--roles", str(REAL_KB), "community-manager", "social-media-manager").stdout


def test_search_plural_query_words_find_singular_words() -> None:
    from rolegen.compare.search import forms, search

    assert forms("gestionnaires") == ("gestionnaires", "gestionnaire")
    assert forms("reseaux") == ("reseaux", "reseau", "reseal")
    assert forms("seo") == ("seo",)
    kb = load(REAL_KB)
    singular = [h.role for h in search(kb, "gestionnaire", "fr")]
    assert singular and [h.role for h in search(kb, "gestionnaires", "fr")] == singular
    assert [h.role for h in search(kb, "stratege", "fr")][0] == "content-strategist"
