"""Each role page's schema.org Occupation JSON-LD, checked against the schema.org vocabulary.

The vocabulary is tests/fixtures/schemaorg/schemaorg-subset.jsonld, cut from the
schema.org release by tests/fixtures/schemaorg/make_subset.py (see its docstring).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rolegen import load
from rolegen.site.build import Options
from rolegen.site.generate import generate
from rolegen.site.occupation import occupation

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = ROOT / "tests" / "fixtures" / "schemaorg" / "schemaorg-subset.jsonld"
KB = load(ROOT / "roles")


class Vocabulary:
    """Classes with their supertypes, properties with their domains and ranges."""

    def __init__(self, path: Path):
        graph = json.loads(path.read_text(encoding="utf-8"))["@graph"]
        ids = lambda value: [v["@id"].removeprefix("schema:")  # noqa: E731
                             for v in (value if isinstance(value, list) else [value] if value else [])]
        self.parents = {n["@id"].removeprefix("schema:"): ids(n.get("rdfs:subClassOf")) for n in graph
                        if "rdf:Property" not in (n["@type"] if isinstance(n["@type"], list) else [n["@type"]])}
        self.properties = {n["@id"].removeprefix("schema:"): (set(ids(n.get("schema:domainIncludes"))),
                                                               set(ids(n.get("schema:rangeIncludes"))))
                           for n in graph if n["@type"] == "rdf:Property"}

    def ancestors(self, name: str) -> set[str]:
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo += self.parents.get(current, [])
        return seen

    def problems(self, node: dict, where: str = "") -> list[str]:
        """What in ``node`` the vocabulary does not allow; empty when it is valid."""
        kind = node.get("@type")
        if kind not in self.parents:
            return [f"{where}@type: unknown type {kind!r}"]
        found = []
        types = self.ancestors(kind)
        for key, value in node.items():
            if key.startswith("@"):
                continue
            if key not in self.properties:
                found.append(f"{where}{key}: not a schema.org property")
                continue
            domain, ranges = self.properties[key]
            if not domain & types:
                found.append(f"{where}{key}: not a property of {kind}")
            for i, item in enumerate(value if isinstance(value, list) else [value]):
                found += self._value(item, ranges, f"{where}{key}[{i}].")
        return found

    def _value(self, item, ranges: set[str], where: str) -> list[str]:
        if isinstance(item, dict):
            if not self.ancestors(item.get("@type", "")) & ranges:
                return [f"{where}@type: {item.get('@type')!r} is not one of {sorted(ranges)}"]
            return self.problems(item, where)
        if isinstance(item, bool):
            accepted = {"Boolean"}
        elif isinstance(item, (int, float)):
            accepted = {"Number", "Integer", "Float"}
        elif isinstance(item, str):
            accepted = {"Text", "URL"} if re.match(r"https?://", item) else {"Text"}
        else:
            return [f"{where}: unexpected value {item!r}"]
        return [] if accepted & ranges else [f"{where}: {type(item).__name__} is not one of {sorted(ranges)}"]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(VOCABULARY)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("role_id", sorted(KB.roles))
def test_every_role_is_a_valid_occupation(vocabulary: Vocabulary, role_id: str, lang: str) -> None:
    data = occupation(KB, KB.roles[role_id], lang)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Occupation"
    assert vocabulary.problems(data) == []
    role = KB.roles[role_id]
    assert data["name"] == role.title[lang]
    assert [s["termCode"] for s in data["skills"]] == [s.skill for s in role.skills]
    assert len(data.get("experienceRequirements", [])) == len(role.seniority)


def test_codes_become_category_codes() -> None:
    data = occupation(KB, KB.roles["community-manager"], "en")
    assert data["occupationalCategory"] == [
        {"@type": "CategoryCode", "codeValue": "2432", "inCodeSet": {"@type": "CategoryCodeSet", "name": "ISCO-08"}},
        {"@type": "CategoryCode", "codeValue": "E1101", "inCodeSet": {"@type": "CategoryCodeSet", "name": "ROME 4.0"}},
    ]
    assert data["sameAs"] == "http://data.europa.eu/esco/occupation/137b1d11-c4bc-4016-89ba-45345d4c71f0"


def test_the_checker_rejects_what_schema_org_does_not_allow(vocabulary: Vocabulary) -> None:
    bad = {"@type": "Occupation", "name": "x", "salary": 3, "skills": [{"@type": "Place", "name": "y"}],
           "occupationalCategory": {"@type": "CategoryCode", "codeValue": 2432, "inCodeSet": "ISCO"},
           "datePosted": "2024-01-01"}
    assert vocabulary.problems(bad) == [
        "salary: not a schema.org property",
        "skills[0].@type: 'Place' is not one of ['DefinedTerm', 'Text']",
        "occupationalCategory[0].codeValue[0].: int is not one of ['Text']",
        "occupationalCategory[0].inCodeSet[0].: str is not one of ['CategoryCodeSet', 'URL']",
        "datePosted: not a schema.org property",
    ]


def test_role_pages_carry_their_occupation(tmp_path: Path) -> None:
    options = Options(roles=ROOT / "roles", config=ROOT / "mkdocs.yml", templates=ROOT / "templates",
                      work=tmp_path / "build", site=tmp_path / "site", company=None)
    generated = generate(KB, options, with_downloads=False)
    for lang, tree in generated.trees.items():
        for role_id, role in KB.roles.items():
            page = tree[f"docs/roles/{role_id}.md"]
            scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page)
            assert len(scripts) == 1, (lang, role_id)
            assert "<" not in scripts[0]
            assert json.loads(scripts[0]) == json.loads(json.dumps(occupation(KB, role, lang)))
