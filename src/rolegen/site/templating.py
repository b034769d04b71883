"""The one Jinja environment of the guide: strict, Markdown-escaping, compiled once.

Every ``{{ value }}`` a template prints goes through :func:`_finalize`: plain
strings are escaped for Markdown (see :mod:`rolegen.site.escape`), values the
page helpers built (``Md``) are printed as they are. A template author cannot
forget to escape role text. ``index.html.j2`` and other ``.html`` templates are
HTML: there Jinja's own autoescape applies instead.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

import jinja2

from rolegen.templateloader import InsideLoader
from jinja2.sandbox import SandboxedEnvironment

from rolegen.errors import DataError, Problem
from rolegen.knowledge.loader import shown_path
from rolegen.i18n import word
from rolegen.site.escape import Md, code, inline, link


def _finalize(value: Any) -> Any:
    if isinstance(value, (Md, jinja2.runtime.Undefined)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    core = inline(text)
    if not core:
        return core
    # A literal such as ", " keeps its spaces: only the text inside is folded onto one line.
    return Md((" " if text[:1].isspace() else "") + core + (" " if text[-1:].isspace() else ""))


def _join(items, separator: str = "") -> Md:
    """Jinja's join, keeping safe items as they are and escaping the others."""
    return Md(separator.join(item if isinstance(item, Md) else inline(str(item)) for item in items))


def url_link(url: str) -> Md:
    """An outside address shown as itself."""
    return link(url, url)


def source_line(source) -> Md:
    """A source as ``Title (Publisher, 2013)``, the title linked when the source has an address."""
    title = link(source.title, source.url) if source.url else inline(source.title)
    extra = ", ".join(str(part) for part in (source.publisher, source.year) if part)
    return Md(f"{title} ({inline(extra)})") if extra else title


def need_mark(need: str, w: dict[str, str]) -> Md:
    """A skill's need as a symbol with its word, readable without colours or a legend."""
    return Md(f"{'●' if need == 'essential' else '○'} {inline(w[need])}")


FILTERS = {"join": _join, "code": code, "word": word, "mark": need_mark, "url_link": url_link,
           "source_line": source_line, "inline": inline}


class Templates:
    """The templates of the guide, loaded and compiled on first use.

    ``folders`` are searched in order: a user's folder first, whose files
    override the shipped ones (``templates/site``) by name. A user's
    templates run in Jinja's sandbox: no access to Python internals. (The
    shipped templates are trusted: the sandbox's checks cost a fifth of the
    page generation, so it is used only when a user's folder holds a template.)
    """

    def __init__(self, folders: str | Path | list[Path]):
        from rolegen.project.shipped import site_templates

        self.folders = [Path(f) for f in folders] if isinstance(folders, list) else [Path(folders)]
        self.folder = self.folders[0]
        shipped = site_templates().resolve()
        trusted = all(f.resolve() == shipped or not any(f.rglob("*.j2")) for f in self.folders)
        environment = jinja2.Environment if trusted else SandboxedEnvironment
        loader = InsideLoader([str(f) for f in self.folders])
        common = dict(loader=loader, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)
        # Markdown uses {#id} for heading anchors: Jinja comments are {## ... ##} there.
        self.markdown = environment(autoescape=False, finalize=_finalize, comment_start_string="{##",
                                           comment_end_string="##}", **common)
        self.markdown.filters.update(FILTERS)
        self.html = environment(autoescape=True, **common)
        self._cache: dict[str, jinja2.Template] = {}

    def find(self, name: str) -> Path:
        """The file ``name`` of the first folder that has it (the last folder's path when none has)."""
        for folder in self.folders:
            if (folder / name).exists():
                return folder / name
        return self.folders[-1] / name

    def files(self, sub: str) -> dict[str, bytes]:
        """Every file under ``sub`` of every folder, a user's file replacing a shipped one of the same name."""
        found: dict[str, bytes] = {}
        for folder in reversed(self.folders):
            base = folder / sub
            if base.is_dir():
                found.update({p.relative_to(base).as_posix(): p.read_bytes() for p in sorted(base.rglob("*"))
                              if p.is_file()})
        return dict(sorted(found.items()))

    def get(self, name: str) -> jinja2.Template:
        """The compiled template ``name``; a syntax error is a located DataError."""
        template = self._cache.get(name)
        if template is None:
            env = self.html if name.endswith(".html.j2") else self.markdown
            try:
                template = env.get_template(name)
            except jinja2.TemplateNotFound:
                raise DataError([Problem(shown_path(self.folder / name), 1, 1, "", "template not found")]) from None
            except jinja2.TemplateSyntaxError as exc:
                where = shown_path(Path(exc.filename)) if exc.filename else shown_path(self.folder / name)
                raise DataError([Problem(where, exc.lineno or 1, 1, "", exc.message or "syntax error")]) from None
            self._cache[name] = template
        return template

    def render(self, name: str, **context: Any) -> str:
        """Render ``name``; an error while rendering names the template file and line."""
        template = self.get(name)
        try:
            return template.render(**context)
        except jinja2.TemplateError as exc:
            raise DataError([_located(exc, self.folder, name)]) from None
        except (TypeError, KeyError, AttributeError, ValueError) as exc:
            raise DataError([_located(exc, self.folder, name)]) from None


def _located(exc: BaseException, folder: Path, name: str) -> Problem:
    """The innermost template frame of the traceback: Jinja maps it to the template's line."""
    where, line = shown_path(folder / name), 1
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename and frame.filename.endswith(".j2"):
            where, line = shown_path(Path(frame.filename)), frame.lineno or 1
    message = getattr(exc, "message", None) or str(exc)
    return Problem(where, line, 1, "", f"template error: {message}")
