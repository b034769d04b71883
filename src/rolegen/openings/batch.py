"""Every opening's postings at once, on every core, into a folder replaced whole.

The same safety as the role postings (:mod:`rolegen.postings.batch`): outputs
are planned first (two on one path are refused), written into the staging
folder of :func:`rolegen.outputs.replacing` by forked workers that render and
check them, and swapped in only when all are written and no check failed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import LANGS
from rolegen.openings.load import Vacancy
from rolegen.openings.render import BINARY, FORMATS, render_opening
from rolegen.outputs import replacing
from rolegen.postings.batch import Chunk, ChecksFailed, default_jobs, run_chunks
from rolegen.postings.config import DEFAULT_RULES, Rules
from rolegen.postings.render import plan_outputs
from rolegen.postings.rules import Finding, check_rendered

PARALLEL_FROM = 24
"""Below this many openings, one process is faster than starting workers."""
CHUNK = 8
"""Openings per task handed to a worker."""

_JOB: tuple | None = None  # what forked workers read: (kb, vacancies, templates, rules, strict, folder, formats)


def _render_chunk(indexes: list[int]) -> Chunk:
    """Render, check and write the postings of the openings at ``indexes``; return their names and findings."""
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


def _chunks(count: int, jobs: int) -> Iterator[Chunk]:
    chunks = [list(range(i, min(i + CHUNK, count))) for i in range(0, count, CHUNK)]
    return run_chunks(_render_chunk, chunks, jobs, count >= PARALLEL_FROM)


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
    formats: tuple[str, ...] = FORMATS,
) -> list[Path]:
    """Write ``ID.LANG.{md,html,txt,jsonld,docx}`` for every opening in both languages into ``out_dir``.

    ``out_dir`` is replaced as a whole, and refused if it holds files rolegen
    did not write. ``progress`` is called with ``ID.LANG`` after each posting.
    Findings are appended to ``findings``; with ``strict`` a warning raises
    :class:`ChecksFailed` and nothing is written.
    """
    global _JOB
    names = [(f"{v.id}.{lang}.{fmt}", f"{v.path} ({lang}, {fmt})") for v in vacancies for lang in LANGS for fmt in formats]
    planned = plan_outputs(out_dir, names)
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
            raise ChecksFailed(found)
    return list(planned)


__all__ = ["BINARY", "FORMATS", "write_opening_postings"]
