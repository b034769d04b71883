"""Render postings: Markdown from a template, then HTML, plain text, JSON-LD and Word from it.

The template writes Markdown with every value escaped; the HTML is that
Markdown rendered by Python-Markdown; the plain text and the Word file are
read back from the HTML; the JSON-LD is built from the posting, its
description being the HTML. An opening renders ``opening.LANG.md.j2``, a
role's posting (an opening with the defaults) ``posting.LANG.md.j2``; both read
the same context (:func:`rolegen.postings.context.posting_context`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import markdown
from markupsafe import Markup

from rolegen.errors import OutputError, UsageError
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.company import Company
from rolegen.knowledge.model import LANGS, Role
from rolegen.postings import env, jsonld, text, word
from rolegen.postings.config import DEFAULT_RULES, Rules
from rolegen.postings.context import posting_context
from rolegen.postings.formats import FORMATS
from rolegen.postings.load import Vacancy, role_posting

NEEDS_COMPANY = tuple(name for name, f in FORMATS.items() if f.needs_company)
"""Formats that carry JSON-LD, which Google rejects without a hiring organisation."""


@dataclass(frozen=True)
class Posting:
    """One posting in one language, rendered once; every format derives from it."""

    kb: KnowledgeBase
    vacancy: Vacancy
    lang: str
    title: str
    markdown: str
    fragment: str
    """The Markdown as an HTML fragment (the page's body)."""
    context: dict[str, Any]
    templates: str | None

    @property
    def role_id(self) -> str:
        return self.vacancy.role.id

    @property
    def name(self) -> str:
        return f"{self.vacancy.id}.{self.lang}"

    @property
    def company(self) -> Company | None:
        """The company profile with the opening's overrides: what the checks read."""
        return self.vacancy.company

    @cached_property
    def paragraphs(self) -> list[tuple[str, list[tuple[str, bool]]]]:
        """The fragment's paragraphs with their bold runs, parsed once for the Word file, the text and the checks."""
        return word.paragraphs(self.fragment)

    @cached_property
    def blocks(self) -> tuple[tuple[str, str], ...]:
        return word.blocks(self.paragraphs)

    def description(self) -> str:
        """The HTML of the ad without its title: the JSON-LD description."""
        head, sep, rest = self.fragment.partition("</h1>")
        return rest.strip() if sep else self.fragment

    @cached_property
    def _jsonld(self) -> dict[str, Any]:
        if self.company is None:
            raise UsageError("JSON-LD needs a company profile: Google rejects a JobPosting with no hiring organisation")
        skills = [*self.context["essential_skills"], *self.context["optional_skills"]]
        return jsonld.job_posting(self.vacancy, self.title, self.description(), self.context["missions"], skills)

    def jsonld_data(self) -> dict[str, Any]:
        """The schema.org JobPosting of the ad (a fresh copy of the top level)."""
        return dict(self._jsonld)

    def output(self, fmt: str) -> str | bytes:
        """The ad in ``fmt``, a name of :data:`rolegen.postings.formats.FORMATS`: text, or bytes for docx."""
        if fmt not in FORMATS:
            raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
        return getattr(self, FORMATS[fmt].renderer)()

    def markdown_text(self) -> str:
        return self.markdown

    def plain_text(self) -> str:
        return text.plain_text(self.blocks, self.lang)

    def jsonld_text(self) -> str:
        return jsonld.dumps(self._jsonld) + "\n"

    def page(self) -> str:
        """The self-contained HTML page, with the JSON-LD in its head."""
        context = {"lang": self.lang, "title": self.title, "company_name": self._jsonld["hiringOrganization"]["name"],
                   "body": Markup(self.fragment), "jsonld": Markup(jsonld.dumps(self._jsonld))}
        return env.render(env.environments(self.templates)[1], "page.html.j2", context)

    def word(self) -> bytes:
        """The Word document (.docx)."""
        company, opening = self.company, self.vacancy.opening
        day = opening.date_posted if opening is not None else (company.date_posted if company else None)
        return word.document(self.paragraphs, title=self.title, lang=self.lang,
                             author=company.name if company else "", day=day,
                             keywords=self.context["reference"] or self.context["identifier"],
                             language=word.word_language(self.lang, company.english if company else "en-GB"))


_MARKDOWN = markdown.Markdown(output_format="html")  # built once: setting up a converter costs more than a page


def to_html(md: str) -> str:
    """Markdown to an HTML fragment, as HTML5 (no self-closing tags)."""
    return _MARKDOWN.reset().convert(md)


def render_opening(kb: KnowledgeBase, vacancy: Vacancy, lang: str, templates: str | Path | None = None,
                   rules: Rules | None = None) -> Posting:
    """Render the Markdown of one posting in ``lang`` and everything derived from it."""
    if lang not in LANGS:
        raise UsageError(f"unknown language '{lang}' (choose fr or en)")
    folder = str(Path(templates).resolve()) if templates is not None else None
    context = posting_context(kb, vacancy, lang, (rules or DEFAULT_RULES).title_mark)
    md = env.render(env.environments(folder)[0], f"{vacancy.template}.{lang}.md.j2", context)
    return Posting(kb, vacancy, lang, context["title"], md, to_html(md), context, folder)


def render(kb: KnowledgeBase, role: Role, company: Company | None, lang: str, templates: str | Path | None = None,
           rules: Rules | None = None) -> Posting:
    """The posting of ``role`` for ``company`` (an opening with the defaults) in ``lang``."""
    return render_opening(kb, role_posting(role, company), lang, templates, rules)


def render_posting(kb: KnowledgeBase, role: Role, company: Company | None, lang: str, fmt: str,
                   templates: str | Path | None = None, rules: Rules | None = None) -> str | bytes:
    """One ad of ``role`` for ``company`` in ``lang`` and ``fmt`` (a name of the formats' registry).

    ``company`` may be None for the formats without JSON-LD: the ad then shows
    placeholders such as ``<Entreprise>``. Raises :class:`UsageError` for html
    and jsonld without a company, :class:`DataError` for a broken template.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
    if company is None and FORMATS[fmt].needs_company:
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
