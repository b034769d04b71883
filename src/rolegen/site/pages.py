"""The Markdown pages of one language, rendered from ``templates/site``.

Pages are plain Markdown with YAML front matter and a few raw HTML blocks:
any engine that reads ``mkdocs.yml`` builds them. Nothing here imports the
engine. The result is a mapping from docs path to text, and the navigation.
"""

from __future__ import annotations

import html

from dataclasses import dataclass, field
from typing import Any, Callable

from rolegen.textutil import fold

from rolegen.knowledge.sections import registry
from rolegen.site import context as paths
from rolegen.site.basis import BasisMarks, basis_counts
from rolegen.site.context import GROUP_SIZE, Guide
from rolegen.site.escape import Md, french_spacing
from rolegen.site.glance import glance
from rolegen.site.heatmap import legend
from rolegen.site.occupation import occupation, script
from rolegen.site.links import PageLinks, front_matter
from rolegen.site.nav import build_nav, compare_nav, nav_label
from rolegen.site.tables import matrix
from rolegen.site.templating import Templates
from rolegen.site.terms import TermLinker
from rolegen.site.words import site_words


@dataclass
class Extras:
    """What the pages show beyond the knowledge base: downloads, comparisons, diagrams."""

    downloads: dict[str, list[dict]] = field(default_factory=dict)
    """Role id -> [{lang, format, path}] of its postings, paths relative to the site root."""
    comparisons: Any = None
    """A :class:`rolegen.site.comparisons.Comparisons`, or None to leave comparison pages out."""
    diagrams: Callable[[Guide, str, PageLinks], list[dict]] | None = None
    site_names: dict[str, str] = field(default_factory=dict)
    """Language -> the guide's name from the engine settings (a team's own guide), shown as the home title."""
    engine: Any = None
    """The engine adapter (:mod:`rolegen.site.engines`): how it reads links to files in raw HTML."""


class LanguagePages:
    """Renders every page of one language."""

    def __init__(self, guide: Guide, templates: Templates, lang: str, extras: Extras):
        self.guide = guide
        self.kb = guide.kb
        self.templates = templates
        self.lang = lang
        self.extras = extras
        self.w = site_words(lang)
        if lang in extras.site_names:
            self.w = {**self.w, "site_name": extras.site_names[lang]}
        self.terms = TermLinker(guide.kb, lang)
        self.pages: dict[str, str | bytes] = {}
        self.encoded = False
        """Keep each page as UTF-8 bytes (set when the pages go to files)."""
        self.theme: dict[str, str] = {}
        """Theme templates (path under the theme's custom folder -> text): the matrices' bodies."""
        self.term_usage: dict[str, list[str]] = {}
        # French sets a (narrow, unbreakable) space before a colon; English does not.
        colon = Md("\u202f: " if lang == "fr" else ": ")
        self.common = dict(lang=lang, w=self.w, kb=self.kb, guide=guide, paths=paths, colon=colon,
                           group_size=GROUP_SIZE, has_downloads=bool(extras.downloads),
                           families=sorted(guide.families, key=lambda fid: fold(self.kb.families[fid].label[lang])),
                           basis_counts={r.id: basis_counts(r) for r in guide.ordered_roles()})

    def links(self, path: str, theme: bool = False) -> PageLinks:
        """Link helpers for the page at ``path`` (``theme``: for HTML that goes into a theme template)."""
        return PageLinks(self.guide, self.lang, self.terms, path, engine=self.extras.engine, theme=theme)

    def render(self, path: str, template: str, p: PageLinks | None = None, **values: Any) -> None:
        """Render ``template`` as the page ``path``."""
        context = dict(self.common, p=p or self.links(path), **values)
        text = self.templates.render(template, **context)
        text = french_spacing(text) if self.lang == "fr" else text
        # Pages on their way to disk are kept as UTF-8: half the memory of the text for a French page.
        self.pages[path] = text.encode("utf-8") if self.encoded else text

    def build(self) -> tuple[dict[str, str], list]:
        """Every page (docs path -> Markdown) and the navigation."""
        for role in self.guide.ordered_roles():
            self._role(role)
        for fid in self.guide.families:
            self.render(paths.family_page(fid), "family.md.j2", family=self.kb.families[fid],
                        role_ids=self.guide.members[fid])
        self.render(paths.ROLES_INDEX, "roles.md.j2",
                    role_ids=sorted(self.kb.roles, key=lambda rid: fold(self.kb.roles[rid].title[self.lang])))
        self._vocabulary_pages()
        for section in paths.matrix_sections():
            self._matrix(section)
        sources = self._comparison_pages()
        diagrams = self.extras.diagrams or (lambda guide, lang, p: [])
        p = self.links(paths.RELATIONS)
        self.render(paths.RELATIONS, "relations.md.j2", diagrams=diagrams(self.guide, self.lang, p))
        self.render(paths.TAGS, "tags.md.j2")
        self.render(paths.CHECK_AD, "check-ad.md.j2")
        self.render(paths.STUDIO, "studio.md.j2")
        self.render("index.md", "home.md.j2")
        self.theme["404.html"] = not_found_page(self.w)
        self.render(paths.FINDER, "find.md.j2")
        level_families = []
        for fid in self.guide.families:
            roles = [self.kb.roles[rid] for rid in self.guide.members[fid] if self.kb.roles[rid].seniority]
            if roles:
                self.render(paths.levels_page(fid), "levels.md.j2", family=self.kb.families[fid], roles=roles)
                level_families.append(fid)
        nav = build_nav(self.guide, self.lang, self.w, compare_nav(self.lang, self.w, sources, level_families, self.kb))
        return self.pages, nav

    def _role(self, role) -> None:
        path = paths.role_page(role.id)
        tags = [nav_label(self.kb.families[role.family].label[self.lang]), nav_label(self.w[role.level])]
        p = self.links(path)
        # Role pages come first in search results: they are what visitors look for.
        comparisons = self.extras.comparisons
        closest = [pair for pair in comparisons.closest(role.id, guide=self.guide) if pair[1] > 0] if comparisons else []
        marks = BasisMarks(self.kb, role, self.lang)
        self.render(path, "role.md.j2", p=p, role=role, front=front_matter(tags=tags, search={"boost": 2}),
                    downloads=self.extras.downloads.get(role.id, []), glance=glance(role, p, self.w, closest, marks),
                    jsonld=script(occupation(self.kb, role, self.lang)), marks=marks, sections=registry().body())
        # Every free text of the role went through p.text: the terms it linked are the terms it uses.
        for term_id in sorted(p.linked):
            self.term_usage.setdefault(term_id, []).append(role.id)

    def _vocabulary_pages(self) -> None:
        lang, kb = self.lang, self.kb
        by_label = lambda entries: sorted(entries, key=lambda e: fold(e.label[lang]))  # noqa: E731
        skills = [kb.skills[sid] for sid in self.guide.skill_roles]
        self.render(paths.SKILLS, "skills.md.j2", skills=by_label(skills))
        for skill in skills:
            pairs = self.guide.skill_roles[skill.id]
            self.render(paths.skill_page(skill.id), "skill.md.j2", skill=skill,
                        essential=[r for r, need in pairs if need == "essential"],
                        optional=[r for r, need in pairs if need == "optional"])
        self.render(paths.GLOSSARY, "glossary.md.j2", terms=by_label(kb.glossary.values()), usage=self.term_usage)
        self.render(paths.KPIS, "kpis.md.j2", kpis=by_label(kb.kpis.values()))
        ordered = self.guide.ordered_roles()
        citing = {sid: [r.id for r in ordered if sid in r.sources] for sid in kb.sources}
        self.render(paths.SOURCES, "sources.md.j2", citing=citing)

    def _matrix(self, section: str) -> None:
        """The page of a section's matrix: an intro in Markdown, the tables in a theme template.

        The tables are most of the guide's text; kept out of the Markdown, the
        engine neither parses nor indexes them and only pastes them in.
        """
        path = paths.matrix_page(section)
        p = self.links(path)
        in_theme = self.links(path, theme=True)
        in_theme.linked = p.linked  # one page: a term is linked at its first use in either part
        groups = self.guide.groups
        parts = []
        for index, ids in enumerate(groups, start=1):
            if len(groups) > 1:
                parts.append(f'<h2 id="group-{index}">{html.escape(self.w["group"])} {index}</h2>')
            parts.append(matrix(section, ids, in_theme, self.w))
        name = f"{THEME_FOLDER}/matrix-{section.replace('_', '-')}.html"
        body = "\n".join(parts)
        self.theme[name] = theme_page(french_spacing(body) if self.lang == "fr" else body)
        self.render(path, "matrix.md.j2", p=p, section=section, theme_template=name)

    def _comparison_pages(self) -> list[tuple[str, str]]:
        """The compare pages; returns (id, title) of the sources' comparisons, for the navigation."""
        comparisons = self.extras.comparisons
        sources = comparisons.sources(self.lang) if comparisons else []
        self.render(paths.COMPARE, "compare.md.j2", sources=sources)
        self.render(paths.PICK, "pick.md.j2")
        for source in sources:
            path = paths.comparison_page(source["id"])
            p = self.links(path)
            self.render(path, "comparison.md.j2", p=p, source=comparisons.page(source["id"], p, self.w))
        p = self.links(paths.OVERLAP)
        groups = comparisons.overlap_groups(self.guide, p, self.w) if comparisons else []
        self.render(paths.OVERLAP, "overlap.md.j2", p=p, groups=groups, legend=legend(self.w),
                    formula=comparisons.formula(self.lang) if comparisons else "")
        return [(s["id"], s["title"]) for s in sources]


def render_language(guide: Guide, templates: Templates, lang: str,
                    extras: Extras | None = None, encoded: bool = False) -> tuple[dict, list, dict]:
    """Every page of ``lang`` (docs path -> Markdown, as UTF-8 bytes when ``encoded``), its navigation and its
    theme templates."""
    language = LanguagePages(guide, templates, lang, extras or Extras())
    language.encoded = encoded
    pages, nav = language.build()
    return pages, nav, language.theme


def not_found_page(w: dict[str, str]) -> str:
    """The theme's 404 page in the guide's language, with a way back to the home page and the finder."""
    return ('{% extends "main.html" %}\n{% block content %}\n'
            f'<h1>{html.escape(w["not_found"])}</h1>\n<p>{html.escape(w["not_found_text"])}</p>\n'
            f'<ul><li><a href="{{{{ nav.homepage.url | url }}}}">{html.escape(w["home"])}</a></li>\n'
            f'<li><a href="{{{{ \'find/\' | url }}}}">{html.escape(w["finder"])}</a></li></ul>\n'
            '{% endblock %}\n')


THEME_FOLDER = "rolegen"
"""Folder of rolegen's templates inside the theme's custom folder (``theme.custom_dir``)."""


def theme_page(body: str) -> str:
    """A theme template that shows a page's own content, then ``body`` (HTML, pasted as is).

    ``{`` is written as a character reference, so no text in ``body`` can be
    read as template syntax, not even an ``endraw``.
    """
    return ('{% extends "main.html" %}\n{% block content %}\n{{ super() }}\n{% raw %}'
            + body.replace("{", "&#123;") + "{% endraw %}\n{% endblock %}\n")


__all__ = ["Extras", "LanguagePages", "Md", "render_language"]
