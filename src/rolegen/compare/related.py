"""The roles closest to one role, and its reporting chain up and down."""

from __future__ import annotations

from typing import Any

from rolegen.knowledge.base import KnowledgeBase
from rolegen.compare.overlap import overlap, percent


def related(kb: KnowledgeBase, role_id: str, limit: int = 5) -> dict[str, Any]:
    """JSON-ready: ``closest`` roles by overlap, and the reporting chain ``up`` and ``down``.

    ``up`` and ``down`` are lists of levels: the roles one step away, then two
    steps away, and so on.
    """
    others = [(other, overlap(kb, role_id, other)) for other in kb.roles if other != role_id]
    others.sort(key=lambda item: (-round(item[1], 12), item[0]))
    return {
        "role": role_id,
        "closest": [{"id": o, "score": round(s, 4), "percent": percent(s)} for o, s in others[:limit]],
        "up": _levels(kb, role_id, "reports_to"),
        "down": _levels(kb, role_id, "manages"),
    }


def _levels(kb: KnowledgeBase, start: str, field: str) -> list[list[str]]:
    seen = {start}
    level = [start]
    levels = []
    while True:
        nxt = sorted({t for r in level for t in getattr(kb.roles[r], field) if t in kb.roles and t not in seen})
        if not nxt:
            return levels
        seen.update(nxt)
        levels.append(nxt)
        level = nxt
