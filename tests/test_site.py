"""The role guide: generated pages, derived configurations, the built site.

Golden files: ROLEGEN_REGEN=1 .venv/bin/pytest tests/test_site.py rewrites tests/golden/site/.
"""

from __future__ import annotations

import copy

import json
import shutil
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from rolegen import load
from rolegen.errors import DataError, OutputError, RolegenError
from rolegen.site import engines
from rolegen.site.build import Options, build_guide
from rolegen.site.generate import generate
from rolegen.site.config import Tagged, derive, dump, read_base, user_theme
from rolegen.site.context import make_guide, pack
from rolegen.site.escape import inline, url_from
from rolegen.site.terms import TermLinker

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = ROOT / "tests" / "fixtures" / "kb"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
COMPANY = ROOT / "examples" / "company.yml"


def options(tmp: Path, roles: Path = FIXTURE_KB, **changes) -> Options:
    base = dict(roles=roles, config=ROOT / "mkdocs.yml", templates=ROOT / "templates", work=tmp / "build" / "guide",
                site=tmp / "site", company=None)
    return Options(**{**base, **changes})


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("guide")
    build_guide(load(FIXTURE_KB), options(tmp, company=COMPANY))
    return tmp


def test_inline_encodes_every_markup_character() -> None:
    assert inline("1. **a** <b>x</b> & [y](z) | {#id} `c` :e: ~s~ \"q\"\nnext") == (
        "1&#46; &#42;&#42;a&#42;&#42; &#60;b&#62;x&#60;/b&#62; &#38; &#91;y&#93;(z) &#124; &#123;&#35;id&#125; "
        "&#96;c&#96; &#58;e&#58; &#126;s&#126; &#34;q&#34; next"
    )
    assert inline("- item") == "&#45; item"


def test_urls_for_raw_html_follow_directory_urls() -> None:
    assert url_from("roles/a.md", "roles/b.md") == "../../roles/a/"
    assert url_from("index.md", "relations.md") == "../"
    assert url_from("glossary.md#seo", "index.md") == "glossary/#seo"


def test_first_use_of_a_term_is_linked_once_per_page() -> None:
    kb = load(FIXTURE_KB)
    linker = TermLinker(kb, "fr")
    linked: set[str] = set()
    href = lambda term: f"../glossary.md#{term}"  # noqa: E731
    first = linker.render("Le SEO, puis le référencement naturel et la veille.", href, linked)
    again = linker.render("Encore du SEO : seo.", href, linked)
    assert first == ("Le [SEO](../glossary.md#seo), puis le référencement naturel et la "
                     "[veille](../glossary.md#veille).")
    assert again == "Encore du SEO &#58; seo."


def test_groups_keep_families_together_and_stay_small() -> None:
    families = [[f"a{i}" for i in range(3)], [f"b{i}" for i in range(23)], ["c0", "c1"]]
    groups = pack(families, 10)
    assert [len(g) for g in groups] == [3, 10, 10, 5]
    assert groups[3] == ["b20", "b21", "b22", "c0", "c1"]


def test_the_users_theme_folder_is_carried_over(tmp_path: Path) -> None:
    (tmp_path / "overrides" / "partials").mkdir(parents=True)
    (tmp_path / "overrides" / "partials" / "footer.html").write_text("<footer>mine</footer>\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("theme: {name: material, custom_dir: overrides}\n", encoding="utf-8")
    base = read_base(tmp_path / "mkdocs.yml")
    assert user_theme(base, tmp_path / "mkdocs.yml") == {"partials/footer.html": b"<footer>mine</footer>\n"}
    assert derive(base, "fr", nav=[])["theme"]["custom_dir"] == "theme"
    (tmp_path / "mkdocs.yml").write_text("theme: {name: material, custom_dir: nowhere}\n", encoding="utf-8")
    with pytest.raises(RolegenError, match="theme.custom_dir 'nowhere' is not a folder"):
        user_theme(read_base(tmp_path / "mkdocs.yml"), tmp_path / "mkdocs.yml")


def test_matrices_are_pasted_from_theme_templates(fixture_site: Path) -> None:
    template = (fixture_site / "build" / "guide" / "fr" / "theme" / "rolegen" / "matrix-skills.html").read_text()
    assert template.startswith('{% extends "main.html" %}') and '{% raw %}<div class="rolegen-matrix-wrap"' in template
    page = (fixture_site / "site" / "fr" / "matrices" / "skills" / "index.html").read_text(encoding="utf-8")
    assert page.count("<table class=\"rolegen-matrix") == 1 and "Compétences" in page


def test_derived_config_keeps_user_settings_and_sets_the_language(tmp_path: Path) -> None:
    base_file = tmp_path / "mkdocs.yml"
    base_file.write_text(
        "site_name: Guide\n"
        "copyright: !ENV [COPYRIGHT, 'none']\n"
        "theme: {name: material, font: {text: Roboto}, palette: {primary: teal}}\n"
        "plugins: [search: {separator: '[\\s]+'}]\n"
        "markdown_extensions: [admonition]\n"
        "extra: {rolegen: {en: {site_name: The guide}}}\n",
        encoding="utf-8",
    )
    base = read_base(base_file)
    config = derive(base, "en", nav=[{"Home": "index.md"}])
    assert config["site_name"] == "The guide"
    assert config["copyright"] == Tagged("!ENV", ["COPYRIGHT", "none"])
    assert config["theme"] == {"name": "material", "font": False, "palette": {"primary": "teal"}, "language": "en",
                               "custom_dir": "theme"}
    assert config["plugins"] == [{"search": {"separator": "[\\s]+", "lang": ["en"]}}, "tags"]
    assert config["markdown_extensions"] == ["admonition", "attr_list", "tables", "toc"]
    assert config["extra"] == {"alternate": [{"name": "Français", "link": "../fr/", "lang": "fr"},
                                             {"name": "English", "link": "../en/", "lang": "en"}]}
    assert "validation" not in config  # each engine sets its own link checks
    assert "copyright: !ENV\n- COPYRIGHT\n- none\n" in dump(config)
    mkdocs = engines.get("mkdocs").configure(copy.deepcopy(config), "en")
    assert mkdocs["validation"] == {"omitted_files": "warn", "absolute_links": "warn",
                                    "unrecognized_links": "warn", "anchors": "warn"}
    assert mkdocs["hooks"] == ["hooks/rolegen_engine.py"]
    zensical = engines.get("zensical").configure(copy.deepcopy(config), "en")
    assert zensical["validation"] == {"invalid_links": True, "invalid_link_anchors": True}
    assert "hooks" not in zensical and zensical["theme"]["variant"] == "classic"


def test_a_page_too_large_for_zensical_search_is_left_out_of_search_only_there() -> None:
    zensical, mkdocs = engines.get("zensical"), engines.get("mkdocs")
    small = "# Roles\n\n" + "- a role\n" * 100
    assert zensical.page(small) == small
    row = "- **[Role number 1234](role-1234.md)** · Family · Senior\n\n    A summary of one line.\n\n"
    big = "# Roles\n\nSome words.\n\n" + row * 600  # one section of about 60 KB, as in a guide of 1,000 roles
    assert zensical.page(big) == "---\nsearch:\n  exclude: true\n---\n" + big
    with_front = "---\nhide: [toc]\n---\n" + big
    assert zensical.page(with_front) == "---\nsearch:\n  exclude: true\nhide: [toc]\n---\n" + big
    split = "# Roles\n\n" + "".join(f"## Part {i}\n\n" + row * 100 for i in range(6))  # 60 KB, sections of 10
    assert zensical.page(split) == split
    assert mkdocs.page(big) == big  # MkDocs's search has no such limit


def test_unreadable_base_config_is_located(tmp_path: Path) -> None:
    bad = tmp_path / "mkdocs.yml"
    bad.write_text("site_name: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_base(bad)
    assert [(p.line, p.column) for p in caught.value.problems] == [(2, 1)]
    assert caught.value.problems[0].message.startswith("YAML error: ")


def test_template_errors_name_the_template_and_line(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "site").mkdir(parents=True)
    for source in (ROOT / "templates" / "site").glob("*.j2"):
        (templates / "site" / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    family = templates / "site" / "family.md.j2"
    family.write_text("# {{ family.label[lang] }}\n\n{{ family.nickname }}\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        generate(load(FIXTURE_KB), options(tmp_path, templates=templates), with_downloads=False)
    assert [str(p).replace(str(tmp_path) + "/", "") for p in caught.value.problems] == [
        "templates/site/family.md.j2:3:1: template error: 'rolegen.knowledge.model.Family object' has no attribute 'nickname'"
    ]


def test_user_templates_run_in_the_sandbox(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates" / "site", templates / "site")
    kb = load(FIXTURE_KB)
    same = generate(kb, options(tmp_path, templates=templates), with_downloads=False, langs=("fr",))
    shipped = generate(kb, options(tmp_path), with_downloads=False, langs=("fr",))
    assert same.trees == shipped.trees
    family = templates / "site" / "family.md.j2"
    family.write_text("# {{ family.label[lang] }}\n\n{{ family.__class__.__mro__[1].__subclasses__() }}\n",
                      encoding="utf-8")
    with pytest.raises(DataError) as caught:
        generate(kb, options(tmp_path, templates=templates), with_downloads=False, langs=("fr",))
    assert [str(p).replace(str(tmp_path) + "/", "") for p in caught.value.problems] == [
        "templates/site/family.md.j2:3:1: template error: access to attribute '__class__' of 'Family' object is unsafe."
    ]


def test_role_pages_and_config(fixture_site: Path, golden) -> None:
    work = fixture_site / "build" / "guide"
    for lang in ("fr", "en"):
        golden(f"site/community-manager.{lang}.md",
               (work / lang / "docs" / "roles" / "community-manager.md").read_text(encoding="utf-8"))
    golden("site/mkdocs.fr.yml", (work / "fr" / "mkdocs.yml").read_text(encoding="utf-8"))


def test_site_layout(fixture_site: Path) -> None:
    site = fixture_site / "site"
    for lang in ("fr", "en"):
        for page in ("index.html", "roles/community-manager/index.html", "compare/pick/index.html",
                     "relations/index.html", "matrices/overlap/index.html", "skills/seo/index.html",
                     "glossary/index.html", "kpis/index.html", "tags/index.html", "assets/rolegen/compare.json"):
            assert (site / lang / page).is_file(), f"{lang}/{page}"
    assert 'location.replace(lang + "/"' in (site / "index.html").read_text(encoding="utf-8")
    picker = json.loads((site / "fr" / "assets" / "rolegen" / "compare.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in picker["roles"]] == ["digital-manager", "social-media-manager", "community-manager"]
    assert picker["overlap"]["community-manager|social-media-manager"] == 0.3238  # rolegen compare reports 32 %


def test_pages_are_deterministic(tmp_path: Path) -> None:
    first = generate(load(FIXTURE_KB), options(tmp_path), with_downloads=False).trees
    second = generate(load(FIXTURE_KB), options(tmp_path), with_downloads=False).trees
    assert first == second


def test_no_request_leaves_the_site(fixture_site: Path) -> None:
    """Every src and stylesheet href is relative: the pages ask nothing of another host."""
    for page in (fixture_site / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for marker in ('src="http', "src='http", 'src="//', 'rel="stylesheet" href="http', "fonts.googleapis"):
            assert marker not in text, f"{page}: {marker}"


def test_a_folder_rolegen_did_not_write_is_refused(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "notes.txt").write_text("mine\n", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        build_guide(load(FIXTURE_KB), options(tmp_path))
    assert str(caught.value.message) == (
        f"{tmp_path / 'site'} holds files rolegen did not write (notes.txt); give an empty or new folder, or remove them"
    )
    assert (tmp_path / "site" / "notes.txt").read_text(encoding="utf-8") == "mine\n"


class _Elements(HTMLParser):
    """Elements, attributes and inline script texts of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.scripts: list[str] = []
        self.data: list[str] = []
        """Texts of JSON-LD scripts (data, not code)."""
        self._in_script = self._in_data = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self._in_data = tag == "script" and ("type", "application/ld+json") in attrs
        self._in_script = tag == "script" and not self._in_data

    def handle_endtag(self, tag):
        self._in_script = self._in_data = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        if self._in_data:
            self.data.append(data)


def test_hostile_role_text_stays_text(tmp_path: Path) -> None:
    build_guide(load(HOSTILE), options(tmp_path, roles=HOSTILE))
    pages = sorted((tmp_path / "site").rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        found = _Elements()
        found.feed(page.read_text(encoding="utf-8"))
        assert not {"img", "iframe", "object", "b", "i"} & set(found.tags), page
        assert not [name for name, _ in found.attrs if name.startswith("on")], page
        assert not [v for _, v in found.attrs if v and v.strip().lower().startswith("javascript:")], page
        assert not [s for s in found.scripts if "alert" in s], page
        for text in found.data:  # the whole JSON text reached the parser: nothing in it closed the element
            assert json.loads(text)["@type"] == "Occupation", page
    role = (tmp_path / "site" / "fr" / "roles" / "community-manager" / "index.html").read_text(encoding="utf-8")
    assert "<title>Community manager ‹b›H/F‹/b› {{x}} - " in role
    assert "Community manager &#60;b&#62;H/F&#60;/b&#62; &#123;&#123;x&#125;&#125;" in role


def test_another_engine_builds_the_same_pages(fixture_site: Path, tmp_path: Path) -> None:
    """ProperDocs reads the generated mkdocs.yml and builds every page MkDocs built, strictly."""
    import shutil
    import subprocess
    import sys

    from rolegen.site.engine import engine_env

    work = tmp_path / "fr"
    shutil.copytree(fixture_site / "build" / "guide" / "fr", work, ignore=shutil.ignore_patterns("site"))
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(work / "mkdocs.yml")],
                            capture_output=True, text=True, env=engine_env())
    assert result.returncode == 0, result.stdout + result.stderr
    built = sorted(p.relative_to(work / "site").as_posix() for p in (work / "site").rglob("*.html"))
    expected = sorted(p.relative_to(fixture_site / "site" / "fr").as_posix()
                      for p in (fixture_site / "site" / "fr").rglob("*.html"))
    assert built == expected


def test_guide_indexes_the_knowledge_base() -> None:
    guide = make_guide(load(FIXTURE_KB))
    assert guide.members == {"management": ["digital-manager"],
                             "social-media": ["social-media-manager", "community-manager"]}
    assert guide.skill_roles["writing"] == [("community-manager", "essential"), ("social-media-manager", "optional")]
    assert guide.groups == [["digital-manager", "social-media-manager", "community-manager"]]


def test_role_pages_link_to_every_posting(fixture_site: Path) -> None:
    site = fixture_site / "site"
    page = site / "fr" / "roles" / "community-manager" / "index.html"
    hrefs = re.findall(r'href="(\.\./\.\./\.\./postings/[^"]+)" download', page.read_text(encoding="utf-8"))
    assert hrefs == [f"../../../postings/community-manager.{lang}.{ext}" for lang in ("fr", "en")
                     for ext in ("md", "html", "txt")]
    for href in hrefs:
        assert (page.parent / href).resolve().is_file(), href
    assert len(list((site / "postings").glob("*.jsonld"))) == 6


def test_a_postings_error_stops_the_build_before_the_site(tmp_path: Path) -> None:
    """The postings are written in a background process; their error stops the build, and site/ is not made."""
    postings = tmp_path / "build" / "guide" / "postings"
    postings.mkdir(parents=True)
    (postings / "notes.txt").write_text("mine\n", encoding="utf-8")
    (tmp_path / "build" / "guide" / ".rolegen").write_text("", encoding="utf-8")
    with pytest.raises(RolegenError) as caught:
        build_guide(load(FIXTURE_KB), options(tmp_path, company=COMPANY))
    assert caught.value.format_message() == (
        f"{postings} holds files rolegen did not write (notes.txt); give an empty or new folder, or remove them"
    )
    assert not (tmp_path / "site").exists()


def test_background_errors_come_back_as_they_were(tmp_path: Path) -> None:
    from rolegen.site.background import Background, BackgroundFailed

    def refuse(path: Path) -> None:
        raise OutputError(f"{path} is taken")

    job = Background(refuse, tmp_path)
    with pytest.raises(BackgroundFailed) as caught:
        job.result()
    assert (caught.value.format_message(), caught.value.exit_code) == (f"{tmp_path} is taken", 73)
    assert Background(sorted, [3, 1, 2]).result() == [1, 2, 3]


def test_preview_rewrites_only_the_pages_that_change(tmp_path: Path) -> None:
    """`rolegen serve` regenerates on every change; the engine's watcher must only see real changes."""
    import shutil

    from rolegen.site.serve import regenerate

    roles = tmp_path / "roles"
    shutil.copytree(FIXTURE_KB, roles)
    opts = options(tmp_path, roles=roles, work=tmp_path / "serve")
    config = regenerate(opts, "fr")
    assert config == tmp_path / "serve" / "fr" / "mkdocs.yml"
    docs = tmp_path / "serve" / "fr" / "docs"
    before = {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")}
    assert regenerate(opts, "fr") == config
    assert {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")} == before
    role = roles / "digital-manager.yml"
    role.write_text(role.read_text(encoding="utf-8").replace("Pilote la stratégie digitale.", "Pilote tout."),
                    encoding="utf-8")
    regenerate(opts, "fr")
    changed = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md") if p.stat().st_mtime_ns != before[p])
    # the summary changed: its role page, its family page and the A-to-Z list that quotes it
    assert changed == ["families/management.md", "roles/digital-manager.md", "roles/index.md"]
    assert not (tmp_path / "serve" / "en").exists()


def test_build_command(kb_dir: Path, run) -> None:
    result = run("build", "--no-postings", "--config", str(ROOT / "mkdocs.yml"), "--templates", str(ROOT / "templates"))
    assert result.exit_code == 0, result.stderr
    assert re.fullmatch(r"site: the guide of 3 roles in French and English \(60 pages, 0 posting files\); pages "
                        r"generated in \d+\.\d s, built in \d+\.\d s\n", result.stdout)
    assert result.stderr == ("rolegen: generating pages\nrolegen: building the site with mkdocs\n")
    assert sorted(p.name for p in (kb_dir.parent / "site").iterdir()) == [".rolegen-manifest.json", "en", "fr",
                                                                          "index.html"]


def test_french_pages_keep_their_marks_with_the_previous_word(tmp_path: Path) -> None:
    generated = generate(load(ROOT / "roles"), options(tmp_path, roles=ROOT / "roles"), with_downloads=False)
    loose = re.compile(r"\S (?:[:;!?»]|&#58;)(?:\s|$)|« ")
    found = []
    for path, text in generated.trees["fr"].items():
        if path.endswith((".md", ".html")):
            found += [f"{path}: {line.strip()[:80]}" for line in text.splitlines()
                      if loose.search(line) and not line.startswith("<script")]
    assert found == []
    assert "Plusieurs manières de comparer les métiers du guide\u00a0:" in generated.trees["fr"]["docs/compare/index.md"]


def test_lists_of_links_keep_their_spaces(tmp_path: Path) -> None:
    generated = generate(load(FIXTURE_KB), options(tmp_path), with_downloads=False)
    page = generated.trees["en"]["docs/compare/index.md"]
    assert "[Responsibilities](../matrices/responsibilities.md), [Skills](../matrices/skills.md), " in page


def test_matrix_headers_shorten_a_title_and_keep_it_whole_for_screen_readers() -> None:
    from rolegen.site.tables import role_header, short_title

    assert short_title("Content manager (digital content manager)") == "Content manager"
    assert short_title("Copywriter") == "Copywriter"

    class Links:
        lang = "en"
        kb = type("KB", (), {"roles": {"cm": type("R", (), {"title": {"en": "Content manager (digital <b>)"}})()}})()

        def url(self, target):
            return "../roles/cm/"

    assert role_header(Links(), "cm") == (
        '<a href="../roles/cm/" title="Content manager (digital &lt;b&gt;)"><span aria-hidden="true">Content manager'
        '</span><span class="rolegen-sr">Content manager (digital &lt;b&gt;)</span></a>')
