"""The skeleton of a new role file (``rolegen new``).

Every field is present with its documentation as a comment; texts and ids are
left empty, so ``rolegen validate`` lists, with their lines, the fields still
to fill in.
"""

from __future__ import annotations

from rolegen.knowledge import model
from rolegen.knowledge.sections import item_type, registry

_EMPTY_TEXT = ['  fr: ""', '  en: ""']
_SHAPES: dict[str, list[str]] = {
    "title": _EMPTY_TEXT,
    "summary": [*_EMPTY_TEXT, "  basis: []"],
    "market_titles": ['  - {title: "", lang: fr, source: ""}'],
    "reporting_notes": [*_EMPTY_TEXT, "  basis: []"],
    "family": [],
    "level": [],
    "found_in": ["  - agency", "  - startup", "  - sme", "  - large-company"],
    "skills": ['  - {skill: "", need: essential, basis: []}', '  - {skill: "", need: optional, basis: []}'],
    "collaborations": ['  - with: ""', "    about:", '      fr: ""', '      en: ""', "    basis: []"],
    "not_to_confuse_with": ['  - role: ""', "    why:", '      fr: ""', '      en: ""', "    basis: []"],
    "codes": ["  rome: []", "  note:", '    fr: ""', '    en: ""'],
    "seniority": ["  - level: junior", "    experience: {min: 0, max: 2}", "    scope:", '      fr: ""', '      en: ""',
                  "    adds:", '      - fr: ""', '        en: ""', "    skills: []", "    kpis: []", "    basis: [practice]"],
}
_INLINE = {"level": "operational", "family": '""', "left_out": "[]", "kpi_basis": "{}", "level_basis": "[]",
           "found_in_basis": "{}", "background_basis": "{}"}
"""Fields written on one line; lists of statements get an empty statement, lists of ids or names an empty one."""


def role_skeleton(role_id: str) -> str:
    """YAML text of a new role ``role_id`` with every field of the model."""
    lines = ["# yaml-language-server: $schema=../schema/role.schema.json"]
    text_lists = registry().text_lists
    for name, field in model.Role.model_fields.items():
        lines += [f"# {line}" for line in (field.description or "").splitlines()]
        if name == "id":
            lines.append(f"id: {role_id}")
        elif name in _INLINE:
            lines.append(f"{name}: {_INLINE[name]}")
        elif name in text_lists:
            lines += [f"{name}:", '  - fr: ""', '    en: ""', "    basis: []"]
        elif item_type(field.annotation) is str:
            lines += [f"{name}:", '  - ""']
        elif name in _SHAPES:
            lines += [f"{name}:", *_SHAPES[name]]
        else:  # a field of another shape, with no example yet: empty
            lines.append(f"{name}: {'[]' if item_type(field.annotation) is not None else '{}'}")
    return "\n".join(lines) + "\n"
