"""Shared fixtures: a small valid knowledge base and a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rolegen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = Path(__file__).resolve().parent / "fixtures" / "kb"
REAL_KB = ROOT / "roles"


@pytest.fixture
def kb_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the fixture knowledge base, as ./roles of a fresh folder."""
    target = tmp_path / "roles"
    shutil.copytree(FIXTURE_KB, target)
    monkeypatch.chdir(tmp_path)
    return target


@pytest.fixture
def run():
    """Run the CLI in-process; returns click's Result (stdout and stderr apart)."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke
