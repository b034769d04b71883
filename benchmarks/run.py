"""Benchmarks of rolegen against its floors, measured side by side in one run.

    python benchmarks/run.py            # the full table (synthetic knowledge bases of up to 2,000 roles)
    python benchmarks/run.py --quick    # a smoke run at N = 20 (what the test suite runs)

Prints one table: each measure, rolegen's figure, what it is compared with,
the ratio, the target and whether it is met. Synthetic knowledge bases are
written by make_kb.py into build/bench/ and reused while make_kb.py and
roles/ are unchanged.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_kb import make_kb  # noqa: E402
from measure import Run, side_by_side  # noqa: E402
import openings  # noqa: E402
from adcheck import rows as adcheck_rows  # noqa: E402

PYTHON = sys.executable
ROLEGEN = [PYTHON, "-m", "rolegen"]
COMPANY = ROOT / "examples" / "company.yml"


@dataclass
class Row:
    """One line of the table."""

    measure: str
    value: float
    unit: str
    against: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    percent: bool = False


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


def _versus(measure: str, runs: dict[str, Run], limit: float) -> Row:
    ratio = runs["rolegen"].seconds / runs["floor"].seconds
    return Row(measure, runs["rolegen"].seconds, "s", f"floor {runs['floor'].seconds:.2f} s", ratio,
               f"<= {limit}x floor", ratio <= limit)


def bench_startup(repeat: int) -> list[Row]:
    runs = side_by_side({
        "validate": [*ROLEGEN, "validate", "--roles", str(ROOT / "roles")],
        "help": [*ROLEGEN, "--help"],
        "python": [PYTHON, "-c", "pass"],
    }, repeat)
    python = f"python alone {runs['python'].seconds:.3f} s"
    return [Row("rolegen validate, the real roles", runs["validate"].seconds, "s", python, None, "<= 0.3 s",
                runs["validate"].seconds <= 0.3),
            Row("rolegen --help", runs["help"].seconds, "s", python, None, "<= 0.3 s", runs["help"].seconds <= 0.3)]


def bench_load(n: int, work: Path, repeat: int) -> list[Row]:
    kb = knowledge_base(n, work)
    runs = side_by_side({
        "rolegen": [*ROLEGEN, "validate", "--roles", str(kb)],
        "floor": [PYTHON, str(HERE / "floors.py"), "parse", str(kb)],
    }, repeat)
    return [_versus(f"load + validate, N={n:,}", runs, 2)]


def bench_postings(n: int, work: Path, repeat: int) -> list[Row]:
    kb = knowledge_base(n, work)
    outs = {"rolegen": work / "postings-rolegen", "floor": work / "postings-floor"}
    runs = side_by_side({
        "rolegen": [*ROLEGEN, "postings", "--roles", str(kb), "--company", str(COMPANY), "--out", str(outs["rolegen"])],
        "floor": [PYTHON, str(HERE / "floors.py"), "postings", str(kb), str(COMPANY), str(outs["floor"])],
    }, repeat, prepare=lambda name: shutil.rmtree(outs[name], ignore_errors=True))
    return [_versus(f"postings, N={n:,} x 2 langs x 4 formats", runs, 1.5)]


_REPORT = re.compile(r"pages generated in ([\d.]+) s, built in ([\d.]+) s")


def _guide(n: int, work: Path, repeat: int) -> dict[str, Run]:
    kb = knowledge_base(n, work)
    commands = {
        engine: [*ROLEGEN, "build", "--roles", str(kb), "--company", str(COMPANY), "--engine", engine,
                 "--site-dir", str(work / f"site-{engine}"), "--work-dir", str(work / f"guide-{engine}")]
        for engine in ("mkdocs", "properdocs")
    }
    return side_by_side(commands, repeat, prepare=lambda name: shutil.rmtree(work / f"site-{name}", ignore_errors=True))


def bench_guide(sizes: list[int], work: Path, repeat: int) -> list[Row]:
    rows: list[Row] = []
    walls: dict[int, float] = {}
    for n in sizes:
        runs = _guide(n, work, repeat)
        mkdocs, properdocs = runs["mkdocs"], runs["properdocs"]
        walls[n] = mkdocs.seconds
        generated, built = (float(x) for x in _REPORT.search(mkdocs.stdout).groups())
        share = generated / mkdocs.seconds
        rows += [
            Row(f"guide, N={n:,}, fr + en, with postings", mkdocs.seconds, "s",
                f"properdocs {properdocs.seconds:.1f} s", mkdocs.seconds / properdocs.seconds,
                "<= 30 s" if n == 1000 else "", mkdocs.seconds <= 30 if n == 1000 else None),
            Row(f"  rolegen's page generation, N={n:,}", generated, "s", f"engine {built:.1f} s", share,
                "<= 10 % of wall" if n == 1000 else "", share <= 0.10 if n == 1000 else None, percent=True),
            Row(f"  peak RSS, N={n:,}", mkdocs.peak_mib, "MiB", "", None, "<= 1024 MiB" if n == 1000 else "",
                mkdocs.peak_mib <= 1024 if n == 1000 else None),
        ]
    if 1000 in walls and 2000 in walls:
        growth = walls[2000] / walls[1000]
        rows.append(Row("guide growth, N=1,000 -> 2,000", growth, "x", "", None, "<= 2.2x", growth <= 2.2))
    return rows


def print_table(rows: list[Row]) -> None:
    header = ("measure", "rolegen", "compared with", "ratio", "target", "met")
    lines = [header] + [
        (r.measure, f"{r.value:.3f} {r.unit}" if r.unit == "s" else f"{r.value:.2f} {r.unit}", r.against,
         "" if r.ratio is None else (f"{r.ratio:.0%}" if r.percent else f"{r.ratio:.2f}x"), r.target,
         "" if r.met is None else ("yes" if r.met else "NO"))
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("  ".join(cell.ljust(w) if i in (0, 2, 4) else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(line, widths))).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run at N=20, one repeat, small guide")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench", help="folder for generated data")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each quick command (median kept)")
    parser.add_argument("--guide-repeat", type=int, default=1, help="runs of each guide build (median kept)")
    parser.add_argument("--no-guide", action="store_true", help="leave the guide builds out")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    repeat = 1 if args.quick else args.repeat
    rows = bench_startup(repeat)
    n = 20 if args.quick else 1000
    rows += bench_load(n, args.work, repeat) + bench_postings(n, args.work, repeat)
    rows.append(_versus(f"postings of openings, N={n:,} x 2 langs x 5 formats", openings.runs(n, args.work, repeat), 1.5))
    if not args.no_guide:
        rows += bench_guide([20] if args.quick else [250, 500, 1000, 2000], args.work, 1 if args.quick else args.guide_repeat)
    rows += [Row(**row) for row in adcheck_rows(args.work, args.quick, repeat)]
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
