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
import time
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
                      work=tmp / "build", site=tmp / "site", engine=engine, company=ROOT / "examples" / "company.yml",
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


OPEN_SHADOW_ROOTS = """(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (options) { return attach.call(this, {...options, mode: 'open'}); };
})()"""
"""Zensical's theme draws its search box in a closed shadow root: the tests open it to read the results."""


@pytest.fixture
def page(browser_context):
    """A new tab; the test fails if the tab logged an error or asked another host for anything."""
    watch = Watch()
    tab = browser_context.new_page()
    tab.add_init_script(OPEN_SHADOW_ROOTS)
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


class SiteSearch:
    """The theme's search box, as each engine's theme draws it: open it, type, read the results' links."""

    THEMES = {
        "mkdocs": {"open": "input.md-search__input", "input": "input.md-search__input",
                   "status": ".md-search-result__meta", "results": ".md-search-result__item > a.md-search-result__link",
                   "scroll": ".md-search__scrollwrap"},
        "zensical": {"open": ".md-search__button", "input": "dialog input[role=combobox]",
                     "status": "dialog [role=status]", "results": "dialog ol[role=listbox] a[role=option]",
                     "scroll": "dialog div[tabindex='-1']"},
    }
    LOADING = ("nitiali", "hargement", "Loading")
    """What the status line says while the index loads (Material: "Initialisation...", Zensical: "Chargement...")."""

    def __init__(self, page, engine: str):
        self.page = page
        self.engine = engine
        self.css = self.THEMES[engine]

    def type(self, query: str) -> None:
        """Open the search box, wait for its index, type ``query`` and wait for the results of all of it."""
        page = self.page
        page.locator(self.css["open"]).first.click()
        box = page.locator(self.css["input"])
        box.wait_for()
        if self.engine == "mkdocs":
            # Typing before the index is ready would be lost: wait for the search to say it is ready.
            page.wait_for_function("s => !document.querySelector(s).textContent.includes('nitiali')",
                                   arg=self.css["status"])
        box.press_sequentially(query)
        for _ in range(100):
            if box.input_value() == query and self.page.locator(self.css["results"]).count() > 0:
                status = self.page.locator(self.css["status"]).first.inner_text()
                if not any(word in status for word in self.LOADING):
                    return
            page.wait_for_timeout(100)

    def hrefs(self) -> list[str]:
        """The results' links shown so far."""
        return self.page.locator(self.css["results"]).evaluate_all("links => links.map(a => a.href)")

    def more(self, timeout: float = 10.0) -> bool:
        """Bring the next batch of results into the list; False when none comes within ``timeout`` seconds.

        The theme loads a batch when the marker after the last result comes into view, and its observer reports
        changes only: a marker that stayed in view while a batch was drawn loads nothing more. So each try scrolls
        the marker out of view, lets two frames pass for the observer to see it, then scrolls to the end."""
        before = self.results().count()
        scroller = self.page.locator(self.css["scroll"]).first
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            scroller.evaluate("el => new Promise(done => { el.scrollTo(0, 0); "
                              "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))); })")
            scroller.evaluate("el => el.scrollTo(0, el.scrollHeight)")
            for _ in range(20):
                self.page.wait_for_timeout(50)
                if self.results().count() > before:
                    return True
        return False

    def wait_for(self, fragment: str, timeout: float = 10.0) -> list[str]:
        """The links once one of them contains ``fragment`` (or, after ``timeout`` seconds, as they are)."""
        for _ in range(int(timeout * 10)):
            found = self.hrefs()
            if any(fragment in href for href in found):
                return found
            self.page.wait_for_timeout(100)
        return self.hrefs()

    def results(self):
        """The results' elements (a locator)."""
        return self.page.locator(self.css["results"])


@pytest.fixture
def site_search(page, engine: str) -> SiteSearch:
    """The search box of the guide under test's theme, in the test's tab."""
    return SiteSearch(page, engine)
