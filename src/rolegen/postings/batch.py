"""Every posting at once (every opening, or every role for a company), on every core, into a folder replaced whole.

Outputs are planned first (two on one path are refused). The postings are
split into chunks rendered by worker processes (forked, so they share the
loaded knowledge base); each worker renders, checks and writes its postings
into the staging folder of :func:`rolegen.outputs.replacing`, and returns its
findings. When a check fails under --strict, or anything goes wrong, the
staging folder is dropped and the previous outputs stay.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path
from typing import Callable, Iterator

from rolegen.errors import RolegenError
from rolegen.knowledge.company import Company
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import LANGS
from rolegen.outputs import replacing
from rolegen.postings.config import DEFAULT_RULES, Rules
from rolegen.postings.formats import OPENING_FORMATS, ROLE_FORMATS
from rolegen.postings.load import Vacancy, role_posting
from rolegen.postings.posting import plan_outputs, render_opening
from rolegen.findings import Finding
from rolegen.postings.rules import check_rendered

PARALLEL_FROM = 24
"""Below this many postings, one process is faster than starting workers."""
CHUNK = 8
"""Postings per task handed to a worker."""

_JOB: tuple | None = None  # what forked workers read: (kb, vacancies, templates, rules, strict, folder, formats)


def default_jobs() -> int:
    """Worker processes: ``ROLEGEN_JOBS`` when set, else the cores this process may use."""
    value = os.environ.get("ROLEGEN_JOBS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


Chunk = tuple[list[str], list[Finding]]
"""What a worker hands back for a chunk: the postings' names and the checks' findings."""


def _render_chunk(indexes: list[int]) -> Chunk:
    """Render, check and write the postings at ``indexes``; return their names and findings."""
    kb, vacancies, templates, rules, strict, folder, formats = _JOB  # type: ignore[misc]
    names: list[str] = []
    findings: list[Finding] = []
    for index in indexes:
        vacancy = vacancies[index]
        postings = [render_opening(kb, vacancy, lang, templates, rules) for lang in LANGS]
        for posting in postings:
            findings += check_rendered(kb, posting, vacancy.role, rules, strict, postings[0])
            for fmt in formats:
                write(folder / f"{posting.name}.{fmt}", posting.output(fmt))
            names.append(posting.name)
    return names, findings


def write(path: Path, content: str | bytes) -> None:
    """One output file: text as UTF-8, Word files as bytes."""
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def _worker_start() -> None:
    """Workers leave signals to the parent: it stops them and drops the staging folder."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_chunks(render_chunk: Callable[[list], Chunk], chunks: list[list], jobs: int,
               parallel: bool) -> Iterator[Chunk]:
    """``render_chunk`` of each chunk, in order: here, or (``parallel`` and ``jobs`` > 1) by forked workers."""
    if jobs < 2 or not parallel:
        yield from map(render_chunk, chunks)
        return
    with multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_start) as pool:
        yield from pool.imap(render_chunk, chunks)


def _chunks(count: int, jobs: int) -> Iterator[Chunk]:
    chunks = [list(range(i, min(i + CHUNK, count))) for i in range(0, count, CHUNK)]
    return run_chunks(_render_chunk, chunks, jobs, count >= PARALLEL_FROM)


class ChecksFailed(RolegenError):
    """A posting breaks a rule and --strict was given; nothing was written."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        errors = [f for f in findings if f.severity == "error"]
        noun = "posting check fails" if len(errors) == 1 else "posting checks fail"
        super().__init__(f"{len(errors)} {noun}; nothing was written")

    def format_message(self) -> str:
        lines = [str(f) for f in self.findings if f.severity == "error"]
        return "\n".join([*lines, f"rolegen: {self.message}"])


def write_opening_postings(
    kb: KnowledgeBase,
    vacancies: list[Vacancy],
    out_dir: str | Path,
    templates: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    rules: Rules | None = None,
    strict: bool = False,
    findings: list[Finding] | None = None,
    jobs: int | None = None,
    formats: tuple[str, ...] = OPENING_FORMATS,
) -> list[Path]:
    """Write ``ID.LANG.EXT`` for every posting in both languages and every format of ``formats`` into ``out_dir``.

    ``out_dir`` is a folder rolegen owns: it is replaced as a whole once every
    posting is rendered and checked, and refused if it holds files rolegen did
    not write (:func:`rolegen.outputs.replacing`). ``progress`` is called with
    ``ID.LANG`` after each posting. The checks' findings are appended to
    ``findings`` when given; with ``strict``, a warning raises
    :class:`ChecksFailed` and nothing is written. ``jobs`` worker processes
    share the work (default: one per core). Two outputs on the same path raise
    :class:`OutputError`.
    """
    global _JOB
    names = [(f"{v.id}.{lang}.{fmt}", f"{v.path} ({lang}, {fmt})") for v in vacancies for lang in LANGS for fmt in formats]
    planned = plan_outputs(out_dir, names)  # refuses two outputs on one path before any work
    folder = str(Path(templates).resolve()) if templates is not None else None
    found: list[Finding] = [] if findings is None else findings
    with replacing(out_dir) as staging:
        _JOB = (kb, vacancies, folder, rules or DEFAULT_RULES, strict, staging, formats)
        try:
            for done, chunk_findings in _chunks(len(vacancies), jobs or default_jobs()):
                found += chunk_findings
                for name in done:
                    if progress is not None:
                        progress(name)
        finally:
            _JOB = None
        if any(f.severity == "error" for f in found):
            raise ChecksFailed(found)  # leaving the block drops the staging folder
    return list(planned)


def write_postings(kb: KnowledgeBase, company: Company, out_dir: str | Path, templates: str | Path | None = None,
                   progress: Callable[[str], None] | None = None, **options) -> list[Path]:
    """Every role's posting for ``company`` (``ROLE.LANG.{md,html,txt,jsonld}``): the same batch, over the roles."""
    vacancies = [role_posting(kb.roles[role_id], company) for role_id in sorted(kb.roles)]
    options.setdefault("formats", ROLE_FORMATS)
    return write_opening_postings(kb, vacancies, out_dir, templates, progress, **options)
