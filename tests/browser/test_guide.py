"""The role guide in a real browser: pages render, search, compare, diagram, language switch, accessibility."""

from __future__ import annotations

import pytest

from rolegen import load

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

KB = load(ROOT / "roles")


def headings(page, selector: str) -> list[str]:
    """Texts of the headings matched, without the permalink sign the theme appends."""
    return [text.rstrip("¶").strip() for text in page.locator(selector).all_inner_texts()]


def test_home_renders(page, base_url: str) -> None:
    page.goto(f"{base_url}/fr/")
    assert headings(page, "article h1") == ["Guide des métiers du marketing digital"]
    families = headings(page, "article h3")
    assert sorted(families) == sorted(f.label.fr for f in KB.families.values())


def test_root_sends_visitors_to_their_language(page, base_url: str) -> None:
    page.goto(f"{base_url}/")
    page.wait_for_url(f"{base_url}/fr/")


def test_role_page_renders(page, base_url: str) -> None:
    role = KB.roles["community-manager"]
    page.goto(f"{base_url}/en/roles/community-manager/")
    assert headings(page, "article h1") == [role.title.en]
    assert headings(page, "article h2")[:3] == ["Responsibilities", "Skills", "Typical backgrounds"]
    assert page.locator("article a[href='../social-media-manager/']").count() >= 1
    links = page.locator("p.rolegen-downloads a[download]").evaluate_all(
        "links => links.map(a => [a.href, a.getAttribute('download') || a.href.split('/').pop()])")
    # The name each file is saved under; an engine that reads .md links as pages links a second name of the file.
    assert [name for _, name in links] == [
        f"community-manager-lyon.{lang}.{ext}" for lang in ("fr", "en") for ext in ("html", "docx", "md", "txt")]
    for href, name in links:
        response = page.request.get(href)
        assert response.status == 200, href
        if name.endswith(".md"):
            assert response.body() == page.request.get(f"{base_url}/postings/{name}").body()


def test_search_lists_the_roles_that_need_seo(page, site_search, base_url: str) -> None:
    page.goto(f"{base_url}/fr/")
    site_search.type("SEO")
    needing = {rid for rid, role in KB.roles.items() if any(s.skill == "seo" for s in role.skills)}
    while True:  # the theme adds results in batches as the last one scrolls into view
        hrefs = site_search.hrefs()
        found = {rid for rid in needing if any(f"/fr/roles/{rid}/" in h for h in hrefs)}
        if found == needing or not site_search.more():
            break
    assert found == needing


def test_picker_shows_two_roles_side_by_side(page, base_url: str) -> None:
    page.goto(f"{base_url}/fr/compare/pick/")
    page.select_option("#rolegen-pick-1", "community-manager")
    page.select_option("#rolegen-pick-2", "social-media-manager")
    titles = page.locator("#rolegen-comparison .rolegen-column-title").all_inner_texts()
    assert titles == [KB.roles["community-manager"].title.fr, KB.roles["social-media-manager"].title.fr]
    assert page.locator("#rolegen-comparison h2").count() > 5
    assert "%" in page.locator(".rolegen-overlaps li").inner_text()


def test_diagram_is_drawn(page, base_url: str) -> None:
    page.goto(f"{base_url}/fr/relations/")
    diagram = page.locator("svg.rolegen-diagram")
    box = diagram.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 150
    assert page.locator("svg.rolegen-diagram a.node").count() == len(KB.roles)
    assert page.locator("svg.rolegen-diagram path.reports").count() == sum(len(r.reports_to) for r in KB.roles.values())


@pytest.mark.parametrize("start, target", [("fr", "en"), ("en", "fr")])
def test_language_switcher_keeps_the_page(page, base_url: str, start: str, target: str) -> None:
    page.goto(f"{base_url}/{start}/roles/content-strategist/")
    page.locator(".md-header__option .md-select").hover()
    page.locator(f"a.md-select__link[hreflang='{target}']").click()
    page.wait_for_url(f"{base_url}/{target}/roles/content-strategist/")
    assert headings(page, "article h1") == [KB.roles["content-strategist"].title[target]]


PAGES = ["fr/", "en/", "fr/roles/community-manager/", "fr/find/?terms=seo", "en/compare/levels/social-media/",
         "fr/compare/pick/#community-manager,social-media-manager,content-manager", "en/roles/traffic-manager/", "fr/families/content/",
         "fr/compare/pick/#community-manager,social-media-manager", "fr/compare/community-social-media-content/",
         "fr/matrices/skills/", "en/matrices/overlap/", "fr/relations/", "fr/skills/seo/", "fr/glossary/",
         "en/kpis/", "fr/tags/", "postings/community-manager-lyon.fr.html",
         "postings/traffic-manager-remote.en.html"]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violation(page, base_url: str, axe_source: str, path: str) -> None:
    page.goto(f"{base_url}/{path}")
    page.wait_for_load_state("networkidle")
    page.add_script_tag(content=axe_source)
    violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    serious = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
               for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []
