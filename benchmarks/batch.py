"""The ad checker at a job board's scale: many ads through `rolegen check-ad --jsonl`, side by side in one run.

    python benchmarks/batch.py                     # 1,000 and 10,000 ads
    python benchmarks/batch.py --ads 1000 10000 100000
    python benchmarks/batch.py --quick             # a smoke run (what the test suite runs)

For each number of ads, three commands run alternately on the same JSON Lines file (about 3,000 characters an
ad, the sentences of benchmarks/adcheck.py): the floor (one process that reads each line, parses the JSON, folds
case and accents and runs one alternation of every rule's pattern), `rolegen check-ad --jsonl --jobs 1` and
`rolegen check-ad --jsonl --jobs N` (every core). Each is a whole process, started the way a user starts it; the
table gives the wall time, the cost per ad, the speed-up of the worker processes and the peak memory of the
largest process (flat memory: the same peak for 10 times the ads).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from adcheck import ad_text  # noqa: E402

FLOOR = r"""
import json, re, sys, unicodedata
from rolegen.adcheck import default_ruleset
rules = default_ruleset()
alternation = re.compile("|".join(c.source[l] for c in rules.rules for l in ("fr", "en") if c.source[l]))
marks = re.compile(r"[\u0300-\u036f]+")
found = 0
with open(sys.argv[1], "rb") as stream:
    for line in stream:
        text = json.loads(line)["text"]
        text = marks.sub("", unicodedata.normalize("NFD", text.lower()))
        found += sum(1 for _ in alternation.finditer(text))
print(found)
"""
MEASURE = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""


def make_jsonl(n: int, path: Path, size: int = 3000) -> Path:
    """``n`` ads as JSON Lines (written once; the same n gives the same file)."""
    if path.is_file() and path.with_suffix(".done").is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(n)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"ad-{i}", "text": ad_text(i, rng, size)}, ensure_ascii=False) + "\n")
    path.with_suffix(".done").write_text("1\n")
    return path


def measure(command: list[str]) -> tuple[float, int]:
    """(seconds, peak resident memory of the largest process in KiB) of one whole command."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    seconds, peak, _code = out.stdout.split()
    return float(seconds), int(peak)


def rows(work: Path, sizes: tuple[int, ...], repeat: int) -> list[dict]:
    rolegen = [sys.executable, "-m", "rolegen", "check-ad"]
    cores = len(os.sched_getaffinity(0))
    table = []
    for n in sizes:
        path = make_jsonl(n, work / f"ads-{n}.jsonl")
        commands = {"floor": [sys.executable, "-c", FLOOR, str(path)],
                    "1 core": [*rolegen, "--jsonl", str(path), "--jobs", "1"],
                    f"{cores} cores": [*rolegen, "--jsonl", str(path), "--jobs", str(cores)]}
        runs: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
        for _ in range(repeat):  # alternate, so that a slow moment of the machine hits every command alike
            for name, command in commands.items():
                runs[name].append(measure(command))
        best = {name: (statistics.median(s for s, _ in got), max(m for _, m in got)) for name, got in runs.items()}
        floor_s = best["floor"][0]
        for name, (seconds, peak) in best.items():
            table.append(dict(ads=n, command=name, seconds=seconds, per_ad=seconds / n * 1000,
                              ratio=seconds / floor_s, peak=peak / 1024))
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ads", type=int, nargs="+", default=[1_000, 10_000], metavar="N")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command (median kept)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 20 and 60 ads")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args(argv)
    sizes = (20, 60) if args.quick else tuple(args.ads)
    print(f"{'ads':>8}  {'command':10} {'seconds':>9} {'ms/ad':>7} {'x floor':>8} {'peak MiB':>9}")
    for row in rows(args.work, sizes, args.repeat):
        print(f"{row['ads']:>8,}  {row['command']:10} {row['seconds']:9.2f} {row['per_ad']:7.2f} "
              f"{row['ratio']:8.2f} {row['peak']:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
