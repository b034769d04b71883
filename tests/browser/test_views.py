"""What a person sees: screenshots at a laptop's and a phone's size, no sideways scroll, no text over
other text, the finder, the picker, the theme's search without accents, the 404 page and the print sheet.

Screenshots go to build/screenshots/ (NAME-WIDTHxHEIGHT.png), to be looked at, not compared.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rolegen import load
from rolegen.site.tables import short_title

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"
KB = load(ROOT / "roles")
SIZES = [(1366, 768), (390, 844)]
VIEWS = {
    "home": "fr/",
    "roles-az": "fr/roles/",
    "role": "fr/roles/community-manager/",
    "skills-matrix": "fr/matrices/skills/",
    "overlap": "fr/matrices/overlap/",
    "picker": "fr/compare/pick/#community-manager,social-media-manager,content-manager",
    "picker-two": "fr/compare/pick/#community-manager,social-media-manager",
    "finder": "fr/find/?terms=referencement",
    "finder-title": "fr/find/?terms=Alternance%20-%20Chef(fe)%20de%20projet%20Marketing%20Digital%20H%2FF",
    "finder-suggest": "fr/find/?terms=comunity%20manger",
    "levels": "en/compare/levels/social-media/",
    "collaborations-matrix": "en/matrices/collaborations/",
    "checker": "fr/check-ad/",
}

# Texts of the page content (one rectangle per line of each text node) that intersect another text by more
# than 2 px both ways. (The theme's navigation stacks its hidden panels on purpose: it is left out.)
OVERLAPS = """() => {
  const rects = [];
  const walker = document.createTreeWalker(document.querySelector('.md-content') || document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    if (el.closest('.rolegen-sr, .md-sidebar--secondary, [hidden], .md-search')) continue;
    const own = el.getBoundingClientRect();
    if (own.width <= 1 && own.height <= 1) continue;  // visually hidden, for screen readers only
    const box = el.closest('.rolegen-matrix-wrap');
    const clip = box ? box.getBoundingClientRect() : null;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      if (clip && (r.right <= clip.left || r.left >= clip.right || r.bottom <= clip.top || r.top >= clip.bottom)) continue;
      rects.push({r, el, text: node.textContent.trim().slice(0, 30)});
    }
  }
  const found = [];
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i].r, b = rects[j].r;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 2 && h > 2) found.push(rects[i].text + ' / ' + rects[j].text);
    }
  }
  return found.slice(0, 10);
}"""


@pytest.mark.parametrize("width, height", SIZES)
def test_screenshots_without_sideways_scroll_or_overlapping_text(browser_context, built_site: Path, base_url: str,
                                                                  width: int, height: int) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab = browser_context.new_page()
    tab.set_viewport_size({"width": width, "height": height})
    problems = []
    try:
        for name, path in VIEWS.items():
            tab.goto(f"{base_url}/{path}")
            tab.wait_for_load_state("networkidle")
            tab.wait_for_timeout(150)
            tab.screenshot(path=str(SHOTS / f"{name}-{width}x{height}.png"))
            scroll = tab.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if scroll[0] > scroll[1]:
                problems.append(f"{name}: scrolls sideways ({scroll[0]} > {scroll[1]} px)")
            overlaps = tab.evaluate(OVERLAPS)
            if overlaps:
                problems.append(f"{name}: text over text: {overlaps}")
    finally:
        tab.close()
    assert problems == []
    assert {p.name for p in SHOTS.glob(f"*-{width}x{height}.png")} >= {
        f"{name}-{width}x{height}.png" for name in VIEWS}


def test_every_matrix_shows_its_whole_group_at_1366(page, base_url: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 768})
    for path in ["fr/matrices/skills/", "fr/matrices/responsibilities/", "en/matrices/collaborations/",
                 "en/matrices/kpis/", "fr/matrices/overlap/"]:
        page.goto(f"{base_url}/{path}")
        sizes = page.locator(".rolegen-matrix-wrap").evaluate_all(
            "boxes => boxes.map(b => [b.scrollWidth, b.clientWidth])")
        assert sizes and all(scroll <= client for scroll, client in sizes), (path, sizes)
        assert page.locator(".md-sidebar--secondary:visible").count() == 0, path  # no table of contents
        columns = page.locator(".rolegen-matrix thead th[scope=col] a").count()
        assert columns == len(KB.roles), path


def test_matrix_headers_stay_in_view_and_say_the_full_title(page, base_url: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(f"{base_url}/fr/matrices/skills/")
    header = page.locator(".rolegen-matrix thead th").nth(3)
    page.mouse.wheel(0, 900)
    page.wait_for_timeout(200)
    box = header.bounding_box()
    assert box is not None and 0 <= box["y"] < 120  # still on screen, under the theme's header bar
    headers = page.locator(".rolegen-matrix thead th[scope=col] a").evaluate_all("""links => links.map(a => [
        a.getAttribute('title'), a.querySelector('[aria-hidden]') ? a.querySelector('[aria-hidden]').textContent : null,
        a.querySelector('.rolegen-sr') ? a.querySelector('.rolegen-sr').textContent : a.textContent])""")
    titles = {r.title.fr for r in KB.roles.values()}
    for hover, shown, read in headers:  # a shortened title keeps the full one on hover and for screen readers
        assert read in titles and (hover is None or (hover == read and shown == short_title(read)))
    marks = page.locator(".rolegen-matrix tbody .rolegen-mark").first
    assert marks.get_attribute("title") in ("essentielle", "appréciée")


def test_overlap_is_a_heat_map_with_a_legend(page, base_url: str) -> None:
    page.goto(f"{base_url}/en/matrices/overlap/")
    assert page.locator(".rolegen-heat-legend li").count() == 10
    cell = page.locator(".rolegen-heat tbody td a").first
    assert re.fullmatch(r"\d+\u00a0%", cell.inner_text())
    colours = page.locator(".rolegen-heat tbody td[style]").evaluate_all(
        "cells => [...new Set(cells.map(c => getComputedStyle(c).backgroundColor))]")
    assert len(colours) >= 3
    cell.click()
    page.wait_for_url(re.compile(r".*/compare/pick/#[a-z-]+,[a-z-]+$"))
    page.locator(".rolegen-column").first.wait_for()
    assert page.locator(".rolegen-column").count() >= 2


def test_picker_lays_sections_out_and_keeps_the_choice_in_the_address(page, base_url: str) -> None:
    page.goto(f"{base_url}/fr/compare/pick/")
    page.select_option("#rolegen-pick-1", "community-manager")
    page.select_option("#rolegen-pick-2", "social-media-manager")
    page.select_option("#rolegen-pick-3", "content-manager")
    assert page.url.endswith("#community-manager,social-media-manager,content-manager")
    sections = [t.strip() for t in page.locator("#rolegen-comparison h2").all_inner_texts()]
    # what sets the roles apart comes first, in the roles' own words, then the sections
    assert sections[:4] == ["En bref : ce qui les distingue", "Responsabilités", "Compétences", "Parcours typiques"]
    pairs = page.locator(".rolegen-distinctions li").all_inner_texts()
    assert len(pairs) == 3 and pairs[0].startswith("Community manager / Social media manager")
    why = [d.why["fr"] for d in KB.roles["community-manager"].not_to_confuse_with if d.role == "social-media-manager"]
    assert why and why[0] in pairs[0]
    skills = page.locator("#rolegen-comparison h2:text('Compétences') + .rolegen-shared")
    assert skills.locator(".rolegen-badge").inner_text() == "En commun"
    assert "Rédaction multicanale" in skills.inner_text()
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    page.wait_for_selector(".rolegen-columns")
    columns = page.locator(".rolegen-columns").nth(1).locator(".rolegen-column").evaluate_all(
        "cols => cols.map(c => c.getBoundingClientRect().left)")
    assert len(columns) == 3 and len(set(round(x) for x in columns)) == 1  # one under the other


@pytest.mark.parametrize("query", ["referencement", "référencement", "SEO"])
def test_finder_finds_the_roles_that_need_seo(page, base_url: str, query: str) -> None:
    page.goto(f"{base_url}/fr/find/")
    page.locator("#rolegen-find-family option").first.wait_for(state="attached")  # the index is loaded
    page.locator("#rolegen-find-q").fill(query)
    hrefs = page.locator(".rolegen-hits a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    need = {rid for rid, r in KB.roles.items() if any(s.skill == "seo" for s in r.skills)}
    assert need <= {h.split("/")[-2] for h in hrefs}
    assert "compétence" in page.locator(".rolegen-hit__where").first.inner_text()


def test_finder_reads_job_board_titles_and_never_answers_nothing(page, base_url: str) -> None:
    def first_and_notes(query: str) -> tuple[list[str], str]:
        page.goto(f"{base_url}/fr/find/")
        page.locator("#rolegen-find-family option").first.wait_for(state="attached")  # the index is loaded
        page.locator("#rolegen-find-q").fill(query)
        hrefs = page.locator(".rolegen-hits a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
        return [h.split("/")[-2] for h in hrefs], page.locator("#rolegen-results").inner_text()

    ids, text = first_and_notes("CHARGÉ(E) DE COMMUNICATION DIGITALE - H/F")
    assert ids[0] == "community-manager" and "Aucun métier" not in text
    ids, text = first_and_notes("Digital Manager Junior F/H - Lyon")
    assert ids[0] == "digital-manager"
    assert "Mots ignorés, qu'aucun métier n'emploie\u00a0: lyon" in text and "Niveau d'expérience indiqué" in text
    ids, text = first_and_notes("comunity manger")
    assert ids[0] == "community-manager" and len(ids) == 3 and "voici les plus proches" in text
    ids, text = first_and_notes("xyzzy")
    assert sorted(ids) == sorted(KB.roles) and "voici tous les métiers" in text


def test_finder_filters_and_plurals(page, base_url: str) -> None:
    page.goto(f"{base_url}/fr/find/?terms=gestionnaires&level=operational")
    page.locator(".rolegen-hits").wait_for()
    hrefs = page.locator(".rolegen-hits a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    ids = [h.split("/")[-2] for h in hrefs]
    assert ids and all(KB.roles[rid].level == "operational" for rid in ids)
    assert page.locator("#rolegen-find-level").input_value() == "operational"


@pytest.mark.parametrize("query, role", [("referencement", "content-manager"), ("stratege", "content-strategist")])
def test_site_search_ignores_accents(page, site_search, base_url: str, query: str, role: str) -> None:
    page.goto(f"{base_url}/fr/")
    site_search.type(query)
    wanted = f"/fr/roles/{role}/"
    hrefs = site_search.wait_for(wanted)
    assert any(wanted in h for h in hrefs), hrefs


@pytest.mark.parametrize("lang, title", [("fr", "Page introuvable"), ("en", "Page not found")])
def test_404_page_is_styled_in_each_language(page, built_site: Path, base_url: str, lang: str, title: str) -> None:
    body = (built_site / lang / "404.html").read_bytes()
    # Served as a server does for a dead link (status 200 here: the browser logs a 404 status as an error).
    page.route(f"{base_url}/{lang}/no/such/page/", lambda route: route.fulfill(status=200, body=body,
                                                                               content_type="text/html"))
    page.goto(f"{base_url}/{lang}/no/such/page/")
    assert page.locator("article h1").inner_text() == title
    colour = page.locator(".md-header").evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # the theme's stylesheet was found
    page.locator(f"article a[href='/{lang}/find/']").click()
    page.wait_for_url(f"{base_url}/{lang}/find/")


def test_role_page_prints_as_an_a4_sheet(page, base_url: str, tmp_path: Path) -> None:
    page.goto(f"{base_url}/en/roles/community-manager/")
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.md-search']
        .map(s => document.querySelector(s)).filter(e => e && getComputedStyle(e).display !== 'none').length""")
    assert hidden == 0
    shown = page.locator("article a[href^='http']").first.evaluate("a => getComputedStyle(a, '::after').content")
    assert shown.startswith('" (http')  # the address is printed after the link
    pdf = tmp_path / "role.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    data = pdf.read_bytes()
    (SHOTS / "role-sheet.pdf").write_bytes(data)
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert 2 <= pages <= 8
    assert b"/MediaBox [0 0 594.95996 841.91998]" in data or b"/MediaBox [0 0 595" in data


@pytest.mark.parametrize("path", ["en/matrices/overlap/", "fr/matrices/skills/", "fr/roles/community-manager/"])
def test_dark_scheme_keeps_contrast(page, base_url: str, axe_source: str, path: str) -> None:
    page.goto(f"{base_url}/{path}")
    page.wait_for_load_state("networkidle")
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    # the themes fade colours from one scheme to the other: read them once the transitions are over
    page.evaluate("() => Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(255, 255, 255)"  # the dark scheme is on
    page.add_script_tag(content=axe_source)
    violations = page.evaluate("""async () => (await axe.run(document, {runOnly: ['color-contrast'],
        resultTypes: ['violations']})).violations""")
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
