"""Every property of the openings' JSON-LD is schema.org's, on a type it belongs to, with a value it accepts;
Google's required and recommended properties are there.

The vocabulary is tests/fixtures/schemaorg/schemaorg-trimmed.jsonld, cut from schema.org's release 30.0 by
tests/fixtures/schemaorg/trim.py (regenerate it after adding a property).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from rolegen import load
from rolegen.postings import load_openings
from rolegen.postings import render_opening
from rolegen.postings.rules import jobposting_problems

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = Path(__file__).resolve().parent / "fixtures" / "schemaorg" / "schemaorg-trimmed.jsonld"
# Google Search Central, "Job posting (JobPosting) structured data", required and recommended properties.
GOOGLE_REQUIRED = ("title", "description", "datePosted", "hiringOrganization")
GOOGLE_RECOMMENDED = ("baseSalary", "employmentType", "identifier", "validThrough")
GOOGLE_REMOTE = ("jobLocationType", "applicantLocationRequirements")


class Vocabulary:
    """Types, their parents, and each property's domains and ranges."""

    def __init__(self, path: Path) -> None:
        graph = json.loads(path.read_text(encoding="utf-8"))["@graph"]
        ids = lambda v: [x["@id"].removeprefix("schema:") for x in (v if isinstance(v, list) else [v] if v else [])]  # noqa: E731
        self.parents = {n["@id"].removeprefix("schema:"): ids(n.get("rdfs:subClassOf")) for n in graph
                        if "rdfs:Class" in _types(n)}
        self.domains = {n["@id"].removeprefix("schema:"): ids(n.get("schema:domainIncludes")) for n in graph
                        if "rdf:Property" in _types(n)}
        self.ranges = {n["@id"].removeprefix("schema:"): ids(n.get("schema:rangeIncludes")) for n in graph
                       if "rdf:Property" in _types(n)}

    def ancestors(self, kind: str) -> set[str]:
        found, queue = {kind}, [kind]
        while queue:
            for parent in self.parents.get(queue.pop(), []):
                if parent not in found:
                    found.add(parent)
                    queue.append(parent)
        return found

    def problems(self, node: dict, where: str = "") -> list[str]:
        kind = node.get("@type", "")
        if kind not in self.parents:
            return [f"{where}: unknown type {kind}"]
        found = []
        for key, value in node.items():
            if key.startswith("@"):
                continue
            if key not in self.domains:
                found.append(f"{where}.{key}: not a schema.org property")
            elif not self.ancestors(kind) & set(self.domains[key]):
                found.append(f"{where}.{key}: not a property of {kind}")
            else:
                for i, item in enumerate(value if isinstance(value, list) else [value]):
                    found += self._value(key, item, f"{where}.{key}[{i}]")
        return found

    def _value(self, key: str, value, where: str) -> list[str]:
        ranges = set(self.ranges[key])
        if isinstance(value, dict):
            if not self.ancestors(value.get("@type", "")) & ranges:
                return [f"{where}: {value.get('@type')} is not in the range of {key} ({sorted(ranges)})"]
            return self.problems(value, where)
        accepted = _data_types(value)
        return [] if accepted & ranges else [f"{where}: {value!r} is not in the range of {key} ({sorted(ranges)})"]


def _types(node: dict) -> list[str]:
    kinds = node.get("@type", [])
    return kinds if isinstance(kinds, list) else [kinds]


def _data_types(value) -> set[str]:
    """The schema.org data types a JSON value can stand for."""
    if isinstance(value, bool):
        return {"Boolean"}
    if isinstance(value, int):
        return {"Integer", "Number"}
    if isinstance(value, float):
        return {"Number", "Float"}
    kinds = {"Text"}
    if re.fullmatch(r"https?://\S+", value):
        kinds.add("URL")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        dt.date.fromisoformat(value)
        kinds.add("Date")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)", value):
        dt.datetime.fromisoformat(value)
        kinds.add("DateTime")
    return kinds


@pytest.fixture(scope="module")
def postings():
    kb = load(ROOT / "roles")
    vacancies = load_openings(ROOT / "examples" / "openings", kb)
    return {(v.id, lang): json.loads(render_opening(kb, v, lang).output("jsonld"))
            for v in vacancies for lang in ("fr", "en")}


def test_the_validator_catches_what_schema_org_refuses() -> None:
    vocabulary = Vocabulary(VOCABULARY)
    bad = {"@type": "JobPosting", "salary": 3, "title": {"@type": "Place"}, "datePosted": 20261123,
           "hiringOrganization": {"@type": "Organization", "monthsOfExperience": 3}}
    assert vocabulary.problems(bad, "JobPosting") == [
        "JobPosting.salary: not a schema.org property",
        "JobPosting.title[0]: Place is not in the range of title (['Text'])",
        "JobPosting.datePosted[0]: 20261123 is not in the range of datePosted (['Date', 'DateTime'])",
        "JobPosting.hiringOrganization[0].monthsOfExperience: not a property of Organization",
    ]


def test_every_property_is_schema_org_with_a_value_it_accepts(postings) -> None:
    vocabulary = Vocabulary(VOCABULARY)
    for (name, lang), data in postings.items():
        assert data["@context"] == "https://schema.org/"
        assert vocabulary.problems(data, f"{name}.{lang}") == []


def test_google_required_and_recommended_properties_are_there(postings) -> None:
    for (name, lang), data in postings.items():
        assert [key for key in GOOGLE_REQUIRED + GOOGLE_RECOMMENDED if not data.get(key)] == [], name
        remote = data.get("jobLocationType") == "TELECOMMUTE"
        assert bool(data.get("jobLocation")) != remote
        assert all(key in data for key in GOOGLE_REMOTE) == remote
        assert jobposting_problems(data) == []


def test_codes_experience_and_education(postings) -> None:
    cm = postings["community-manager-lyon", "en"]
    assert cm["occupationalCategory"] == [
        {"@type": "CategoryCode", "codeValue": "2432", "name": "Public relations professionals",
         "inCodeSet": {"@type": "CategoryCodeSet", "name": "ISCO-08"}},
        {"@type": "CategoryCode", "codeValue": "E1101", "name": "Animation de site multimédia",
         "inCodeSet": {"@type": "CategoryCodeSet", "name": "ROME 4.0"}},
    ]
    assert cm["experienceRequirements"] == {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 24}
    assert "educationRequirements" not in cm
    tm = postings["traffic-manager-remote", "fr"]
    assert "occupationalCategory" not in tm  # the role has no verified code
    assert tm["experienceRequirements"]["monthsOfExperience"] == 0
    assert tm["educationRequirements"] == {"@type": "EducationalOccupationalCredential",
                                           "credentialCategory": "associate degree"}
