"""Running the site engine: MkDocs, or any engine that reads ``mkdocs.yml`` (ProperDocs).

The engine runs in its own process, one per language and both at once, so
that the two languages build in parallel on two cores and rolegen never
depends on the engine's internals.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..errors import OutputError

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


def build_all(engine: str, configs: dict[str, Path], strict: bool = True) -> None:
    """Build every configuration at once; raise OutputError with the engine's messages if one fails."""
    extra = ("--strict", "--quiet") if strict else ("--quiet",)
    processes = {
        name: subprocess.Popen(command(engine, "build", config, *extra), env=engine_env(),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for name, config in configs.items()
    }
    failures = []
    for name, process in processes.items():
        output, _ = process.communicate()
        if process.returncode != 0:
            lines = [line for line in output.splitlines() if line.strip()]
            failures.append(f"{engine} could not build {configs[name]}:\n" + "\n".join(lines[-40:]))
    if failures:
        raise OutputError("\n".join(failures))
