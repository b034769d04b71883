"""The guide's comparison pages and data, from the same code as ``rolegen compare``.

:func:`rolegen.compare.engine.compare` gives what roles share and what is specific to
each; :func:`rolegen.compare.overlap.overlap` gives how much two roles share. This
module only lays their results out as pages: the comparisons the sources make
(listed in ``templates/site/comparisons.yml``), the overlap matrix, and the
JSON file the role picker reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from rolegen.compare.engine import compare
from rolegen.errors import DataError, Problem
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.loader import shown_path
from rolegen.knowledge.sections import registry
from rolegen.compare.overlap import FORMULA, overlap
from rolegen.site.context import Guide
from rolegen.site.escape import Md, inline
from rolegen.site.heatmap import heatmap
from rolegen.site.links import PageLinks
from rolegen.site.tables import bullets, md_table

ALL_PAIRS_UP_TO = 60
"""Up to this many roles, the picker knows the overlap of every pair; beyond, of pairs in the same group."""
_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-")


def read_sources(path: Path) -> list[dict[str, Any]]:
    """The comparisons listed in ``comparisons.yml`` (an empty list when the file is absent)."""
    if not path.is_file():
        return []
    shown = shown_path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise DataError([Problem(shown, line, col, "", f"YAML error: {getattr(exc, 'problem', exc)}")]) from None
    problems = []
    if not isinstance(data, list):
        data, problems = [], [Problem(shown, 1, 1, "", "expected a list of comparisons")]
    for i, entry in enumerate(data):
        ok = (isinstance(entry, dict) and isinstance(entry.get("id"), str) and set(entry["id"]) <= _ID_CHARS
              and isinstance(entry.get("source"), str) and isinstance(entry.get("roles"), list)
              and 2 <= len(entry["roles"]) <= 3 and all(isinstance(r, str) for r in entry["roles"]))
        if not ok:
            problems.append(Problem(shown, 1, 1, f"[{i}]", "expected id (lower-case, digits, hyphens), "
                                                           "source (an id of sources.yml, or text) and roles (two or three role ids)"))
    if problems:
        raise DataError(problems)
    return data


class Comparisons:
    """The comparison data of one knowledge base, for both languages."""

    def __init__(self, kb: KnowledgeBase, sources: list[dict[str, Any]]):
        self.kb = kb
        self.listed = [s for s in sources if all(r in kb.roles for r in s["roles"])]
        self.skipped = [s["id"] for s in sources if s not in self.listed]
        self._scores: dict[tuple[str, str], float] = {}
        self._group_of: dict[str, list[str]] | None = None

    def score(self, a: str, b: str) -> float:
        """The overlap of two roles, computed once for both languages and every page."""
        key = (a, b) if a < b else (b, a)
        if key not in self._scores:
            self._scores[key] = overlap(self.kb, *key)
        return self._scores[key]

    def sources(self, lang: str) -> list[dict[str, Any]]:
        """(id, title) of the comparisons shown, titles in ``lang``."""
        joiner = " face à " if lang == "fr" else " vs "
        return [{"id": s["id"], "title": joiner.join(self.kb.roles[r].title[lang] for r in s["roles"])}
                for s in self.listed]

    def page(self, source_id: str, p: PageLinks, w: dict[str, str]) -> dict[str, Any]:
        """What the page of one source comparison shows, ready for its template."""
        source = next(s for s in self.listed if s["id"] == source_id)
        data = compare(self.kb, source["roles"], p.lang)
        ids = source["roles"]
        return {
            "id": source_id,
            "title": next(s["title"] for s in self.sources(p.lang) if s["id"] == source_id),
            "source": self._source_name(source["source"]),
            "roles": [{"id": rid, "link": p.role(rid)} for rid in ids],
            "sections": [_section(section, ids, p) for section in data["sections"]],
            "pairs": [{"first": p.role(o["a"]), "second": p.role(o["b"]), "percent": f"{o['percent']} %"}
                      for o in data["overlaps"]],
            "distinctions": [{"first": p.role(d["role"]), "second": p.role(d["other"]), "why": inline(d["why"])}
                             for d in data["distinctions"]],
        }

    def _source_name(self, source: str) -> str:
        """A source id of sources.yml as "Title (Publisher, year)"; any other text as it is."""
        cited = self.kb.sources.get(source)
        if cited is None:
            return source
        extra = ", ".join(str(part) for part in (cited.publisher, cited.year) if part)
        return f"{cited.title} ({extra})" if extra else cited.title

    def overlap_groups(self, guide: Guide, p: PageLinks, w: dict[str, str]) -> list[dict[str, Any]]:
        """One heat map per group of roles: the overlap of each pair, in percent."""
        return [{"roles": ids, "table": heatmap(ids, self.score, p, w)} for ids in guide.groups]

    def closest(self, role_id: str, limit: int = 3, guide: Guide | None = None) -> list[tuple[str, float]]:
        """The ``limit`` roles closest to ``role_id`` by overlap (ties by id), from the cached scores.

        Up to ALL_PAIRS_UP_TO roles, every other role is a candidate; beyond,
        the role's group and its reporting line are (as for the picker's
        overlaps), so that the pages stay linear in the number of roles.
        """
        others = self._candidates(role_id, guide)
        scored = [(other, self.score(role_id, other)) for other in others]
        scored.sort(key=lambda item: (-round(item[1], 12), item[0]))
        return scored[:limit]

    def _candidates(self, role_id: str, guide: Guide | None) -> list[str]:
        if guide is None or len(self.kb.roles) <= ALL_PAIRS_UP_TO:
            return [other for other in self.kb.roles if other != role_id]
        if self._group_of is None:
            self._group_of = {rid: ids for ids in guide.groups for rid in ids}
        role = self.kb.roles[role_id]
        near = set(self._group_of.get(role_id, [])) | set(role.reports_to) | set(role.manages)
        return sorted(other for other in near if other != role_id and other in self.kb.roles)

    def warm(self, guide: Guide) -> None:
        """Compute every score the pages need once, before the languages are rendered in two processes."""
        for role in guide.ordered_roles():
            self.closest(role.id, guide=guide)
        self._overlaps(guide)
        for ids in guide.groups:
            for a in ids:
                for b in ids:
                    if a != b:
                        self.score(a, b)

    def formula(self, lang: str) -> str:
        """The measure explained in plain words."""
        return FORMULA[lang]

    def picker_data(self, guide: Guide, lang: str, w: dict[str, str]) -> dict[str, Any]:
        """The role picker's JSON: every role's items per section, and the overlap of pairs."""
        roles = []
        for role in guide.ordered_roles():
            data = compare(self.kb, [role.id], lang)
            sections = {s["name"]: [_picker_item(i, role.id, s["name"]) for i in s["shared"]] for s in data["sections"]}
            distinctions = {d.role: d.why[lang] for d in role.not_to_confuse_with}
            roles.append({"id": role.id, "title": role.title[lang], "url": f"roles/{role.id}/", "sections": sections,
                          "distinctions": distinctions})
        names = [s["name"] for s in compare(self.kb, [roles[0]["id"]], lang)["sections"]] if roles else []
        return {
            "lang": lang,
            "roles": roles,
            "sections": [{"id": name, "label": w[name]} for name in names],
            "overlap": self._overlaps(guide),
            "labels": {key: w[key] for key in ("shared", "specific", "overlap", "none_chosen", "choose_two",
                                               "not_computed", "section", "essential", "optional", "only_in", "shared_all",
                                               "in_short", "no_distinction")}
                      | {"none": w["none_chosen"], "formula": FORMULA[lang], "colon": "\u202f: " if lang == "fr" else ": "},
        }

    def _overlaps(self, guide: Guide) -> dict[str, float]:
        ids = sorted(self.kb.roles)
        pairs = ([ids] if len(ids) <= ALL_PAIRS_UP_TO else [sorted(group) for group in guide.groups])
        scores = {}
        for group in pairs:
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    scores[f"{a}|{b}"] = round(self.score(a, b), 4)
        return scores


def _picker_item(item: dict[str, Any], role_id: str, section: str) -> dict[str, Any]:
    key = None if _statements(section) else item["key"]
    entry = {"key": key, "label": item["label"]}
    note = item.get("notes", {}).get(role_id)
    if note:
        entry["note"] = note
    return entry


def _section(section: dict[str, Any], ids: list[str], p: PageLinks) -> dict[str, Any]:
    """One section of a source comparison: shared items in a line, the rest in a table."""
    name = section["name"]
    label = _labeller(name, p)
    shared = [label(item) for item in section["shared"]]
    if _statements(name):
        row = [bullets([inline(i["label"]) for i in section["specific"][rid]]) for rid in ids]
        table = md_table([p.role(rid) for rid in ids], [row])
    else:
        items = section["shared"] + section["partial"] + [i for rid in ids for i in section["specific"][rid]]
        rows = [[label(item)] + [_mark(item, rid) for rid in ids] for item in items]
        table = md_table([inline(section["label"])] + [p.role(rid) for rid in ids], rows) if rows else Md("")
    return {"label": section["label"], "anchor": name.replace("_", "-"), "shared": shared, "table": table}


def _statements(section: str) -> bool:
    """Whether a section is a list of statements: its items are texts of each role, not shared ids."""
    return registry().get(section).generic


def _labeller(section: str, p: PageLinks):
    links = {"skills": p.skill, "kpis": p.kpi, "collaborations": p.partner}
    link = links.get(section)
    return (lambda item: link(item["key"])) if link else (lambda item: inline(item["label"]))


def _mark(item: dict[str, Any], role_id: str) -> Md:
    if role_id not in item["roles"]:
        return Md("")
    note = item.get("notes", {}).get(role_id)
    return inline(note) if note else Md("✓")
