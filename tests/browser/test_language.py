"""The theme speaks the page's language: no English word of the theme on a French page, whichever engine built it.

Every French page of each engine's build is read (the page without its article's body, which is rolegen's own
text, plus every title attribute: the headings' permanent links), with the theme's scripts; none may contain one
of the theme's English strings. The English pages keep them, which shows the list matches what the themes write.
"""

from __future__ import annotations

import re
from pathlib import Path

THEME_ENGLISH = [
    "Made with", "Permanent link", "Type to start searching", "No matching documents", "documents found",
    "Initializing search", "Back to top", "Skip to content", "Copy to clipboard", "Could not copy to clipboard",
    "Search", "Close search", "Filters", "No results", "Loading search", "Search results", "Select language",
    "Previous", "Next", "Table of contents", "Footer", "Header", "Edit this page", "Last update", "needs JavaScript",
    "This page needs JavaScript", "Page not found",
]
"""The English strings the themes write (footer, permanent links, search box, navigation, the pages' notices)."""

SCRIPT_ENGLISH = ['"Close search"', '"Filters"', '"No results"', '"Loading search', '"Search results"',
                  '"Search is unavailable', '"Search"', '"result":"results"']
"""English words a theme's script writes into the page (Zensical's search box)."""

_ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
_TITLE = re.compile(r'\btitle="([^"]*)"')


def theme_text(page: str) -> str:
    """What the theme wrote on a page: the page without its article's body, and every title attribute."""
    return _ARTICLE.sub(" ", page) + "\n" + "\n".join(_TITLE.findall(page))


def english_in(text: str, strings: list[str]) -> list[str]:
    return [s for s in strings if re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text)]


def test_french_pages_have_no_english_theme_string(built_site: Path, engine: str) -> None:
    pages = sorted((built_site / "fr").rglob("*.html"))
    assert len(pages) > 80
    found = {}
    for path in pages:
        english = english_in(theme_text(path.read_text(encoding="utf-8")), THEME_ENGLISH)
        if english:
            found[path.relative_to(built_site).as_posix()] = english
    assert found == {}, f"{engine}: {len(found)} French pages with English theme strings"
    scripts = sorted((built_site / "fr" / "assets" / "javascripts").glob("*.js"))
    assert scripts
    assert {p.name: [s for s in SCRIPT_ENGLISH if s in p.read_text(encoding="utf-8")] for p in scripts} == {
        p.name: [] for p in scripts}


def test_english_pages_keep_the_themes_english(built_site: Path, engine: str) -> None:
    """The list above is what the themes write: the English guide shows those strings."""
    page = theme_text((built_site / "en" / "roles" / "community-manager" / "index.html").read_text(encoding="utf-8"))
    assert {"Made with", "Permanent link"} <= set(english_in(page, THEME_ENGLISH)), engine
