"""Rendering the pages and configurations of every language, in memory.

The two languages are rendered at once in two processes where the system
can fork (the knowledge base and the compiled templates are shared with the
children as they are, nothing is loaded twice); elsewhere one after the
other. By default nothing is written: a problem in either language stops
before any file is touched. Given a work folder, each process writes its own
language's folder as soon as that language is rendered and checked, and the
caller hears of it at once (``on_ready``), so that the engine can start on one
language while the other is still being rendered; the pages then never travel
back to the parent process, which keeps its memory small.
"""

from __future__ import annotations

import gc
import json
import time
from multiprocessing.connection import wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from rolegen.adcheck.export import browser_json as adcheck_rules_json
from rolegen.errors import DataError, Problem, UsageError
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.loader import uncollected
from rolegen.site import config as configs
from rolegen.site.background import Background
from rolegen.site.comparisons import Comparisons, read_sources
from rolegen.site.context import Guide, make_guide
from rolegen.site.diagram import diagrams
from rolegen.site.finder import finder_index
from rolegen.site.studio import studio_json
from rolegen.site import engines
from rolegen.site.downloads import expected_downloads
from rolegen.site.output import claim, write_language
from rolegen.site.pages import Extras, LanguagePages, render_language
from rolegen.site.templating import Templates
from rolegen.site.words import site_words

PAGE_TEMPLATES = ("role.md.j2", "roles.md.j2", "family.md.j2", "home.md.j2", "skills.md.j2", "skill.md.j2", "glossary.md.j2",
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
    configs: dict[str, Path] = field(default_factory=dict)
    """Language -> its written ``mkdocs.yml`` (when a work folder was given)."""
    pages: int = 0
    render_seconds: float = 0.0
    """Rendering time of the slower language."""
    write_seconds: float = 0.0
    """Writing time of the slower language (when a work folder was given)."""


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
    work: Path | None = None
    """Where each language's folder is written, or None to return the files instead."""
    languages: tuple[str, ...] = configs.LANGS
    """The guide's languages, which the language switcher offers."""
    studio: bytes = b""
    """The posting studio's data (assets/rolegen/studio.json)."""
    engine: engines.Engine | None = None
    """The engine adapter: its configuration, theme files and files beside the pages."""
    search_patch: Path | None = None
    """rolegen's searchfold.js, for engines that append it to their search."""


_JOB: _Job | None = None  # set before forking: the children find it here, already built


def generate(kb: KnowledgeBase, options, with_downloads: bool,
             langs: tuple[str, ...] | None = None, downloads: dict[str, list[dict]] | None = None,
             work: Path | None = None, on_ready: Callable[[str, Path], None] | None = None) -> Generated:
    """Render every page and configuration of ``langs`` (default: the guide's languages); see the module docstring.

    ``downloads`` (role id -> rows of files) replaces the role postings' links that ``with_downloads`` adds.
    Given ``work``, each language's folder is written there and
    ``on_ready(lang, config)`` is called in this process as each one is
    written, the first one possibly while the other is rendered.
    """
    global _JOB
    start = time.perf_counter()
    templates = Templates(template_folders(options.templates))
    for name in PAGE_TEMPLATES:  # compiled once, here, and shared by both languages
        templates.get(name)
    guide = make_guide(kb)
    if downloads is None:
        downloads = expected_downloads(kb) if with_downloads else {}
    engine = engines.get(getattr(options, "engine", engines.DEFAULT))
    extras = Extras(downloads=downloads,
                    comparisons=Comparisons(kb, read_sources(templates.find("comparisons.yml"))), diagrams=diagrams,
                    engine=engine)
    extras.comparisons.warm(guide)  # once, before the languages split into two processes
    base = configs.base_config(options.config)
    languages = tuple(getattr(options, "languages", configs.LANGS))
    langs = langs or languages
    extras.site_names = {lang: configs.site_name(base, lang) for lang in languages}
    if work is not None:
        claim(work)
    _JOB = _Job(guide, templates, extras, base, templates.files("assets"), configs.user_theme(base, options.config),
                work=work, languages=languages, engine=engine, search_patch=templates.find("searchfold.js"),
                studio=studio_json(kb, options))
    generated = Generated(guide)
    generated.site_url = str(base.get("site_url") or "")
    problems: list[tuple] = []
    try:
        for lang, (kind, value) in _run(langs):
            if kind == "problems":
                problems += value
            elif not problems:
                _collect(generated, lang, kind, value, on_ready)
    finally:
        _JOB = None
    if problems:
        raise DataError(Problem(*p) for p in problems)
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


def _collect(generated: Generated, lang: str, kind: str, value: Any, on_ready) -> None:
    """Keep one language's result: its files, or (written) its configuration and figures."""
    if kind == "tree":
        generated.trees[lang] = value
        generated.pages += sum(1 for rel in value if rel.endswith(".md"))
        return
    generated.configs[lang] = value["config"]
    generated.pages += value["pages"]
    generated.render_seconds = max(generated.render_seconds, value["render"])
    generated.write_seconds = max(generated.write_seconds, value["write"])
    if on_ready is not None:
        on_ready(lang, value["config"])


def _run(langs: tuple[str, ...]) -> Iterator[tuple[str, tuple[str, Any]]]:
    """(lang, result) of each language, in the order they finish.

    Each language has a process of its own that ends as soon as its pages are
    written, and its memory with it (a pool would keep it until the last one).
    """
    if len(langs) < 2:
        yield from ((lang, _language(lang)) for lang in langs)
        return
    # Frozen objects are left alone by the collector: the children then do not write to (and so copy) every
    # page of the knowledge base they share with this process.
    gc.freeze()
    try:
        pending = {lang: Background(_language, lang) for lang in langs}
    finally:
        gc.unfreeze()
    try:
        while pending:
            waiting = [job.waitable for job in pending.values() if job.waitable is not None]
            done = wait(waiting) if len(waiting) == len(pending) else []  # an answered job is taken at once
            for lang, job in list(pending.items()):
                if job.waitable is None or job.waitable in done:
                    del pending[lang]
                    yield lang, job.result()
    finally:
        for job in pending.values():
            job.stop()


def _for_engine(engine: engines.Engine, text: str | bytes) -> str | bytes:
    if isinstance(text, bytes):  # UTF-8: its length bounds every section's
        if engine.search_field_limit is None or len(text) <= engine.search_field_limit:
            return text
        return engine.page(text.decode("utf-8")).encode("utf-8")
    return engine.page(text)


@uncollected()  # a language keeps what it makes until its pages are written
def _language(lang: str) -> tuple[str, Any]:
    """One language as plain data that crosses processes: ("tree", files), ("written", figures) or ("problems", [...])."""
    job = _JOB
    assert job is not None
    start = time.perf_counter()
    try:
        pages, nav, theme = render_language(job.guide, job.templates, lang, job.extras, encoded=job.work is not None)
    except DataError as exc:
        return "problems", [(p.path, p.line, p.column, p.field, p.message, p.severity) for p in exc.problems]
    engine = job.engine or engines.get(engines.DEFAULT)
    tree: dict[str, str | bytes] = {f"docs/{path}": _for_engine(engine, text) for path, text in pages.items()}
    tree.update({f"{configs.THEME_DIR}/{path}": data for path, data in job.user_theme.items()})
    tree.update({f"{configs.THEME_DIR}/{path}": text for path, text in theme.items()})
    tree.update({f"docs/{configs.ASSETS}/{name}": data for name, data in job.assets.items()})
    # The two indexes are large on a large guide: each is made, written out as JSON and let go of at once.
    tree[f"docs/{configs.ASSETS}/compare.json"] = _json_bytes(
        job.extras.comparisons.picker_data(job.guide, lang, site_words(lang)))
    tree[f"docs/{configs.ASSETS}/adcheck-rules.json"] = adcheck_rules_json()
    tree[f"docs/{configs.ASSETS}/studio.json"] = job.studio
    tree[f"docs/{configs.ASSETS}/finder.json"] = _json_bytes(finder_index(job.guide, lang, site_words(lang)))
    tree.update({f"{configs.THEME_DIR}/{path}": data for path, data in engine.theme_files(lang, job.search_patch).items()})
    tree.update(engine.folder_files())
    tree["mkdocs.yml"] = configs.dump(engine.configure(configs.derive(job.base, lang, nav, languages=job.languages), lang))
    if job.work is None:
        return "tree", tree
    rendered = time.perf_counter()
    write_language(job.work / lang, tree)
    return "written", {"config": job.work / lang / "mkdocs.yml", "pages": sum(1 for path in pages if path.endswith(".md")),
                       "render": rendered - start, "write": time.perf_counter() - rendered}


def _json_bytes(data: Any) -> bytes:
    """Stable JSON (sorted keys, UTF-8)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def role_pages(kb: KnowledgeBase, options, lang: str, role_ids: list[str]) -> dict[str, str]:
    """Only the pages of ``role_ids`` in ``lang`` (docs path -> Markdown), rendered as a full build renders them.

    The preview writes these first when a role file is saved, so that the page
    being edited is rebuilt within a second while the rest is regenerated.
    """
    templates = Templates(template_folders(options.templates))
    guide = make_guide(kb)
    extras = Extras(comparisons=Comparisons(kb, read_sources(templates.find("comparisons.yml"))), diagrams=diagrams,
                    engine=engines.get(getattr(options, "engine", engines.DEFAULT)))
    base = configs.base_config(options.config)
    extras.site_names = {code: configs.site_name(base, code) for code in getattr(options, "languages", configs.LANGS)}
    language = LanguagePages(guide, templates, lang, extras)
    for role_id in role_ids:
        language._role(kb.roles[role_id])  # the one page of a role, exactly as LanguagePages.build renders it
    return language.pages
