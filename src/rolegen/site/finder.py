"""The role finder's index: what ``rolegen search`` looks in, folded once at build time.

The finder page's script only folds the query and compares word starts, with
the same weights and plural rule as :mod:`rolegen.compare.search`, so that it
finds what the command finds for one language.
"""

from __future__ import annotations

from typing import Any

from rolegen.compare.search import LEVEL_WORDS, NAME_BONUS, NAME_KINDS, NOISE, STOPWORDS, SUGGESTIONS, _fields
from rolegen.knowledge.sections import registry
from rolegen.site.context import Guide
from rolegen.textutil import fold

def kinds() -> dict[str, tuple[str, str]]:
    """How each kind of field is named in the results, in French and English (declared on the role model)."""
    return registry().kind_names()


def finder_index(guide: Guide, lang: str, w: dict[str, str]) -> dict[str, Any]:
    """The finder's JSON: each role's fields as (kind, text, folded text), the filters' choices and the word lists
    the matching drops (contract, gender, small and seniority words)."""
    kb = guide.kb
    index = 0 if lang == "fr" else 1
    roles = []
    for role in guide.ordered_roles():
        fields = [[kind, _shown(text), fold(text)] for kind, _, text in _fields(kb, role, (lang,))]
        roles.append({"id": role.id, "title": role.title[lang], "url": f"roles/{role.id}/", "family": role.family,
                      "level": role.level, "found_in": list(role.found_in), "fields": fields})
    places = sorted({place for role in kb.roles.values() for place in role.found_in})
    levels = {level: kb.seniority[level].label[lang] if level in kb.seniority else level
              for level in sorted(set(LEVEL_WORDS.values()))}
    return {
        "lang": lang,
        "weights": registry().searched(),
        "words": {"noise": sorted(NOISE), "stop": sorted(STOPWORDS), "levels": LEVEL_WORDS, "names": list(NAME_KINDS),
                  "name_bonus": NAME_BONUS, "suggestions": SUGGESTIONS, "level_labels": levels},
        "kinds": {kind: names[index] for kind, names in kinds().items()},
        "roles": roles,
        "families": {fid: kb.families[fid].label[lang] for fid in guide.families},
        "levels": {level: w[level] for level in dict.fromkeys(r.level for r in guide.ordered_roles())},
        "places": {place: w[place] for place in places},
        "labels": {key: w[key] for key in ("all", "matched_in", "no_match", "results_count", "result_one",
                                              "type_to_search", "closest_roles_suggested", "all_roles_suggested",
                                              "ignored_words", "level_named")}
                  | ({"colon": "\u00a0: ", "open": "«\u00a0", "close": "\u00a0»", "separator": "\u00a0; "} if lang == "fr"
                     else {"colon": ": ", "open": "“", "close": "”", "separator": "; "}),
    }


SHOWN = 90
"""Longest text a result shows of where it matched; the index keeps no more of it (the folded text is whole)."""


def _shown(text: str) -> str:
    head = " ".join(text[:4 * SHOWN].split())  # the start is enough to cut, unless it is mostly spaces
    if len(head) <= SHOWN:
        head = " ".join(text.split())
    return head if len(head) <= SHOWN else head[:SHOWN - 2].rstrip() + " …"
