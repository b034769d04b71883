"""Rendering the pages and configurations of every language, in memory.

The two languages are rendered at once in two processes where the system
can fork (the knowledge base and the compiled templates are shared with the
children as they are, nothing is loaded twice); elsewhere one after the
other. Nothing is written here: a problem in either language stops the build
before any file is touched.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rolegen.adcheck.export import browser_json as adcheck_rules_json
from rolegen.errors import DataError, Problem, UsageError
from rolegen.knowledge.base import KnowledgeBase
from rolegen.site import config as configs
from rolegen.site.comparisons import Comparisons, read_sources
from rolegen.site.context import Guide, make_guide
from rolegen.site.diagram import diagrams
from rolegen.site.finder import finder_index
from rolegen.site.searchfold import search_fold
from rolegen.site.downloads import expected_downloads
from rolegen.site.pages import Extras, render_language
from rolegen.site.templating import Templates
from rolegen.site.words import site_words

PAGE_TEMPLATES = ("role.md.j2", "family.md.j2", "home.md.j2", "skills.md.j2", "skill.md.j2", "glossary.md.j2",
                  "kpis.md.j2", "matrix.md.j2", "overlap.md.j2", "comparison.md.j2", "compare.md.j2", "pick.md.j2",
                  "relations.md.j2", "tags.md.j2", "find.md.j2", "levels.md.j2", "index.html.j2")


@dataclass
class Generated:
    """The pages and configuration of every language, in memory."""

    guide: Guide
    trees: dict[str, dict[str, str | bytes]] = field(default_factory=dict)
    """Language -> files of its folder (``mkdocs.yml``, ``docs/...``)."""
    site_url: str = ""
    """The base configuration's site_url ("" when it has none)."""
    root_page: str = ""
    """``index.html`` at the top of the site: sends visitors to their language."""
    seconds: float = 0.0


@dataclass
class _Job:
    """Everything a language's rendering needs, prepared once before the languages split."""

    guide: Guide
    templates: Templates
    extras: Extras
    base: dict[str, Any]
    assets: dict[str, bytes]
    user_theme: dict[str, bytes]
    """The base configuration's own theme.custom_dir files (rolegen's templates are added beside them)."""
    languages: tuple[str, ...] = configs.LANGS
    """The guide's languages, which the language switcher offers."""
    search_fold: dict[str, bytes] = field(default_factory=dict)
    """Theme files that make the theme's search box ignore accents (see rolegen.site.searchfold)."""


_JOB: _Job | None = None  # set before forking: the children find it here, already built


def generate(kb: KnowledgeBase, options, with_downloads: bool,
             langs: tuple[str, ...] | None = None, downloads: dict[str, list[dict]] | None = None) -> Generated:
    """Render every page and configuration of ``langs`` (default: the guide's languages), writing nothing.

    ``downloads`` (role id -> rows of files) replaces the role postings' links that ``with_downloads`` adds.
    """
    global _JOB
    start = time.perf_counter()
    templates = Templates(template_folders(options.templates))
    for name in PAGE_TEMPLATES:  # compiled once, here, and shared by both languages
        templates.get(name)
    guide = make_guide(kb)
    if downloads is None:
        downloads = expected_downloads(kb) if with_downloads else {}
    extras = Extras(downloads=downloads,
                    comparisons=Comparisons(kb, read_sources(templates.find("comparisons.yml"))), diagrams=diagrams)
    extras.comparisons.warm(guide)  # once, before the languages split into two processes
    base = configs.base_config(options.config)
    languages = tuple(getattr(options, "languages", configs.LANGS))
    langs = langs or languages
    extras.site_names = {lang: configs.site_name(base, lang) for lang in languages}
    _JOB = _Job(guide, templates, extras, base, templates.files("assets"), configs.user_theme(base, options.config),
                languages=languages, search_fold=search_fold(templates.find("searchfold.js")))
    try:
        results = _run(langs)
    finally:
        _JOB = None
    problems = [p for kind, value in results if kind == "problems" for p in value]
    if problems:
        raise DataError(Problem(*p) for p in problems)
    generated = Generated(guide, {lang: value for lang, (_, value) in zip(langs, results)})
    generated.site_url = str(base.get("site_url") or "")
    title = " · ".join(dict.fromkeys(extras.site_names[lang] for lang in languages))
    generated.root_page = templates.render("index.html.j2", langs=list(languages), names=extras.site_names, title=title)
    generated.seconds = time.perf_counter() - start
    return generated


def template_folders(user: str | Path | None) -> list[Path]:
    """The user's ``site/`` templates (from the folder that holds it), when there are any, then the shipped ones.

    A user's folder may hold only the templates it changes.
    """
    from rolegen.project.shipped import site_templates

    if user is None:
        return [site_templates()]
    if not Path(user).is_dir():
        raise UsageError(f"no templates folder at '{user}'; give the folder that holds site/ with --templates DIR")
    own = Path(user) / "site"
    return [own, site_templates()] if own.is_dir() else [site_templates()]


def _run(langs: tuple[str, ...]) -> list[tuple[str, Any]]:
    if len(langs) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [_language(lang) for lang in langs]
    with ProcessPoolExecutor(max_workers=len(langs), mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_language, langs))


def _language(lang: str) -> tuple[str, Any]:
    """("tree", files) of one language, or ("problems", [...]) as plain tuples that cross processes."""
    job = _JOB
    assert job is not None
    try:
        pages, nav, theme = render_language(job.guide, job.templates, lang, job.extras)
    except DataError as exc:
        return "problems", [(p.path, p.line, p.column, p.field, p.message, p.severity) for p in exc.problems]
    tree: dict[str, str | bytes] = {f"docs/{path}": text for path, text in pages.items()}
    tree.update({f"{configs.THEME_DIR}/{path}": data for path, data in job.user_theme.items()})
    tree.update({f"{configs.THEME_DIR}/{path}": text for path, text in theme.items()})
    tree.update({f"docs/{configs.ASSETS}/{name}": data for name, data in job.assets.items()})
    data = job.extras.comparisons.picker_data(job.guide, lang, site_words(lang))
    tree[f"docs/{configs.ASSETS}/compare.json"] = json.dumps(data, ensure_ascii=False, sort_keys=True)
    tree[f"docs/{configs.ASSETS}/adcheck-rules.json"] = adcheck_rules_json()
    finder = finder_index(job.guide, lang, site_words(lang))
    tree[f"docs/{configs.ASSETS}/finder.json"] = json.dumps(finder, ensure_ascii=False, sort_keys=True)
    tree.update({f"{configs.THEME_DIR}/{path}": data for path, data in job.search_fold.items()})
    tree["mkdocs.yml"] = configs.dump(configs.derive(job.base, lang, nav, languages=job.languages))
    return "tree", tree
