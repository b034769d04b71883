"""The knowledge base as plain, stable JSON data, for other tools and later checks.

Format (``format: rolegen-kb``, ``version: 2``): an object with ``roles`` (a list
sorted by id, each role as in its YAML file, optional fields left out when
empty) and one list per vocabulary (``families``, ``skills``, ``kpis``,
``backgrounds``, ``teams``, ``glossary``, ``seniority``, ``sources``), each sorted by id
except ``seniority``, kept from least to most experienced. Keys are sorted,
so the same knowledge base always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import ORDERED_VOCABULARIES, VOCABULARIES, Model

FORMAT_VERSION = 2
"""2: roles cite sources by id (the list `sources`), and statements carry `basis`."""


def dump_model(model: Model) -> dict[str, Any]:
    """One model as JSON-ready data, with field aliases (``with``) and no empty optional fields."""
    return model.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=True)


def kb_data(kb: KnowledgeBase) -> dict[str, Any]:
    """The whole knowledge base as JSON-ready data."""
    data: dict[str, Any] = {"format": "rolegen-kb", "version": FORMAT_VERSION}
    data["roles"] = [dump_model(role) for _, role in sorted(kb.roles.items())]
    for kind in VOCABULARIES:
        entries = kb.vocabulary(kind)
        ordered = entries.values() if kind in ORDERED_VOCABULARIES else (entries[k] for k in sorted(entries))
        data[kind] = [dump_model(entry) for entry in ordered]
    return data


def to_json(data: Any) -> str:
    """Stable JSON text: sorted keys, two-space indent, UTF-8 kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
