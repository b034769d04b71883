"""Hostile text in a role or a company profile comes out inert in every posting format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
import pytest
import test_escaping

from rolegen import load, load_company
from rolegen.postings import render
from rolegen.textutil import md_escape

TESTS = Path(__file__).resolve().parent
HOSTILE = load(TESTS / "fixtures" / "hostile")
HOSTILE_COMPANY = load_company(TESTS / "fixtures" / "hostile-company.yml")
PLAIN = load(TESTS / "fixtures" / "kb")
PLAIN_COMPANY = load_company(TESTS.parent / "examples" / "company.yml")
CORPUS = [
    "<script>alert(1)</script>", "</script><img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% if x %}y{% endif %}",
    "[click](javascript:alert(1))", "![img](http://evil.example/x.png)", "<http://evil.example>", "**bold** _em_",
    "# heading", "## heading #", "> quote", "- item", "+ item", "1. numbered", "2) numbered", "`code`", "\\*",
    "&amp; &lt;b&gt; & R&D", "\"double\" 'single' «guillemets»", "x" * 300, "<!-- comment -->", "a  \\\nb",
    "{: #id .class }", "***", "---", "| a | b |", "~~del~~", "<a href='x' onclick='y()'>z</a>", "&#60;script&#62;",
]


class Elements(test_escaping.Elements):
    """The elements, attributes and text of an HTML text."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Elements:
    (parser := Elements()).feed(html)
    return parser


@pytest.mark.parametrize("text", CORPUS)
def test_md_escape_renders_back_to_the_text(text: str) -> None:
    html = markdown.markdown(md_escape(" ".join(text.split())), output_format="html")
    found = parse(html)
    assert found.tags == ["p"] and found.attrs == []
    assert "".join(found.text) == " ".join(text.split())


def structure(kb, company, role_id: str, lang: str) -> tuple[list[str], list]:
    found = parse(render(kb, kb.roles[role_id], company, lang).output("html"))
    return found.tags, found.attrs


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("role_id", sorted(HOSTILE.roles))
def test_html_has_only_the_templates_elements(role_id: str, lang: str) -> None:
    tags, attrs = structure(HOSTILE, HOSTILE_COMPANY, role_id, lang)
    assert set(tags) <= {"html", "head", "meta", "title", "style", "script", "body", "main", "h1", "h2", "p", "ul",
                         "li", "strong", "a"}
    assert tags.count("script") == 1 and tags.count("a") == 1 and tags.count("h1") == 1
    assert ("onerror", "alert(1)") not in attrs and not any(name.startswith("on") for name, _ in attrs)
    assert [value for name, value in attrs if name in ("href", "src")] == ["https://example.org/jobs?x=1&y=2"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_markdown_is_inert_when_rendered(lang: str) -> None:
    """The .md file, rendered by Python-Markdown, makes the same elements as a harmless posting's."""
    hostile = parse(markdown.markdown(render(HOSTILE, HOSTILE.roles["community-manager"], HOSTILE_COMPANY,
                                             lang).markdown))
    assert set(hostile.tags) == {"h1", "h2", "p", "ul", "li", "strong", "a"}
    assert hostile.tags.count("h1") == 1 and hostile.tags.count("a") == 1
    assert hostile.attrs == [("href", "https://example.org/jobs?x=1&y=2")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_text_and_markdown_keep_the_text_as_written(lang: str) -> None:
    posting = render(HOSTILE, HOSTILE.roles["community-manager"], HOSTILE_COMPANY, lang)
    about = HOSTILE_COMPANY.about[lang]
    txt = " ".join(posting.output("txt").split())
    assert " ".join(about.split()) in txt
    assert HOSTILE_COMPANY.name in txt
    rendered = "".join(parse(markdown.markdown(posting.markdown)).text)
    assert " ".join(about.split()) in " ".join(rendered.split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_jsonld_cannot_close_its_script_element(lang: str) -> None:
    posting = render(HOSTILE, HOSTILE.roles["community-manager"], HOSTILE_COMPANY, lang)
    raw = posting.output("jsonld")
    assert not re.search(r"[<>&\u2028\u2029]", raw)
    data = json.loads(raw)
    assert data["hiringOrganization"]["name"] == HOSTILE_COMPANY.name
    assert data["jobLocation"][0]["address"]["streetAddress"] == "12 rue de la <République>"
    page = posting.output("html")
    assert json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)) == data
    assert page.count("</script>") == 1


def test_a_harmless_posting_has_the_same_shape() -> None:
    hostile_tags, _ = structure(HOSTILE, HOSTILE_COMPANY, "community-manager", "en")
    plain_tags, _ = structure(PLAIN, PLAIN_COMPANY, "community-manager", "en")
    assert set(hostile_tags) == set(plain_tags)
