"""schema.org ``Occupation`` data of a role page, as JSON-LD.

Built as Python data and written with :func:`rolegen.postings.jsonld.dumps`,
which turns ``<``, ``>`` and ``&`` into ``\\u003c`` ... so that no role text
can close the ``<script>`` element it sits in. Only properties the schema.org
vocabulary gives ``Occupation`` (and its value types) are used; the tests check
them against a copy of the vocabulary.
"""

from __future__ import annotations

from typing import Any

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role
from rolegen.postings.jsonld import dumps
from rolegen.site.escape import Md, french_spacing

ISCO_SET = {"@type": "CategoryCodeSet", "name": "ISCO-08"}
ROME_SET = {"@type": "CategoryCodeSet", "name": "ROME 4.0"}


def occupation(kb: KnowledgeBase, role: Role, lang: str) -> dict[str, Any]:
    """The ``Occupation`` of ``role`` in ``lang`` (French text with French spacing, as on the page)."""
    data = _occupation(kb, role, lang)
    return _respace(data) if lang == "fr" else data


def _respace(value: Any) -> Any:
    if isinstance(value, str):
        return french_spacing(value)
    if isinstance(value, list):
        return [_respace(item) for item in value]
    if isinstance(value, dict):
        return {key: value[key] if key.startswith("@") else _respace(item) for key, item in value.items()}
    return value


def _occupation(kb: KnowledgeBase, role: Role, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": role.title[lang],
        "description": role.summary[lang],
    }
    if role.aliases:
        data["alternateName"] = list(role.aliases)
    codes = role.codes
    categories = []
    if codes and codes.isco:
        categories.append({"@type": "CategoryCode", "codeValue": codes.isco, "inCodeSet": ISCO_SET})
    for rome in (codes.rome if codes else []):
        categories.append({"@type": "CategoryCode", "codeValue": rome, "inCodeSet": ROME_SET})
    if categories:
        data["occupationalCategory"] = categories
    if codes and codes.esco:
        data["sameAs"] = codes.esco
    data["skills"] = [{"@type": "DefinedTerm", "name": kb.skills[need.skill].label[lang], "termCode": need.skill}
                      for need in role.skills]
    data["responsibilities"] = [item[lang] for item in role.responsibilities]
    if role.backgrounds:
        data["educationRequirements"] = [kb.backgrounds[b].label[lang] for b in role.backgrounds]
    if role.seniority:
        data["experienceRequirements"] = [_level(kb, entry, lang) for entry in role.seniority]
    return data


def _level(kb: KnowledgeBase, entry, lang: str) -> dict[str, Any]:
    label = kb.seniority[entry.level].label[lang]
    return {"@type": "OccupationalExperienceRequirements", "name": label,
            "monthsOfExperience": entry.experience.min * 12, "description": f"{label}{_COLON[lang]}{entry.scope[lang]}"}


_COLON = {"fr": "\u00a0: ", "en": ": "}


def script(data: dict[str, Any]) -> Md:
    """``data`` in a ``<script type="application/ld+json">`` element, safe whatever its text."""
    return Md(f'<script type="application/ld+json">{dumps(data, indent=None)}</script>\n')
