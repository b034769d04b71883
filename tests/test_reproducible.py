"""The same input gives byte-identical postings and guide; SOURCE_DATE_EPOCH sets the one date the build prints."""

from __future__ import annotations

import gzip
import hashlib
import struct
from pathlib import Path

import pytest

from rolegen import load
from rolegen.site.build import Options, build_guide

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = ROOT / "tests" / "fixtures" / "kb"


def build(tmp: Path) -> Path:
    options = Options(roles=FIXTURE_KB, config=ROOT / "mkdocs.yml", templates=ROOT / "templates",
                      work=tmp / "work", site=tmp / "site", company=ROOT / "examples" / "company.yml")
    build_guide(load(FIXTURE_KB), options)
    return tmp / "site"


def hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def gzip_mtime(path: Path) -> int:
    return struct.unpack("<I", path.read_bytes()[4:8])[0]


def test_two_builds_are_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    first, second = build(tmp_path / "a"), build(tmp_path / "b")
    first_hashes = hashes(first)
    assert len(first_hashes) > 100 and any(name.startswith("postings/") for name in first_hashes)
    assert first_hashes == hashes(second)
    assert gzip_mtime(first / "fr" / "sitemap.xml.gz") == 1699920000  # the day of SOURCE_DATE_EPOCH
    assert gzip.decompress((first / "fr" / "sitemap.xml.gz").read_bytes()).startswith(b"<?xml")


def test_source_date_epoch_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1600000000")  # 2020-09-13
    site = build(tmp_path)
    assert gzip_mtime(site / "en" / "sitemap.xml.gz") == 1599955200
