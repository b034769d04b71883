"""The job postings each role page offers to download.

The postings are written by :func:`rolegen.postings.write_postings` (the one
call is here) into a folder that becomes ``site/postings/``, one file per role,
language and format: ``ROLE.LANG.md``, ``.html``, ``.txt`` (and ``.jsonld``).
"""

from __future__ import annotations

from pathlib import Path

from rolegen.errors import OutputError
from rolegen.knowledge.base import KnowledgeBase

FORMATS = (("md", "Markdown"), ("html", "HTML"), ("txt", "TXT"))
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


def write_downloads(kb: KnowledgeBase, company, out_dir: Path, templates: Path | None) -> tuple[int, int]:
    """Write every posting into ``out_dir``; returns how many files were written, and the checks' warnings.

    Checks that every file a role page links to was written.
    """
    from rolegen.postings import write_postings

    postings_templates = templates / "postings" if templates is not None else None
    findings: list = []
    written = write_postings(kb, company, out_dir, templates=postings_templates if postings_templates and postings_templates.is_dir() else None,
                             findings=findings)
    names = [f["name"] for rows in expected_downloads(kb).values() for row in rows for f in row["files"]]
    missing = [name for name in names if not (out_dir / name).is_file()]
    if missing:
        raise OutputError(f"the postings were written without {', '.join(missing[:5])}; the role pages link to them")
    return len(written), sum(1 for f in findings if f.severity == "warning")
