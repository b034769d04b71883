"""Hostile role text (HTML, Markdown, Jinja, Mermaid, YAML syntax, odd characters) comes out inert."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from rolegen import load

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"


class Elements(HTMLParser):
    """Every element and attribute an HTML text holds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_compare_markdown_is_inert(run, lang: str) -> None:
    out = run("compare", "--roles", str(HOSTILE), "cm", "smm", "digital-manager", "--format", "md",
              "--lang", lang).stdout
    html = markdown.markdown(out, extensions=["tables"])
    found = elements(html)
    assert set(found.tags) <= {"h1", "h2", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "p", "strong"}
    assert found.attrs == []
    assert "<script>" in markdown.markdown(out, extensions=["tables"]).replace("&lt;script&gt;", "<script>")


def test_show_text_keeps_the_text_as_written(run) -> None:
    kb = load(HOSTILE)
    out = run("show", "--roles", str(HOSTILE), "cm", "--lang", "en").stdout
    assert kb.roles["community-manager"].title.en in out
    assert "<script>" in out
