"""``rolegen build``: validate, write the postings, generate the pages, build the guide.

Everything is read and checked first. Each language's pages and
configuration are rendered and written to ``build/guide/<lang>/`` (any engine
that reads ``mkdocs.yml`` can build them from there) by a process of its own,
and the engine starts on that language at once; the postings are written in
the background meanwhile. Only when everything succeeded does the finished
site replace ``site/``, in one step: a failure leaves the previous site as it
was (``build/guide/`` is rolegen's work folder, rewritten on each build).
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
from rolegen.site.config import fix_404
from rolegen.site.output import claim, write_language
from rolegen.site.timings import Timings

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
    timings: Timings | None = None
    """Where the time went (``rolegen build --timings`` prints it)."""


def write_generated(generated: Generated, work: Path) -> dict[str, Path]:
    """Write each language's folder under ``work``; returns the configuration of each."""
    claim(work)
    return {lang: write_language(work / lang, tree) for lang, tree in generated.trees.items()}


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


def build_guide(kb: KnowledgeBase, options: Options, progress: Progress | None = None,
                timings: Timings | None = None) -> Report:
    """Postings, pages and the site in ``options.site``; see the module docstring.

    The engine starts on a language as soon as its pages are written, while
    the other language may still be rendered; the postings are written in the
    background meanwhile. ``timings`` receives the parts of the build.
    """
    say = progress or (lambda message: None)
    timings = timings or Timings()
    if not (options.site / MANIFEST).is_file():
        check_owned(options.site)  # a folder rolegen did not make is refused before any work, not after it
    company, vacancies, downloads = _postings_source(kb, options)
    postings_dir = options.work / "postings"
    postings = None
    if company is not None or vacancies is not None:
        claim(options.work)
        say("writing the postings")
        if vacancies is not None:
            postings = Background(_timed, write_opening_downloads, kb, vacancies, postings_dir, options.templates,
                                  nice=10)
        else:
            postings = Background(_timed, write_downloads, kb, company, postings_dir, options.templates, nice=10)
    builds = Builds(options.engine)
    count = warnings = 0
    try:
        say("generating pages")

        def ready(lang: str, config: Path) -> None:
            if not builds.processes:
                say(f"building the site with {options.engine}")
            builds.start(lang, config)

        generated = generate(kb, options, with_downloads=company is not None, downloads=downloads, work=options.work,
                             on_ready=ready)
        timings.mark("pages_ready")
        timings.add("generate", generated.render_seconds)
        timings.add("write", generated.write_seconds)
        builds.wait()
        engine_done = time.perf_counter()
        timings.add("engine", engine_done - (builds.started or engine_done))
        if postings:
            (count, warnings), seconds = postings.result()
            timings.add("postings", seconds)
            timings.add("postings_wait", time.perf_counter() - engine_done)
    finally:
        builds.stop()
        if postings:
            postings.stop()
    with timings.part("replace"):
        _replace_site(options, generated, postings_dir if postings is not None else None)
    timings.mark("total")
    return Report(len(kb.roles), generated.pages, count, generated.seconds, timings.parts["engine"], warnings, timings)


def _replace_site(options: Options, generated: Generated, postings_dir: Path | None) -> None:
    """Move each language's built site and the postings into a staging folder that replaces ``options.site``."""
    parts = {lang: config.parent / "site" for lang, config in generated.configs.items()}
    if not generated.site_url:
        for lang, folder in parts.items():
            fix_404(folder / "404.html", lang)
    if postings_dir is not None:
        parts[FOLDER] = postings_dir
    with replacing(options.site) as staging:
        staging.chmod(0o755)  # a temporary folder is private; the site is for everyone to read
        for name, folder in parts.items():
            shutil.move(str(folder), str(staging / name))
        write_atomic(staging / "index.html", generated.root_page)


def _timed(function: Callable, *args):
    """``function(*args)`` and the seconds it took."""
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start
