"""Output folders: replaced whole or not at all; folders with foreign files are refused."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rolegen.errors import OutputError
from rolegen.outputs import MANIFEST, replacing


def build(target: Path, files: dict[str, str]) -> None:
    with replacing(target) as staging:
        for name, text in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text)


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_replaces_the_folder_and_lists_what_it_wrote(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(out, {"a.txt": "1", "sub/b.txt": "2"})
    build(out, {"a.txt": "3"})
    assert tree(out) == {MANIFEST: json.dumps({"files": ["a.txt"]}, indent=1) + "\n", "a.txt": "3"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_refuses_a_folder_with_files_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match=r"holds files rolegen did not write \(notes.txt\)"):
        build(out, {"a.txt": "1"})
    assert tree(out) == {"notes.txt": "mine"}


def test_refuses_a_file_added_to_an_owned_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(out, {"a.txt": "1"})
    (out / "added.txt").write_text("mine")
    with pytest.raises(OutputError, match=r"\(added.txt\); move them elsewhere first"):
        build(out, {"a.txt": "2"})
    assert (out / "added.txt").read_text() == "mine" and (out / "a.txt").read_text() == "1"


def test_an_empty_folder_is_taken(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    build(out, {"a.txt": "1"})
    assert (out / "a.txt").read_text() == "1"


def test_a_failure_keeps_the_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(out, {"a.txt": "old"})
    with pytest.raises(RuntimeError):
        with replacing(out) as staging:
            (staging / "a.txt").write_text("new")
            raise RuntimeError("template error")
    assert (out / "a.txt").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_full_disk_keeps_the_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(out, {"a.txt": "old"})
    with pytest.raises(OutputError, match="No space left on device; the previous outputs are kept"):
        with replacing(out) as staging:
            (staging / "a.txt").write_text("new")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert (out / "a.txt").read_text() == "old"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_keeps_the_previous_outputs(tmp_path: Path, sig: signal.Signals) -> None:
    out = tmp_path / "out"
    build(out, {"a.txt": "old"})
    script = textwrap.dedent(f"""
        import os, signal, sys
        from pathlib import Path
        from rolegen.outputs import replacing
        with replacing(Path({str(out)!r})) as staging:
            (staging / "a.txt").write_text("new")
            os.kill(os.getpid(), {int(sig)})
            sys.exit("not interrupted")
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode != 0 and "not interrupted" not in proc.stderr
    assert (out / "a.txt").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_an_interrupted_swap_is_restored(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(out, {"a.txt": "old"})
    out.rename(tmp_path / ".out.old-abc")
    build(out, {"a.txt": "new"})
    assert (out / "a.txt").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
