"""Every Word file of the example openings opens in LibreOffice (headless), converts to PDF, and the PDF's text
carries the title, the pay and the missions.

Needs LibreOffice Writer and poppler's pdftotext (`make setup-test` installs Debian's libreoffice-writer-nogui
and poppler-utils); skipped without them, except when CI=true, where they must be there.
"""

from __future__ import annotations

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
    assert any(style == "List Bullet" and text.startswith("Salaire : 52") for style, text in styles)
    assert [text for style, text in styles if style == "List Number"][0].startswith("Un premier échange")
    props = document.core_properties
    assert (props.title, props.author, props.keywords, props.language) == (
        "Stratège de contenu (H/F)", "Atelier Lumen", "LUMEN-2026-102", "fr")


def test_the_same_posting_gives_the_same_bytes(kb) -> None:
    vacancy = load_openings(ROOT / "examples" / "openings", kb)[0]
    first = render_opening(kb, vacancy, "en").output("docx")
    assert first == render_opening(kb, vacancy, "en").output("docx")
    assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {(1980, 1, 1, 0, 0, 0)}
