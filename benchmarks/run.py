"""Benchmarks of rolegen against its floors and its engine, measured side by side in one run.

    python benchmarks/run.py            # the full table (synthetic knowledge bases of 1,000 and 2,000 roles)
    python benchmarks/run.py --manual   # the same, and the table written into docs/explanation/benchmarks.md
    python benchmarks/run.py --quick    # a smoke run at N = 20 (what the test suite runs)

Prints one table: each measure, rolegen's figure, what it is compared with,
the ratio, the target and whether it is met. Synthetic knowledge bases are
written by make_kb.py into build/bench/ and reused while make_kb.py and
roles/ are unchanged.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from guide import growth_rows, guide_rows, measure_guide  # noqa: E402
from make_kb import make_kb, make_openings  # noqa: E402
from measure import Run, side_by_side  # noqa: E402
import openings  # noqa: E402
from adcheck import rows as adcheck_rows  # noqa: E402
from preview import preview_latency  # noqa: E402
from table import Row, format_table  # noqa: E402

PYTHON = sys.executable
ROLEGEN = [PYTHON, "-m", "rolegen"]
COMPANY = ROOT / "examples" / "company.yml"
PAGE = ROOT / "docs" / "explanation" / "benchmarks.md"
"""The manual's page on the benchmarks, which holds the table between START and END."""
START, END = "<!-- benchmark table: start -->", "<!-- benchmark table: end -->"


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


def openings_of(kb: Path) -> Path:
    """The openings (one every ten roles) whose postings the guide of ``kb`` publishes."""
    folder = kb.parent / f"{kb.name}-openings"
    if not folder.exists():
        tmp = kb.parent / f".{kb.name}-openings.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        make_openings(kb, tmp)
        tmp.rename(folder)
    return folder / "openings"


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


def bench_guide(sizes: list[int], work: Path, repeat: int) -> list[Row]:
    rows: list[Row] = []
    results = {}
    for n in sizes:
        kb = knowledge_base(n, work)
        results[n] = measure_guide(kb, openings_of(kb), work / f"guide-{n}", repeat)
        rows += guide_rows(n, results[n], sized=n >= 1000)
        progress(rows)
    return rows + growth_rows(results)


def bench_preview(sizes: list[int], work: Path, edits: int) -> list[Row]:
    """Save -> served latency of ``rolegen serve``, on the real roles (N=0 here) and on synthetic bases."""
    rows = []
    for n in sizes:
        roles = ROOT / "roles" if n == 0 else knowledge_base(n, work)
        limit = 1.0 if n == 0 else 3.0
        found = preview_latency(roles, work / f"preview-{n}", edits, settle=1.5 if n == 0 else 15)
        name = "the real roles" if n == 0 else f"N={n:,}"
        rows.append(Row(f"preview: role saved -> page served, {name}", found["latency"], "s",
                        f"worst of {edits} {found['worst']:.2f} s; first page {found['start']:.1f} s", None,
                        f"<= {limit:.0f} s", found["latency"] <= limit))
    return rows


def progress(rows: list[Row]) -> None:
    """The rows so far, on stderr: a long run shows where it is, and a cut run leaves what it measured."""
    print(format_table(rows), file=sys.stderr, flush=True)


def write_page(table: str, command: str) -> None:
    """Put ``table`` between the benchmark markers of the manual's page."""
    text = PAGE.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{PAGE.relative_to(ROOT)} has no '{START}' ... '{END}' block to fill")
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    block = f"{START}\n```text\n$ {command}\n{table}```\n{END}"
    PAGE.write_text(before + block + after, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run at N=20, one repeat, small guide")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench", help="folder for generated data")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each quick command (median kept)")
    parser.add_argument("--guide-repeat", type=int, default=1, help="runs of each guide build (median kept)")
    parser.add_argument("--sizes", default="1000,2000", help="guide sizes, comma-separated (default 1000,2000)")
    parser.add_argument("--no-floors", action="store_true", help="leave the load and postings floors out")
    parser.add_argument("--no-guide", action="store_true", help="leave the guide builds out")
    parser.add_argument("--no-preview", action="store_true", help="leave the preview latency out")
    parser.add_argument("--no-adcheck", action="store_true",
                        help="leave the ad checker's 10,000-ad benchmark out (about half an hour on 2 cores)")
    parser.add_argument("--manual", "--readme", dest="manual", action="store_true",
                        help="also write the table into the manual (docs/explanation/benchmarks.md)")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    repeat = 1 if args.quick else args.repeat
    rows = bench_startup(repeat)
    n = 20 if args.quick else 1000
    if not args.no_floors:
        rows += bench_load(n, args.work, repeat) + bench_postings(n, args.work, repeat)
        rows.append(_versus(f"postings of openings, N={n:,} x 2 langs x 5 formats", openings.runs(n, args.work, repeat),
                            1.5))
    sizes = [20] if args.quick else [int(size) for size in args.sizes.split(",")]
    progress(rows)
    if not args.no_guide:
        rows += bench_guide(sizes, args.work, 1 if args.quick else args.guide_repeat)
        progress(rows)
    if not args.no_preview:
        rows += bench_preview([0] if args.quick else [0, 1000], args.work, 1 if args.quick else 3)
    if not args.no_adcheck:
        rows += [Row(**row) for row in adcheck_rows(args.work, args.quick, repeat)]
    table = format_table(rows)
    print(table, end="")
    if args.manual:
        shown = " ".join(["python benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])])
        write_page(table, shown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
