"""The wheel stands alone: built, installed into a fresh virtual environment outside the repository, it starts
a project with `rolegen init` and builds the guide and the postings there, with no file from the repository.

Offline by design (no test reaches the network): the wheel is built without build isolation (setuptools and
wheel come from the test environment, see the `test` extra), installed with `pip --no-index --no-deps`, and the
fresh environment reaches rolegen's dependencies (click, Jinja, MkDocs, Material ...) through a `.pth` file naming
the test environment's site-packages. A `.pth` line only adds a folder to `sys.path`: the `.pth` files inside it
are not run, so the repository's editable install of rolegen stays invisible and `import rolegen` finds the
wheel's copy, which the test checks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "src", "templates", "schema", "roles", "examples")
ROLES = sorted(p.stem for p in (ROOT / "roles").glob("*.yml"))
pytestmark = pytest.mark.wheel


def run(*args: str | Path, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """(bin folder of a fresh venv holding the wheel, the environment to run it with)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"  # a copy, so that the build leaves nothing in the repository (build/, *.egg-info)
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ROLEGEN_", "PYTHON", "VIRTUAL_ENV"))}
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
        "-w", base / "dist", source, cwd=base, env=env)
    wheels = list((base / "dist").glob("rolegen-*.whl"))
    assert len(wheels) == 1
    venv = base / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=base, env=env)
    python = venv / "bin" / "python"
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                       cwd=base, env=env).strip())
    (purelib / "rolegen-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheels[0],
        cwd=base, env=env)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return venv / "bin", env


def test_the_wheel_carries_the_defaults_and_the_repository_is_not_used(installed, tmp_path: Path) -> None:
    bin_dir, env = installed
    where = run(bin_dir / "python", "-c", "import rolegen.project.shipped as s; print(s.PACKAGE); "
                "print(s.site_templates()); print(s.starter_roles()); print(s.schemas())", cwd=tmp_path, env=env)
    package, *folders = where.split()
    assert Path(package).is_relative_to(bin_dir.parent)
    for folder in folders:
        assert Path(folder).is_relative_to(Path(package)), folder
        assert not Path(folder).is_symlink()
    copies = {"project/starter/roles": "roles", "site/templates": "templates/site",
              "postings/templates": "templates/postings", "knowledge/schemas": "schema"}
    for inside, repository in copies.items():  # the wheel's copies are the repository's files, all of them
        assert files(Path(package) / inside) == files(ROOT / repository), inside


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_init_build_postings_in_an_empty_folder(installed, tmp_path: Path) -> None:
    bin_dir, env = installed
    rolegen = bin_dir / "rolegen"
    out = run(rolegen, "init", "guide", "--site-name", "Guide de l'équipe", cwd=tmp_path, env=env)
    assert "wrote guide/rolegen.toml" in out.splitlines()
    project = tmp_path / "guide"
    run(rolegen, "validate", "--strict", cwd=project, env=env)
    run(rolegen, "build", cwd=project / "roles", env=env)  # from a subfolder: the project file is found above
    # With openings in the package, the guide and `rolegen postings` publish the example opening's postings;
    # before, every role's posting for the example company.
    with_openings = "--openings" in run(rolegen, "build", "--help", cwd=project, env=env)
    posting = "community-manager-lyon" if with_openings else "community-manager"
    for page in ("index.html", "fr/index.html", "en/index.html", "fr/roles/community-manager/index.html",
                 "en/roles/community-manager/index.html", f"postings/{posting}.fr.html", f"postings/{posting}.en.html"):
        assert (project / "site" / page).is_file(), page
    assert "<title>Guide de l'équipe</title>" in (project / "site" / "fr" / "index.html").read_text(encoding="utf-8")
    run(rolegen, "postings", cwd=project, env=env)
    written = sorted(p.name for p in (project / "build" / "postings").glob("*.fr.html"))
    assert written == ([f"{posting}.fr.html"] if with_openings else [f"{r}.fr.html" for r in ROLES])
    commands = run(rolegen, "--help", cwd=project, env=env)
    adcheck_here = (ROOT / "src" / "rolegen" / "adcheck").is_dir()
    assert ("check-ad" in commands) == adcheck_here
    if adcheck_here:
        postings = sorted(str(p) for p in (project / "build" / "postings").glob("*.md"))
        done = subprocess.run([str(rolegen), "check-ad", *postings], cwd=project, env=env, capture_output=True,
                              text=True, check=False, timeout=600)
        assert done.returncode in (0, 1) and "internal error" not in done.stderr, done.stderr
