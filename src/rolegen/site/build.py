"""``rolegen build``: validate, write the postings, generate the pages, build the guide.

Everything is read and checked first, in a child process that prepares the
pages: each language's pages and configuration are rendered and written to
``build/guide/<lang>/`` (any engine that reads ``mkdocs.yml`` can build them
from there) by a process of its own, and the engine starts on that language
at once; the same child then writes the postings while the engines run. The child's
memory goes back to the system when it ends, so that the engines, which need
the most, have the machine to themselves. Only when everything succeeded does the finished
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
from rolegen.knowledge.loader import uncollected
from rolegen.outputs import MANIFEST, check_owned, replacing
from rolegen.site.background import Background
from rolegen.site.downloads import FOLDER, expected_opening_downloads, write_downloads, write_opening_downloads
from rolegen.site.engine import Builds
from rolegen.site.generate import Generated, generate
from rolegen.site import engines
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
        from rolegen.postings import load_openings

        vacancies = load_openings(options.openings, kb)
        return None, vacancies, expected_opening_downloads(kb, vacancies)
    if options.company is not None:
        from rolegen.knowledge.loader import load_company

        return load_company(options.company), None, None
    return None, None, None


def build_guide(kb: KnowledgeBase | Callable[[], KnowledgeBase], options: Options, progress: Progress | None = None,
                timings: Timings | None = None) -> Report:
    """Postings, pages and the site in ``options.site``; see the module docstring.

    ``kb`` is the knowledge base, or a function that loads it (timed as
    ``load``). The pages are prepared (loaded, rendered, written) in a child
    process, which starts the postings in a child of its own; the engine
    starts on a language as soon as the child says its pages are written,
    while the other language may still be rendered. The child's memory goes
    back to the system when it ends, before the engines need the most of
    theirs. ``timings`` receives the parts of the build.
    """
    say = progress or (lambda message: None)
    timings = timings or Timings()
    if not (options.site / MANIFEST).is_file():
        check_owned(options.site)  # a folder rolegen did not make is refused before any work, not after it
    preparing = Background(_prepare, kb, options, streaming=True)
    builds = Builds(options.engine)
    generated: Generated | None = None
    roles = 0
    try:
        for message in preparing.messages():
            kind = message[0]
            if kind == "say":
                say(message[1])
            elif kind == "ready":
                if not builds.processes:
                    say(f"building the site with {options.engine}")
                builds.start(message[1], message[2])
            elif kind == "pages":
                _, generated, parts, roles = message
                timings.mark("pages_ready")
                for name, seconds in parts.items():
                    timings.add(name, seconds)
                break
        if generated is None:
            preparing.result()  # the preparation failed: its error is raised here
            raise RuntimeError("the pages were prepared without a word to the build")
        builds.wait()
        engine_done = time.perf_counter()
        timings.add("engine", engine_done - (builds.started or engine_done))
        postings = preparing.result()
        if postings is not None:
            timings.add("postings", postings[2])
            timings.add("postings_wait", time.perf_counter() - engine_done)
    finally:
        builds.stop()
        preparing.stop()
    count, warnings = postings[:2] if postings is not None else (0, 0)
    with timings.part("replace"):
        _replace_site(options, generated, options.work / "postings" if postings is not None else None)
    timings.mark("total")
    return Report(roles, generated.pages, count, generated.seconds, timings.parts["engine"], warnings, timings)


def _prepare(tell: Callable[[tuple], None], kb: KnowledgeBase | Callable[[], KnowledgeBase],
             options: Options) -> tuple[int, int, float] | None:
    """Load, render and write the pages, then write the postings; returns the postings' (files, warnings, seconds).

    Runs in the build's child process; ``tell`` sends the build what it must
    know at once: ("say", message), ("ready", lang, config) for each language
    written, ("pages", generated, parts, roles) once both are. The postings
    come after the pages, in this same process: the engines are running by
    then, and this process, which already holds the knowledge base, is done
    with them long before the engines reach their largest memory.
    """
    with uncollected():  # this process keeps what it makes until it ends: the knowledge base, pages, postings
        parts: dict[str, float] = {}
        if callable(kb):
            start = time.perf_counter()
            kb = kb()
            parts["load"] = time.perf_counter() - start
        company, vacancies, downloads = _postings_source(kb, options)
        publishes = company is not None or vacancies is not None
        tell(("say", "generating pages"))
        generated = generate(kb, options, with_downloads=company is not None, downloads=downloads, work=options.work,
                             on_ready=lambda lang, config: tell(("ready", lang, config)))
        generated.guide = None  # the build needs the figures and paths, not the knowledge base
        parts.update(generate=generated.render_seconds, write=generated.write_seconds)
        if publishes:
            tell(("say", "writing the postings"))
        tell(("pages", generated, parts, len(kb.roles)))
        if not publishes:
            return None
        start = time.perf_counter()
        # One process: the engines keep both cores busy, and workers would each compile the ad rules again.
        if vacancies is not None:
            count, warnings = write_opening_downloads(kb, vacancies, options.work / "postings", options.templates, 1)
        else:
            count, warnings = write_downloads(kb, company, options.work / "postings", options.templates, 1)
        return count, warnings, time.perf_counter() - start


def _replace_site(options: Options, generated: Generated, postings_dir: Path | None) -> None:
    """Move each language's built site and the postings into a staging folder that replaces ``options.site``."""
    engine = engines.get(options.engine)
    parts = {lang: config.parent / "site" for lang, config in generated.configs.items()}
    for lang, folder in parts.items():
        engine.finish(folder, lang, generated.site_url)
    if postings_dir is not None:
        engine.finish_postings(postings_dir)
        parts[FOLDER] = postings_dir
    with replacing(options.site) as staging:
        staging.chmod(0o755)  # a temporary folder is private; the site is for everyone to read
        for name, folder in parts.items():
            shutil.move(str(folder), str(staging / name))
        write_atomic(staging / "index.html", generated.root_page)
