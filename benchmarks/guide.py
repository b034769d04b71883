"""The guide rows: ``rolegen build`` against the engine alone building the very pages rolegen generated.

Per size N, alternately and in fresh processes:

- ``rolegen build --timings`` from an empty work folder (every page written, as in CI), the postings included
  as the guide publishes them (the openings' postings: one opening every ten roles, 10 files each), replacing
  the site of the previous run;
- the same with ``--no-postings``;
- the engine alone (``floors.py engine mkdocs``): MkDocs building ``WORK/fr`` and ``WORK/en`` as rolegen left
  them, both at once, into empty output folders, with rolegen's command line and environment;
- ProperDocs alone on the same pages, for the row that compares the two engines;
- ``rolegen build --engine zensical`` (its own work folder) and Zensical alone on the pages it generated: the
  same comparison of rolegen's own cost against the engine alone, with the other engine.

rolegen's parts come from its ``--timings`` line (median over the runs).
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
from pathlib import Path

from measure import Run, run_once
from table import Row

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
ROLEGEN = [PYTHON, "-m", "rolegen"]
TARGET_RATIO = 1.10
TARGET_PEAK_MIB = 1024
TARGET_GROWTH = 2.1

PART_LABELS = {
    "load": "load + validate",
    "generate": "page generation (slower language)",
    "write": "writing + syncing (slower language)",
    "postings": "postings (beside the engines)",
    "postings_wait": "waiting for the postings after the engine",
    "replace": "replacing site/",
}


def _commands(kb: Path, openings: Path, work: Path) -> dict[str, list[str]]:
    build = [*ROLEGEN, "build", "--roles", str(kb), "--timings"]
    return {
        "rolegen": [*build, "--openings", str(openings), "--out", str(work / "site"),
                    "--work-dir", str(work / "guide")],
        "no-postings": [*build, "--no-postings", "--out", str(work / "site-np"),
                        "--work-dir", str(work / "guide-np")],
        "mkdocs": [PYTHON, str(HERE / "floors.py"), "engine", "mkdocs", str(work / "guide")],
        "properdocs": [PYTHON, str(HERE / "floors.py"), "engine", "properdocs", str(work / "guide")],
        "rolegen-zensical": [*build, "--engine", "zensical", "--openings", str(openings),
                             "--out", str(work / "site-z"), "--work-dir", str(work / "guide-z")],
        "zensical": [PYTHON, str(HERE / "floors.py"), "engine", "zensical", str(work / "guide-z")],
    }


def _prepare(name: str, work: Path) -> None:
    """Before each run: rolegen starts from an empty work folder; every engine builds into empty folders."""
    if name == "rolegen":
        shutil.rmtree(work / "guide", ignore_errors=True)
    elif name == "no-postings":
        shutil.rmtree(work / "guide-np", ignore_errors=True)
    elif name == "rolegen-zensical":
        shutil.rmtree(work / "guide-z", ignore_errors=True)
    for lang in ("fr", "en"):
        shutil.rmtree(work / "guide" / lang / "site", ignore_errors=True)
        shutil.rmtree(work / "guide-z" / lang / "site", ignore_errors=True)


def measure_guide(kb: Path, openings: Path, work: Path, repeat: int) -> dict[str, object]:
    """Runs of each command (alternated) and rolegen's median parts."""
    work.mkdir(parents=True, exist_ok=True)
    commands = _commands(kb, openings, work)
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    failed: dict[str, str] = {}
    for _ in range(repeat):
        for name, argv in commands.items():
            if name in failed:
                continue
            _prepare(name, work)
            try:
                runs[name].append(run_once(argv, ROOT))
            except SystemExit as exc:
                if not name.endswith("zensical"):
                    raise
                # Zensical is measured where it builds; where it cannot, the row says why.
                failed[name] = [line for line in str(exc).splitlines() if line.strip()][-1][:160]
                failed.setdefault("zensical", failed[name])
                failed.setdefault("rolegen-zensical", failed[name])
    runs = {name: done for name, done in runs.items() if name not in failed}
    med = {name: Run(statistics.median(r.seconds for r in done), max(r.peak_mib for r in done), done[-1].stdout,
                     statistics.median(r.cpu for r in done), max(r.peak_pss_mib for r in done))
           for name, done in runs.items()}
    parts = [_timings(r.stdout) for r in runs["rolegen"]]
    median_parts = {key: statistics.median(p.get(key, 0.0) for p in parts) for key in parts[0]}
    postings = int(_summary(med["rolegen"].stdout).get("postings", 0))
    return {"runs": med, "parts": median_parts, "postings": postings, "failed": failed}


def _timings(stdout: str) -> dict[str, float]:
    for line in stdout.splitlines():
        if line.startswith('{"timings"'):
            return json.loads(line)["timings"]
    raise SystemExit(f"rolegen build printed no timings:\n{stdout}")


def _summary(stdout: str) -> dict[str, str]:
    import re

    found = re.search(r"\((\d+) pages, (\d+) posting files\)", stdout)
    return {"pages": found.group(1), "postings": found.group(2)} if found else {}


def guide_rows(n: int, result: dict, sized: bool) -> list[Row]:
    """The rows of one size; ``sized`` when the targets apply (N of 1,000 or more)."""
    runs, parts = result["runs"], result["parts"]
    rolegen, bare, engine, other = runs["rolegen"], runs["no-postings"], runs["mkdocs"], runs["properdocs"]
    ratio = rolegen.seconds / engine.seconds
    target = f"<= {TARGET_RATIO:.2f}x" if sized else ""
    alone = f"engine alone {engine.seconds:.1f} s"
    rows = [
        Row(f"guide, N={n:,}: rolegen build (fr + en, {result['postings']:,} posting files)", rolegen.seconds, "s",
            alone, ratio, target, ratio <= TARGET_RATIO if sized else None),
        Row(f"  same, CPU time of the process tree", rolegen.cpu, "s", f"engine alone {engine.cpu:.1f} s",
            rolegen.cpu / engine.cpu),
        Row(f"  rolegen build --no-postings", bare.seconds, "s", alone, bare.seconds / engine.seconds, target,
            bare.seconds / engine.seconds <= TARGET_RATIO if sized else None),
    ]
    for key, label in PART_LABELS.items():
        if key in parts:
            rows.append(Row(f"  part: {label}", parts[key], "s", "share of engine alone", parts[key] / engine.seconds,
                            percent=True))
    rows.append(Row(f"  peak memory (PSS), N={n:,}", rolegen.peak_pss_mib, "MiB",
                    f"engine alone {engine.peak_pss_mib:.0f} MiB; RSS sum {rolegen.peak_mib:.0f} MiB", None,
                    f"<= {TARGET_PEAK_MIB} MiB" if n >= 2000 else "",
                    rolegen.peak_pss_mib <= TARGET_PEAK_MIB if n >= 2000 else None))
    rows.append(Row(f"ProperDocs alone vs MkDocs alone, same pages, N={n:,}", other.seconds, "s",
                    f"mkdocs {engine.seconds:.1f} s", other.seconds / engine.seconds))
    if "zensical" in result.get("failed", {}):
        rows.append(Row(f"guide, N={n:,}: rolegen build --engine zensical: FAILED", 0.0, "s",
                        result["failed"]["zensical"]))
    if "zensical" in runs:
        zensical, built = runs["zensical"], runs["rolegen-zensical"]
        rows += [
            Row(f"guide, N={n:,}: rolegen build --engine zensical (fr + en)", built.seconds, "s",
                f"zensical alone {zensical.seconds:.1f} s", built.seconds / zensical.seconds),
            Row(f"  same, CPU time of the process tree", built.cpu, "s", f"zensical alone {zensical.cpu:.1f} s",
                built.cpu / zensical.cpu),
            Row(f"  rolegen's own cost with zensical (build minus engine alone)", built.seconds - zensical.seconds,
                "s", f"with mkdocs {rolegen.seconds - engine.seconds:.1f} s"),
            Row(f"Zensical alone vs MkDocs alone, N={n:,}", zensical.seconds, "s", f"mkdocs {engine.seconds:.1f} s",
                zensical.seconds / engine.seconds),
        ]
    return rows


def growth_rows(results: dict[int, dict]) -> list[Row]:
    """rolegen's wall time from the smaller to the larger size, beside the engine's."""
    if 1000 not in results or 2000 not in results:
        return []
    small, large = results[1000]["runs"], results[2000]["runs"]
    growth = large["rolegen"].seconds / small["rolegen"].seconds
    engine = large["mkdocs"].seconds / small["mkdocs"].seconds
    return [Row("guide growth, N=1,000 -> 2,000, rolegen build", growth, "x", f"engine alone {engine:.2f}x", None,
                f"<= {TARGET_GROWTH}x", growth <= TARGET_GROWTH)]
