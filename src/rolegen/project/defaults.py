"""The project's settings as the defaults of every command's options (click's ``default_map``).

Click reads an option from the command line first, then from its
environment variable, then from the default map, then from its own default:
so ``--roles DIR`` and ``ROLEGEN_ROLES`` still win over ``rolegen.toml``.
Options are matched by their parameter name (``roles_dir``, ``company_file``
...), so a command added later gets the project's folders without any code.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

from rolegen.project.config import Project

POSTING_TEMPLATE_COMMANDS = {"posting", "postings", "check-posting"}
"""Commands whose --templates is the posting templates folder itself (the others take the folder holding site/)."""


def shown(path: Path) -> str:
    """``path`` relative to the working folder when it is under it or near it, for short messages."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return relative if not relative.startswith(os.pardir * 4) else str(path)


def command_defaults(project: Project, name: str, params: Iterable[str], lang_default: Any = "fr",
                     company_needed: bool = True) -> dict[str, Any]:
    """The defaults the project gives the options ``params`` of command ``name``.

    The project's company goes to commands that need a company, and to ``rolegen build`` when the guide
    does not publish the openings' postings; where it is optional (a posting written from an opening,
    which names its own company), it is left out.
    """
    values: dict[str, Any] = {
        "roles_dir": project.folder("roles"),
        "openings_dir": project.folder("openings"),
        "companies_dir": project.folder("companies"),
        "site_dir": project.folder("output"),
        "out_dir": project.folder("postings"),
    }
    if name in ("build", "serve"):
        values["work_dir"] = project.root / "build" / ("guide" if name == "build" else "serve")
    templates = project.folder("templates")
    if name in POSTING_TEMPLATE_COMMANDS:
        templates = templates / "postings"
    if templates.is_dir():
        values["templates"] = templates
    if project.mkdocs is not None:
        values["config"] = project.mkdocs
    if "engine" in params:
        values["engine"] = project.engine
    openings = project.folder("openings")
    if openings.is_dir():
        values["openings"] = openings  # rolegen build: the openings whose postings the guide publishes
    guide_from_openings = name == "build" and "openings" in params and openings.is_dir()
    give_company = not guide_from_openings if name == "build" else company_needed
    if project.company is not None and give_company:
        values["company_file"] = values["company"] = project.company
    result: dict[str, Any] = {key: shown(value) for key, value in values.items() if key in params}
    if "lang" in params and lang_default is not None:
        result["lang"] = project.languages[0]
    return result


def default_map(project: Project, commands: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The default map of a click group: command name -> option name -> default."""
    result = {}
    for name, command in commands.items():
        params = {p.name: p for p in command.params}
        lang = params.get("lang")
        company = params.get("company_file") or params.get("company")
        defaults = command_defaults(project, name, params, lang.default if lang is not None else None,
                                    company_needed=company is not None and company.required)
        if defaults:
            result[name] = defaults
    return result
