"""The manual documents every command (see tests/test_manual.py for its build, links and generated reference),
and the README's quick start is the two commands."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from rolegen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MANUAL = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").rglob("*.md")))


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_manual(name: str) -> None:
    assert re.search(rf"\brolegen {re.escape(name)}\b", MANUAL), f"'rolegen {name}' is not documented in docs/"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help(name: str) -> None:
    command = cli.commands[name]
    assert command.help and len(command.get_short_help_str(limit=200)) > 10
    with click.Context(command) as ctx:
        assert "--help" in command.get_help(ctx)


def test_quick_start_is_the_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in quick.splitlines()[1:] if line.strip()]
    assert commands == ["make build", "make test"]
