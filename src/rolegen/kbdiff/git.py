"""The roles folder of a git revision, read with ``git archive`` into a temporary folder."""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from pathlib import Path

import dataclasses

from rolegen.errors import DataError, UsageError
from rolegen.kbdiff.engine import Changes, compare_folders
from rolegen.textutil import one_line


def compare_revisions(old: str, new: str, roles_dir: str | Path = "roles") -> Changes:
    """The changes of ``roles_dir`` from revision ``old`` to revision ``new`` of the repository holding it."""
    roles = Path(roles_dir).resolve()
    top = Path(_git(roles if roles.is_dir() else Path.cwd(), "rev-parse", "--show-toplevel").decode().strip())
    try:
        inside = roles.relative_to(top.resolve()).as_posix()
    except ValueError:
        raise UsageError(f"{roles_dir} is not inside the git repository {top}") from None
    with tempfile.TemporaryDirectory(prefix="rolegen-diff-") as temp:
        folders = [_extract(top, revision, inside, Path(temp) / str(i)) for i, revision in enumerate((old, new))]
        try:
            return compare_folders(*folders)
        except DataError as error:
            raise _named(error, {str(Path(temp) / str(i)): rev for i, rev in enumerate((old, new))}) from None


def _named(error: DataError, revisions: dict[str, str]) -> DataError:
    """The problems of a revision's files located as ``REV:PATH``, as git names them, not in the temporary folder."""
    def rename(path: str) -> str:
        for folder, revision in revisions.items():
            if path.startswith(folder + "/"):
                return f"{revision}:{path[len(folder) + 1:]}"
        return path

    return DataError(dataclasses.replace(problem, path=rename(problem.path)) for problem in error.problems)


def _extract(top: Path, revision: str, inside: str, target: Path) -> Path:
    if revision.startswith("-"):
        raise UsageError(f"'{one_line(revision)}' is not a revision")
    _git(top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}", what=f"no revision '{revision}'")
    data = _git(top, "archive", "--format=tar", revision, "--", inside,
                what=f"revision '{revision}' has no folder '{inside}'")
    target.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        archive.extractall(target, filter="data")
    return target / inside


def _git(where: Path, *args: str, what: str | None = None) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(where), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("git is not installed; compare two folders instead: rolegen diff OLD NEW") from None
    if done.returncode != 0:
        detail = one_line(done.stderr.decode("utf-8", "replace").strip(), 200)
        raise UsageError(what or f"git {args[0]} failed: {detail}") from None
    return done.stdout
