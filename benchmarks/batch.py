"""The ad checker at a job board's scale, and its start: many ads through `rolegen check-ad --jsonl`, side by side.

    python benchmarks/batch.py                           # 1,000, 10,000 and 100,000 ads, and the start time
    python benchmarks/batch.py --ads 1000 10000          # fewer
    python benchmarks/batch.py --before aac29c7          # "before" is that commit's checker (a git worktree)
    python benchmarks/batch.py --quick                   # a smoke run (what the test suite runs)

For each number of ads, four commands run alternately on the same JSON Lines file (about 3,000 characters an
ad, the sentences of benchmarks/adcheck.py), each a whole process started the way a user starts it:

- floor: one process that reads each line, parses the JSON, folds case and accents the way the checker does and
  writes one JSON line per ad: what any checker of this input must at least do;
- before: the checker as it was before its speed work, on every core: without the literal prefilter nor the
  rule cache (the switches `rolegen.adcheck.engine.LITERALS` and `rolegen.adcheck.cache.ENABLED`), or with
  `--before REF` the checker of that commit, from a git worktree under the work folder;
- rolegen on one core (`--jobs 1`) and on every core.

The table gives the wall time, the cost per ad (wall time over ads), the ratio to the floor and to "before",
and the peak memory of the largest process (flat memory: the same peak for 100 times the ads). Then the start of
`rolegen check-ad` on one short ad: median of 5 runs with the rule cache in place (warm) and of 3 runs with it
removed first (cold), for rolegen and for "before".
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
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
import json, sys
from rolegen.adcheck.fold import fold
out = sys.stdout
with open(sys.argv[1], "rb") as stream:
    for line in stream:
        ad = json.loads(line)
        folded = fold(ad["text"].lower())[0]
        out.write(json.dumps({"id": ad["id"], "chars": len(folded), "findings": []}) + "\n")
"""
BEFORE = r"""
import sys
import rolegen.adcheck.cache as cache, rolegen.adcheck.engine as engine
cache.ENABLED = False  # the rules built at every start, as before the cache
engine.LITERALS = False  # the engine without its literal prefilter (the same findings: a test compares them)
from rolegen.cli import main
sys.argv = ["rolegen", *sys.argv[1:]]
main()
"""
MEASURE = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""
ONE_AD = ("Community manager (H/F)\nPubliée le 23 novembre 2026 · Lyon · 38 000 à 44 000 € brut annuel\n\n"
          "Vous animerez les communautés de nos marques. Jeune et dynamique, vous avez moins de 30 ans.\n")


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


def measure(command: list[str], env: dict | None = None) -> tuple[float, int]:
    """(seconds, peak resident memory of the largest process in KiB) of one whole command."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True,
                         env=env)
    seconds, peak, _code = out.stdout.split()
    return float(seconds), int(peak)


def before_env(work: Path, ref: str | None) -> tuple[list[str], dict]:
    """How to start the checker as it was: (command prefix, environment)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
    if ref is None:
        return [sys.executable, "-c", BEFORE], env
    tree = work / f"before-{ref}"
    if not tree.is_dir():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), ref], check=True,
                       capture_output=True)
    env["PYTHONPATH"] = str(tree / "src")
    return [sys.executable, "-m", "rolegen"], env


def rows(work: Path, sizes: tuple[int, ...], repeat: int, ref: str | None = None, one_core: bool = True) -> list[dict]:
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
    rolegen = [sys.executable, "-m", "rolegen", "check-ad"]
    before, old_env = before_env(work, ref)
    cores = len(os.sched_getaffinity(0))
    table = []
    for n in sizes:
        path = make_jsonl(n, work / f"ads-{n}.jsonl")
        commands = {"floor": ([sys.executable, "-c", FLOOR, str(path)], env),
                    "before": ([*before, "check-ad", "--jsonl", str(path), "--jobs", str(cores)], old_env),
                    "1": ([*rolegen, "--jsonl", str(path), "--jobs", "1"], env),
                    str(cores): ([*rolegen, "--jsonl", str(path), "--jobs", str(cores)], env)}
        if not one_core:
            del commands["1"]
        runs: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
        for _ in range(repeat):  # alternate, so that a slow moment of the machine hits every command alike
            for name, (command, command_env) in commands.items():
                runs[name].append(measure(command, command_env))
        best = {name: (statistics.median(s for s, _ in got), max(m for _, m in got)) for name, got in runs.items()}
        for name, (seconds, peak) in best.items():
            table.append(dict(ads=n, command=name, seconds=seconds, per_ad=seconds / n * 1000,
                              floor=seconds / best["floor"][0], before=seconds / best["before"][0], peak=peak / 1024))
    return table


def start_times(work: Path, ref: str | None, warm_runs: int = 5, cold_runs: int = 3) -> list[dict]:
    """The start of `rolegen check-ad` on one short ad: warm (the rule cache in place) and cold (removed)."""
    ad = work / "one-ad.txt"
    ad.parent.mkdir(parents=True, exist_ok=True)
    ad.write_text(ONE_AD, encoding="utf-8")
    before, old_env = before_env(work, ref)
    # as installed: the modules' bytecode written once (pip writes it), whatever this shell says
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["XDG_CACHE_HOME"] = str(work / "start-cache")
    old_env = {k: v for k, v in old_env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    old_env["XDG_CACHE_HOME"] = env["XDG_CACHE_HOME"]  # removed before each cold run, for both
    out = []
    for name, command, command_env in (("rolegen", [sys.executable, "-m", "rolegen"], env),
                                       ("before", before, old_env)):
        def once() -> float:
            start = time.perf_counter()
            subprocess.run([*command, "check-ad", str(ad)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=command_env)
            return time.perf_counter() - start

        once()  # the bytecode written, the files read once
        cold = []
        for _ in range(cold_runs):
            shutil.rmtree(work / "start-cache", ignore_errors=True)
            cold.append(once())
        warm = [once() for _ in range(warm_runs)]
        out.append(dict(command=name, warm=statistics.median(warm), cold=statistics.median(cold)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ads", type=int, nargs="+", default=[1_000, 10_000, 100_000], metavar="N")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command (median kept)")
    parser.add_argument("--before", metavar="REF", default=None,
                        help="measure this commit's checker as 'before' (default: this one without its prefilter "
                             "and cache)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 20 and 60 ads, starts measured once")
    parser.add_argument("--every-core-only", action="store_true", help="leave out rolegen on one core")
    parser.add_argument("--no-start", action="store_true", help="leave out the start times")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args(argv)
    sizes = (20, 60) if args.quick else tuple(args.ads)
    print(f"{'ads':>8}  {'command':10} {'seconds':>9} {'ms/ad':>7} {'x floor':>8} {'x before':>9} {'peak MiB':>9}")
    for row in rows(args.work, sizes, args.repeat, args.before, not args.every_core_only):
        print(f"{row['ads']:>8,}  {row['command']:10} {row['seconds']:9.2f} {row['per_ad']:7.2f} "
              f"{row['floor']:8.2f} {row['before']:9.2f} {row['peak']:9.1f}", flush=True)
    if args.no_start:
        return 0
    runs = (1, 1) if args.quick else (5, 3)
    print(f"\n{'start of check-ad on one ad':30} {'warm (median)':>14} {'cold (median)':>14}")
    for row in start_times(args.work, args.before, *runs):
        print(f"{row['command']:30} {row['warm']:13.3f}s {row['cold']:13.3f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
