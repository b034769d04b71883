"""The guide publishes the example openings' postings, and each role page links to its openings."""

from __future__ import annotations

import re
from pathlib import Path

from rolegen import load
from rolegen.site.build import Options, build_guide

ROOT = Path(__file__).resolve().parent.parent


def test_role_pages_link_to_the_postings_of_their_openings(tmp_path: Path) -> None:
    options = Options(roles=ROOT / "roles", config=ROOT / "mkdocs.yml", templates=ROOT / "templates",
                      work=tmp_path / "build", site=tmp_path / "site", company=None,
                      openings=ROOT / "examples" / "openings")
    report = build_guide(load(ROOT / "roles"), options)
    site = tmp_path / "site"
    assert report.postings == 30 and report.posting_warnings == 0
    page = site / "en" / "roles" / "traffic-manager" / "index.html"
    html = page.read_text(encoding="utf-8")
    hrefs = re.findall(r'href="(\.\./\.\./\.\./postings/[^"]+)" download', html)
    assert hrefs == [f"../../../postings/traffic-manager-remote.{lang}.{ext}" for lang in ("fr", "en")
                     for ext in ("html", "docx", "md", "txt")]
    assert all((page.parent / href).resolve().is_file() for href in hrefs)
    assert "Traffic manager · LUMEN-2026-103 – Posting in English" in html
    assert 'id="postings"' not in (site / "fr" / "roles" / "copywriter" / "index.html").read_text(encoding="utf-8")
    assert len(list((site / "postings").glob("*.jsonld"))) == 6
