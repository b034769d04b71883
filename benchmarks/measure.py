"""Timing and memory of whole commands, measured side by side.

Each command runs in a fresh process; the pairs being compared run
alternately (A, B, A, B, ...) so that a noisy machine disturbs both alike,
and the median of the repeats is kept. Peak memory is the largest total
resident set size of the command's whole process tree, sampled from /proc.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    """One command's wall time (median, seconds), peak RSS of its process tree (MiB) and last output."""

    seconds: float
    peak_mib: float
    stdout: str = ""


def _tree_rss_kib(root: int) -> int:
    """Total VmRSS of ``root`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as handle:
                fields = dict(line.split(":", 1) for line in handle if ":" in line)
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields.get("PPid", "0").strip() or 0), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_once(argv: list[str], cwd: Path | None = None, env: dict | None = None) -> Run:
    """Run ``argv`` once; fail loudly if it fails."""
    peak = 0
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_kib(proc.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(argv)}\n{err.decode()[-2000:]}")
    return Run(elapsed, peak / 1024, out.decode(errors="replace"))


def side_by_side(commands: dict[str, list[str]], repeat: int, cwd: Path | None = None,
                 prepare=None) -> dict[str, Run]:
    """Median time and max peak memory of each command, run alternately ``repeat`` times.

    ``prepare(name)``, when given, runs before each run (e.g. to empty an output folder).
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, float] = dict.fromkeys(commands, 0.0)
    outputs: dict[str, str] = dict.fromkeys(commands, "")
    for _ in range(repeat):
        for name, argv in commands.items():
            if prepare:
                prepare(name)
            result = run_once(argv, cwd)
            times[name].append(result.seconds)
            peaks[name] = max(peaks[name], result.peak_mib)
            outputs[name] = result.stdout
    return {name: Run(statistics.median(times[name]), peaks[name], outputs[name]) for name in commands}
