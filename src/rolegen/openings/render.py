"""Render an opening's posting: Markdown from a template, then HTML, text, JSON-LD and Word from it.

:class:`OpeningPosting` has the attributes the posting checks read
(``name``, ``lang``, ``company``, ``blocks``, ``markdown``, ``templates``,
``jsonld_data()``), so that :func:`rolegen.postings.rules.check_rendered`
checks it as it checks a role's posting.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from markupsafe import Markup

from rolegen.errors import UsageError
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.company import Company
from rolegen.knowledge.model import LANGS
from rolegen.openings import jsonld as opening_jsonld
from rolegen.openings import word
from rolegen.openings.context import opening_context
from rolegen.openings.load import Vacancy
from rolegen.postings import env, jsonld, text
from rolegen.postings.config import DEFAULT_RULES, Rules
from rolegen.postings.render import to_html

FORMATS = ("md", "html", "txt", "jsonld", "docx")
"""Output formats of an opening's posting, also the file extensions."""
BINARY = ("docx",)


@dataclass(frozen=True)
class OpeningPosting:
    """One opening's ad in one language, rendered once; every format derives from it."""

    kb: KnowledgeBase
    vacancy: Vacancy
    lang: str
    title: str
    markdown: str
    fragment: str
    context: dict[str, Any]
    templates: str | None

    @property
    def name(self) -> str:
        return f"{self.vacancy.id}.{self.lang}"

    @property
    def company(self) -> Company:
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
        head, sep, rest = self.fragment.partition("</h1>")
        return rest.strip() if sep else self.fragment

    @cached_property
    def _jsonld(self) -> dict[str, Any]:
        skills = [*self.context["essential_skills"], *self.context["optional_skills"]]
        return opening_jsonld.opening_posting(self.vacancy, self.title, self.description(), self.context["missions"],
                                              skills)

    def jsonld_data(self) -> dict[str, Any]:
        """The schema.org JobPosting of the ad (a fresh copy of the top level)."""
        return dict(self._jsonld)

    def output(self, fmt: str) -> str | bytes:
        """The ad in ``fmt``: md, html, txt, jsonld (text) or docx (bytes)."""
        if fmt == "md":
            return self.markdown
        if fmt == "txt":
            return text.plain_text(self.blocks, self.lang)
        if fmt == "jsonld":
            return jsonld.dumps(self._jsonld) + "\n"
        if fmt == "html":
            return self._page()
        if fmt == "docx":
            opening = self.vacancy.opening
            return word.document(self.paragraphs, title=self.title, lang=self.lang, author=self.company.name,
                                 day=opening.date_posted, keywords=opening.reference)
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")

    def _page(self) -> str:
        context = {"lang": self.lang, "title": self.title, "company_name": self.company.name,
                   "body": Markup(self.fragment), "jsonld": Markup(jsonld.dumps(self._jsonld))}
        return env.render(env.environments(self.templates)[1], "page.html.j2", context)


def render_opening(kb: KnowledgeBase, vacancy: Vacancy, lang: str, templates: str | Path | None = None,
                   rules: Rules | None = None) -> OpeningPosting:
    """Render the Markdown of one opening's ad in ``lang`` and everything derived from it."""
    if lang not in LANGS:
        raise UsageError(f"unknown language '{lang}' (choose fr or en)")
    folder = str(Path(templates).resolve()) if templates is not None else None
    context = opening_context(kb, vacancy, lang, (rules or DEFAULT_RULES).title_mark)
    md = env.render(env.environments(folder)[0], f"opening.{lang}.md.j2", context)
    return OpeningPosting(kb, vacancy, lang, context["title"], md, to_html(md), context, folder)
