"""Where the defaults that ship with rolegen are: templates, schemas, the starter roles.

In the repository, each of these is a symbolic link inside the package to
the folder people edit (``src/rolegen/site/templates -> templates/site``), so
that an editable install reads the repository's files and a wheel carries a
copy of them (package data). Where the links are lost (a checkout without
symbolic links), the repository folder beside ``src/`` is used instead.
"""

from __future__ import annotations

from pathlib import Path

from rolegen.errors import UsageError

PACKAGE = Path(__file__).resolve().parents[1]
"""The installed ``rolegen`` package."""
REPOSITORY = PACKAGE.parents[1]
"""The checkout holding ``src/`` (meaningful only in a checkout)."""

# name -> (folder inside the package, folder in the repository, a file that must be there)
_PLACES = {
    "site templates": ("site/templates", "templates/site", "role.md.j2"),
    "posting templates": ("postings/templates", "templates/postings", "posting.fr.md.j2"),
    "schemas": ("knowledge/schemas", "schema", "role.schema.json"),
    "starter roles": ("project/starter/roles", "roles", "vocabulary/skills.yml"),
    "starter files": ("project/starter", "src/rolegen/project/starter", "rolegen.toml"),
    "site defaults": ("site/defaults", "src/rolegen/site/defaults", "mkdocs.yml"),
}


def shipped(name: str) -> Path:
    """The folder of the shipped ``name`` (a key of ``_PLACES``); a usage error when the install lacks it."""
    package_part, repository_part, marker = _PLACES[name]
    candidates = (PACKAGE / package_part, REPOSITORY / repository_part)
    for folder in candidates:
        if (folder / marker).is_file():
            return folder
    raise UsageError(f"the shipped {name} are missing (looked in {candidates[0]} and {candidates[1]}); "
                     "reinstall rolegen")


def site_templates() -> Path:
    """The guide's own templates (``templates/site`` in the repository)."""
    return shipped("site templates")


def schemas() -> Path:
    """The JSON Schemas of the file formats (``schema/`` in the repository)."""
    return shipped("schemas")


def starter_roles() -> Path:
    """The ten roles and their vocabularies that ``rolegen init`` copies (``roles/`` in the repository)."""
    return shipped("starter roles")


def starter_files() -> Path:
    """The other files ``rolegen init`` writes (project file, example opening, CI files)."""
    return shipped("starter files")


def site_defaults() -> Path:
    """The guide's default engine settings (``mkdocs.yml``), under the user's own."""
    return shipped("site defaults") / "mkdocs.yml"
