"""Jinja environments for postings: where templates come from, how values are escaped.

Templates are looked up by name in the user's folder (``--templates DIR``)
first, then in the shipped ``templates/postings/``. Every template runs in
Jinja's sandbox with ``StrictUndefined``. In the Markdown templates each
``{{ value }}`` is escaped for Markdown, so that role text stays text; the
HTML page template is autoescaped.
"""

from __future__ import annotations

import traceback
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from rolegen.templateloader import InsideLoader
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from rolegen.errors import DataError, Problem, UsageError
from rolegen.knowledge.loader import shown_path
from rolegen.textutil import md_escape

PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"
"""The shipped templates as package data: a link to templates/postings/ that a wheel turns into a copy."""
REPOSITORY_TEMPLATES = Path(__file__).resolve().parents[3] / "templates" / "postings"
"""The shipped templates in a checkout where the link above is lost (no symbolic links)."""

def shipped_templates() -> Path:
    """The folder of the shipped posting templates; a usage error if the installation lacks it."""
    for folder in (PACKAGE_TEMPLATES, REPOSITORY_TEMPLATES):
        if (folder / "posting.fr.md.j2").is_file():
            return folder
    raise UsageError(
        f"the shipped posting templates are missing (looked in {PACKAGE_TEMPLATES} and {REPOSITORY_TEMPLATES}); "
        "reinstall rolegen from its repository or give a full set with --templates DIR"
    )


def _finalize_markdown(value: Any) -> Any:
    if isinstance(value, Markup):  # built by a filter from checked data, or asked for with |safe
        return str(value)
    if isinstance(value, str):
        return md_escape(value)
    if value is None:
        raise jinja2.UndefinedError("a template printed an empty value; test it with {% if %} first")
    return value


def _link(target: str | None) -> Markup:
    """A Markdown autolink to a URL or an e-mail address (both checked by the company model)."""
    if not target or any(ch in target for ch in "<> \n\"'"):
        raise jinja2.UndefinedError(f"not a link target: {target!r}")
    return Markup(f"<{target}>")


@lru_cache(maxsize=16)
def environments(user_dir: str | None) -> tuple[SandboxedEnvironment, SandboxedEnvironment]:
    """(Markdown environment, HTML environment) over the user's folder, then the shipped one."""
    folders = [shipped_templates()]
    if user_dir is not None:
        if not Path(user_dir).is_dir():
            raise UsageError(f"no templates folder at '{user_dir}'")
        folders.insert(0, Path(user_dir))
    loader = InsideLoader([str(f) for f in folders])
    common = {"loader": loader, "undefined": jinja2.StrictUndefined, "keep_trailing_newline": True}
    markdown_env = SandboxedEnvironment(autoescape=False, finalize=_finalize_markdown, **common)
    markdown_env.filters["link"] = _link
    html_env = SandboxedEnvironment(autoescape=True, **common)
    return markdown_env, html_env


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    """Render template ``name``; any template error becomes a located :class:`DataError`."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateNotFound as exc:
        raise UsageError(f"no template named '{exc.name}'") from None
    except jinja2.TemplateSyntaxError as exc:
        raise DataError([Problem(shown_path(Path(exc.filename or name)), exc.lineno, 1, "", exc.message or "")])
    except (jinja2.TemplateError, TypeError, ValueError) as exc:
        path, line = _template_frame(exc, name)
        raise DataError([Problem(path, line, 1, "", _message(exc))]) from None


def _template_frame(exc: BaseException, name: str) -> tuple[str, int]:
    """The template file and line where ``exc`` was raised (Jinja maps its frames to template lines)."""
    found = (name, 1)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2"):
            found = (shown_path(Path(frame.filename)), frame.lineno or 1)
    return found


def _message(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, jinja2.UndefinedError):
        return f"undefined variable: {text}"
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"not allowed in a template: {text}"
    return text
