"""``rolegen serve``: a live preview of one language of the guide.

rolegen regenerates the pages whenever a role, a vocabulary, a template or the
base configuration changes, writing only the files whose content changed; the
engine's own server (``mkdocs serve --dirty``) watches those pages and rebuilds
only the pages whose files changed, then reloads the browser. Both stay
independent: the engine knows nothing of roles, rolegen knows nothing of the
engine's server.

When only role files were saved, the pages of those roles are written first
(they are what the author is looking at), then every other page is
regenerated and the ones that changed (a family page, a skill page...) are
written too. The engine's dirty rebuild leaves unchanged pages as they were:
a new or renamed title shows in the navigation of other pages once the
preview is restarted (``rolegen build`` always builds every page).
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Callable, Iterator

from rolegen.errors import RolegenError, UsageError
from rolegen.knowledge import loader, yamlio
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.loader import load
from rolegen.site.build import Options, write_generated
from rolegen.site import engines
from rolegen.site.generate import generate, role_pages
from rolegen.site.output import write_if_changed

POLL_SECONDS = 0.2


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


def regenerate(options: Options, lang: str, kb: KnowledgeBase | None = None) -> Path:
    """Generate the pages of ``lang`` from the current files (or ``kb``); returns its configuration."""
    kb = kb if kb is not None else load(options.roles)
    generated = generate(kb, options, with_downloads=False, langs=(lang,))
    return write_generated(generated, options.work)[lang]


class Parsed:
    """Role and vocabulary files already read, kept while the preview runs: a save re-reads only what changed.

    Parsing and validating each file is most of loading a large knowledge
    base; the checks across files still run on every load. A file is read
    again when its modification time or size changed; a file that fails to
    parse is not kept. The cache wraps the loader's two per-file steps
    (``yamlio.load``, then ``validate`` on the data it returned) for the
    duration of :meth:`installed`.
    """

    def __init__(self) -> None:
        self._read = yamlio.load
        self._validate = loader.validate
        self._files: dict[str, tuple[tuple[int, int], Any]] = {}
        self._models: dict[tuple[int, int], tuple[Any, Any, Any]] = {}
        """(id of the data, id of the model's adapter) -> (data, adapter, validation result)."""

    def read(self, path: Path, shown: str) -> tuple[Any, list]:
        stat = os.stat(path)
        key = (stat.st_mtime_ns, stat.st_size)
        known = self._files.get(str(path))
        if known is not None and known[0] == key:
            return known[1]
        if known is not None:  # its data is gone: so is its model
            self._models = {k: v for k, v in self._models.items() if v[0] is not known[1][0]}
        result = self._read(path, shown)
        self._files[str(path)] = (key, result)
        return result

    def validate(self, adapter: Any, data: Any, locator: Any) -> Any:
        key = (id(data), id(adapter))
        known = self._models.get(key)
        if known is not None and known[0] is data and known[1] is adapter:
            return known[2]
        result = self._validate(adapter, data, locator)
        self._models[key] = (data, adapter, result)
        return result

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Loads inside the block read through this cache."""
        yamlio.load, loader.validate = self.read, self.validate
        try:
            yield
        finally:
            yamlio.load, loader.validate = self._read, self._validate


def saved_roles(options: Options, before: dict[str, tuple[int, int]], now: dict[str, tuple[int, int]]) -> list[str]:
    """Ids of the role files that changed (not removed), or [] when anything else changed too."""
    changed = {path for path in set(before) | set(now) if before.get(path) != now.get(path)}
    roles = options.roles.resolve()
    ids = []
    for path in map(Path, changed):
        if path not in map(Path, now) or path.suffix != ".yml" or path.resolve().parent != roles:
            return []
        ids.append(path.stem)
    return sorted(ids)


def refresh(options: Options, lang: str, role_ids: list[str], parsed: Parsed | None = None) -> None:
    """The saved roles' pages first, then every page that changed."""
    with parsed.installed() if parsed is not None else nullcontext():
        kb = load(options.roles)
    if role_ids and all(role_id in kb.roles for role_id in role_ids):
        docs = options.work / lang / "docs"
        for path, text in role_pages(kb, options, lang, role_ids).items():
            write_if_changed(docs / path, text)
    regenerate(options, lang, kb)


class AddressError(UsageError):
    """The preview cannot listen where it was asked to: one line, exit 1."""

    exit_code = 1


def listen_address(dev_addr: str) -> tuple[str, int]:
    """(host, port) of ``dev_addr`` once it is known that a server can listen there; an AddressError if not.

    The engine's own server would print a traceback for a busy port or an
    address it cannot read, and exit 0 (MkDocs); rolegen asks first.
    """
    host, colon, port = dev_addr.rpartition(":")
    host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if not colon or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise AddressError(f"--dev-addr {dev_addr!r}: expected HOST:PORT, such as 127.0.0.1:8000")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, int(port), type=socket.SOCK_STREAM)[0]
    except (socket.gaierror, UnicodeError, OSError):
        raise AddressError(f"--dev-addr {dev_addr!r}: no such host as {host!r}") from None
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the engines' servers do
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise AddressError(f"--dev-addr {dev_addr}: port {port} is in use; stop what listens there or "
                                   "choose another port") from None
            raise AddressError(f"--dev-addr {dev_addr}: cannot listen there ({exc.strerror or exc})") from None
    return host, int(port)


class _Stop(Exception):
    """SIGTERM: stop the preview as Ctrl-C does."""


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


class EngineServer:
    """The engine's server in a process group of its own: stopping it stops every process it started.

    Its messages are held until it answers on its address, then passed on: if
    it stops before that, its last line says why, in one line.
    """

    def __init__(self, argv: list[str], env: dict[str, str]):
        self.process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        errors="replace", start_new_session=True)
        self.held: list[str] | None = []
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self.lock:
                if self.held is not None:
                    self.held.append(line)
                    continue
            sys.stderr.write(line)

    def ready(self) -> None:
        """Pass on what the engine said so far, and whatever it says from now on."""
        with self.lock:
            held, self.held = self.held or [], None
        sys.stderr.write("".join(held))

    def last_words(self) -> str:
        self.reader.join(timeout=2)
        with self.lock:
            lines = [line.strip() for line in self.held or [] if line.strip()]
        return lines[-1] if lines else "no message"

    def stop(self) -> None:
        """End the engine and every process of its group (SIGTERM, then SIGKILL after 10 s)."""
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            except ProcessLookupError:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # anything of its group still there
        except (ProcessLookupError, PermissionError):
            pass


def serve(roles: Path, config: Path | None, templates: Path | None, lang: str, dev_addr: str, work: Path, engine: str,
          say: Callable[[str], None]) -> None:
    """Serve ``lang`` on ``dev_addr`` until interrupted (Ctrl-C or SIGTERM), regenerating on every change."""
    adapter = engines.get(engine)
    adapter.check()
    host, port = listen_address(dev_addr)
    options = Options(roles=roles, config=config, templates=templates, work=work, company=None, engine=engine)
    parsed = Parsed()
    with parsed.installed():
        config_file = regenerate(options, lang)
    watched = ([roles, *([templates / "site"] if templates else [])], [config] if config else [])
    seen = snapshot(*watched)

    def stop(signum, frame):
        raise _Stop()

    previous = signal.signal(signal.SIGTERM, stop)
    server = EngineServer(adapter.serve_command(config_file, dev_addr), adapter.environment())
    try:
        while not _answers(host, port):
            if server.process.poll() is not None:
                raise AddressError(f"the {engine} server stopped before serving on {dev_addr}: {server.last_words()}")
            time.sleep(POLL_SECONDS)
        server.ready()
        say(f"serving the {lang} guide on http://{dev_addr}/ (Ctrl-C to stop)")
        while server.process.poll() is None:
            time.sleep(POLL_SECONDS)
            now = snapshot(*watched)
            if now == seen:
                continue
            changed_roles, seen = saved_roles(options, seen, now), now
            try:
                refresh(options, lang, changed_roles, parsed)
                say("pages regenerated")
            except RolegenError as exc:
                say(f"not regenerated, the preview keeps the last good pages:\n{exc.format_message()}")
        if server.process.returncode != 0:
            raise AddressError(f"the {engine} server stopped (exit code {server.process.returncode})")
    except (KeyboardInterrupt, _Stop):
        say("preview stopped")
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
