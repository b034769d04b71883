"""JSON Schemas of the files rolegen reads, for editors and outside checks.

VS Code's YAML extension (and any editor speaking the YAML language server)
validates and completes a role file that starts with::

    # yaml-language-server: $schema=../schema/role.schema.json
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from rolegen.knowledge.company import Company
from rolegen.knowledge import model
from rolegen.knowledge.model import VOCABULARIES

KINDS = ("role", "company", "opening", *VOCABULARIES)
"""Every kind of file with a schema: role, company, opening and the vocabularies."""


def schema(kind: str = "role") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one kind of file."""
    if kind == "role":
        result = model.Role.model_json_schema(by_alias=True)
    elif kind == "company":
        result = Company.model_json_schema(by_alias=True)
    elif kind == "opening":
        from rolegen.postings.model import Opening

        result = Opening.model_json_schema(by_alias=True)
    else:
        result = TypeAdapter(list[VOCABULARIES[kind]]).json_schema(by_alias=True)
        result["title"] = f"rolegen {kind} vocabulary"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{kind}.schema.json", **result}


# Where a file names an id of the knowledge base: kind of file -> JSON pointer parts from the schema's root -> kinds
# of ids. A place the schema does not have (a field of a later version) is skipped.
_ID_PLACES: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {"role": {
    ("$defs", "SkillNeed", "properties", "skill"): ("skills",),
    ("properties", "family"): ("families",),
    ("properties", "backgrounds", "items"): ("backgrounds",),
    ("properties", "kpis", "items"): ("kpis",),
    ("properties", "reports_to", "items"): ("roles",),
    ("properties", "manages", "items"): ("roles",),
    ("$defs", "Collaboration", "properties", "with"): ("roles", "teams"),
    ("$defs", "Distinction", "properties", "role"): ("roles",),
    ("$defs", "RoleLevel", "properties", "level"): ("seniority",),
    ("$defs", "RoleLevel", "properties", "skills", "items"): ("skills",),
    ("$defs", "RoleLevel", "properties", "kpis", "items"): ("kpis",),
}, "opening": {
    ("properties", "role"): ("roles",),
    ("properties", "seniority"): ("seniority",),
}}


def kb_schema(kind: str, kb=None) -> dict[str, Any]:
    """The schema of ``kind`` whose id fields are enums of ``kb``'s ids (``rolegen schema --kb``).

    An editor then completes ``skill: ...`` with the skills of this knowledge
    base and flags an unknown one while typing. Without ``kb`` (or for a
    kind with no such field), the plain schema.
    """
    result = schema(kind)
    if kb is None:
        return result
    for place, kinds in _ID_PLACES.get(kind, {}).items():
        node: Any = result
        for part in place:
            node = node.get(part) if isinstance(node, dict) else None
        ids = sorted({i for k in kinds for i in _ids(kb, k)})
        if isinstance(node, dict) and ids:
            node["enum"] = ids
    return result


def _ids(kb, kind: str) -> list[str]:
    if kind == "roles":
        return list(kb.roles)
    try:
        return list(kb.vocabulary(kind))
    except (KeyError, AttributeError):  # a vocabulary this version does not have
        return []
