"""Running the site engine: MkDocs, or any engine that reads ``mkdocs.yml`` (ProperDocs).

The engine runs in its own process, one per language and both at once, so
that the two languages build in parallel on two cores and rolegen never
depends on the engine's internals.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from rolegen.errors import OutputError

ENGINES = ("mkdocs", "properdocs")


def engine_env() -> dict[str, str]:
    """The environment of an engine process: quiet about its own future."""
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"  # a notice the theme prints on every build
    env.setdefault("PYTHONUTF8", "1")
    return env


def command(engine: str, action: str, config: Path, *extra: str) -> list[str]:
    """The command line that runs ``engine action -f config``."""
    if engine not in ENGINES:
        raise OutputError(f"unknown engine '{engine}'; use one of: {', '.join(ENGINES)}")
    return [sys.executable, "-m", engine, action, "-f", str(config), *extra]


class Builds:
    """Engine processes building at once, one per configuration, each started as soon as its pages are ready."""

    def __init__(self, engine: str, configs: dict[str, Path] | None = None, strict: bool = True):
        if engine not in ENGINES:
            raise OutputError(f"unknown engine '{engine}'; use one of: {', '.join(ENGINES)}")
        self.extra = ("--strict", "--quiet") if strict else ("--quiet",)
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
        self.processes[name] = subprocess.Popen(command(self.engine, "build", config, *self.extra), env=engine_env(),
                                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def wait(self) -> None:
        """Wait for every build; raise OutputError with the engine's messages if one failed."""
        failures = []
        for name, process in self.processes.items():
            output, _ = process.communicate()
            if process.returncode != 0:
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
