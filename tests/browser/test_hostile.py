"""Hostile role and company text, in a real browser: nothing runs, nothing is injected, nothing is fetched.

The `page` fixture already fails a test on any console error and on any request that leaves 127.0.0.1
(the payloads point images and links at evil.example).
"""

from __future__ import annotations

from pathlib import Path

from rolegen import load

HOSTILE = load(Path(__file__).resolve().parents[1] / "fixtures" / "hostile")

INJECTED = """() => {
    const found = [];
    for (const el of document.querySelectorAll('article *, #rolegen-comparison *, .md-search-result *')) {
        // A role page's JSON-LD is data: a script element the browser does not run.
        const data = el.tagName === 'SCRIPT' && el.type === 'application/ld+json';
        if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) && !data) found.push(el.tagName);
        for (const attr of el.attributes) {
            if (attr.name.startsWith('on')) found.push(el.tagName + ' ' + attr.name);
            if (/^\\s*javascript:/i.test(attr.value)) found.push(el.tagName + ' ' + attr.name + '=' + attr.value);
        }
    }
    return found;
}"""


def visit(page, url: str) -> list[str]:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.wait_for_timeout(200)
    return dialogs


def test_role_pages_show_the_payloads_as_text(page, hostile_url: str) -> None:
    for lang in ("fr", "en"):
        dialogs = visit(page, f"{hostile_url}/{lang}/roles/community-manager/")
        assert dialogs == []
        assert page.evaluate(INJECTED) == []
        data = page.locator("script[type='application/ld+json']").evaluate_all(
            "scripts => scripts.map(s => JSON.parse(s.textContent))")
        assert len(data) == 1 and data[0]["name"] == HOSTILE.roles["community-manager"].title[lang]
        text = page.locator("article").inner_text()
        assert '<script>alert("x")</script>' in text and "{{ 7*7 }}" in text and "[click](javascript:alert(1))" in text


def test_every_kind_of_page_stays_inert(page, hostile_url: str) -> None:
    for path in ("fr/", "fr/relations/", "fr/glossary/", "fr/kpis/", "en/matrices/skills/",
                 "en/matrices/responsibilities/", "fr/compare/", "en/skills/writing/"):
        assert visit(page, f"{hostile_url}/{path}") == [], path
        assert page.evaluate(INJECTED) == [], path


def test_the_picker_shows_the_payloads_as_text(page, hostile_url: str) -> None:
    assert visit(page, f"{hostile_url}/fr/compare/pick/") == []
    page.select_option("#rolegen-pick-1", "community-manager")
    page.select_option("#rolegen-pick-2", "social-media-manager")
    assert page.evaluate(INJECTED) == []
    assert "</script><img src=x onerror=alert(1)>" in page.locator("#rolegen-comparison").inner_text()


def test_search_results_stay_inert(page, site_search, hostile_url: str) -> None:
    assert visit(page, f"{hostile_url}/en/") == []
    site_search.type("script")
    results = site_search.results()
    assert results.count() > 0
    # The results' elements and everything in them, wherever the theme draws them (Zensical: in a shadow root).
    assert results.evaluate_all("links => links.flatMap(a => [a, ...a.querySelectorAll('*')]).flatMap(el => "
                                "(['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) ? [el.tagName] : [])"
                                ".concat([...el.attributes].filter(at => at.name.startsWith('on') || "
                                "/^\\s*javascript:/i.test(at.value)).map(at => el.tagName + ' ' + at.name)))") == []
    assert page.evaluate(INJECTED) == []


def test_posting_pages_stay_inert(page, hostile_url: str) -> None:
    for lang in ("fr", "en"):
        assert visit(page, f"{hostile_url}/postings/community-manager.{lang}.html") == []
        assert page.evaluate(INJECTED.replace("article *, ", "main *, ")) == []
        assert "<script>alert(1)</script>" in page.locator("main").inner_text()


def test_the_posting_studio_of_a_guide_without_levels_says_so(page, hostile_url: str) -> None:
    assert not any(role.seniority for role in HOSTILE.roles.values())  # the hostile roles have no levels
    visit(page, f"{hostile_url}/en/studio/")
    page.wait_for_selector("[data-studio-ready=true]", state="attached")
    assert page.inner_text("[data-studio-status]").startswith("No role of this guide has levels of experience")
    assert page.locator(".rolegen-studio-form").is_hidden()
