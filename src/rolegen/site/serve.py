"""``rolegen serve``: a live preview of one language of the guide.

rolegen regenerates the pages whenever a role, a vocabulary, a template or the
base configuration changes, writing only the files whose content changed; the
engine's own server (``mkdocs serve``) watches those pages and reloads the
browser. Both stay independent: the engine knows nothing of roles, rolegen
knows nothing of the engine's server.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Callable

from rolegen.errors import RolegenError
from rolegen.knowledge.loader import load
from rolegen.site.build import Options, write_generated
from rolegen.site.generate import generate
from rolegen.site.engine import command, engine_env

POLL_SECONDS = 0.5


def snapshot(folders: list[Path], files: list[Path]) -> dict[str, tuple[int, int]]:
    """(modification time, size) of every file under ``folders`` and of ``files``."""
    seen = {}
    for path in [p for folder in folders if folder.is_dir() for p in folder.rglob("*")] + files:
        try:
            stat = path.stat()
        except OSError:
            continue
        if path.is_file():
            seen[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return seen


def regenerate(options: Options, lang: str) -> Path:
    """Generate the pages of ``lang`` from the current files; returns its configuration."""
    kb = load(options.roles)
    generated = generate(kb, options, with_downloads=False, langs=(lang,))
    return write_generated(generated, options.work)[lang]


def serve(roles: Path, config: Path | None, templates: Path | None, lang: str, dev_addr: str, work: Path, engine: str,
          say: Callable[[str], None]) -> None:
    """Serve ``lang`` on ``dev_addr`` until interrupted, regenerating on every change."""
    options = Options(roles=roles, config=config, templates=templates, work=work, company=None, engine=engine)
    config_file = regenerate(options, lang)
    watched = ([roles, *([templates / "site"] if templates else [])], [config] if config else [])
    seen = snapshot(*watched)
    server = subprocess.Popen(command(engine, "serve", config_file, "--dev-addr", dev_addr), env=engine_env())
    say(f"serving the {lang} guide on http://{dev_addr}/ (Ctrl-C to stop)")
    try:
        while server.poll() is None:
            time.sleep(POLL_SECONDS)
            now = snapshot(*watched)
            if now == seen:
                continue
            seen = now
            try:
                regenerate(options, lang)
                say("pages regenerated")
            except RolegenError as exc:
                say(f"not regenerated, the preview keeps the last good pages:\n{exc.format_message()}")
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
