"""Find a role by the title on the job board: real job-ad titles rank the role they name first.

The titles and their sources are in tests/fixtures/job-titles.yml. The same titles go through `rolegen search`
(the library and the command) and through the guide's finder: its script (templates/site/assets/rolegen.js) runs
in Node on the finder's index, and must rank the roles exactly as the command does.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from rolegen import load
from rolegen.compare.search import find
from rolegen.site.context import make_guide
from rolegen.site.finder import finder_index
from rolegen.site.words import site_words

ROOT = Path(__file__).resolve().parent.parent
KB = load(ROOT / "roles")
TITLES = yaml.safe_load((ROOT / "tests" / "fixtures" / "job-titles.yml").read_text(encoding="utf-8"))
SCRIPT = ROOT / "templates" / "site" / "assets" / "rolegen.js"
OTHER_QUERIES = ["chef de projet digital", "chef de projet", "growth hacker", "chargé de communication digitale",
                 "community manager junior", "comunity manger", "xyzzy", "seo", "référencement", "gestionnaires",
                 "taux clics", "stratege", "Community manager senior H/F"]
RUNNER = """
const fs = require("fs"), vm = require("vm");
const [script, index, queries] = process.argv.slice(1).map((p, i) => i ? JSON.parse(fs.readFileSync(p, "utf8")) : p);
const noop = () => {};
const window = {};
const context = vm.createContext({ window, document: { readyState: "loading", addEventListener: noop },
                                   location: {}, history: {}, URLSearchParams, console });
vm.runInContext(fs.readFileSync(script, "utf8"), context);
const out = queries.map(q => { const r = window.rolegenFinder.rank(index, q);
  return { hits: r.hits.map(h => [h.role.id, h.score]), exact: r.exact, ignored: r.ignored, level: r.level }; });
process.stdout.write(JSON.stringify(out));
"""


def test_the_titles_are_real_and_sourced() -> None:
    assert len(TITLES) >= 40
    assert len({t["title"] for t in TITLES}) == len(TITLES)
    assert all(t["source"].strip() and t["role"] in KB.roles for t in TITLES)
    assert len({t["role"] for t in TITLES}) >= 9  # every role but one has titles from real ads


@pytest.mark.parametrize("entry", TITLES, ids=[t["title"] for t in TITLES])
def test_rolegen_search_ranks_the_named_role_first(entry: dict) -> None:
    result = find(KB, entry["title"])
    assert result.hits and result.hits[0].role == entry["role"], [(h.role, h.score) for h in result.hits[:3]]


def test_the_command_ranks_it_first_too(run) -> None:
    for entry in TITLES[:5] + TITLES[-5:]:
        out = run("search", "--roles", str(ROOT / "roles"), entry["title"])
        assert out.exit_code == 0 and out.stdout.startswith(entry["role"] + "  ("), (entry, out.stdout)


def test_a_query_that_matches_nothing_suggests_the_closest_roles(run) -> None:
    result = find(KB, "comunity manger")
    assert not result.exact and result.hits[0].role == "community-manager"
    assert result.ignored == ["comunity", "manger"]
    out = run("search", "--roles", str(ROOT / "roles"), "comunity", "manger")
    assert out.stderr.splitlines() == ["ignored (no role uses them): comunity, manger",
                                       "no role matches every word of 'comunity manger'; closest roles:"]
    assert out.stdout.startswith("community-manager  (")
    assert find(KB, "Community manager junior H/F").level == "junior"


def _node(index: dict, queries: list[str], tmp_path: Path) -> list[dict]:
    (tmp_path / "index.json").write_text(json.dumps(index), encoding="utf-8")
    (tmp_path / "queries.json").write_text(json.dumps(queries), encoding="utf-8")
    done = subprocess.run(["node", "-e", RUNNER, str(SCRIPT), str(tmp_path / "index.json"),
                           str(tmp_path / "queries.json")], capture_output=True, text=True, check=True, timeout=120)
    return json.loads(done.stdout)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_finder_ranks_as_the_command_does(lang: str, tmp_path: Path) -> None:
    index = finder_index(make_guide(KB), lang, site_words(lang))
    queries = [t["title"] for t in TITLES] + OTHER_QUERIES
    for query, shown in zip(queries, _node(index, queries, tmp_path)):
        result = find(KB, query, lang)
        expected = {"hits": [[h.role, h.score] for h in result.hits], "exact": result.exact,
                    "ignored": result.ignored, "level": result.level}
        assert shown == expected, query


def test_the_french_finder_ranks_the_named_role_first(tmp_path: Path) -> None:
    index = finder_index(make_guide(KB), "fr", site_words("fr"))
    shown = _node(index, [t["title"] for t in TITLES], tmp_path)
    assert [s["hits"][0][0] if s["hits"] else None for s in shown] == [t["role"] for t in TITLES]
