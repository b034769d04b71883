"""``rolegen build``: validate, write the postings, generate the pages, build the guide.

Everything is read, checked and rendered in memory first; only then are files
written. The pages and configurations go to ``build/guide/<lang>/`` (any engine
that reads ``mkdocs.yml`` can build them from there), the engine builds both
languages at once, and the finished site replaces ``site/`` in one step.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from rolegen.fsutil import write_atomic
from rolegen.knowledge.base import KnowledgeBase
from rolegen.outputs import MANIFEST, check_owned, replacing
from rolegen.site.background import Background
from rolegen.site.downloads import FOLDER, expected_opening_downloads, write_downloads, write_opening_downloads
from rolegen.site.engine import Builds
from rolegen.site.generate import Generated, generate
from rolegen.site.config import THEME_DIR, fix_404
from rolegen.site.output import claim, sync_tree, write_if_changed

Progress = Callable[[str], None]


@dataclass
class Options:
    """Where ``rolegen build`` reads and writes; the defaults are the repository's layout."""

    roles: Path = Path("roles")
    config: Path | None = Path("mkdocs.yml")
    """The user's engine settings, read over the shipped defaults (None: the defaults alone)."""
    templates: Path | None = Path("templates")
    """The folder holding the user's site/ and postings/ templates (None: the shipped ones alone)."""
    work: Path = Path("build/guide")
    site: Path = Path("site")
    company: Path | None = Path("examples/company.yml")
    engine: str = "mkdocs"
    openings: Path | None = None
    """A folder of openings: their postings are published (instead of every role's for ``company``)."""
    languages: tuple[str, ...] = ("fr", "en")
    """The guide's languages (the project file's ``languages``), the first one the root page's default."""


@dataclass
class Report:
    """What a build did, for the command line to print."""

    roles: int
    pages: int
    postings: int
    generate_seconds: float
    engine_seconds: float
    posting_warnings: int = 0
    """Warnings of the postings' checks (``rolegen postings`` prints them)."""


def write_generated(generated: Generated, work: Path) -> dict[str, Path]:
    """Write each language's folder under ``work``; returns the configuration of each."""
    claim(work)
    for lang, tree in generated.trees.items():
        _sync_language(work / lang, tree)
    return {lang: work / lang / "mkdocs.yml" for lang in generated.trees}


def _sync_language(folder: Path, tree: dict[str, str | bytes]) -> None:
    """The language folder holds the configuration, docs/, the theme's templates and the engine's site/ (left alone)."""
    for sub in ("docs", THEME_DIR):
        sync_tree(folder / sub, {rel[len(sub) + 1:]: data for rel, data in tree.items() if rel.startswith(f"{sub}/")})
    write_if_changed(folder / "mkdocs.yml", tree["mkdocs.yml"])


def _postings_source(kb: KnowledgeBase, options: Options):
    """(company, openings, download links): the openings of ``options.openings`` when given, else the company."""
    if options.openings is not None:
        from rolegen.openings import load_openings

        vacancies = load_openings(options.openings, kb)
        return None, vacancies, expected_opening_downloads(kb, vacancies)
    if options.company is not None:
        from rolegen.knowledge.loader import load_company

        return load_company(options.company), None, None
    return None, None, None


def build_guide(kb: KnowledgeBase, options: Options, progress: Progress | None = None) -> Report:
    """Postings, pages and the site in ``options.site``; see the module docstring."""
    say = progress or (lambda message: None)
    if not (options.site / MANIFEST).is_file():
        check_owned(options.site)  # a folder rolegen did not make is refused before any work, not after it
    company, vacancies, downloads = _postings_source(kb, options)
    postings_dir = options.work / "postings"
    postings = None
    if company is not None or vacancies is not None:
        claim(options.work)
        say("writing the postings")
        if vacancies is not None:
            postings = Background(write_opening_downloads, kb, vacancies, postings_dir, options.templates, nice=10)
        else:
            postings = Background(write_downloads, kb, company, postings_dir, options.templates, nice=10)
    try:
        say("generating pages")
        generated = generate(kb, options, with_downloads=company is not None, downloads=downloads)
        configs_by_lang = write_generated(generated, options.work)
        say(f"building the site with {options.engine}")
        start = time.perf_counter()
        builds = Builds(options.engine, configs_by_lang)
        try:
            count, warnings = postings.result() if postings else (0, 0)
            builds.wait()
        finally:
            builds.stop()
        engine_seconds = time.perf_counter() - start
    finally:
        if postings:
            postings.stop()
    parts = {lang: options.work / lang / "site" for lang in configs_by_lang}
    if not generated.site_url:
        for lang, folder in parts.items():
            fix_404(folder / "404.html", lang)
    if postings is not None:
        parts[FOLDER] = postings_dir
    with replacing(options.site) as staging:
        staging.chmod(0o755)  # a temporary folder is private; the site is for everyone to read
        for name, folder in parts.items():
            shutil.move(str(folder), str(staging / name))
        write_atomic(staging / "index.html", generated.root_page)
    pages = sum(1 for tree in generated.trees.values() for rel in tree if rel.endswith(".md"))
    return Report(len(kb.roles), pages, count, generated.seconds, engine_seconds, warnings)
