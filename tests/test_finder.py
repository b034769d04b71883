"""The role finder's index: the same fields, weights, word lists and folding as `rolegen search`.

That the finder's script ranks exactly as the command does is tested in test_job_titles.py, by running it.
"""

from __future__ import annotations

from pathlib import Path

from rolegen import load
from rolegen.compare.search import LEVEL_WORDS, NOISE, STOPWORDS, WEIGHTS
from rolegen.site.context import make_guide
from rolegen.site.finder import finder_index, kinds
from rolegen.site.words import site_words

ROOT = Path(__file__).resolve().parent.parent
KB = load(ROOT / "roles")


def test_the_index_has_every_role_and_kind() -> None:
    index = finder_index(make_guide(KB), "fr", site_words("fr"))
    assert [r["id"] for r in index["roles"]] == [r.id for r in make_guide(KB).ordered_roles()]
    assert set(index["weights"]) == set(WEIGHTS) == set(kinds())
    assert index["kinds"]["skill (essential)"] == "compétence essentielle"
    cm = next(r for r in index["roles"] if r["id"] == "community-manager")
    assert ["title", "Community manager", "community manager"] in cm["fields"]
    assert cm["url"] == "roles/community-manager/" and cm["found_in"] == list(KB.roles["community-manager"].found_in)


def test_the_index_carries_the_word_lists_of_the_command() -> None:
    words = finder_index(make_guide(KB), "en", site_words("en"))["words"]
    assert set(words["noise"]) == NOISE and set(words["stop"]) == STOPWORDS and words["levels"] == LEVEL_WORDS
    assert words["level_labels"]["junior"] == KB.seniority["junior"].label.en
    cm = next(r for r in finder_index(make_guide(KB), "en", site_words("en"))["roles"] if r["id"] == "community-manager")
    assert ["market title", "Chargé de communication digitale", "charge de communication digitale"] in cm["fields"]
