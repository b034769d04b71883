"""What the guide derives from the knowledge base once, for both languages.

Indexes from a vocabulary entry to the roles that use it, the order of
families and roles, and the groups in which roles are laid side by side.
Everything here is computed in one pass over the roles (linear in their
number), so that the guide scales to thousands of roles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import LEVELS, Role
from rolegen.knowledge.sections import registry

GROUP_SIZE = 10
"""Most roles laid side by side in one matrix or drawn in one diagram."""
NAV_CHUNK = 15
"""Most entries in one navigation section; larger sections are split in parts (the families too)."""

_LEVEL_ORDER = {level: i for i, level in enumerate(reversed(LEVELS))}  # management first


def role_page(role_id: str) -> str:
    """Docs path of a role's page."""
    return f"roles/{role_id}.md"


def family_page(family_id: str) -> str:
    """Docs path of a family's page."""
    return f"families/{family_id}.md"


def skill_page(skill_id: str) -> str:
    """Docs path of a skill's page."""
    return f"skills/{skill_id}.md"


GLOSSARY = "glossary.md"
KPIS = "kpis.md"
SOURCES = "sources.md"
SKILLS = "skills/index.md"
RELATIONS = "relations.md"
TAGS = "tags.md"
COMPARE = "compare/index.md"
PICK = "compare/pick.md"
CHECK_AD = "check-ad.md"
STUDIO = "studio.md"
OVERLAP = "matrices/overlap.md"
FINDER = "find.md"
ROLES_INDEX = "roles/index.md"



def matrix_sections() -> tuple[str, ...]:
    """The sections that have a matrix page, as the role model declares them (``matrix=True``)."""
    return registry().matrices()


def matrix_page(section: str) -> str:
    """Docs path of the comparison matrix of one section."""
    return f"matrices/{section.replace('_', '-')}.md"


def levels_page(family_id: str) -> str:
    """Docs path of the seniority levels side by side of one family's roles (a page per family keeps pages small)."""
    return f"compare/levels/{family_id}.md"


def comparison_page(comparison_id: str) -> str:
    """Docs path of one of the comparisons the sources make."""
    return f"compare/{comparison_id}.md"


@dataclass
class Guide:
    """The knowledge base with the indexes the pages need (language-independent)."""

    kb: KnowledgeBase
    families: list[str]
    """Family ids that have roles, in vocabulary order."""
    members: dict[str, list[str]]
    """Family id -> its role ids, management first, then by id."""
    skill_roles: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    """Skill id -> (role id, need), essential first."""
    kpi_roles: dict[str, list[str]] = field(default_factory=dict)
    background_roles: dict[str, list[str]] = field(default_factory=dict)
    team_roles: dict[str, list[str]] = field(default_factory=dict)
    collaborators: dict[str, list[str]] = field(default_factory=dict)
    """Role id -> roles that name it in their collaborations (the other direction)."""
    confused_by: dict[str, list[str]] = field(default_factory=dict)
    """Role id -> roles that list it in not_to_confuse_with."""
    groups: list[list[str]] = field(default_factory=list)
    """Roles split into groups of at most GROUP_SIZE, families kept together where they fit."""

    def ordered_roles(self) -> list[Role]:
        """Every role, family by family."""
        return [self.kb.roles[rid] for fid in self.families for rid in self.members[fid]]


def make_guide(kb: KnowledgeBase, group_size: int = GROUP_SIZE) -> Guide:
    """Index ``kb`` for the guide."""
    members: dict[str, list[str]] = {fid: [] for fid in kb.families}
    for role in kb.roles.values():
        members[role.family].append(role.id)
    for ids in members.values():
        ids.sort(key=lambda rid: (_LEVEL_ORDER[kb.roles[rid].level], rid))
    families = [fid for fid in kb.families if members[fid]]
    guide = Guide(kb, families, {fid: members[fid] for fid in families})
    for role in guide.ordered_roles():
        _index_role(guide, role)
    for pairs in guide.skill_roles.values():
        pairs.sort(key=lambda pair: pair[1] != "essential")
    guide.groups = pack([guide.members[fid] for fid in families], group_size)
    return guide


def _index_role(guide: Guide, role: Role) -> None:
    for need in role.skills:
        guide.skill_roles.setdefault(need.skill, []).append((role.id, need.need))
    for kpi in role.kpis:
        guide.kpi_roles.setdefault(kpi, []).append(role.id)
    for background in role.backgrounds:
        guide.background_roles.setdefault(background, []).append(role.id)
    for collab in role.collaborations:
        index = guide.collaborators if collab.with_ in guide.kb.roles else guide.team_roles
        index.setdefault(collab.with_, []).append(role.id)
    for distinction in role.not_to_confuse_with:
        guide.confused_by.setdefault(distinction.role, []).append(role.id)


def pack(families: list[list[str]], size: int) -> list[list[str]]:
    """Groups of at most ``size`` ids: whole families while they fit, large families cut in pieces.

    Ten roles in five families make one group; a family of 230 roles makes
    23 groups. The number of cells of all matrices then grows linearly.
    """
    groups: list[list[str]] = []
    current: list[str] = []
    for ids in families:
        if len(current) + len(ids) > size and current:
            groups.append(current)
            current = []
        for start in range(0, len(ids), size):
            piece = ids[start:start + size]
            if len(current) + len(piece) > size:
                groups.append(current)
                current = []
            current = current + piece
    if current:
        groups.append(current)
    return groups


def chunks(items: list, size: int = NAV_CHUNK) -> list[list]:
    """``items`` cut into runs of at most ``size``."""
    return [items[i:i + size] for i in range(0, len(items), size)]
