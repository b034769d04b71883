"""Job postings: one pipeline for an opening (openings/*.yml) and for a role's posting for a company.

A posting is always an opening: ``rolegen posting ROLE --company FILE`` renders
an opening with the defaults (no reference, no pay of its own, the company's
place). One model (:class:`Vacancy`), one context, one JSON-LD builder, one
batch writer and one registry of formats (:data:`FORMATS`).

Public API::

    load_openings(folder, kb) -> list[Vacancy]      every openings/*.yml, checked together
    load_opening(path, kb) -> Vacancy
    role_posting(role, company) -> Vacancy          a role's posting: an opening with the defaults
    render_opening(kb, vacancy, lang, templates=None, rules=None) -> Posting
    render(kb, role, company, lang, templates=None, rules=None) -> Posting
    render_posting(kb, role, company, lang, fmt, templates=None) -> str | bytes
    write_opening_postings(kb, vacancies, out_dir, ...) -> list[Path]
    write_postings(kb, company, out_dir, templates=None, progress=None) -> list[Path]
    check_posting(kb, role, company, lang, rules=None, templates=None, strict=False) -> list[Finding]
    load_rules(path) -> Rules
    opening_skeleton(kb, role, company_path) -> str
"""

from __future__ import annotations

from importlib import import_module

_WHERE = {
    "ChecksFailed": "batch", "write_opening_postings": "batch", "write_postings": "batch",
    "Rules": "config", "load_rules": "config",
    "FORMATS": "formats", "Format": "formats",
    "DEFAULT_OPENINGS": "load", "Vacancy": "load", "load_opening": "load", "load_openings": "load",
    "role_posting": "load",
    "Opening": "model",
    "Posting": "posting", "render": "posting", "render_opening": "posting", "render_posting": "posting",
    "RULES": "rules", "Finding": "rules", "check_posting": "rules",
}
"""Where each public name lives: imported on first use, so that the command line reads the formats' registry
without loading the renderers."""

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'rolegen.postings' has no attribute '{name}'")
    return getattr(import_module(f"rolegen.postings.{_WHERE[name]}"), name)
