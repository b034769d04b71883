"""The changes between two knowledge bases, as data: per role, then per vocabulary entry."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.export import kb_data
from rolegen.knowledge.model import LANGS, VOCABULARIES

ITEM_KEYS = ("skill", "with", "role", "level", "id", "title")
"""Fields that name a list item (a skill need by its skill, a collaboration by whom ...), in order of preference."""


@dataclass
class Changes:
    """Roles added, removed and changed; vocabulary entries likewise; the names to show ids with."""

    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)
    """Each: {"id", "title", "changes": [CHANGE]}; see :func:`changes`."""
    vocabularies: dict[str, dict] = field(default_factory=dict)
    """Kind -> {"added": [entry], "removed": [entry], "changed": [{"id", "label", "changes"}]}, only kinds that changed."""
    labels: dict[str, dict[str, dict]] = field(default_factory=dict)
    """Kind (roles, skills, kpis ...) -> id -> its title or label {fr, en}, from both versions."""

    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.vocabularies)

    def data(self) -> dict[str, Any]:
        return {"format": "rolegen-diff", "version": 1,
                "roles": {"added": self.added, "removed": self.removed, "changed": self.changed},
                "vocabularies": self.vocabularies}


def compare_folders(old: str | Path, new: str | Path) -> Changes:
    """The changes from the roles folder ``old`` to ``new`` (each loaded and checked)."""
    from rolegen.knowledge.loader import load

    return compare(load(old), load(new))


def compare(old: KnowledgeBase, new: KnowledgeBase) -> Changes:
    """The changes from ``old`` to ``new``."""
    return compare_data(kb_data(old), kb_data(new))


def compare_data(old: dict[str, Any], new: dict[str, Any]) -> Changes:
    """The changes between two exports (``rolegen export`` data)."""
    result = Changes(labels=_labels(old, new))
    old_roles = {r["id"]: r for r in old["roles"]}
    new_roles = {r["id"]: r for r in new["roles"]}
    result.added = [_brief(new_roles[i]) for i in new_roles if i not in old_roles]
    result.removed = [_brief(old_roles[i]) for i in old_roles if i not in new_roles]
    for role_id in (i for i in new_roles if i in old_roles):
        found = record_changes(old_roles[role_id], new_roles[role_id], skip=("id",))
        if found:
            result.changed.append({**_brief(new_roles[role_id]), "changes": found})
    for kind in VOCABULARIES:
        before = {e["id"]: e for e in old.get(kind, [])}
        after = {e["id"]: e for e in new.get(kind, [])}
        entry = {"added": [after[i] for i in after if i not in before],
                 "removed": [before[i] for i in before if i not in after],
                 "changed": [{"id": i, "label": after[i].get("label"),
                              "changes": record_changes(before[i], after[i], skip=("id",))}
                             for i in after if i in before and before[i] != after[i]]}
        if any(entry.values()):
            result.vocabularies[kind] = entry
    return result


def _brief(role: dict) -> dict:
    return {"id": role["id"], "title": role["title"]}


def _labels(*exports: dict[str, Any]) -> dict[str, dict[str, dict]]:
    labels: dict[str, dict[str, dict]] = {"roles": {}}
    for data in exports:
        labels["roles"].update({r["id"]: r["title"] for r in data["roles"]})
        for kind in VOCABULARIES:
            labels.setdefault(kind, {}).update({e["id"]: e.get("label") for e in data.get(kind, [])})
    return labels


def record_changes(old: dict, new: dict, skip: tuple[str, ...] = ()) -> list[dict]:
    """The changes of every field of a record (a role, an entry), in the record's field order."""
    keys = [k for k in old if k not in skip] + [k for k in new if k not in old and k not in skip]
    return [change for key in keys for change in changes(key, old.get(key), new.get(key))]


def is_text(value: Any) -> bool:
    """A bilingual text {fr, en}."""
    return isinstance(value, dict) and bool(value) and set(value) <= set(LANGS) and all(
        isinstance(v, str) for v in value.values())


def changes(name: str, old: Any, new: Any) -> list[dict]:
    """The changes of one field. Kinds: added, removed, text, value, ids, texts, items, list, order."""
    if old == new:
        return []
    if old is None:
        return [{"field": name, "kind": "added", "new": new}]
    if new is None:
        return [{"field": name, "kind": "removed", "old": old}]
    if is_text(old) and is_text(new):
        languages = [lang for lang in LANGS if old.get(lang) != new.get(lang)]
        return [{"field": name, "kind": "text", "languages": languages, "old": old, "new": new}]
    if isinstance(old, list) and isinstance(new, list):
        return [_list_changes(name, old, new)]
    if isinstance(old, dict) and isinstance(new, dict):
        return record_changes({f"{name}.{k}": v for k, v in old.items()}, {f"{name}.{k}": v for k, v in new.items()})
    return [{"field": name, "kind": "value", "old": old, "new": new}]


def _list_changes(name: str, old: list, new: list) -> dict:
    if all(isinstance(x, str) for x in old + new):
        added, dropped = [x for x in new if x not in old], [x for x in old if x not in new]
        return {"field": name, "kind": "ids", "added": added, "dropped": dropped} if added or dropped else _order(name)
    if all(is_text(x) for x in old + new):
        languages = {}
        for lang in LANGS:
            before, after = [x.get(lang) for x in old], [x.get(lang) for x in new]
            added, dropped = [t for t in after if t not in before], [t for t in before if t not in after]
            if added or dropped:
                languages[lang] = {"added": added, "dropped": dropped}
        return {"field": name, "kind": "texts", "languages": languages} if languages else _order(name)
    key = _item_key(old + new)
    if key is None:
        dump = [json.dumps(x, sort_keys=True) for x in old], [json.dumps(x, sort_keys=True) for x in new]
        return {"field": name, "kind": "list", "added": [x for x, d in zip(new, dump[1]) if d not in dump[0]],
                "dropped": [x for x, d in zip(old, dump[0]) if d not in dump[1]]}
    before, after = {x[key]: x for x in old}, {x[key]: x for x in new}
    changed = [{"key": k, "changes": record_changes(before[k], after[k], skip=(key,))}
               for k in after if k in before and before[k] != after[k]]
    added, dropped = [after[k] for k in after if k not in before], [before[k] for k in before if k not in after]
    if not (added or dropped or changed):
        return _order(name)
    return {"field": name, "kind": "items", "key": key, "added": added, "dropped": dropped, "changed": changed}


def _order(name: str) -> dict:
    return {"field": name, "kind": "order"}


def _item_key(items: list) -> str | None:
    """The field that names each item, when every item is a record with it and it is unique on each side."""
    if not all(isinstance(x, dict) for x in items):
        return None
    for key in ITEM_KEYS:
        if all(isinstance(x.get(key), str) for x in items):
            return key
    return None
