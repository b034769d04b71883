"""How `rolegen build` keeps its memory down: a child process prepares the pages, the engine hook empties
each page's Markdown once converted, and each language's rendering process ends as soon as it is written."""

from __future__ import annotations

import multiprocessing
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from rolegen import load
from rolegen.errors import DataError
from rolegen.site import enginehook
from rolegen.site.background import Background, BackgroundFailed
from rolegen.site.build import Options, build_guide
from rolegen.site.config import HOOK
from rolegen.site.engine import engine_env

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = ROOT / "tests" / "fixtures" / "kb"


def _options(tmp: Path, **changes) -> Options:
    values = dict(roles=FIXTURE_KB, config=None, templates=None, work=tmp / "work", site=tmp / "site", company=None)
    values.update(changes)
    return Options(**values)


def _page() -> SimpleNamespace:
    return SimpleNamespace(markdown="# Title\n\nText.\n")


@pytest.mark.parametrize(("plugins", "emptied"), [
    (["search", "tags", HOOK], True),
    (["material/search", "material/tags", HOOK], True),
    (["search", "tags", HOOK, "blog"], False),
    (["search", HOOK, "hooks/mine.py"], False),
])
def test_the_engine_hook_empties_the_markdown_only_beside_known_plugins(plugins, emptied) -> None:
    enginehook.on_config({"plugins": {name: object() for name in plugins}})
    page = _page()
    assert enginehook.on_page_content("<h1>Title</h1>", page, None, None) == "<h1>Title</h1>"
    assert (page.markdown == "") is emptied
    assert page.markdown is not None  # None would read as "not read yet" and lose the page's title


def test_the_built_site_is_the_same_with_and_without_the_hook(tmp_path: Path) -> None:
    """The hook only frees memory: every page the engine writes is byte for byte the same."""
    build_guide(load(FIXTURE_KB), _options(tmp_path))
    folder = tmp_path / "work" / "fr"
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"hooks:\n- {HOOK}\n" in config
    assert (folder / HOOK).read_text(encoding="utf-8") == Path(enginehook.__file__).read_text(encoding="utf-8")
    (folder / "without.yml").write_text(config.replace(f"hooks:\n- {HOOK}\n", ""), encoding="utf-8")
    shutil.rmtree(folder / "site", ignore_errors=True)
    for name, out in (("mkdocs.yml", "with"), ("without.yml", "without")):
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(folder / name), "-d", str(tmp_path / out),
                        "--strict", "--quiet"], check=True, env=engine_env())
    files = sorted(p.relative_to(tmp_path / "with") for p in (tmp_path / "with").rglob("*")
                   if p.is_file() and p.suffix in (".html", ".json", ".js", ".css"))
    assert len(files) > 20
    assert files == sorted(p.relative_to(tmp_path / "without") for p in (tmp_path / "without").rglob("*")
                           if p.is_file() and p.suffix in (".html", ".json", ".js", ".css"))
    different = [str(f) for f in files if (tmp_path / "with" / f).read_bytes() != (tmp_path / "without" / f).read_bytes()]
    assert different == []


def test_a_build_given_a_loader_loads_in_its_child_and_leaves_no_process(tmp_path: Path) -> None:
    report = build_guide(lambda: load(FIXTURE_KB), _options(tmp_path))
    assert report.roles == len(load(FIXTURE_KB).roles)
    assert set(report.timings.parts) >= {"load", "generate", "write", "pages_ready", "engine", "replace", "total"}
    assert (tmp_path / "site" / "fr" / "index.html").is_file()
    assert multiprocessing.active_children() == []


def test_a_loading_error_in_the_child_comes_back_located(tmp_path: Path) -> None:
    roles = tmp_path / "roles"
    shutil.copytree(FIXTURE_KB, roles)
    first = sorted(roles.glob("*.yml"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nsummary: [unclosed\n", encoding="utf-8")
    with pytest.raises(BackgroundFailed) as caught:
        build_guide(lambda: load(roles), _options(tmp_path, roles=roles))
    with pytest.raises(DataError) as direct:
        load(roles)
    assert caught.value.format_message() == direct.value.format_message()
    assert caught.value.exit_code == direct.value.exit_code
    assert not (tmp_path / "site").exists()


def _teller(tell, count: int) -> str:
    for index in range(count):
        tell(("step", index))
    return "done"


def test_background_streams_what_it_tells_then_its_result() -> None:
    job = Background(_teller, 3, streaming=True)
    assert list(job.messages()) == [("step", 0), ("step", 1), ("step", 2)]
    assert job.waitable is None
    assert job.result() == "done"


def test_background_streams_where_the_system_cannot_fork(monkeypatch) -> None:
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    job = Background(_teller, 2, streaming=True)
    assert list(job.messages()) == [("step", 0), ("step", 1)]
    assert job.result() == "done"


def test_the_engine_hook_makes_the_preview_server_poll_sooner() -> None:
    emitters = [SimpleNamespace(_timeout=0.5), SimpleNamespace(_timeout=0.1)]
    server = SimpleNamespace(observer=SimpleNamespace(_timeout=0.5, emitters=set()))
    server.observer.emitters = emitters
    assert enginehook.on_serve(server, None, None) is server
    assert server.observer._timeout == enginehook.PREVIEW_POLL_SECONDS
    assert [e._timeout for e in emitters] == [enginehook.PREVIEW_POLL_SECONDS, 0.1]  # never slower than it was
    bare = SimpleNamespace()
    assert enginehook.on_serve(bare, None, None) is bare  # another server: left alone


def test_uncollected_blocks_nest_and_put_the_collector_back() -> None:
    import gc

    from rolegen.knowledge.loader import uncollected

    assert gc.isenabled()
    with uncollected():
        with uncollected():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs without it
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with uncollected():
            raise ValueError("the collector comes back after an error too")
    assert gc.isenabled()
