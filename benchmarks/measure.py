"""Timing and memory of whole commands, measured side by side.

Each command runs in a fresh process; the pairs being compared run
alternately (A, B, A, B, ...) so that a noisy machine disturbs both alike,
and the median of the repeats is kept. Beside the wall time, the CPU time of
the whole process tree (user + system, every descendant included) is kept:
on a machine shared with other work it moves much less than the wall time.
Peak memory is sampled from /proc every 50 ms over the command's whole process
tree, twice: the sum of the processes' resident sets (RSS, which counts a page
shared by forked processes once per process) and the sum of their proportional
sets (PSS, which shares such a page among them: the memory the tree really
takes).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    """One command's wall time (median, seconds), peak memory of its process tree (MiB) and last output."""

    seconds: float
    peak_mib: float
    stdout: str = ""
    cpu: float = 0.0
    """CPU seconds of the whole process tree (median)."""
    peak_pss_mib: float = 0.0


def _tree(root: int) -> list[int]:
    """``root`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _tree_memory_kib(root: int) -> tuple[int, int]:
    """(RSS, PSS) of ``root``'s process tree, in KiB."""
    rss = pss = 0
    for pid in _tree(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as handle:
                for line in handle:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def run_once(argv: list[str], cwd: Path | None = None, env: dict | None = None) -> Run:
    """Run ``argv`` once; fail loudly if it fails."""
    peak = peak_pss = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not stop.is_set():
            rss, pss = _tree_memory_kib(proc.pid)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(argv)}\n{err.decode()[-2000:]}")
    return Run(elapsed, peak / 1024, out.decode(errors="replace"), cpu, peak_pss / 1024)


def side_by_side(commands: dict[str, list[str]], repeat: int, cwd: Path | None = None,
                 prepare=None) -> dict[str, Run]:
    """Median time and max peak memory of each command, run alternately ``repeat`` times.

    ``prepare(name)``, when given, runs before each run (e.g. to empty an output folder).
    """
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, argv in commands.items():
            if prepare:
                prepare(name)
            runs[name].append(run_once(argv, cwd))
    return {name: Run(statistics.median(r.seconds for r in done), max(r.peak_mib for r in done), done[-1].stdout,
                      statistics.median(r.cpu for r in done), max(r.peak_pss_mib for r in done))
            for name, done in runs.items()}
