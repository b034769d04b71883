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
from .config import DEFAULT_RULES, Rules, load_rules
from .render import FORMATS, Posting, render, render_all, render_posting, write_outputs
from .rules import RULES, Finding, check_posting, check_rendered

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
) -> list[Path]:
    """Write ``ROLE.LANG.{md,html,txt,jsonld}`` for every role in both languages into ``out_dir``.

    Every posting is rendered and checked before the first file is written
    (each atomically). ``progress`` is called with ``ROLE.LANG`` after each
    posting is rendered. The checks' findings are appended to ``findings``
    when given; with ``strict``, a warning raises :class:`ChecksFailed`.
    Two outputs on the same path raise :class:`OutputError`.
    """
    rules = rules or DEFAULT_RULES
    postings = render_all(kb, company, templates, rules, progress)
    found = [f for p in postings for f in check_rendered(kb, p, kb.roles[p.role_id], rules, strict)]
    if findings is not None:
        findings.extend(found)
    if any(f.severity == "error" for f in found):
        raise ChecksFailed(found)
    return write_outputs(postings, out_dir)
