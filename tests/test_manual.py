"""The manual (docs/, manual.yml): its generated reference is current, it builds strictly with the guide's engine,
every internal link and anchor of the built pages resolves, it asks no other host for anything, and every command
and option is documented."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import click
import pytest

from rolegen.cli import cli
from rolegen.cli.reference import COMMANDS_PAGE, REGENERATE, pages, stale

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GENERATED = set(pages())


def test_generated_pages_are_current() -> None:
    assert stale(DOCS) == [], f"run {REGENERATE} (make docs does)"


def test_the_generator_checks_and_writes(tmp_path: Path) -> None:
    from rolegen.cli.reference import main

    assert main(["--check", str(tmp_path)]) == 1  # nothing there yet
    assert main([str(tmp_path)]) == 0
    assert main(["--check", str(tmp_path)]) == 0
    assert {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.md")} == GENERATED


def test_the_generator_keeps_the_french_word_table_of_a_hand_written_page(tmp_path: Path, capsys) -> None:
    from rolegen.adcheck.coding import BEGIN, END
    from rolegen.cli.reference import CODING_PAGE, main

    page = (DOCS / CODING_PAGE).read_text(encoding="utf-8")
    start, stop = page.index(BEGIN), page.index(END) + len(END)
    (tmp_path / CODING_PAGE).write_text(page[:start] + BEGIN + "\nan old table\n" + END + page[stop:], encoding="utf-8")
    main([str(tmp_path)])
    assert (tmp_path / CODING_PAGE).read_text(encoding="utf-8") == page
    assert main(["--check", str(tmp_path)]) == 0


def test_the_generator_takes_no_option_for_a_folder(tmp_path: Path, monkeypatch, capsys) -> None:
    from rolegen.cli.reference import main

    monkeypatch.chdir(tmp_path)
    assert main(["--help"]) == 2 and main(["a", "b"]) == 2
    assert "usage:" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # nothing written, no folder named after an option


def _commands() -> list[tuple[str, click.Command]]:
    return [("", cli), *sorted(cli.commands.items())]


@pytest.mark.parametrize("name,command", _commands(), ids=[n or "rolegen" for n, _ in _commands()])
def test_every_command_and_option_has_help(name: str, command: click.Command) -> None:
    assert command.help and len(command.get_short_help_str(limit=200)) > 10, f"rolegen {name}: no help text"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help and param.help.strip(), f"rolegen {name} {param.opts[0]}: no help text"
        if isinstance(param, click.Argument):  # arguments have no help of their own: the command's text names them
            metavar = param.metavar or param.name.upper()
            words = set(re.findall(r"[A-Z][A-Z_]+", metavar))
            named = words | {w[:-1] for w in words if w.endswith("S")}  # FILES: "FILE" is enough
            assert any(n in command.help for n in named), f"rolegen {name}: its help never names {metavar}"


def _section(page: str, name: str) -> str:
    start = page.index(f"## `rolegen {name}` {{#{name}}}")
    end = page.find("\n## ", start + 1)
    return page[start:end if end > 0 else len(page)]


_OPTION_LINE = re.compile(r"^  (-[^ ,]+(?:, -[^ ,]+)*(?: [^ ].*?)?)(?:  |$)")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_help_and_reference_agree(name: str, run) -> None:
    """The options `rolegen NAME --help` prints are the options of the reference page, written the same way."""
    page = (DOCS / COMMANDS_PAGE).read_text(encoding="utf-8")
    section = _section(page, name)
    printed = run(name, "--help").stdout
    in_help = {m.group(1).split()[0].rstrip(",") for line in printed.splitlines() if (m := _OPTION_LINE.match(line))}
    in_page = set(re.findall(r"^\| `(-[^ `,]+)", section, re.M))
    assert "--help" in in_help and in_help == in_page
    first_line = " ".join(printed.split("\n\n")[1].split()) if "\n\n" in printed else ""
    assert first_line and first_line.split(".")[0] in " ".join(section.split()).replace("\\", "")


def _handwritten() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(DOCS.rglob("*.md"))
                     if str(p.relative_to(DOCS)) not in GENERATED)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_a_page_beyond_the_reference(name: str) -> None:
    assert re.search(rf"\brolegen {re.escape(name)}\b", _handwritten()), f"'rolegen {name}' is in no page of docs/"


def test_readme_is_short_and_links_into_the_manual() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) < 200
    links = re.findall(r"\]\(([^)]+)\)|src=\"([^\"]+)\"", readme)
    targets = [a or b for a, b in links if not (a or b).startswith(("http://", "https://", "#"))]
    assert any(t.startswith("docs/tutorials/") for t in targets)
    for target in targets:
        assert (ROOT / target.split("#")[0]).is_file(), f"README.md links to {target}, which is not there"


def test_every_page_is_in_the_navigation() -> None:
    import yaml

    config = yaml.safe_load((ROOT / "manual.yml").read_text(encoding="utf-8"))

    def walk(nav):
        for item in nav:
            if isinstance(item, str):
                yield item
            else:
                for value in item.values():
                    yield from (walk(value) if isinstance(value, list) else [value])

    assert sorted(walk(config["nav"])) == sorted(str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md"))


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loads: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "link" and attrs.get("href"):
            self.loads.append(attrs["href"])
        for key in ("src", "srcset", "poster", "data"):
            if attrs.get(key):
                self.loads.append(attrs[key])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The manual built with `--strict` by the locked MkDocs, as `make docs` does (a warning fails it)."""
    site = tmp_path_factory.mktemp("manual") / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "manual.yml"),
                           "-d", str(site)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "WARNING" not in proc.stderr, proc.stderr
    return site


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_every_internal_link_and_anchor_resolves(built: Path) -> None:
    parsed = {path: _parse(path) for path in built.rglob("*.html")}
    broken = []
    for path, page in parsed.items():
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            if path.name == "404.html" and parts.path.startswith("/"):
                target = built / unquote(parts.path).lstrip("/")
            elif parts.path:
                target = (path.parent / unquote(parts.path)).resolve()
            else:
                target = path
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{path.relative_to(built)}: {href}: no such page")
            elif parts.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{path.relative_to(built)}: {href}: no such anchor")
    assert broken == []
    assert len(parsed) > 30


def test_the_manual_asks_no_other_host(built: Path) -> None:
    outside = []
    for path in built.rglob("*"):
        if path.suffix == ".html":
            outside += [f"{path.relative_to(built)}: {url}" for url in _parse(path).loads
                        if urlsplit(url.split()[0]).netloc]
        elif path.suffix in (".css", ".js"):
            text = path.read_text(encoding="utf-8", errors="replace")
            outside += [f"{path.relative_to(built)}: {m}" for m in re.findall(r"@import\s+url\(\s*['\"]?https?://[^)]*",
                                                                               text)]
    assert outside == []
    index = (built / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in index and "fonts.gstatic" not in index


def test_the_check_an_ad_tutorial_is_real(tmp_path: Path, monkeypatch, run) -> None:
    page = (DOCS / "tutorials" / "check-an-ad.md").read_text(encoding="utf-8")
    ads = re.findall(r"```markdown\n(.*?)```\n", page, re.S)
    outputs = re.findall(r"```text\n\$ rolegen check-ad ad\.md\n(.*?)```\n", page, re.S)
    assert len(ads) == len(outputs) == 2
    monkeypatch.chdir(tmp_path)
    for ad, printed, code in zip(ads, outputs, (1, 0)):
        Path("ad.md").write_text(ad, encoding="utf-8")
        result = run("check-ad", "ad.md")
        assert (result.exit_code, result.stdout) == (code, printed)


def test_every_exit_code_of_the_command_line_is_documented() -> None:
    """Every literal exit code in the package (sys.exit(N), ctx.exit(N), exit_code = N) is in the generated table,
    and every code of the table (``ExitCode``) is used somewhere in the package."""
    import ast

    from rolegen.errors import EXIT_CODES, ExitCode

    used: dict[int, str] = {}
    named: set[str] = set()
    for path in (ROOT / "src" / "rolegen").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = None
            if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "ExitCode":
                named.add(node.attr)
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("exit", "Exit") and node.args:
                value = node.args[0]
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(getattr(t, "id", getattr(t, "attr", "")) == "exit_code" for t in targets):
                    value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, int):
                used[value.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    assert {code: where for code, where in used.items() if code not in EXIT_CODES} == {}
    assert {code.name for code in ExitCode if code is not ExitCode.OK} - named == set()
    assert {0, 1, 2, 66, 70, 73, 130} <= set(EXIT_CODES)
    page = (DOCS / "reference" / "exit-codes.md").read_text(encoding="utf-8")
    assert all(f"| `{code}` |" in page for code in EXIT_CODES)
