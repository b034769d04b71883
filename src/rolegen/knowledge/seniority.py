"""Looking up a role's seniority level by name, for ``show --seniority`` and ``compare ROLE@LEVEL``."""

from __future__ import annotations

from rolegen.errors import UsageError
from rolegen.i18n import years
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.locate import did_you_mean
from rolegen.knowledge.model import Role, RoleLevel


def find_level(kb: KnowledgeBase, role: Role, level_id: str) -> RoleLevel:
    """The entry of ``role`` for ``level_id``; a usage error naming the levels there are otherwise."""
    wanted = level_id.strip().lower()
    if wanted not in kb.seniority:
        known = ", ".join(kb.seniority)
        raise UsageError(f"unknown seniority level '{level_id}'{did_you_mean(wanted, kb.seniority)}; levels: {known}")
    entry = role.level_of(wanted)
    if entry is None:
        have = ", ".join(e.level for e in role.seniority)
        tail = f"it has {have}" if have else "it lists no seniority levels"
        raise UsageError(f"{role.id} has no level '{wanted}'; {tail}")
    return entry


def level_title(kb: KnowledgeBase, role: Role, entry: RoleLevel, lang: str) -> str:
    """``Community manager (senior)``: the role's title with the level's label in lower case."""
    label = kb.seniority[entry.level].label[lang]
    return f"{role.title[lang]} ({label[0].lower() + label[1:]})"


def experience_text(entry: RoleLevel, lang: str) -> str:
    """The level's typical experience in words."""
    return years(entry.experience.min, entry.experience.max, lang)
