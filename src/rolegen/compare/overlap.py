"""How much two roles share: one measure, used by the CLI and the guide.

The overlap of roles A and B is a weighted mean of four similarities, each
between 0 and 1:

- skills (weight 0.4): weighted Jaccard (Ruzicka) over skill ids, where an
  essential skill weighs 2 and an optional one 1: the sum, over every skill
  either role names, of the smaller weight divided by the sum of the larger;
- KPIs (0.2), backgrounds (0.2) and collaborators (0.2): Jaccard over ids,
  |A ∩ B| / |A ∪ B|; collaborators leave out A and B themselves, so two roles
  that work with each other are not counted as alike for that alone.

A component where both roles list nothing is left out and the remaining
weights are scaled up to 1. The result is shown as a rounded percentage.
"""

from __future__ import annotations

from itertools import combinations
from typing import Iterable

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role, Text

NEED_WEIGHT = {"essential": 2.0, "optional": 1.0}
WEIGHTS = {"skills": 0.4, "kpis": 0.2, "backgrounds": 0.2, "collaborators": 0.2}

FORMULA = Text(
    fr=(
        "Le recouvrement de deux rôles est une moyenne pondérée de quatre similarités : compétences (poids 0,4 ; "
        "une compétence essentielle compte 2, une compétence appréciée 1, et l'on divise la somme des plus petits "
        "poids par la somme des plus grands), indicateurs, parcours et interlocuteurs (poids 0,2 chacun ; éléments "
        "communs divisés par l'ensemble des éléments cités, les deux rôles comparés étant exclus des "
        "interlocuteurs). Une rubrique vide pour les deux rôles est ignorée et les autres poids sont rééchelonnés."
    ),
    en=(
        "The overlap of two roles is a weighted mean of four similarities: skills (weight 0.4; an essential skill "
        "counts 2, an optional one 1, and the sum of the smaller weights is divided by the sum of the larger ones), "
        "KPIs, backgrounds and collaborators (weight 0.2 each; shared items divided by all items named, the two "
        "roles compared being left out of the collaborators). A section empty for both roles is skipped and the "
        "other weights are scaled up."
    ),
)
"""The measure in plain words, for the guide and the CLI."""


def _weighted_jaccard(a: dict[str, float], b: dict[str, float]) -> float | None:
    keys = a.keys() | b.keys()
    if not keys:
        return None
    smaller = sum(min(a.get(k, 0.0), b.get(k, 0.0)) for k in keys)
    larger = sum(max(a.get(k, 0.0), b.get(k, 0.0)) for k in keys)
    return smaller / larger


def _jaccard(a: set[str], b: set[str]) -> float | None:
    union = a | b
    return len(a & b) / len(union) if union else None


def components(a: Role, b: Role) -> dict[str, float | None]:
    """Each similarity of the measure (None where both roles list nothing)."""
    skills_a = {s.skill: NEED_WEIGHT[s.need] for s in a.skills}
    skills_b = {s.skill: NEED_WEIGHT[s.need] for s in b.skills}
    pair = {a.id, b.id}
    return {
        "skills": _weighted_jaccard(skills_a, skills_b),
        "kpis": _jaccard(set(a.kpis), set(b.kpis)),
        "backgrounds": _jaccard(set(a.backgrounds), set(b.backgrounds)),
        "collaborators": _jaccard({c.with_ for c in a.collaborations} - pair, {c.with_ for c in b.collaborations} - pair),
    }


def role_overlap(a: Role, b: Role) -> float:
    """The overlap of two roles, from 0.0 (nothing shared) to 1.0 (same skills, KPIs, backgrounds, partners)."""
    parts = {name: value for name, value in components(a, b).items() if value is not None}
    total = sum(WEIGHTS[name] for name in parts)
    return sum(WEIGHTS[name] * value for name, value in parts.items()) / total if total else 0.0


def overlap(kb: KnowledgeBase, a_id: str, b_id: str) -> float:
    """The overlap of roles ``a_id`` and ``b_id`` of ``kb`` (see the module docstring)."""
    return role_overlap(kb.roles[a_id], kb.roles[b_id])


def percent(score: float) -> int:
    """A score as a whole percentage (half rounds up, so 0.125 -> 13)."""
    return int(score * 100 + 0.5 + 1e-9)


def pairs(kb: KnowledgeBase, ids: Iterable[str] | None = None) -> list[tuple[str, str, float]]:
    """Every pair of roles (a < b) with its overlap, most similar first, then by ids."""
    chosen = sorted(ids) if ids is not None else sorted(kb.roles)
    scored = [(a, b, overlap(kb, a, b)) for a, b in combinations(chosen, 2)]
    return sorted(scored, key=lambda item: (-round(item[2], 12), item[0], item[1]))
