"""The data of the guide's posting studio (``assets/rolegen/studio.json``): the project's company profile, where
an opening file finds it, and the posting templates a posting of the command line would use."""

from __future__ import annotations

import json
import os
from pathlib import Path

from rolegen.knowledge.base import KnowledgeBase


def studio_json(kb: KnowledgeBase, options) -> bytes:
    """The studio's data as stable JSON bytes."""
    from rolegen.knowledge.loader import load_company
    from rolegen.postings.env import shipped_templates
    from rolegen.postings.load import DEFAULT_OPENINGS
    from rolegen.postings.studio import studio_data

    company_file = getattr(options, "company", None)
    company = load_company(company_file) if company_file is not None and Path(company_file).is_file() else None
    openings = Path(getattr(options, "openings", None) or DEFAULT_OPENINGS)
    where = Path(os.path.relpath(Path(company_file).resolve(), openings.resolve())).as_posix() if company else None
    user = getattr(options, "templates", None)
    folders = [Path(user) / "postings"] if user is not None and (Path(user) / "postings").is_dir() else []
    data = studio_data(kb, company, where, [*folders, shipped_templates()])
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
