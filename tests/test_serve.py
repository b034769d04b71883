"""``rolegen serve`` starts and stops cleanly: a busy port or a bad address is one line and exit 1; SIGTERM and
Ctrl-C stop the engine's processes too, so that the same port serves again at once."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROLEGEN = [sys.executable, "-m", "rolegen"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def descendants(pid: int) -> set[int]:
    """Every living process started, directly or not, by ``pid`` (read from /proc)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        children = {child for child, parent in parents.items() if parent == current}
        todo += children - found
        found |= children
    return found


def alive(pids: set[int]) -> set[int]:
    living = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            living.add(pid)
    return living


def serve(tmp_path: Path, port: int, engine: str) -> subprocess.Popen:
    return subprocess.Popen([*ROLEGEN, "serve", "--roles", str(ROOT / "roles"), "--config", str(ROOT / "mkdocs.yml"),
                             "--templates", str(ROOT / "templates"), "--work-dir", str(tmp_path / "serve"),
                             "--dev-addr", f"127.0.0.1:{port}", "--engine", engine],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_served(process: subprocess.Popen, port: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError("the preview never answered")


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_serve_stops_its_engine_and_serves_again_on_the_same_port(tmp_path: Path, engine: str) -> None:
    port = free_port()
    for stop in (signal.SIGTERM, signal.SIGINT):  # SIGINT: what Ctrl-C sends
        process = serve(tmp_path, port, engine)
        try:
            wait_served(process, port)
            engine_processes = descendants(process.pid)
            assert engine_processes, "the engine runs in a process of its own"
            process.send_signal(stop)
            _, err = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
        assert process.returncode == 0, err
        assert "Traceback" not in err
        assert "preview stopped" in err
        assert alive(engine_processes) == set(), f"{signal.Signals(stop).name} left the engine running"
        assert port_is_free(port)


@pytest.mark.parametrize("addr, message", [
    ("nonsense", "expected HOST:PORT"),
    ("127.0.0.1:99999", "expected HOST:PORT"),
    ("127.0.0.1:http", "expected HOST:PORT"),
    ("no-such-host.invalid:8000", "no such host"),
])
def test_serve_refuses_a_bad_address_in_one_line(tmp_path: Path, addr: str, message: str) -> None:
    result = subprocess.run([*ROLEGEN, "serve", "--roles", str(ROOT / "roles"), "--work-dir", str(tmp_path / "w"),
                             "--dev-addr", addr], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr
    assert not (tmp_path / "w").exists()  # refused before anything was written


def test_serve_refuses_a_busy_port_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([*ROLEGEN, "serve", "--roles", str(ROOT / "roles"), "--work-dir", str(tmp_path / "w"),
                                 "--dev-addr", f"127.0.0.1:{port}"], cwd=tmp_path, capture_output=True, text=True,
                                timeout=60)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"--dev-addr 127.0.0.1:{port}: port {port} is in use; stop what listens "
                                          "there or choose another port"]
