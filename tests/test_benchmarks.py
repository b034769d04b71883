"""The benchmark runs end to end at a small size, so that it cannot rot (no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from rolegen import load

ROOT = Path(__file__).resolve().parent.parent


def test_make_kb_is_valid_and_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_kb.py"), "30", str(tmp_path / name)],
                       check=True)
    first = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*.yml")}
    second = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*.yml")}
    assert first == second
    kb = load(tmp_path / "a")
    assert len(kb.roles) == 30 and len(kb.skills) == 44
    assert any(role.reports_to for role in kb.roles.values())
    sample = yaml.safe_load((tmp_path / "a" / "role-00007.yml").read_text(encoding="utf-8"))
    assert len(sample["responsibilities"]) >= 4 and len(sample["skills"]) >= 4


def test_make_kb_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("mine")
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_kb.py"), "5", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "is not empty" in proc.stderr
    assert (tmp_path / "x.txt").read_text() == "mine"


def test_benchmark_smoke(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--work", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:3] == ["measure", "rolegen", "compared"]
    assert any(line.startswith("load + validate, N=20") for line in lines)
    assert any(line.startswith("guide, N=20: rolegen build (fr + en, 20 posting files)") for line in lines)
    assert any(line.startswith("  rolegen build --no-postings") for line in lines)
    assert any(line.startswith("  part: load + validate") for line in lines)
    assert any(line.startswith("ProperDocs alone vs MkDocs alone, same pages, N=20") for line in lines)
    assert any(line.startswith("preview: role saved -> page served, the real roles") for line in lines)


def test_adcheck_benchmark_smoke(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "adcheck.py"), "--quick", "--work", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [line.split(",")[0] for line in lines] == ["check-ad", "  check-ad per ad", "  check-ad per ad"]
    assert "floor" in lines[0] and "x" in lines[0]
    assert len(list(tmp_path.glob("ads-40/*.txt"))) == 40


def test_batch_benchmark_smoke(tmp_path: Path) -> None:
    """benchmarks/batch.py end to end at a small size: every command runs and gives its row, then the start times."""
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "batch.py"), "--quick", "--work", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert proc.returncode == 0, proc.stderr
    table, starts = proc.stdout.split("\n\n")
    rows = [line.split() for line in table.splitlines()[1:]]
    cores = str(len(__import__("os").sched_getaffinity(0)))
    assert [(r[0], r[1]) for r in rows] == [(n, c) for n in ("20", "60") for c in ("floor", "before", "1", cores)]
    assert all(float(r[-1]) > 0 for r in rows)  # a peak memory was measured for each
    assert [line.split()[0] for line in starts.splitlines()[1:]] == ["rolegen", "before"]
    first = (tmp_path / "ads-20.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(first) == 20 and all(line.startswith('{"id": "ad-') for line in first)