"""The role finder's index: the same fields, weights and folding as `rolegen search`."""

from __future__ import annotations

from pathlib import Path

from rolegen import load
from rolegen.compare.search import WEIGHTS, forms, search
from rolegen.site.context import make_guide
from rolegen.site.finder import KINDS, finder_index
from rolegen.site.words import site_words

ROOT = Path(__file__).resolve().parent.parent
KB = load(ROOT / "roles")


def _find(index: dict, query: str) -> list[str]:
    """The finder script's matching, written again in Python: what the page must show for ``query``."""
    from rolegen.textutil import fold

    words = fold(query).split()
    hits = []
    for role in index["roles"]:
        best = dict.fromkeys(words, 0)
        places = set()
        for kind, text, folded in role["fields"]:
            tokens = folded.split()
            found = [w for w in words if any(t.startswith(f) for f in forms(w) for t in tokens)]
            for w in found:
                best[w] = max(best[w], index["weights"][kind])
            if found:
                places.add((kind, text))
        if all(best.values()):
            hits.append((-sum(best.values()), -len(places), role["id"]))
    return [rid for *_, rid in sorted(hits)]


def test_the_index_has_every_role_and_kind() -> None:
    index = finder_index(make_guide(KB), "fr", site_words("fr"))
    assert [r["id"] for r in index["roles"]] == [r.id for r in make_guide(KB).ordered_roles()]
    assert set(index["weights"]) == set(WEIGHTS) == set(KINDS)
    assert index["kinds"]["skill (essential)"] == "compétence essentielle"
    cm = next(r for r in index["roles"] if r["id"] == "community-manager")
    assert ["title", "Community manager", "community manager"] in cm["fields"]
    assert cm["url"] == "roles/community-manager/" and cm["found_in"] == list(KB.roles["community-manager"].found_in)


def test_the_finder_finds_what_rolegen_search_finds() -> None:
    for lang in ("fr", "en"):
        index = finder_index(make_guide(KB), lang, site_words(lang))
        for query in ("referencement", "référencement", "SEO", "stratege", "gestionnaires", "community", "taux clics"):
            assert _find(index, query) == [h.role for h in search(KB, query, lang)], (lang, query)
    index = finder_index(make_guide(KB), "fr", site_words("fr"))
    need_seo = {rid for rid, r in KB.roles.items() if any(s.skill == "seo" for s in r.skills)}
    for query in ("referencement", "référencement", "SEO"):
        assert need_seo <= set(_find(index, query)), query
