"""JSON Schemas of the files rolegen reads, for editors and outside checks.

VS Code's YAML extension (and any editor speaking the YAML language server)
validates and completes a role file that starts with::

    # yaml-language-server: $schema=../schema/role.schema.json
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from rolegen.knowledge.company import Company
from rolegen.knowledge.model import VOCABULARIES, Role

KINDS = ("role", "company", "opening", *VOCABULARIES)
"""Every kind of file with a schema: role, company, opening and the vocabularies."""


def schema(kind: str = "role") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one kind of file."""
    if kind == "role":
        result = Role.model_json_schema(by_alias=True)
    elif kind == "company":
        result = Company.model_json_schema(by_alias=True)
    elif kind == "opening":
        from rolegen.openings.model import Opening

        result = Opening.model_json_schema(by_alias=True)
    else:
        result = TypeAdapter(list[VOCABULARIES[kind]]).json_schema(by_alias=True)
        result["title"] = f"rolegen {kind} vocabulary"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{kind}.schema.json", **result}
