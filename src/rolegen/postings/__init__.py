"""Job postings: a role and a company profile, as Markdown, HTML, plain text and JSON-LD.

Public API::

    render_posting(kb, role, company, lang, fmt, templates=None) -> str
    write_postings(kb, company, out_dir, templates=None, progress=None) -> list[Path]
    check_posting(kb, role, company, lang, rules=None, templates=None, strict=False) -> list[Finding]
    load_rules(path) -> Rules
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..company import Company
from ..errors import RolegenError
from ..kb import KnowledgeBase
from .config import Rules, load_rules
from .render import FORMATS, Posting, render, render_posting
from .rules import RULES, Finding, check_posting

__all__ = [
    "FORMATS", "RULES", "ChecksFailed", "Finding", "Posting", "Rules", "check_posting", "load_rules", "render",
    "render_posting", "write_postings",
]


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


def write_postings(
    kb: KnowledgeBase,
    company: Company,
    out_dir: str | Path,
    templates: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    *,
    rules: Rules | None = None,
    strict: bool = False,
    findings: list[Finding] | None = None,
    jobs: int | None = None,
) -> list[Path]:
    """Write ``ROLE.LANG.{md,html,txt,jsonld}`` for every role in both languages into ``out_dir``.

    ``out_dir`` is a folder rolegen owns: it is replaced as a whole once every
    posting is rendered and checked, and refused if it holds files rolegen did
    not write (:func:`rolegen.outputs.replacing`). ``progress`` is called with
    ``ROLE.LANG`` after each posting. The checks' findings are appended to
    ``findings`` when given; with ``strict``, a warning raises
    :class:`ChecksFailed` and nothing is written. ``jobs`` worker processes
    share the work (default: one per core). Two outputs on the same path raise
    :class:`OutputError`.
    """
    from .batch import _Failed, write_all

    try:
        paths, found = write_all(kb, company, out_dir, templates, progress, rules, strict, jobs)
    except _Failed as failed:
        found, paths = failed.findings, None
    if findings is not None:
        findings.extend(found)
    if paths is None:
        raise ChecksFailed(found)
    return paths
