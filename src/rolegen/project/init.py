"""``rolegen init``: a new project for a team's own role guide.

What it writes comes from the package (``rolegen/project/starter/``): the
project file, the ten roles and their vocabularies (or the vocabularies
alone), an example company and opening, ``mkdocs.yml``, ``.gitignore``, a
README, CI files for GitHub and GitLab, and the editor schemas of the new
knowledge base. It never replaces a file: one that exists is kept and named.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from rolegen import __version__
from rolegen.project.shipped import starter_files, starter_roles
from rolegen.textutil import one_line

PLACEHOLDER_NAME = "Guide des métiers de notre équipe"
"""The site name written when none is given: to fill in."""
PLACEHOLDER_NAME_EN = "Our team's role guide"
"""Its English version (``extra.rolegen.en.site_name``)."""

# file in the starter folder -> where it goes in the project
_FILES = {
    "rolegen.toml": "rolegen.toml",
    "mkdocs.yml": "mkdocs.yml",
    "gitignore": ".gitignore",
    "README.md": "README.md",
    "github-workflow.yml": ".github/workflows/rolegen.yml",
    "gitlab-ci.yml": ".gitlab-ci.yml",
    "company.yml": "companies/example.yml",
    "templates/README.md": "templates/README.md",
}
_EXAMPLE_OPENINGS = "openings"


@dataclass
class Written:
    """What ``init`` did: files written, and files kept because they were there."""

    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)


def planned(empty: bool = False, site_name: str | None = None) -> dict[str, bytes]:
    """Every file of a new project (path relative to the project -> content), schemas aside."""
    starter = starter_files()
    name, name_en = site_name or PLACEHOLDER_NAME, site_name or PLACEHOLDER_NAME_EN
    values = {"{yaml_site_name}": json.dumps(name, ensure_ascii=False),  # a JSON string is a YAML scalar
              "{yaml_site_name_en}": json.dumps(name_en, ensure_ascii=False),
              "{site_name}": one_line(name),
              "{requirement}": f"rolegen=={__version__}"}
    files: dict[str, bytes] = {}
    for source, target in _FILES.items():
        text = (starter / source).read_text(encoding="utf-8")
        for mark, value in values.items():
            text = text.replace(mark, value)
        files[target] = text.encode("utf-8")
    roles = starter_roles()
    for path in sorted(roles.rglob("*.yml")):
        relative = path.relative_to(roles).as_posix()
        if empty and not relative.startswith("vocabulary/"):
            continue
        files[f"roles/{relative}"] = path.read_bytes()
    if not empty:  # the example opening names a role of the starter set
        for path in sorted((starter / _EXAMPLE_OPENINGS).glob("*.yml")):
            files[f"openings/{path.name}"] = path.read_bytes()
    return files


def init_project(target: Path, empty: bool = False, site_name: str | None = None) -> Written:
    """Write a new project in ``target`` (created when absent); an existing file is kept, never replaced."""
    done = Written()
    target.mkdir(parents=True, exist_ok=True)
    for relative, data in planned(empty, site_name).items():
        _write_new(target / relative, data, done)
    _write_schemas(target, done)
    return done


def _write_new(path: Path, data: bytes, done: Written) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("xb") as handle:  # "x": fails if the file exists, even if it appeared a moment ago
            handle.write(data)
    except FileExistsError:
        done.kept.append(path)
        return
    done.written.append(path)


def _write_schemas(target: Path, done: Written) -> None:
    """The editor schemas with the ids of the project's knowledge base (the starter roles, or the ones kept)."""
    from rolegen.errors import RolegenError
    from rolegen.knowledge.export import to_json
    from rolegen.knowledge.loader import load
    from rolegen.knowledge.schema import KINDS, kb_schema

    try:
        kb = load(target / "roles")
    except RolegenError:  # roles kept from before and invalid: the plain schemas, 'rolegen validate' says why
        kb = None
    for kind in KINDS:
        _write_new(target / "schema" / f"{kind}.schema.json", to_json(kb_schema(kind, kb)).encode("utf-8"), done)
