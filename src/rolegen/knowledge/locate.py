"""Turn a problem at a field path into ``PATH:LINE:COL: field.path: message``.

The loader does not keep YAML node trees; a :class:`Locator` composes its file
again the first time a problem in it must be located.
"""

from __future__ import annotations

import difflib
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable

from yaml.nodes import Node, ScalarNode

from rolegen.knowledge import yamlio
from rolegen.errors import Problem

Loc = tuple[Any, ...]


def field_path(loc: Iterable[Any]) -> str:
    """``('skills', 2, 'skill')`` -> ``skills[2].skill``."""
    text = ""
    for step in loc:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to ``word``, if one is close enough."""
    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when a choice is close to ``word``, else ``''``."""
    close = closest(word, choices)
    return f" (did you mean '{close}'?)" if close else ""


class Locator:
    """Finds the line and column of field paths in one file."""

    def __init__(self, path: Path, shown: str):
        self.path = path
        self.shown = shown

    @cached_property
    def root(self) -> Node | None:
        try:
            return yamlio.compose(yamlio.read_text(self.path, self.shown), self.shown)
        except yamlio.YamlProblems:
            return None

    def node(self, loc: Loc) -> Node | None:
        """The node at exactly ``loc``, if the file has one there."""
        if self.root is None:
            return None
        node, _key, followed = yamlio.find_node(self.root, loc)
        return node if followed == len(loc) else None

    def problem(self, loc: Loc, message: str, severity: str = "error", on_key: bool = False) -> Problem:
        """A problem at ``loc``: at its value, or at its key with ``on_key``.

        When the path goes further than the file (a missing field), the problem
        is placed at the deepest node that exists.
        """
        mark = None
        if self.root is not None:
            node, key, followed = yamlio.find_node(self.root, loc)
            mark = key.start_mark if (on_key and key is not None and followed == len(loc)) else node.start_mark
        return yamlio.at(self.shown, mark, field_path(loc), message, severity)

    def scalar(self, loc: Loc) -> ScalarNode | None:
        node = self.node(loc)
        return node if isinstance(node, ScalarNode) else None

    def entry_index(self, entry_id: str) -> int | None:
        """Index of the entry whose ``id`` is ``entry_id`` in a vocabulary file (a list)."""
        items = getattr(self.root, "value", None)
        if not isinstance(items, list):
            return None
        for index, item in enumerate(items):
            found = yamlio.child(item, "id")
            if found is not None and getattr(found[1], "value", None) == entry_id:
                return index
        return None
