"""Shared fixtures: a small valid knowledge base and a CLI runner."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from rolegen.cli import cli

# the ad checker's rule cache (rolegen.adcheck.cache) goes to a folder of this run, not the user's; commands the
# tests start inherit it
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="rolegen-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = Path(__file__).resolve().parent / "fixtures" / "kb"
REAL_KB = ROOT / "roles"


def problems_of(roles: Path) -> list[str]:
    """The located lines of loading ``roles``, which must fail."""
    from rolegen import load
    from rolegen.errors import DataError

    with pytest.raises(DataError) as info:
        load(roles)
    return [str(p) for p in info.value.problems]


def categories(text: str, lang: str = "fr", fragment: bool = True, **options) -> set[str]:
    """The categories the ad checker reports at error or warning level on ``text`` (a fragment unless told)."""
    from rolegen.adcheck import check

    return {f.category for f in check(text, lang=lang, fragment=fragment, **options).findings
            if f.severity in ("error", "warning")}


def rule_ids(text: str, lang: str = "fr", fragment: bool = True, **options) -> set[str]:
    """The rules the ad checker reports at error or warning level on ``text`` (a fragment unless told)."""
    from rolegen.adcheck import check

    return {f.rule for f in check(text, lang=lang, fragment=fragment, **options).findings
            if f.severity in ("error", "warning")}


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` of the file by ``new``; ``old`` must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def kb_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the fixture knowledge base, as ./roles of a fresh folder."""
    target = tmp_path / "roles"
    shutil.copytree(FIXTURE_KB, target)
    monkeypatch.chdir(tmp_path)
    return target


@pytest.fixture(scope="session")
def started(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project as ``rolegen init`` writes it, made once per run; copy it with ``copy_project``."""
    from rolegen.project.init import init_project

    root = tmp_path_factory.mktemp("started") / "p"
    init_project(root)
    return root


def copy_project(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of the project ``template`` as ``tmp_path/p``, made the working folder."""
    root = tmp_path / "p"
    shutil.copytree(template, root, symlinks=True)
    monkeypatch.chdir(root)
    return root


def snapshot(root: Path, skip: str | None = None) -> dict[str, str]:
    """Every entry under ``root`` but the folder ``skip`` (relative path -> SHA-256 of a file, a link's
    target, or "special"), to prove a command left a folder alone."""
    import hashlib
    import os

    found = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if skip is not None and (relative == skip or relative.startswith(skip + "/")):
            continue
        if path.is_symlink():
            found[relative] = "link:" + os.readlink(path)
        elif path.is_file():
            found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif not path.is_dir():
            found[relative] = "special"
    return found


@pytest.fixture
def run():
    """Run the CLI in-process; returns click's Result (stdout and stderr apart)."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture
def golden():
    """Compare text with tests/golden/NAME; ROLEGEN_REGEN=1 rewrites the file instead."""
    import os

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if os.environ.get("ROLEGEN_REGEN"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"missing golden file {path}; run ROLEGEN_REGEN=1 .venv/bin/pytest"
        assert actual == path.read_text(encoding="utf-8"), f"output differs from {path}"

    return check
