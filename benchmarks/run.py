"""Benchmarks of rolegen against its floors, measured side by side in one run.

    python benchmarks/run.py            # the full table (synthetic knowledge bases of up to 2,000 roles)
    python benchmarks/run.py --quick    # a smoke run at N = 20 (what the test suite runs)

Prints one table: each measure, rolegen's time, the floor's time, their ratio
and the target. Synthetic knowledge bases are written by make_kb.py into
build/bench/ and reused while make_kb.py and roles/ are unchanged.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_kb import make_kb  # noqa: E402
from measure import side_by_side  # noqa: E402

PYTHON = sys.executable
ROLEGEN = [PYTHON, "-m", "rolegen"]


def knowledge_base(n: int, work: Path) -> Path:
    """The synthetic knowledge base of ``n`` roles, made once per version of its inputs."""
    stamp = str(int(max(p.stat().st_mtime for p in [HERE / "make_kb.py", *ROOT.glob("roles/**/*.yml")])))
    folder = work / f"kb-{n}-{stamp}"
    if not folder.exists():
        tmp = work / f".kb-{n}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        make_kb(n, tmp)
        tmp.rename(folder)
    return folder


def bench_load(n: int, work: Path, repeat: int) -> list[tuple]:
    kb = knowledge_base(n, work)
    runs = side_by_side({
        "rolegen": [*ROLEGEN, "validate", "--roles", str(kb)],
        "floor": [PYTHON, str(HERE / "floors.py"), "parse", str(kb)],
    }, repeat)
    return [(f"load + validate, N={n:,}", runs["rolegen"].seconds, runs["floor"].seconds, "<= 2x floor")]


def bench_postings(n: int, work: Path, repeat: int) -> list[tuple]:
    kb = knowledge_base(n, work)
    company = ROOT / "examples" / "company.yml"
    outs = {"rolegen": work / "postings-rolegen", "floor": work / "postings-floor"}

    def empty(name: str) -> None:
        shutil.rmtree(outs[name], ignore_errors=True)

    runs = side_by_side({
        "rolegen": [*ROLEGEN, "postings", "--roles", str(kb), "--company", str(company), "--out", str(outs["rolegen"])],
        "floor": [PYTHON, str(HERE / "floors.py"), "postings", str(kb), str(company), str(outs["floor"])],
    }, repeat, prepare=empty)
    return [(f"postings, N={n:,} x 2 langs x 4 formats", runs["rolegen"].seconds, runs["floor"].seconds,
             "<= 1.5x floor")]


def bench_startup(repeat: int) -> list[tuple]:
    runs = side_by_side({
        "validate": [*ROLEGEN, "validate", "--roles", str(ROOT / "roles")],
        "help": [*ROLEGEN, "--help"],
        "python": [PYTHON, "-c", "pass"],
    }, repeat)
    python = runs["python"].seconds
    return [
        ("rolegen validate (real roles)", runs["validate"].seconds, python, "<= 0.300 s wall"),
        ("rolegen --help", runs["help"].seconds, python, "<= 0.300 s wall"),
    ]


def print_table(rows: list[tuple]) -> None:
    header = ("measure", "rolegen s", "floor s", "ratio", "target")
    lines = [header] + [(m, f"{a:.3f}", f"{b:.3f}", f"{a / b:.2f}x", t) for m, a, b, t in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(line, widths))))
        if index == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run at N=20, one repeat")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench", help="folder for generated data")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command (median kept)")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    repeat = 1 if args.quick else args.repeat
    sizes = [20] if args.quick else [1000]
    rows = bench_startup(repeat)
    for n in sizes:
        rows += bench_load(n, args.work, repeat)
        rows += bench_postings(n, args.work, repeat)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
