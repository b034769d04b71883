"""The browser tests' fixtures: a built guide, a static server on 127.0.0.1, Debian's chromium.

Chromium is driven with Playwright for Python, launched from /usr/bin/chromium
(never a browser Playwright downloads). Every request to another host than
127.0.0.1 is refused and recorded, and every console error is recorded; each
test fails if its page made either.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from rolegen import load
from rolegen.site.build import Options, build_guide

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _missing(what: str) -> None:
    """Skip on a developer's machine without the browser tools; fail in CI, where `make test` installs them."""
    message = f"{what} is missing; `make test` installs it"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


ENGINES = ("mkdocs", "zensical")
"""Every browser test runs on the guide built by each of these engines (ProperDocs builds what MkDocs builds)."""


@pytest.fixture(scope="session", params=ENGINES)
def engine(request) -> str:
    """The engine that built the guide under test; tests run engine by engine, each guide built once."""
    return request.param


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, engine: str) -> Path:
    """The guide of the real roles, built once per engine, with the example openings' postings (as make build)."""
    tmp = tmp_path_factory.mktemp(f"browser-guide-{engine}")
    openings = ROOT / "examples" / "openings"
    options = Options(roles=ROOT / "roles", config=ROOT / "mkdocs.yml", templates=ROOT / "templates",
                      work=tmp / "build", site=tmp / "site", company=None, engine=engine,
                      openings=openings if openings.is_dir() else None)
    build_guide(load(ROOT / "roles"), options)
    return tmp / "site"


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory, engine: str) -> Path:
    """The guide of the hostile fixture (HTML, Markdown, Jinja ... in every text), with its postings, per engine."""
    tmp = tmp_path_factory.mktemp(f"hostile-guide-{engine}")
    roles = ROOT / "tests" / "fixtures" / "hostile"
    options = Options(roles=roles, config=ROOT / "mkdocs.yml", templates=ROOT / "templates", work=tmp / "build",
                      site=tmp / "site", company=ROOT / "tests" / "fixtures" / "hostile-company.yml", engine=engine)
    build_guide(load(roles), options)
    return tmp / "site"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


def _serve(folder: Path):
    """A static server over ``folder``, on a free port of 127.0.0.1."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def base_url(built_site: Path):
    """The real roles' guide, served on 127.0.0.1."""
    yield from _serve(built_site)


@pytest.fixture(scope="session")
def hostile_url(hostile_site: Path):
    """The hostile fixture's guide, served on 127.0.0.1."""
    yield from _serve(hostile_site)


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    """Headless Debian chromium with a fresh profile."""
    if not CHROMIUM.is_file():
        _missing(str(CHROMIUM))
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright for Python")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=ARGS, viewport={"width": 1280, "height": 900}, locale="fr-FR")
        yield context
        context.close()


class Watch:
    """What a page did that it should not: console errors, uncaught errors, requests to other hosts."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []

    def route(self, route) -> None:
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:", "about:")) or host == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()


@pytest.fixture
def page(browser_context):
    """A new tab; the test fails if the tab logged an error or asked another host for anything."""
    watch = Watch()
    tab = browser_context.new_page()
    tab.route("**/*", watch.route)
    tab.on("console", lambda message: watch.errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: watch.errors.append(str(error)))
    tab.on("request", lambda request: watch.outside.append(request.url)
           if urlsplit(request.url).hostname not in (None, "127.0.0.1") else None)
    yield tab
    tab.close()
    assert watch.errors == [], "console errors"
    assert sorted(set(watch.outside)) == [], "requests to other hosts"


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core, installed from the npm registry by `npm ci`."""
    if not AXE.is_file():
        _missing(str(AXE))
    return AXE.read_text(encoding="utf-8")
