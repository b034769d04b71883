"""The lock holds every package the test environment has, so a fresh machine installs nothing unpinned."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def test_every_installed_package_is_pinned_in_the_lock() -> None:
    pinned = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned to one version"
            pinned[_name(name)] = version
    installed = {_name(d.metadata["Name"]) for d in metadata.distributions()} - {"rolegen"}
    assert sorted(installed - set(pinned)) == []
