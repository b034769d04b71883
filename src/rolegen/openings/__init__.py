"""Openings: one vacancy per file (a role at a level, for a company, with its own pay, place and reference).

Public API::

    load_openings(folder, kb) -> list[Vacancy]      every openings/*.yml, checked together
    load_opening(path, kb) -> Vacancy
    render_opening(kb, vacancy, lang, templates=None, rules=None) -> OpeningPosting
    write_opening_postings(kb, vacancies, out_dir, ...) -> list[Path]
    opening_skeleton(kb, role, company_path) -> str
"""

from __future__ import annotations

from rolegen.openings.load import DEFAULT_OPENINGS, Vacancy, load_opening, load_openings
from rolegen.openings.model import Opening

__all__ = ["DEFAULT_OPENINGS", "Opening", "Vacancy", "load_opening", "load_openings"]
