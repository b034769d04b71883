"""Replay the hostile corpus (tests/fixtures/hostile/) through every command that reads it.

Each case runs in a child process limited to 2 GiB of address space and 20 s;
every command must give the expected exit code and located line, show no text
the case says must stay hidden, and leave every file of the project as it was
(on an error, write nothing at all). The figures (slowest command, peak
memory) are written to build/hostile-replay.json.
"""

from __future__ import annotations

import io
import json
import os
import re
import resource
import shutil
import signal
import socket
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from conftest import snapshot as folder_snapshot

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "fixtures" / "hostile"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
ROOT = HERE.parent
LIMIT_SECONDS = 20.0
LIMIT_BYTES = 2 * 1024 ** 3
FIGURES: dict[str, list] = {"runs": []}


def _address_space() -> int:
    """This process's virtual memory size in bytes (VmSize), 0 where /proc does not tell."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_limited(args: list[str], cwd: Path, stdin: str | None = None) -> dict:
    """``rolegen ARGS`` in a forked child under RLIMIT_AS = 2 GiB; kill it past 20 s."""
    import rolegen.cli

    out, err, base = tempfile.TemporaryFile(), tempfile.TemporaryFile(), tempfile.TemporaryFile()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 99
        try:
            # the child starts with the pages of pytest's process (they count in its peak): the command's own
            # memory is what it adds to them
            os.write(base.fileno(), str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).encode())
            os.chdir(cwd)
            # the limit is on what the command adds to the address space it starts with (pytest's, which grows
            # with the suite), not on the whole of it
            resource.setrlimit(resource.RLIMIT_AS, (_address_space() + LIMIT_BYTES, _address_space() + LIMIT_BYTES))
            fd = os.open(stdin or os.devnull, os.O_RDONLY)
            os.dup2(fd, 0)
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)))
            sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), write_through=True)
            sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), write_through=True)
            sys.argv = ["rolegen", *args]
            try:
                rolegen.cli.main()
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001 - reported as exit 99 with its traceback
            import traceback

            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    timed_out = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - start > LIMIT_SECONDS:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            timed_out = True
            break
        time.sleep(0.01)
    seconds = time.monotonic() - start
    out.seek(0)
    err.seek(0)
    base.seek(0)
    inherited = int(base.read() or 0)
    result = {"args": args, "exit": os.waitstatus_to_exitcode(status), "stdout": out.read().decode("utf-8", "replace"),
              "stderr": err.read().decode("utf-8", "replace"), "seconds": seconds,
              "peak_bytes": (usage.ru_maxrss - inherited) * 1024, "timed_out": timed_out}
    FIGURES["runs"].append({k: result[k] for k in ("args", "exit", "seconds", "peak_bytes")})
    return result


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from rolegen.project.init import init_project

    root = tmp_path_factory.mktemp("hostile") / "project"
    init_project(root)
    for example in (root / "openings").glob("*.yml"):
        example.unlink()
    # imported once here, so that each forked child starts with them
    import docx  # noqa: F401

    import rolegen.postings.posting  # noqa: F401
    import rolegen.postings.word  # noqa: F401
    import rolegen.postings.rules  # noqa: F401
    import rolegen.adcheck.docx  # noqa: F401
    return root


def company_file(project: Path, kind: str) -> str:
    example = (project / "companies" / "example.yml").read_text(encoding="utf-8")
    if kind == "LONG_COMPANY":
        return re.sub(r"(?m)^name: .*$", "name: \"" + "Atelier Lumen " * 20 + "\"", example)
    if kind == "ESCAPE_COMPANY":
        return re.sub(r"(?m)^name: .*$", 'name: "Atelier\\\\e[31m Lumen"', example)
    if kind == "PAY_COMPANY":
        without = re.sub(r"(?m)^salary: .*\n", "", example)
        return without + "salary: {min: 36000, max: 41000, currency: XYZ, period: year}\n"
    return kind


@pytest.fixture
def project(template: Path, tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(template, root, symlinks=True)
    return root


def snapshot(root: Path) -> dict[str, str]:
    return folder_snapshot(root, skip="out")


def located(output: str, where: str, field: str, says: str) -> bool:
    path, _, line = where.rpartition(":") if re.search(r":\d+$", where) else (where, "", r"\d+")
    head = re.compile(rf"^{re.escape(path)}:{line}:\d+: ", re.MULTILINE)
    for match in head.finditer(output):
        rest = output[match.end():output.find("\n", match.end()) if "\n" in output[match.end():] else None]
        if (not field or rest.startswith(field + ": ")) and says in rest:
            return True
    return False


def opening_commands(path: str) -> list[list[str]]:
    return [["posting", "--opening", path, "--format", "md"],
            ["posting", "--opening", path, "--format", "docx", "-o", "out/posting.docx"],
            ["posting", "--opening", path, "--lang", "en", "--format", "html", "-o", "out/posting.html"],
            ["check-posting", "--opening", path],
            ["postings", "--out", "out/postings"]]


def check_runs(project: Path, commands: list[list[str]], case: dict, where: str) -> None:
    (project / "out").mkdir(exist_ok=True)  # -o FILE writes into a folder that exists
    before = snapshot(project)
    for args in commands:
        result = run_limited(args, project)
        shown = f"{' '.join(args)}\n{result['stdout'][-2000:]}\n{result['stderr'][-3000:]}"
        assert not result["timed_out"], f"over {LIMIT_SECONDS} s: {shown}"
        assert result["exit"] == case["exit"], shown
        output = result["stdout"] + result["stderr"]
        assert "Traceback" not in output and "internal error" not in output, shown
        if case.get("says") or case.get("field"):
            if not (args[0] == "posting" and args[-1] == "md" and case["exit"] == 0):  # warnings on stderr too
                assert located(output, where, case.get("field", ""), case.get("says", "")), shown
        for also in case.get("also", []):
            assert located(output, f"{where.rsplit(':', 1)[0]}:{also[0]}", also[1], also[2]), shown
        if case.get("absent"):
            written = b"".join(p.read_bytes() for p in (project / "out").rglob("*")
                               if p.suffix in (".md", ".html", ".jsonld")) if (project / "out").exists() else b""
            assert case["absent"] not in output and case["absent"].encode() not in written, shown
        assert snapshot(project) == before, f"an input changed: {shown}"
        if case["exit"] != 0:
            assert not any((project / "out").iterdir()), f"written on an error: {shown}"
        assert result["peak_bytes"] < LIMIT_BYTES
    if case.get("word_title"):
        with zipfile.ZipFile(project / "out" / "posting.docx") as archive:
            core = archive.read("docProps/core.xml").decode("utf-8")
        title = re.search(r"<dc:title>(.*?)</dc:title>", core, re.S).group(1)
        assert len(title) <= 255 and title.endswith("…")


@pytest.mark.parametrize("case", EXPECTED["openings"], ids=[c["name"] for c in EXPECTED["openings"]])
def test_hostile_opening(project: Path, case: dict) -> None:
    name = case["name"]
    shutil.copyfile(CORPUS / "openings" / f"{name}.yml", project / "openings" / f"{name}.yml")
    for relative, kind in case["files"].items():
        (project / relative).write_text(company_file(project, kind), encoding="utf-8")
    where = case["where"] if isinstance(case["where"], str) else f"openings/{name}.yml:{case['where']}"
    check_runs(project, opening_commands(f"openings/{name}.yml"), case, where)


SECRET = "ghp_SECRETSECRETSECRETSECRET0123456789\n"


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    _SOCKETS.append(server)


_SOCKETS: list[socket.socket] = []


SPECIAL_OPENINGS = {
    "fifo": (lambda p: _fifo(p / "openings" / "fifo.yml"), "openings/fifo.yml:1", "named pipe", None),
    "socket": (lambda p: _socket(p / "openings" / "socket.yml"), "openings/socket.yml:1", "socket", None),
    "company-fifo": (lambda p: (_fifo(p / "companies" / "fifo.yml"), _opening(p, "../companies/fifo.yml")),
                     "companies/fifo.yml:1", "named pipe", None),
    "company-dev-zero": (lambda p: ((p / "companies" / "zero.yml").symlink_to("/dev/zero"),
                                    _opening(p, "../companies/zero.yml")), "openings/x.yml:3", "outside the project",
                         None),
    "company-link-out": (lambda p: ((p.parent / "secret.yml").write_text(SECRET),
                                    (p / "companies" / "secret.yml").symlink_to(p.parent / "secret.yml"),
                                    _opening(p, "../companies/secret.yml")), "openings/x.yml:3", "outside the project",
                         "ghp_SECRET"),
    "company-absolute-secret": (lambda p: ((p.parent / "token.txt").write_text(SECRET),
                                           _opening(p, str(p.parent / "token.txt"))), "openings/x.yml:3",
                                "outside the project", "ghp_SECRET"),
}


def _opening(project: Path, company: str) -> None:
    text = (CORPUS / "openings" / "salary-below-minimum-wage.yml").read_text(encoding="utf-8")
    text = text.replace("company: ../companies/example.yml", f"company: {company}")
    (project / "openings" / "x.yml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name", sorted(SPECIAL_OPENINGS))
def test_special_files_in_openings(project: Path, name: str) -> None:
    make, where, says, absent = SPECIAL_OPENINGS[name]
    make(project)
    target = where.split(":")[0] if where.startswith("openings/") and name in ("fifo", "socket") else "openings/x.yml"
    check_runs(project, opening_commands(target), {"exit": 1, "says": says, "absent": absent}, where)


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom", "OUTSIDE"])
def test_links_out_of_openings_are_refused(project: Path, target: str) -> None:
    if target == "OUTSIDE":
        (project.parent / "outside.yml").write_text(SECRET)
        target = str(project.parent / "outside.yml")
    (project / "openings" / "linked.yml").symlink_to(target)
    case = {"exit": 1, "says": "symbolic link points outside the openings folder", "absent": "ghp_SECRET"}
    check_runs(project, [["postings", "--out", "out/postings"]], case, "openings/linked.yml:1")
    # named on the command line, the file is read, as a file: a device is refused, a text not shown
    says = "not shown" if "outside" in target else "is a device"
    check_runs(project, opening_commands("openings/linked.yml")[:4], {**case, "says": says}, "openings/linked.yml:1")


# ---- ads --------------------------------------------------------------------------------------------------------

def ad_commands(path: str, case: dict) -> list[tuple[list[str], int | None]]:
    fragment_exit = 66 if case["cannot"] else case["exit"]  # an unreadable ad: 66, told apart from findings
    return [(["check-ad", "--fragment", path], fragment_exit),
            (["check-ad", "--fragment", "--format", "json", path], fragment_exit),
            (["check-ad", path], None if not case["cannot"] else 66)]


@pytest.mark.parametrize("case", EXPECTED["ads"], ids=[c["name"] for c in EXPECTED["ads"]])
def test_hostile_ad(tmp_path: Path, case: dict) -> None:
    import rolegen.cli  # noqa: F401 - imported once before the children fork

    shutil.copyfile(CORPUS / "ads" / case["name"], tmp_path / case["name"])
    before = snapshot(tmp_path)
    for args, code in ad_commands(case["name"], case):
        result = run_limited(args, tmp_path)
        shown = f"{' '.join(args)}\n{result['stdout'][-1500:]}\n{result['stderr'][-1500:]}"
        assert not result["timed_out"], shown
        if code is not None:
            assert result["exit"] == code, shown
        assert result["exit"] in (0, 1, 66), shown
        output = result["stdout"] + result["stderr"]
        assert "Traceback" not in output and "internal error" not in output, shown
        if case["cannot"]:
            assert re.search(rf"^{re.escape(case['name'])}: cannot check: .*{re.escape(case['says'])}",
                             result["stderr"], re.M), shown
            assert result["stderr"].count("\n") == 1, shown
        elif case["where"] and "json" in args:
            line, col = map(int, case["where"].split(":"))
            findings = json.loads(result["stdout"])["findings"]
            assert any((f["line"], f["column"], f"{f['category']}/{f['rule']}") == (line, col, case["says"])
                       for f in findings), shown
        elif case["where"]:
            assert re.search(rf"^{re.escape(case['name'])}:{case['where']}: error {case['says']}", result["stdout"],
                             re.M), shown
        elif case["says"] and "json" not in args:
            assert case["says"] in output, shown
        if case["absent"]:
            assert case["absent"] not in output, shown
        for line in output.splitlines():
            assert len(line) < 2000, f"a line of {len(line)} characters: {shown[:300]}"
        assert snapshot(tmp_path) == before
        assert result["peak_bytes"] < LIMIT_BYTES


SPECIAL_ADS = {
    "fifo.txt": (lambda d: _fifo(d / "fifo.txt"), "named pipe"),
    "socket.txt": (lambda d: _socket(d / "socket.txt"), "socket"),
    "zero.txt": (lambda d: (d / "zero.txt").symlink_to("/dev/zero"), "is a device"),
    "random.docx": (lambda d: (d / "random.docx").symlink_to("/dev/urandom"), "is a device"),
    "folder.md": (lambda d: (d / "folder.md").mkdir(), "folder"),
    "dangling.txt": (lambda d: (d / "dangling.txt").symlink_to(d / "nowhere"), "symbolic link to nothing"),
    "six-megabytes.txt": (lambda d: (d / "six-megabytes.txt").write_bytes(b"a " * 3 * 1024 * 1024), "too large"),
}


@pytest.mark.parametrize("name", sorted(SPECIAL_ADS))
def test_special_ad_files_are_refused_at_once(tmp_path: Path, name: str) -> None:
    import rolegen.cli  # noqa: F401

    make, says = SPECIAL_ADS[name]
    make(tmp_path)
    for args in (["check-ad", name], ["check-ad", "--format", "json", name]):
        result = run_limited(args, tmp_path)
        assert not result["timed_out"] and result["exit"] == 66, result
        assert re.fullmatch(rf"{re.escape(name)}: cannot check: [^\n]*{re.escape(says)}[^\n]*\n", result["stderr"]), result
        assert result["seconds"] < 5


@pytest.mark.parametrize(("source", "says"), [("/dev/zero", "too large"), ("BIG", "too large"), ("UTF16", "")])
def test_standard_input_is_read_up_to_the_limit(tmp_path: Path, source: str, says: str) -> None:
    import rolegen.cli  # noqa: F401

    if source == "BIG":
        source = str(tmp_path / "big.txt")
        Path(source).write_bytes(b"jeune homme " * 600_000)
    elif source == "UTF16":
        source = str(tmp_path / "utf16.txt")
        Path(source).write_bytes("Nous recherchons un jeune homme.\n".encode("utf-16"))
    result = run_limited(["check-ad", "--fragment", "-"], tmp_path, stdin=source)
    assert not result["timed_out"] and result["exit"] == (66 if says else 1), result
    if says:
        assert result["stderr"] == f"<stdin>: cannot check: is too large to be an ad (over 5 MB; read up to the " \
                                   "limit, then stopped)\n"
        assert result["peak_bytes"] < 600 * 1024 * 1024
    else:
        assert "<stdin>:1:21: error age/age-criterion" in result["stdout"]


def test_file_names_are_shown_escaped(tmp_path: Path) -> None:
    import rolegen.cli  # noqa: F401

    name = "a\nb\x1b[31m.txt"
    (tmp_path / name).write_text("Nous recherchons un jeune homme.\n", encoding="utf-8")
    result = run_limited(["check-ad", "--fragment", name], tmp_path)
    assert "\x1b" not in result["stdout"] and result["stdout"].startswith("a\\nb\\x1b[31m.txt:1:6: error sex")
    assert all(line.startswith("a\\nb\\x1b[31m.txt") for line in result["stdout"].splitlines())


def test_the_corpus_is_large_enough() -> None:
    assert len(EXPECTED["openings"]) + len(SPECIAL_OPENINGS) >= 100
    assert len(EXPECTED["ads"]) + len(SPECIAL_ADS) >= 30


def teardown_module() -> None:
    for server in _SOCKETS:
        server.close()
    runs = FIGURES["runs"]
    if not runs:
        return
    slowest = max(runs, key=lambda r: r["seconds"])
    peak = max(runs, key=lambda r: r["peak_bytes"])
    out = ROOT / "build" / "hostile-replay.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"commands": len(runs), "slowest": slowest, "peak": peak}, indent=1) + "\n",
                   encoding="utf-8")
