"""Property-based tests of the renderers: any role the model accepts renders everywhere, inert, or fails cleanly.

Roles are drawn by hypothesis over the fixture's vocabularies, with arbitrary text (markup, control and
right-to-left characters, very long words) in every text field; every output must come out without an
exception other than a rolegen error, and the HTML outputs must hold no element or attribute the text asked for.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from rolegen import load, load_company
from rolegen.compare.engine import compare
from rolegen.compare.render import to_markdown, to_text
from rolegen.errors import RolegenError
from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role, Source
from rolegen.postings import render_posting
from rolegen.postings.formats import ROLE_FORMATS as FORMATS
from rolegen.knowledge.show import role_text
from rolegen.site.build import Options
from rolegen.site.generate import generate
from test_escaping import elements

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = load(ROOT / "tests" / "fixtures" / "kb")
COMPANY = load_company(ROOT / "examples" / "company.yml")
BASE = FIXTURE.roles["community-manager"].model_dump(by_alias=True, exclude_none=True)
PAYLOADS = ["<script>x</script>", "</script>", "{{ x }}", "{% x %}", "[a](javascript:b)", "![i](http://e/x)",
            "**b**", "# h", "| a |", "<img src=x onerror=y>", "&amp;", "\u202e", "\u200b", "x" * 200, "-->", "\"'`"]
TEXT = st.lists(st.one_of(st.sampled_from(PAYLOADS), st.text(min_size=1, max_size=20)), min_size=1, max_size=6).map(
    " ".join)
PAIR = st.fixed_dictionaries({"fr": TEXT, "en": TEXT})
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "script", "body", "main", "h1", "h2", "p", "ul", "li",
                "strong", "a", "em", "article", "header", "footer", "section", "br"}


@st.composite
def roles(draw) -> Role:
    data = dict(BASE)
    data["title"] = draw(PAIR)
    data["summary"] = draw(PAIR)
    data["aliases"] = ["CM"]
    data["responsibilities"] = draw(st.lists(PAIR, min_size=1, max_size=4))
    data["daily_activities"] = draw(st.lists(PAIR, min_size=1, max_size=3))
    data["collaborations"] = [{"with": c["with"], "about": draw(PAIR)} for c in BASE["collaborations"]]
    data["not_to_confuse_with"] = [{"role": d["role"], "why": draw(PAIR)} for d in BASE["not_to_confuse_with"]]
    data["grey_zones"] = draw(st.lists(PAIR, max_size=2))
    data["sources"] = ["cm-article"]
    data["facts"] = [{**draw(PAIR), "basis": draw(st.sampled_from([["cm-article"], ["practice"], []]))}]
    source = {"id": "cm-article", "title": draw(TEXT), "publisher": draw(TEXT), "language": "fr", "label": draw(PAIR)}
    try:
        return Role.model_validate(data), Source.model_validate(source)
    except ValidationError:
        assume(False)
        raise


def with_role(case: tuple[Role, Source]) -> KnowledgeBase:
    """The fixture with the drawn role, and the drawn source (hostile text in its title and names) as its only one."""
    role, source = case
    roles = {**FIXTURE.roles, role.id: role}
    return KnowledgeBase(**{**FIXTURE.__dict__, "roles": roles, "sources": {source.id: source}, "warnings": []})


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(case=roles())
def test_text_outputs_never_fail(case: tuple[Role, Source]) -> None:
    kb, role = with_role(case), case[0]
    for lang in ("fr", "en"):
        assert role_text(kb, role, lang).startswith(role.title[lang])
        data = compare(kb, ["community-manager", "social-media-manager"], lang)
        assert to_text(data) and to_markdown(data)


@SETTINGS
@given(case=roles())
def test_postings_render_inert_or_fail_cleanly(case: tuple[Role, Source]) -> None:
    kb, role = with_role(case), case[0]
    for lang in ("fr", "en"):
        for fmt in FORMATS:
            try:
                out = render_posting(kb, role, COMPANY, lang, fmt)
            except RolegenError:
                continue
            if fmt == "html":
                found = elements(out)
                assert set(found.tags) <= ALLOWED_TAGS, set(found.tags) - ALLOWED_TAGS
                assert not [name for name, _ in found.attrs if name.startswith("on")]
            if fmt == "jsonld":
                assert "<" not in out and ">" not in out


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=roles())
def test_guide_pages_generate_or_fail_cleanly(case: tuple[Role, Source]) -> None:
    kb = with_role(case)
    options = Options(roles=ROOT / "tests" / "fixtures" / "kb", config=ROOT / "mkdocs.yml",
                      templates=ROOT / "templates", company=None)
    for lang in ("fr", "en"):
        try:
            generated = generate(kb, options, False, langs=(lang,))
        except RolegenError:
            continue
        page = generated.trees[lang]["docs/roles/community-manager.md"]
        data = [line for line in page.splitlines() if line.startswith('<script type="application/ld+json">')]
        assert len(data) == 1 and "<" not in data[0][len('<script type="application/ld+json">'):-len("</script>")]
        rest = page.replace(data[0], "")
        assert "<script" not in rest and "<img" not in rest
