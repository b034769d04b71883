"""Job postings: a role and a company profile, as Markdown, HTML, plain text and JSON-LD.

Public API::

    render_posting(kb, role, company, lang, fmt, templates=None) -> str
    write_postings(kb, company, out_dir, templates=None, progress=None) -> list[Path]
    check_posting(kb, role, company, lang, rules=None, templates=None, strict=False) -> list[Finding]
    load_rules(path) -> Rules
"""

from __future__ import annotations

from rolegen.postings.batch import ChecksFailed, write_postings
from rolegen.postings.config import Rules, load_rules
from rolegen.postings.render import FORMATS, Posting, render, render_posting
from rolegen.postings.rules import RULES, Finding, check_posting

__all__ = [
    "FORMATS", "RULES", "ChecksFailed", "Finding", "Posting", "Rules", "check_posting", "load_rules", "render",
    "render_posting", "write_postings",
]
