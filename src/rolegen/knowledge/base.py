"""The knowledge base: every role and vocabulary, references resolved.

Plain data, no I/O: renderers read it and never change it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from rolegen.errors import Problem, UsageError
from rolegen.knowledge.locate import closest
from rolegen.knowledge.model import Background, Family, Kpi, Role, SeniorityLevel, Skill, Source, Team, Term, Text, Wording
from rolegen.textutil import fold


@dataclass
class KnowledgeBase:
    """All roles and vocabularies of one ``roles/`` folder, sorted by id (seniority levels in file order)."""

    roles: dict[str, Role]
    families: dict[str, Family]
    skills: dict[str, Skill]
    kpis: dict[str, Kpi]
    backgrounds: dict[str, Background]
    teams: dict[str, Team]
    glossary: dict[str, Term]
    sources: dict[str, Source] = field(default_factory=dict)
    """The documents statements come from, by id."""
    seniority: dict[str, SeniorityLevel] = field(default_factory=dict)
    """Seniority levels by id, from least to most experienced (the file's order)."""
    wording: dict[str, Wording] = field(default_factory=dict)
    """Preferred terms of the role texts and the words to avoid, by id (optional file)."""
    files: dict[str, str] = field(default_factory=dict)
    """Role id or vocabulary name -> the file it was read from, as shown in messages."""
    warnings: list[Problem] = field(default_factory=list)
    """Problems that do not stop a build (errors under --strict)."""

    def vocabulary(self, kind: str) -> dict:
        """One vocabulary by its file stem (families, skills, kpis, ...)."""
        return getattr(self, kind)

    @cached_property
    def _names(self) -> dict[str, str]:
        """Folded id, alias or title -> role id (ids win over aliases)."""
        names: dict[str, str] = {}
        for role in self.roles.values():
            for name in (*role.aliases, role.title.fr, role.title.en):
                names.setdefault(fold(name), role.id)
        names.update({fold(role_id): role_id for role_id in self.roles})
        return names

    def find_role(self, name: str) -> Role:
        """The role called ``name`` (id, alias or title, any case or accents).

        Raises a usage error with the closest names when there is none.
        """
        role_id = self._names.get(fold(name))
        if role_id is None:
            close = closest(fold(name), self._names)
            hint = f" (did you mean '{self._names[close]}'?)" if close else ""
            raise UsageError(f"unknown role '{name}'{hint}; 'rolegen list' shows them all")
        return self.roles[role_id]

    def partner_label(self, partner_id: str) -> Text:
        """Title of a role, or label of a team, named in a collaboration."""
        if partner_id in self.roles:
            return self.roles[partner_id].title
        return self.teams[partner_id].label
