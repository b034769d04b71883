"""What the guide's posting studio reads: the posting templates, the words, and the parts of every posting
that depend only on the role and the level, made here by the functions the command line uses.

The studio (``templates/site/assets/studio.js``, with ``posting.js``) renders
``opening.LANG.md.j2`` and ``page.html.j2`` as they are, with a JavaScript
engine that reads Jinja's syntax (nunjucks); what the form changes (pay,
place, dates, missions ...) is put into the context with these words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.company import Company
from rolegen.knowledge.model import LANGS, Role
from rolegen.postings import words
from rolegen.postings.config import DEFAULT_RULES, Rules
from rolegen.postings.context import _role, clean, posting_title, skills
from rolegen.postings.formats import registry
from rolegen.postings.jsonld import EMPLOYMENT_TYPES, occupational_category
from rolegen.postings.load import Vacancy

TEMPLATES = ("opening.fr.md.j2", "opening.en.md.j2", "page.html.j2")
"""The posting templates the studio renders."""


def _pairs(table: dict[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
    return {key: {"fr": fr, "en": en} for key, (fr, en) in table.items()}


def studio_words() -> dict[str, Any]:
    """The posting vocabulary of :mod:`rolegen.postings.words`, as data: with what Babel gives for dates,
    countries, languages and money, so that the page writes them as the command line does."""
    cldr = {lang: words.locale_data(lang) for lang in LANGS}
    return {
        "contracts": _pairs(words.CONTRACTS), "hours": _pairs(words.HOURS), "remote": _pairs(words.REMOTE),
        "periods": _pairs(words.PERIODS), "net_periods": _pairs(words.NET_PERIODS),
        "money": {lang: cldr[lang]["money"] for lang in LANGS},
        "countries": {code: {lang: cldr[lang]["countries"][code] for lang in LANGS} for code in cldr["fr"]["countries"]},
        "months": {lang: cldr[lang]["months"] for lang in LANGS},
        "asap": {"fr": words.ASAP[0], "en": words.ASAP[1]},
        "languages": {code: {lang: cldr[lang]["languages"][code] for lang in LANGS}
                      for code in cldr["fr"]["languages"] if code in cldr["en"]["languages"]},
        "education": _pairs(words.EDUCATION),
        "employment_types": EMPLOYMENT_TYPES,
    }


def _level(kb: KnowledgeBase, role: Role, entry) -> dict[str, Any]:
    """One level of a role: its label, the profile sentence and the skills in the order the ad gives them."""
    level = kb.seniority[entry.level]
    vacancy = Vacancy(role.id, role.id, None, role, level, entry, None, None)
    out: dict[str, Any] = {"id": entry.level, "months": 12 * entry.experience.min,
                           "adds": [{"fr": clean(t.fr), "en": clean(t.en)} for t in entry.adds]}
    for lang in LANGS:
        label = clean(level.label[lang])
        essential, optional = skills(kb, vacancy, lang)
        out[lang] = {"level": label, "essential_skills": essential, "optional_skills": optional,
                     "level_profile": words.level_profile(level.id, label, entry.experience.min,
                                                          entry.experience.max, lang)}
    return out


def _role_data(kb: KnowledgeBase, role: Role, rules: Rules) -> dict[str, Any]:
    return {
        "id": role.id,
        "title": {lang: posting_title(role, lang, rules.title_mark) for lang in LANGS},
        "name": {lang: clean(role.title[lang]) for lang in LANGS},
        "responsibilities": [{"fr": clean(t.fr), "en": clean(t.en)} for t in role.responsibilities],
        "levels": [_level(kb, role, entry) for entry in role.seniority],
        "occupational_category": occupational_category(role),
        "reports_to": list(role.reports_to),
        "context": {lang: _role(kb, role, lang) for lang in LANGS},
    }


WORD_STYLES = ("DefaultParagraphFont", "Normal", "Title", "TitleChar", "Heading1", "Heading1Char", "Heading2",
               "Heading2Char", "ListBullet", "ListNumber")
"""The styles of :mod:`rolegen.postings.word`'s document that the studio's Word file carries."""


def word_parts() -> dict[str, Any]:
    """From the Word document the command line writes: the default run and paragraph settings, the styles the
    posting uses, the list numbering and each kind of paragraph's style, for the studio's Word writer."""
    from docx.oxml.ns import qn
    from lxml import etree

    from rolegen.postings import word

    doc, ids = word._blank()
    styles = doc.styles.element
    chosen = [etree.tostring(style, encoding="unicode") for style in styles.findall(qn("w:style"))
              if style.get(qn("w:styleId")) in WORD_STYLES]
    return {
        "defaults": etree.tostring(styles.find(qn("w:docDefaults")), encoding="unicode"),
        "styles": chosen,
        "numbering": etree.tostring(doc.part.numbering_part.element, encoding="unicode"),
        "ids": ids,
        "paper": word.PAPER,
    }


def studio_data(kb: KnowledgeBase, company: Company | None, company_path: str | None, templates: list[Path],
                rules: Rules | None = None) -> dict[str, Any]:
    """Everything the studio page reads (``assets/rolegen/studio.json``).

    ``company`` is the project's company profile, ``company_path`` where an
    opening file in the openings folder finds it; ``templates`` the folders
    the command line looks the posting templates up in, the user's first.
    """
    rules = rules or DEFAULT_RULES

    def template(name: str) -> str:
        found = next(folder / name for folder in templates if (folder / name).is_file())
        return found.read_text(encoding="utf-8")

    return {
        "version": 1,
        "templates": {name: template(name) for name in TEMPLATES},
        "words": studio_words(),
        "formats": registry(),
        "title_mark": rules.title_mark,
        "company": company.model_dump(mode="json", exclude_none=True) if company is not None else None,
        "company_path": company_path,
        "roles": [_role_data(kb, role, rules) for role in sorted(kb.roles.values(), key=lambda r: r.id)
                  if role.seniority],
        "teams": [{"id": tid, "label": {lang: clean(team.label[lang]) for lang in LANGS}}
                  for tid, team in sorted(kb.teams.items())],
        "role_titles": {rid: {lang: clean(role.title[lang]) for lang in LANGS} for rid, role in sorted(kb.roles.items())},
        "placeholders": _pairs(words.PLACEHOLDERS),
        "word": word_parts(),
    }
