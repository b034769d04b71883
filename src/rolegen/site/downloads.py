"""The job postings each role page offers to download.

With openings (``rolegen build --openings DIR``, the default when
examples/openings/ exists), the postings of the openings are written by
:func:`rolegen.postings.write_opening_postings` into a folder that becomes
``site/postings/`` (``OPENING.LANG.md``, ``.html``, ``.txt``, ``.docx`` and
``.jsonld``), and each role page links to the openings of that role. With a
company profile instead, every role's posting for that company is written by
:func:`rolegen.postings.write_postings` (``ROLE.LANG.EXT``). The links' labels
come from the formats' registry (:mod:`rolegen.postings.formats`).
"""

from __future__ import annotations

from pathlib import Path

from rolegen.errors import OutputError
from rolegen.knowledge.base import KnowledgeBase
from rolegen.postings.formats import FORMATS as REGISTRY

FORMATS = tuple((name, REGISTRY[name].label) for name in ("md", "html", "txt"))
"""The links of a role's posting."""
OPENING_FORMATS = tuple((name, REGISTRY[name].label) for name in ("html", "docx", "md", "txt"))
"""The links of an opening's posting: the page first, then Word."""
FOLDER = "postings"
"""Folder of the postings, at the top of the site (shared by both languages)."""


def posting_path(role_id: str, lang: str, ext: str) -> str:
    """Path of one posting, relative to the site root."""
    return f"{FOLDER}/{role_id}.{lang}.{ext}"


def expected_downloads(kb: KnowledgeBase) -> dict[str, list[dict]]:
    """Role id -> one row per language of its posting, each with a file per format."""
    return {
        role_id: [{"lang": lang, "files": [{"format": label, "path": posting_path(role_id, lang, ext),
                                            "name": f"{role_id}.{lang}.{ext}"} for ext, label in FORMATS]}
                  for lang in ("fr", "en")]
        for role_id in kb.roles
    }


def write_downloads(kb: KnowledgeBase, company, out_dir: Path, templates: Path | None,
                    jobs: int | None = None) -> tuple[int, int]:
    """Write every posting into ``out_dir``; returns how many files were written, and the checks' warnings.

    Checks that every file a role page links to was written. ``jobs``: worker processes (default: one per core).
    """
    from rolegen.postings import write_postings

    findings: list = []
    written = write_postings(kb, company, out_dir, templates=_postings_templates(templates), findings=findings,
                             jobs=jobs)
    return _checked(out_dir, expected_downloads(kb), written, findings)


def expected_opening_downloads(kb: KnowledgeBase, vacancies: list) -> dict[str, list[dict]]:
    """Role id -> one row per opening of that role and language, each with its label and a file per format."""
    from rolegen.postings.config import DEFAULT_RULES
    from rolegen.postings.context import opening_title

    rows: dict[str, list[dict]] = {}
    for vacancy in vacancies:
        for lang in ("fr", "en"):
            label = f"{opening_title(vacancy, lang, DEFAULT_RULES.title_mark)} · {vacancy.opening.reference}"
            files = [{"format": name, "path": posting_path(vacancy.id, lang, ext), "name": f"{vacancy.id}.{lang}.{ext}"}
                     for ext, name in OPENING_FORMATS]
            rows.setdefault(vacancy.role.id, []).append({"lang": lang, "label": label, "files": files})
    return rows


def write_opening_downloads(kb: KnowledgeBase, vacancies: list, out_dir: Path, templates: Path | None,
                            jobs: int | None = None) -> tuple[int, int]:
    """Write every opening's postings into ``out_dir``; returns the files written and the checks' warnings.

    ``jobs``: worker processes (default: one per core).
    """
    from rolegen.postings import write_opening_postings

    findings: list = []
    written = write_opening_postings(kb, vacancies, out_dir, _postings_templates(templates), findings=findings,
                                     jobs=jobs)
    return _checked(out_dir, expected_opening_downloads(kb, vacancies), written, findings)


def _postings_templates(templates: Path | None) -> Path | None:
    """The ``postings/`` folder of the user's templates, when there is one."""
    folder = templates / "postings" if templates is not None else None
    return folder if folder is not None and folder.is_dir() else None


def _checked(out_dir: Path, expected: dict[str, list[dict]], written: list, findings: list) -> tuple[int, int]:
    """(files written, warnings), once every file the role pages link to is there."""
    names = [f["name"] for rows in expected.values() for row in rows for f in row["files"]]
    missing = [name for name in names if not (out_dir / name).is_file()]
    if missing:
        raise OutputError(f"the postings were written without {', '.join(missing[:5])}; the role pages link to them")
    return len(written), sum(1 for f in findings if f.severity == "warning")
