"""Where a build's time goes: ``rolegen build --timings`` prints its parts as one JSON line.

The benchmark reads that line to show which part of rolegen's own work the
wall time over the engine comes from. The parts are measured on the build's
own timeline; some of them overlap the engine (the postings are written while
the engines run, one language's engine starts while the other is still being
generated), so they do not add up to the total.
"""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from typing import Iterator

PARTS = {
    "load": "reading and validating the knowledge base",
    "generate": "rendering the pages of both languages (the slower language)",
    "write": "writing the changed pages into the work folder (the slower language)",
    "pages_ready": "from the start of the build until both languages' pages are on disk",
    "engine": "from the first engine start until both languages are built",
    "postings": "writing the postings, after the pages, while the engines run",
    "postings_wait": "waiting for the postings after the engine was done",
    "replace": "putting the finished site in place of site/",
    "total": "the whole build, loading included",
}
"""Each part's name and what it covers, in the order they are printed."""


class Timings:
    """Seconds per part of a build; a part measured twice adds up."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.parts: dict[str, float] = {}

    @contextmanager
    def part(self, name: str) -> Iterator[None]:
        """Time the block under ``name``."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - start)

    def add(self, name: str, seconds: float) -> None:
        self.parts[name] = self.parts.get(name, 0.0) + seconds

    def mark(self, name: str) -> None:
        """Record under ``name`` the time since this object was made."""
        self.parts[name] = time.perf_counter() - self.start

    def json(self) -> str:
        """One line: {"load": 1.234, ...}, parts in the order of :data:`PARTS`."""
        ordered = {name: round(self.parts[name], 3) for name in PARTS if name in self.parts}
        ordered.update({name: round(value, 3) for name, value in self.parts.items() if name not in PARTS})
        return json.dumps({"timings": ordered})
