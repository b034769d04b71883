"""Links and linked text for one page: what templates call as ``p.role(id)``, ``p.text(t)``.

Each page gets its own :class:`PageLinks`, which knows where the page is (so
links are relative, as the engine's link checks require) and which glossary
terms it has linked already (only the first use of a term is linked).
"""

from __future__ import annotations

import html
import json

from rolegen.knowledge.model import Text
from rolegen.site import context as paths
from rolegen.site.context import Guide
from rolegen.site.escape import Md, inline, link, relative, to_root, url_from
from rolegen.site.terms import TermLinker


class PageLinks:
    """Link helpers bound to one page of one language."""

    def __init__(self, guide: Guide, lang: str, terms: TermLinker, path: str, engine=None, theme: bool = False):
        self.guide = guide
        self.from_source = engine is not None and engine.raw_links == "source" and not theme
        """Raw HTML links are written from the source file's folder: the engine rewrites them (not in the theme's
        templates, which it pastes as they are)."""
        self.engine = engine
        self.kb = guide.kb
        self.lang = lang
        self.terms = terms
        self.path = path
        self.linked: set[str] = set()

    def to(self, target: str, label: str) -> Md:
        """A link to the docs path ``target`` (page, or page#anchor)."""
        return link(label, relative(target, self.path))

    def url(self, target: str) -> str:
        """The relative URL of ``target``, for raw HTML, as the engine reads it there (see ``from_source``)."""
        return url_from(target, self.path, self.from_source)

    def file(self, target: str) -> str:
        """A link to a file for raw HTML: ``target`` is a path from the docs folder (``../`` leads beyond it).

        MkDocs leaves raw HTML as written: the link is the final URL. Zensical
        reads it from the page's source file and rewrites it: the link is
        written from the source file's folder.
        """
        return url_from(target, self.path, self.from_source, page=False)

    def download(self, path: str) -> str:
        """The link to a posting file (``path`` from the site's root, as in the downloads' rows)."""
        name = self.engine.download_name(path) if self.engine is not None else path
        return self.file(f"../{name}")

    def saved_as(self, path: str) -> Md:
        """What follows a posting link's ``download`` attribute: the file's own name when the link has another."""
        name = self.engine.download_name(path) if self.engine is not None else path
        return Md("" if name == path else f'="{html.escape(path.rsplit("/", 1)[-1], quote=True)}"')

    @property
    def root(self) -> str:
        """Relative URL of the language site's root."""
        return to_root(self.path)

    def role(self, role_id: str) -> Md:
        """A link to a role's page, labelled with its title."""
        return self.to(paths.role_page(role_id), self.kb.roles[role_id].title[self.lang])

    def roles(self, role_ids) -> Md:
        """Links to several roles, separated by commas."""
        return Md(", ".join(self.role(r) for r in role_ids))

    def family(self, family_id: str) -> Md:
        """A link to a family's page."""
        return self.to(paths.family_page(family_id), self.kb.families[family_id].label[self.lang])

    def skill(self, skill_id: str) -> Md:
        """A link to a skill's page."""
        return self.to(paths.skill_page(skill_id), self.kb.skills[skill_id].label[self.lang])

    def kpi(self, kpi_id: str) -> Md:
        """A link to a KPI's definition."""
        return self.to(f"{paths.KPIS}#{kpi_id}", self.kb.kpis[kpi_id].label[self.lang])

    def term(self, term_id: str) -> Md:
        """A link to a glossary entry."""
        return self.to(f"{paths.GLOSSARY}#{term_id}", self.kb.glossary[term_id].label[self.lang])

    def partner(self, partner_id: str) -> Md:
        """A collaboration partner: a link for a role, the label for a team."""
        if partner_id in self.kb.roles:
            return self.role(partner_id)
        return inline(self.kb.teams[partner_id].label[self.lang])

    def text(self, text: Text) -> Md:
        """A role text in this language, with the first use of each glossary term linked."""
        return self.terms.render(text[self.lang], self._term_target, self.linked)

    def _term_target(self, term_id: str) -> str:
        return relative(f"{paths.GLOSSARY}#{term_id}", self.path)

    def title(self, role_id: str) -> str:
        """A role's title in this language (plain text)."""
        return self.kb.roles[role_id].title[self.lang]


def html_text(text: str) -> Md:
    """Plain text for a raw HTML block (no Markdown is read there)."""
    return Md(html.escape(" ".join(text.split()), quote=True))


def front_matter(**fields) -> Md:
    """YAML front matter; values are written as JSON, which YAML reads as it is."""
    lines = ["---"] + [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items()] + ["---"]
    return Md("\n".join(lines) + "\n")
