"""Every Word file of the example openings opens in LibreOffice (headless), converts to PDF, and the PDF's text
carries the title, the pay and the missions.

Needs LibreOffice Writer and poppler's pdftotext (`make setup-test` installs Debian's libreoffice-writer-nogui
and poppler-utils); skipped without them, except when CI=true, where they must be there.
"""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from rolegen import load
from rolegen.postings import load_openings
from rolegen.postings import write_opening_postings
from rolegen.postings import render_opening

ROOT = Path(__file__).resolve().parent.parent
TOOLS = [shutil.which("soffice") or shutil.which("libreoffice"), shutil.which("pdftotext")]

needs_tools = pytest.mark.skipif(
    None in TOOLS and os.environ.get("CI") != "true",
    reason="LibreOffice or pdftotext is missing (make setup-test installs them)",
)


@pytest.fixture(scope="module")
def kb():
    return load(ROOT / "roles")


@pytest.fixture(scope="module")
def written(kb, tmp_path_factory) -> tuple[Path, list]:
    vacancies = load_openings(ROOT / "examples" / "openings", kb)
    out = tmp_path_factory.mktemp("postings") / "out"
    write_opening_postings(kb, vacancies, out, formats=("docx",), jobs=1)
    return out, vacancies


def _pdf_text(docx_files: list[Path], work: Path) -> dict[str, str]:
    """Convert the files to PDF in one LibreOffice run (a private profile), then read each PDF's text."""
    assert None not in TOOLS, "LibreOffice and pdftotext are required when CI=true"
    soffice, pdftotext = TOOLS
    profile = (work / "profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                    str(work / "pdf"), *map(str, docx_files)], check=True, capture_output=True, timeout=240)
    texts = {}
    for path in docx_files:
        pdf = work / "pdf" / f"{path.stem}.pdf"
        assert pdf.is_file(), f"LibreOffice did not convert {path.name}"
        result = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
        texts[path.stem] = " ".join(result.stdout.split())
    return texts


@needs_tools
def test_every_word_file_converts_and_carries_title_pay_and_missions(kb, written, tmp_path: Path) -> None:
    out, vacancies = written
    files = sorted(out.glob("*.docx"))
    assert len(files) == 6
    texts = _pdf_text(files, tmp_path)
    for vacancy in vacancies:
        for lang in ("fr", "en"):
            posting = render_opening(kb, vacancy, lang)
            text = texts[f"{vacancy.id}.{lang}"]
            assert posting.title in text
            assert " ".join(posting.context["salary"].split()) in text
            for mission in posting.context["missions"]:
                assert " ".join(mission.split()) in text, mission
            assert vacancy.opening.reference in text


def test_the_word_file_uses_headings_lists_and_properties(kb, written) -> None:
    out, vacancies = written
    document = docx.Document(str(out / "content-strategist-hybrid.fr.docx"))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", "Stratège de contenu (H/F)")
    assert ("Heading 1", "Votre poste") in styles
    assert any(style == "List Bullet" and text.startswith("Salaire\u00a0: 52") for style, text in styles)
    assert [text for style, text in styles if style == "List Number"][0].startswith("Un premier échange")
    props = document.core_properties
    assert (props.title, props.author, props.keywords, props.language) == (
        "Stratège de contenu (H/F)", "Atelier Lumen", "LUMEN-2026-102", "fr-FR")


def test_the_same_posting_gives_the_same_bytes(kb) -> None:
    vacancy = load_openings(ROOT / "examples" / "openings", kb)[0]
    first = render_opening(kb, vacancy, "en").output("docx")
    assert first == render_opening(kb, vacancy, "en").output("docx")
    assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {(1980, 1, 1, 0, 0, 0)}


def _part(data: bytes, name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(name).decode("utf-8")


def test_a_french_word_file_is_a4_in_french_with_links_ordinals_and_no_break_spaces(kb) -> None:
    vacancies = {v.id: v for v in load_openings(ROOT / "examples" / "openings", kb)}
    data = render_opening(kb, vacancies["community-manager-lyon"], "fr").output("docx")
    body, styles = _part(data, "word/document.xml"), _part(data, "word/styles.xml")
    rels, core = _part(data, "word/_rels/document.xml.rels"), _part(data, "docProps/core.xml")
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in body  # A4
    assert '<w:lang w:val="fr-FR"' in styles and "<dc:language>fr-FR</dc:language>" in core
    assert 'Target="https://atelier-lumen.example/jobs" TargetMode="External"' in rels
    assert "<w:hyperlink r:id=" in body
    # "1er février": the "er" raised; a no-break space before the colon of every "Label : value"
    assert '<w:t xml:space="preserve">\u00a0: 1</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>er</w:t>' in body
    assert " :" not in "".join(t for t in body.split("<w:t") if "Salaire" in t)
    email = render_opening(kb, vacancies["traffic-manager-remote"], "fr").output("docx")
    assert 'Target="mailto:recrutement@atelier-lumen.example" TargetMode="External"' in _part(email, "word/_rels/document.xml.rels")


def test_an_english_word_file_follows_the_company_english(kb) -> None:
    vacancy = load_openings(ROOT / "examples" / "openings", kb)[0]
    british = render_opening(kb, vacancy, "en").output("docx")
    assert '<w:lang w:val="en-GB"' in _part(british, "word/styles.xml")
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in _part(british, "word/document.xml")
    american = dataclasses.replace(vacancy, company=vacancy.company.model_copy(update={"english": "en-US"}))
    data = render_opening(kb, american, "en").output("docx")
    assert '<w:lang w:val="en-US"' in _part(data, "word/styles.xml")
    assert '<w:pgSz w:w="12240" w:h="15840"/>' in _part(data, "word/document.xml")  # US Letter


@needs_tools
def test_libreoffice_lays_the_french_posting_out_on_a4(kb, written, tmp_path: Path) -> None:
    out, _ = written
    soffice = TOOLS[0]
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(out / "community-manager-lyon.fr.docx")],
                   check=True, capture_output=True, timeout=240)
    info = subprocess.run(["pdfinfo", str(tmp_path / "community-manager-lyon.fr.pdf")], capture_output=True, text=True,
                          check=True).stdout
    assert "(A4)" in info
