"""Preview latency: from saving a role file to the changed page being served by ``rolegen serve``.

``rolegen serve`` runs on a copy of a roles folder; once it serves the first
role's page, the role's French summary is changed on disk (a new word at its
start) and the page is fetched from 127.0.0.1 every 20 ms until the new word
is in it. The time from the file's save to that answer is one measure; the
median of a few edits is kept. Each edit waits ``settle`` seconds for the
previous one (and the first build) to settle.
"""

from __future__ import annotations

import os
import re
import signal
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SUMMARY = re.compile(r"^(summary:\n  fr: )(['\"]?)", re.MULTILINE)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def _wait_for(url: str, word: str, server: subprocess.Popen, timeout: float, log: Path) -> float:
    """Seconds until ``url`` answers with ``word`` in it."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if server.poll() is not None:
            raise SystemExit(f"rolegen serve stopped ({server.returncode}):\n{log.read_text()[-2000:]}")
        page = _get(url)
        if page is not None and word in page:
            return time.perf_counter() - start
        time.sleep(0.02)
    raise SystemExit(f"{url} did not show '{word}' within {timeout:.0f} s:\n{log.read_text()[-2000:]}")


def preview_latency(roles: Path, work: Path, edits: int = 3, settle: float = 1.5,
                    start_timeout: float = 1200) -> dict[str, float]:
    """Median seconds from a role file's save to its page served with the change; and the server's start."""
    shutil.rmtree(work, ignore_errors=True)
    copy = work / "roles"
    shutil.copytree(roles, copy)
    role = sorted(copy.glob("*.yml"))[0]
    original = role.read_text(encoding="utf-8")
    if not SUMMARY.search(original):
        raise SystemExit(f"{role}: no 'summary:' with a French text on the next line to edit")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/roles/{role.stem}/"
    log = work / "serve.log"
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen([sys.executable, "-m", "rolegen", "serve", "--roles", str(copy), "--lang", "fr",
                                   "--work-dir", str(work / "serve"), "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                  preexec_fn=_ctrl_c_stops)
    try:
        _wait_for(url, "<html", server, start_timeout, log)
        first = time.perf_counter() - started
        latencies = []
        for index in range(edits):
            word = f"Zqxedit{index}"
            time.sleep(settle)  # let the server settle after the previous change (and the first build)
            role.write_text(SUMMARY.sub(lambda m: f"{m.group(1)}{m.group(2)}{word} ", original, count=1),
                            encoding="utf-8")
            latencies.append(_wait_for(url, word, server, 120, log))
    finally:
        _stop(server)
    return {"latency": statistics.median(latencies), "worst": max(latencies), "start": first}


def _ctrl_c_stops() -> None:
    """In the server: Ctrl-C stops it, even when the benchmark itself runs with it ignored (nohup, &)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _stop(server: subprocess.Popen) -> None:
    """Ctrl-C to the server's process group (rolegen and its engine), then a kill if it lingers."""
    try:
        os.killpg(server.pid, signal.SIGINT)
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
    except ProcessLookupError:
        pass
