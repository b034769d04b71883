"""One test for each failure found by trying rolegen as a hostile user would (data loss, leaks, injection,
crashes, unbounded reads, text the checker missed, messages). The wider corpus is replayed by
tests/test_hostile_corpus.py."""

from __future__ import annotations

import io
import os
import re
import shutil
import threading
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import copy_project
from rolegen.cli import cli

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
SENTENCES = ["Nous recherchons un jeune homme dynamique.", "Candidate de moins de 30 ans.",
             "Poste réservé aux hommes.", "Vous êtes de nationalité française.", "Photo obligatoire avec le CV.",
             "Vous êtes célibataire et sans enfants.", "Jeune diplômé de moins de 25 ans."]


@pytest.fixture
def project(started: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_project(started, tmp_path, monkeypatch)


def invoke(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def example(project: Path) -> Path:
    return next((project / "openings").glob("*.yml"))


def edited(project: Path, old: str, new: str, name: str = "x") -> str:
    text = example(project).read_text(encoding="utf-8")
    assert old in text
    target = project / "openings" / f"{name}.yml"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return f"openings/{name}.yml"


def line_of(path: str, needle: str) -> int:
    return next(i for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1) if needle in line)


# ---- data loss -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("target", ["OPENING", "roles/community-manager.yml"])
def test_posting_output_never_replaces_the_opening_or_a_role(project: Path, target: str) -> None:
    opening = example(project).relative_to(project).as_posix()
    target = opening if target == "OPENING" else target
    before = (project / target).read_bytes()
    result = invoke("posting", "--opening", opening, "--format", "md", "-o", target)
    assert result.exit_code == 73 and "wrote" not in result.output
    assert result.output == f"will not write {target}: " + (
        f"{target} is one of the project's inputs" if target == opening
        else "it is inside roles, one of the project's input folders") + "; give another output file\n"
    assert (project / target).read_bytes() == before


# ---- leaks -----------------------------------------------------------------------------------------------------------

def test_a_company_outside_the_project_is_refused_and_never_quoted(project: Path) -> None:
    secret = project.parent / "hosts.yml"
    secret.write_text("ghp_0123456789abcdefghijklmnopqrstuvwxyz\n", encoding="utf-8")
    path = edited(project, "company: ../companies/example.yml", f"company: {secret}")
    result = invoke("check-posting", "--opening", path)
    assert result.exit_code == 1 and "ghp_" not in result.output
    line = line_of(path, "company:")
    assert re.search(rf"^{path}:{line}:\d+: company: the company profile '/.*' is outside the project",
                     result.output, re.M), result.output


def test_a_text_file_named_as_company_is_not_quoted(project: Path) -> None:
    (project / "companies" / "token.yml").write_text("ghp_0123456789abcdefghijklmnopqrstuvwxyz\n", encoding="utf-8")
    path = edited(project, "company: ../companies/example.yml", "company: ../companies/token.yml")
    result = invoke("check-posting", "--opening", path)
    assert result.exit_code == 1 and "ghp_" not in result.output
    assert "companies/token.yml:1:1: expected a mapping of fields, got a text of 40 characters (not shown" in result.output


def test_a_link_out_of_openings_is_refused(project: Path) -> None:
    outside = project.parent / "elsewhere.yml"
    shutil.copyfile(example(project), outside)
    example(project).unlink()
    (project / "openings" / "linked.yml").symlink_to(outside)
    result = invoke("postings", "--out", "out")
    assert result.exit_code == 1 and not (project / "out").exists()
    assert "openings/linked.yml:1:1: symbolic link points outside the openings folder; copy the file instead" \
        in result.output


# ---- injection -------------------------------------------------------------------------------------------------------

def test_the_site_name_is_escaped_before_the_theme() -> None:
    from markupsafe import Markup

    from rolegen.site import enginehook

    config = {"site_name": "</title><script>alert(1)</script>\x1b[2J", "plugins": []}
    enginehook.on_config(config)
    assert isinstance(config["site_name"], Markup)
    assert str(config["site_name"]) == "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;[2J"
    assert str(Markup("{{}}").join([config["site_name"]])) == str(config["site_name"])  # the theme's | e keeps it


def test_init_cleans_the_site_name(tmp_path: Path) -> None:
    result = invoke("init", str(tmp_path / "g"), "--site-name", "Nos\x1b[31m métiers\u202e")
    assert result.exit_code == 0
    assert "control characters U+001B, U+202E removed" in result.output
    assert '"Nos[31m métiers"' in (tmp_path / "g" / "mkdocs.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("char", ["\\0", "\\a", "\\e[31m", "\\u202E", "\\uFFFE"])
def test_control_characters_never_reach_an_output(project: Path, char: str) -> None:
    path = edited(project, "role: community-manager",
                  f'role: community-manager\ntitle: {{fr: "Chargé{char} de communication (H/F)", en: "Officer{char}"}}')
    (project / "out").mkdir()
    for fmt in ["md", "html", "text", "jsonld", "docx"]:
        ext = "txt" if fmt == "text" else fmt
        result = invoke("posting", "--opening", path, "--format", fmt, "-o", f"out/x.{ext}")
        assert result.exit_code == 0, result.output
        assert f"{path}:{line_of(path, 'title:')}:" in result.output and "removed" in result.output
        data = (project / "out" / f"x.{ext}").read_bytes()
        if fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                data = archive.read("word/document.xml") + archive.read("docProps/core.xml")
        text = data.decode("utf-8")
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\ufffe]", text), fmt
        assert "de communication" in text, fmt


# ---- crashes ---------------------------------------------------------------------------------------------------------

LONG_TITLE = ("Chargé / Chargée de communication digitale et de l'animation des communautés en ligne, des "
              "partenariats avec les festivals de musique, de cinéma et d'arts de la rue de la métropole lyonnaise "
              "et de la région Auvergne-Rhône-Alpes, pour les saisons 2027 et 2028, en CDI (H/F)")


def test_a_264_character_title_is_cut_in_the_word_properties_and_kept_whole_in_the_text(project: Path) -> None:
    assert len(LONG_TITLE) == 272
    path = edited(project, "role: community-manager",
                  f'role: community-manager\ntitle: {{fr: "{LONG_TITLE}", en: "Officer"}}')
    (project / "out").mkdir()
    result = invoke("posting", "--opening", path, "--format", "docx", "-o", "out/x.docx")
    assert result.exit_code == 0, result.output
    assert "title.fr: warning: is 272 characters long" in result.output
    with zipfile.ZipFile(project / "out" / "x.docx") as archive:
        core = archive.read("docProps/core.xml").decode("utf-8")
        body = archive.read("word/document.xml").decode("utf-8")
    title = re.search("<dc:title>(.*?)</dc:title>", core).group(1)
    assert len(title) <= 255 and title.endswith("…") and LONG_TITLE.startswith(title[:-1])
    assert LONG_TITLE.replace("'", "&apos;") in body or LONG_TITLE in body


def test_a_19000_character_title_is_a_located_error(project: Path) -> None:
    path = edited(project, "role: community-manager",
                  'role: community-manager\ntitle: {fr: "' + "Rédacteur / Rédactrice " * 830 + '(H/F)", en: "x"}')
    result = invoke("posting", "--opening", path, "--format", "docx", "-o", "x.docx")
    assert result.exit_code == 1 and not (project / "x.docx").exists()
    assert re.search(rf"^{path}:\d+:\d+: title.fr: is 19,095 characters long; a title or name has at most 2,000$",
                     result.output, re.M), result.output


@pytest.mark.parametrize(("value", "says"), [(".inf", "inf is not a finite number"), ("1.0e+300", "not a plausible"),
                                             ("1234567890123456789012345678901234567890", "not a plausible"),
                                             ("0.01", "is not a pay")])
def test_absurd_pays_are_located_errors(project: Path, value: str, says: str) -> None:
    text = example(project).read_text(encoding="utf-8")
    old = re.search(r"max: \d+", text).group()
    path = edited(project, old, f"max: {value}")
    if value == "0.01":
        path = edited(project, re.search(r"min: \d+", text).group(), "min: 0.01, max: 0.01, xx: 1", "y")
        Path(path).write_text(Path(path).read_text().replace(", max: 0.01, xx: 1", "").replace(
            re.search(r"max: \d+", text).group(), "max: 0.01"))
    (project / "out").mkdir()
    result = invoke("posting", "--opening", path, "--format", "docx", "-o", "out/x.docx")
    assert result.exit_code == 1 and "internal error" not in result.output, result.output
    assert re.search(rf"^{path}:{line_of(path, 'salary:')}:\d+: salary.m(ax|in): .*{re.escape(says)}",
                     result.output, re.M), result.output


def test_a_currency_must_be_iso_4217_and_dates_plausible(project: Path) -> None:
    text = example(project).read_text(encoding="utf-8")
    path = edited(project, "currency: EUR", "currency: XYZ")
    Path(path).write_text(Path(path).read_text().replace(re.search(r"valid_through: \S+", text).group(),
                                                         "valid_through: 9999-12-31"))
    result = invoke("check-posting", "--opening", path)
    assert result.exit_code == 1
    assert "salary.currency: 'XYZ' is not an ISO 4217 currency code" in result.output
    assert "valid_through: 9999-12-31 is not a plausible date" in result.output


def test_a_past_closing_date_and_a_pay_below_the_minimum_wage_are_warnings_errors_with_strict(project: Path) -> None:
    text = example(project).read_text(encoding="utf-8")
    path = edited(project, re.search(r"date_posted: \S+", text).group(), "date_posted: 2024-01-02")
    Path(path).write_text(Path(path).read_text().replace(re.search(r"valid_through: \S+", text).group(),
                                                         "valid_through: 2024-02-01").replace(
        re.search(r"start: \S+", text).group(), "start: 2024-03-01").replace(
        re.search(r"min: \d+, max: \d+", text).group(), "min: 12000, max: 13000"))
    (project / "out").mkdir()
    result = invoke("posting", "--opening", path, "--format", "md", "-o", "out/x.md")
    assert result.exit_code == 0
    assert "valid_through: warning: the closing date 2024-02-01 is already past" in result.output
    assert "salary.min: warning: 12000 EUR gross a year is below the French minimum wage" in result.output
    strict = invoke("posting", "--opening", path, "--format", "md", "-o", "out/y.md", "--strict")
    assert strict.exit_code == 1 and not (project / "out" / "y.md").exists()
    assert "2 errors in 1 file" in strict.output


def entity_bomb() -> bytes:
    entities = '<!ENTITY a "lollollollol">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                                                      for i in range(9))
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [{entities}]><w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
    return zipped({"word/document.xml": xml.encode()})


def zipped(parts: dict[str, bytes]) -> bytes:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return raw.getvalue()


@pytest.mark.parametrize(("data", "says"), [
    (entity_bomb(), "declares XML entities"),
    (zipped({"word/document.xml": b"<w:document>" + b" " * (300 * 1024 * 1024) + b"</w:document>"}), "uncompressed"),
    (zipped({"word/document.xml": b"<w:document>" + b" " * (15 * 1024 * 1024) + b"</w:document>"}), "zip bomb"),
    (zipped({"word/document.xml": b"<w:document/>", **{f"x/{i}": b"" for i in range(3000)}}), "parts"),
])
def test_word_bombs_are_refused_in_one_line(tmp_path: Path, data: bytes, says: str) -> None:
    (tmp_path / "bomb.docx").write_bytes(data)
    result = invoke("check-ad", str(tmp_path / "bomb.docx"))
    assert result.exit_code == 66  # unreadable, told apart from findings
    assert re.fullmatch(rf"{re.escape(str(tmp_path))}/bomb.docx: cannot check: [^\n]*{says}[^\n]*\n", result.output)


# ---- unbounded reads and waits -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/dev/zero", "/dev/urandom"])
def test_devices_are_refused_without_reading(path: str) -> None:
    result = invoke("check-ad", path)
    assert result.exit_code == 66 and result.output == f"{path}: cannot check: is a device, not a regular file\n"


def test_an_endless_standard_input_is_read_up_to_the_limit() -> None:
    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    from rolegen.safefile import Refused, read_stream

    with pytest.raises(Refused):
        read_stream(io.BufferedReader(Endless()), 5 * 1024 * 1024)


def fifo_with_watchdog(path: Path):
    os.mkfifo(path)
    stop = threading.Event()

    def release() -> None:  # if rolegen opened the pipe for reading and waits, open it for writing: the test fails
        if not stop.wait(5):
            with open(path, "wb"):
                pass
    threading.Thread(target=release, daemon=True).start()
    return stop


def test_a_named_pipe_is_refused_by_check_ad_and_postings(project: Path) -> None:
    stop = fifo_with_watchdog(project / "openings" / "pipe.yml")
    try:
        ad = invoke("check-ad", "openings/pipe.yml")
        postings = invoke("postings", "--out", "out")
    finally:
        stop.set()
    assert ad.output == "openings/pipe.yml: cannot check: is a named pipe (FIFO), not a regular file\n"
    assert postings.exit_code == 1
    assert "openings/pipe.yml:1:1: not read: the file is a named pipe (FIFO), not a regular file" in postings.output


def test_a_link_to_dev_zero_in_openings_is_refused(project: Path) -> None:
    (project / "openings" / "zero.yml").symlink_to("/dev/zero")
    result = invoke("postings", "--out", "out")
    assert result.exit_code == 1
    assert "openings/zero.yml:1:1: symbolic link points outside the openings folder" in result.output


# ---- what the checker reads ---------------------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_word_headers_footers_text_boxes_footnotes_and_nested_tables_are_checked(tmp_path: Path) -> None:
    s = SENTENCES
    body = (para(s[0]) + f"<w:p><w:r><w:txbxContent>{para(s[1])}</w:txbxContent></w:r></w:p>"
            + f"<w:tbl><w:tr><w:tc>{para('x')}<w:tbl><w:tr><w:tc>{para(s[2])}</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"
            + para(s[3]))
    data = zipped({"word/document.xml": f"<w:document {W}><w:body>{body}</w:body></w:document>".encode(),
                   "word/header1.xml": f"<w:hdr {W}>{para(s[4])}</w:hdr>".encode(),
                   "word/footer1.xml": f"<w:ftr {W}>{para(s[5])}</w:ftr>".encode(),
                   "word/footnotes.xml": f"<w:footnotes {W}><w:footnote>{para(s[6])}</w:footnote></w:footnotes>".encode()})
    (tmp_path / "ad.docx").write_bytes(data)
    (tmp_path / "ad.txt").write_text("\n".join(s) + "\n", encoding="utf-8")
    errors = [invoke("check-ad", "--fragment", str(tmp_path / name)).output.count(": error ")
              for name in ("ad.txt", "ad.docx")]
    assert errors[0] >= 7 and errors[1] == errors[0]


@pytest.mark.parametrize("char", ["\u00ad", "\u200b", "\u2060", "\u200d"])
def test_an_invisible_character_inside_a_word_does_not_hide_it(char: str) -> None:
    text = f"Nous recherchons un jeu{char}ne hom{char}me.\n"
    result = invoke("check-ad", "--fragment", "-", stdin=text.encode())
    assert "<stdin>:1:21: error age/age-criterion" in result.output
    assert "error sex/sex-requirement" in result.output


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_utf16_and_bom_files_are_text(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "ad.txt").write_bytes("Titre\nNous recherchons un jeune homme.\n".encode(encoding))
    result = invoke("check-ad", "--fragment", str(tmp_path / "ad.txt"))
    assert f"{tmp_path}/ad.txt:2:21: error age/age-criterion" in result.output, result.output


# ---- messages ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("apply", ["url: \"https://example.org/l'offre\"", "email: \"o'brien@example.org\""])
def test_an_apostrophe_in_an_address_is_located_in_the_opening(project: Path, apply: str) -> None:
    path = edited(project, "role: community-manager", f"role: community-manager\napply: {{{apply}}}")
    result = invoke("posting", "--opening", path, "--format", "md")
    assert result.exit_code == 1 and ".j2" not in result.output
    assert re.search(rf"^{path}:{line_of(path, 'apply:')}:\d+: apply.(url|email): ", result.output, re.M), \
        result.output


def test_every_mistake_of_missions_drop_is_reported(project: Path) -> None:
    text = example(project).read_text(encoding="utf-8")
    start = text.index("missions:")
    end = text.index("\n", text.index("en:", start))
    path = edited(project, text[start:end], "missions: {drop: [42, -1, true]}")
    result = invoke("check-posting", "--opening", path)
    line = line_of(path, "missions:")
    assert [m for m in re.findall(rf"^{path}:{line}:\d+: (missions.drop\[\d\])", result.output, re.M)] == \
        ["missions.drop[0]", "missions.drop[1]", "missions.drop[2]"], result.output


def test_a_raw_nul_byte_is_located_at_its_line(project: Path) -> None:
    lines = example(project).read_text(encoding="utf-8").splitlines(keepends=True)
    lines[8] = lines[8][:5] + "\x00" + lines[8][5:]
    (project / "openings" / "x.yml").write_text("".join(lines), encoding="utf-8")
    result = invoke("check-posting", "--opening", "openings/x.yml")
    assert result.exit_code == 1
    assert "openings/x.yml:9:6: character U+0000 is not allowed in a YAML file" in result.output


def test_check_ad_escapes_file_names(tmp_path: Path) -> None:
    name = tmp_path / "a\nb\x1b[2J.txt"
    name.write_text("Nous recherchons un jeune homme.\n", encoding="utf-8")
    result = invoke("check-ad", "--fragment", str(name))
    assert "\x1b" not in result.output and "a\\nb\\x1b[2J.txt:1:21: error" in result.output


def test_the_gender_summary_line_is_cut(tmp_path: Path) -> None:
    (tmp_path / "ad.txt").write_text("\n".join(["ambitieux compétitif dominant leader"] * 500) + "\n",
                                     encoding="utf-8")
    result = invoke("check-ad", "--fragment", str(tmp_path / "ad.txt"))
    summary = result.output.splitlines()[-1]
    assert len(summary) < 600 and "4 à connotation masculine : ambitieux, compétitif, dominant, leader ;" in summary  # each once
