"""Running the site engine's builds: one process per language, both at once.

The engine runs in its own process, one per language and both at once, so
that the two languages build in parallel on two cores and rolegen never
depends on the engine's internals. Which engine, and how it is run, is the
engine adapter's business (:mod:`rolegen.site.engines`).
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from rolegen.errors import OutputError
from rolegen.site import engines

ENGINES = engines.NAMES


def engine_env(engine: str = engines.DEFAULT) -> dict[str, str]:
    """The environment of an engine process."""
    return engines.get(engine).environment()


def command(engine: str, action: str, config: Path, *extra: str) -> list[str]:
    """The command line that runs ``engine action -f config``."""
    return engines.get(engine).command(action, config, *extra)


class Builds:
    """Engine processes building at once, one per configuration, each started as soon as its pages are ready."""

    def __init__(self, engine: str, configs: dict[str, Path] | None = None, strict: bool = True):
        self.adapter = engines.get(engine)
        self.adapter.check()
        self.strict = strict
        self.engine = engine
        self.configs: dict[str, Path] = {}
        self.processes: dict[str, subprocess.Popen] = {}
        self.started: float | None = None
        for name, config in (configs or {}).items():
            self.start(name, config)

    def start(self, name: str, config: Path) -> None:
        """Start building ``config`` (under ``name``) now."""
        if self.started is None:
            self.started = time.perf_counter()
        self.configs[name] = config
        config = config.resolve()  # the engine runs in the configuration's folder (Zensical keeps its cache there)
        self.processes[name] = subprocess.Popen(self.adapter.build_command(config, self.strict),
                                                env=self.adapter.environment(), cwd=config.parent,
                                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def wait(self) -> None:
        """Wait for every build; raise OutputError with the engine's messages if one failed."""
        failures = []
        for name, process in self.processes.items():
            output, _ = process.communicate()
            if self.adapter.build_failed(process.returncode, output):
                lines = [line for line in output.splitlines() if line.strip()]
                failures.append(f"{self.engine} could not build {self.configs[name]}:\n" + "\n".join(lines[-40:]))
        if failures:
            raise OutputError("\n".join(failures))

    def stop(self) -> None:
        """End the builds still running (after a failure elsewhere)."""
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
