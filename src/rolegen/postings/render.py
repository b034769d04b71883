"""Render postings: Markdown from a template, then HTML, plain text and JSON-LD from it.

The template writes Markdown with every value escaped; the HTML is that
Markdown rendered by Python-Markdown; the plain text is read back from the
HTML; the JSON-LD is built from the profile, its description being the HTML.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import markdown
from markupsafe import Markup

from rolegen.knowledge.company import Company
from rolegen.errors import OutputError, UsageError
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import LANGS, Role
from rolegen.postings import env, jsonld, text
from rolegen.postings.config import DEFAULT_RULES, Rules
from rolegen.postings.context import posting_context

FORMATS = ("md", "html", "txt", "jsonld")
"""Output formats, also the file extensions."""
NEEDS_COMPANY = ("html", "jsonld")
"""Formats that carry JSON-LD, which Google rejects without a hiring organisation."""


@dataclass(frozen=True)
class Posting:
    """One role's ad in one language, rendered once; every format derives from it."""

    role_id: str
    lang: str
    title: str
    markdown: str
    fragment: str
    """The Markdown as an HTML fragment (the page's body)."""
    company: Company | None
    templates: str | None

    @cached_property
    def blocks(self) -> tuple[tuple[str, str], ...]:
        """The fragment's (kind, text) blocks, read once for the checks and the plain text."""
        return text.blocks(self.fragment)

    @property
    def name(self) -> str:
        return f"{self.role_id}.{self.lang}"

    def description(self) -> str:
        """The HTML of the ad without its title: the JSON-LD description."""
        head, sep, rest = self.fragment.partition("</h1>")
        return rest.strip() if sep else self.fragment

    def jsonld_data(self) -> dict[str, Any]:
        """The schema.org JobPosting of the ad."""
        if self.company is None:
            raise UsageError("JSON-LD needs a company profile: Google rejects a JobPosting with no hiring organisation")
        return jsonld.job_posting(self.title, self.description(), self.company)

    def output(self, fmt: str) -> str:
        """The ad in ``fmt``: md, html, txt or jsonld."""
        if fmt == "md":
            return self.markdown
        if fmt == "txt":
            return text.plain_text(self.blocks, self.lang)
        if fmt == "jsonld":
            return jsonld.dumps(self.jsonld_data()) + "\n"
        if fmt == "html":
            return self._page()
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")

    def _page(self) -> str:
        data = self.jsonld_data()
        context = {
            "lang": self.lang,
            "title": self.title,
            "company_name": data["hiringOrganization"]["name"],
            "body": Markup(self.fragment),
            "jsonld": Markup(jsonld.dumps(data)),
        }
        return env.render(env.environments(self.templates)[1], "page.html.j2", context)


_MARKDOWN = markdown.Markdown(output_format="html")  # built once: setting up a converter costs more than a page


def to_html(md: str) -> str:
    """Markdown to an HTML fragment, as HTML5 (no self-closing tags)."""
    return _MARKDOWN.reset().convert(md)


def render(
    kb: KnowledgeBase,
    role: Role,
    company: Company | None,
    lang: str,
    templates: str | Path | None = None,
    rules: Rules | None = None,
) -> Posting:
    """Render the Markdown of one ad and everything derived from it."""
    if lang not in LANGS:
        raise UsageError(f"unknown language '{lang}' (choose fr or en)")
    folder = str(Path(templates).resolve()) if templates is not None else None
    context = posting_context(kb, role, company, lang, (rules or DEFAULT_RULES).title_mark)
    md = env.render(env.environments(folder)[0], f"posting.{lang}.md.j2", context)
    return Posting(role.id, lang, context["title"], md, to_html(md), company, folder)


def render_posting(
    kb: KnowledgeBase,
    role: Role,
    company: Company | None,
    lang: str,
    fmt: str,
    templates: str | Path | None = None,
    rules: Rules | None = None,
) -> str:
    """One ad of ``role`` for ``company`` in ``lang`` and ``fmt`` (md, html, txt, jsonld).

    ``company`` may be None for md and txt: the ad then shows placeholders
    such as ``<Entreprise>``. Raises :class:`UsageError` for html and jsonld
    without a company, :class:`DataError` for a broken template.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
    if company is None and fmt in NEEDS_COMPANY:
        raise UsageError(f"--format {fmt} needs --company FILE: Google rejects a JobPosting with no hiring organisation")
    return render(kb, role, company, lang, templates, rules).output(fmt)


def plan_outputs(out_dir: str | Path, names: list[tuple[str, str]]) -> dict[Path, str]:
    """Output path of each (file name, source); refuses two outputs on the same path, naming both."""
    root = Path(out_dir)
    if root.exists() and not root.is_dir():
        raise OutputError(f"'{out_dir}' exists and is not a folder")
    planned: dict[Path, str] = {}
    seen: dict[str, str] = {}
    for file_name, source in names:
        path = root / file_name
        key = os.path.normcase(str(path)).casefold()  # the same file on a case-insensitive disk
        if key in seen:
            raise OutputError(f"{path}: both {seen[key]} and {source} would be written there")
        seen[key] = source
        planned[path] = source
    return planned
