"""The posting studio in real Chromium: the files it writes are the command line's.

For every example opening and for generated openings over every role and level, the studio's form is filled with
the opening and its Markdown, HTML, plain text and JSON-LD are compared byte for byte with what `rolegen posting
--opening` writes for the same opening file; its Word file holds the same text (both converted by LibreOffice).
From an empty form, the six files are downloaded and the command line, given the downloaded YAML, writes the same.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from rolegen import load
from rolegen.postings import load_opening, render_opening

ROOT = Path(__file__).resolve().parents[2]
COMPANY = ROOT / "examples" / "company.yml"
TEXT_FORMATS = ("md", "html", "txt", "jsonld")
SHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def kb():
    return load(ROOT / "roles")


def _open(page, base_url: str, lang: str = "fr", hash_: str = "") -> None:
    page.goto(f"{base_url}/{lang}/studio/{hash_}")
    page.wait_for_selector("[data-studio-ready=true]", state="attached")


def _text(value) -> str:
    return value if isinstance(value, str) else value["fr"]


def form_state(opening: dict) -> dict[str, str]:
    """The studio's form filled with an opening (the fields a person would type or pick)."""
    pay = opening["salary"]
    state = {"role": opening["role"], "seniority": opening["seniority"], "reference": opening["reference"],
             "pay_min": str(pay["min"]), "pay_max": str(pay["max"]), "currency": pay["currency"],
             "period": pay["period"], "gross": "gross" if pay["gross"] else "net",
             "date_posted": str(opening["date_posted"]), "valid_through": str(opening["valid_through"])}
    if "variable" in pay:
        state.update(variable_fr=pay["variable"]["fr"], variable_en=pay["variable"]["en"])
    if "title" in opening:
        state.update(title_fr=opening["title"]["fr"], title_en=opening["title"]["en"])
    location = opening.get("location")
    if isinstance(location, str):
        state["location"] = location
    elif isinstance(location, dict):
        state.update(location="other", city=location["city"], country=location["country"],
                     **{k: location[k] for k in ("street", "postal_code") if k in location})
    for key in ("remote", "contract", "hours", "education"):
        if key in opening:
            state[key] = opening[key]
    if opening.get("remote_countries"):
        state["remote_countries"] = ", ".join(opening["remote_countries"])
    if opening.get("start") == "asap":
        state["asap"] = "1"
    elif "start" in opening:
        state["start"] = str(opening["start"])
    for key in ("team", "manager"):
        value = opening.get(key)
        if isinstance(value, dict):
            state.update({key: value["fr"], f"{key}_en": value["en"]})
        elif value:
            state[key] = value
    missions = opening.get("missions", {})
    if missions.get("add"):
        state.update(add_fr="\n".join(m["fr"] for m in missions["add"]), add_en="\n".join(m["en"] for m in missions["add"]))
    if missions.get("drop"):
        state["drop"] = ",".join(str(i) for i in missions["drop"])
    if opening.get("tools"):
        state["tools"] = ", ".join(opening["tools"])
    for need in opening.get("languages", [])[:1]:
        state.update(lang_code=need["language"], lang_level=need["level"], lang_why_fr=need["why"]["fr"],
                     lang_why_en=need["why"]["en"])
    apply = opening.get("apply")
    if apply and apply.get("url"):
        state["apply_url"] = apply["url"]
        if apply.get("direct"):
            state["apply_direct"] = "1"
    elif apply:
        state["apply_email"] = apply["email"]
    return state


CITIES = ["Lyon"]
TEAMS = ["marketing-team", {"fr": "Pôle social", "en": "Social team"}, "Studio éditorial", None]
MANAGERS = ["digital-manager", "la directrice du studio", {"fr": "La responsable du contenu", "en": "The head of content"}, None]


def generated_openings(kb, count: int = 36) -> list[dict]:
    """Openings over every role and every level, each field taking a different value from one to the next."""
    pairs = [(role.id, entry.level) for role in sorted(kb.roles.values(), key=lambda r: r.id) for entry in role.seniority]
    day = dt.date(2027, 3, 1)
    found = []
    for i in range(max(count, len(pairs))):
        role_id, level = pairs[i % len(pairs)]
        role = kb.roles[role_id]
        posted = day + dt.timedelta(days=i * 3)
        low = [32000, 2650.5, 48000, 420, 19.5, 61000][i % 6]
        period = ["year", "month", "year", "day", "hour", "year"][i % 6]
        opening = {"role": role_id, "seniority": level, "reference": f"GEN-{i:03d}/{role_id[:6].upper()}",
                   "salary": {"min": low, "max": low if i % 5 == 0 else round(low * 1.15, 2), "currency":
                              ["EUR", "EUR", "GBP", "EUR", "USD"][i % 5], "period": period, "gross": i % 4 != 1},
                   "date_posted": posted, "valid_through": posted + dt.timedelta(days=20 + i)}
        if i % 3 == 0:
            opening["salary"]["variable"] = {"fr": f"Prime de {i} % sur objectifs & résultats", "en": f"A {i}% bonus on targets & results"}
        remote = ["hybrid", "on-site", "full-remote", None][i % 4]
        if remote:
            opening["remote"] = remote
        if remote == "full-remote":
            opening["remote_countries"] = [["FR"], ["FR", "BE"], ["FR", "BE", "LU"]][i % 3]
        elif i % 4 == 1:
            opening["location"] = {"street": f"{i} rue des Lilas", "city": "Nantes", "postal_code": "44000", "country": "FR"}
        elif i % 4 == 3:
            opening["location"] = "Lyon"
        if i % 2 == 0:
            opening["contract"] = ["cdd", "stage", "alternance", "freelance", "interim", "cdi"][(i // 2) % 6]
        if i % 7 == 3:
            opening["hours"] = "part-time"
        if i % 3 == 1:
            opening["start"] = "asap"
        elif i % 3 == 2:
            opening["start"] = posted + dt.timedelta(days=40)
            if i % 6 == 2:  # the first of the next month: "1er juin 2027"
                opening["start"] = dt.date(posted.year + posted.month // 12, posted.month % 12 + 1, 1)
        if TEAMS[i % 4]:
            opening["team"] = TEAMS[i % 4]
        if MANAGERS[(i + 1) % 4]:
            opening["manager"] = MANAGERS[(i + 1) % 4]
        missions = {}
        if i % 2 == 1:
            missions["add"] = [{"fr": f"Piloter le projet n° {i} : refonte *éditoriale* de A à Z", "en": f"Run project no. {i}: an *editorial* overhaul from A to Z"}]
        if i % 3 == 0 and len(role.responsibilities) > 2:
            missions["drop"] = [0, 2]
        if missions:
            opening["missions"] = missions
        if i % 2 == 0:
            opening["tools"] = ["Canva", "Notion", "Google Analytics 4", "C++ <beta>"][: 1 + i % 4]
        if i % 5 == 2:
            opening["languages"] = [{"language": ["en", "de", "es"][i % 3], "level": ["B2", "C1", "B1"][i % 3],
                                     "why": {"fr": "Échanger avec les équipes d'Europe du Nord", "en": "Work with the teams of Northern Europe"}}]
        if i % 4 == 2:
            opening["education"] = ["bachelor degree", "associate degree", "postgraduate degree"][i % 3]
        if i % 6 == 4:
            opening["title"] = {"fr": f"{role.title.fr} – pôle {i} (F/H)", "en": f"{role.title.en} – unit {i}"}
        if i % 5 == 3:
            opening["apply"] = {"email": f"jobs+{i}@atelier-lumen.example"}
        elif i % 5 == 4:
            opening["apply"] = {"url": f"https://atelier-lumen.example/jobs/{i}?ref=guide&lang=fr"}
            if i % 2 == 0:
                opening["apply"]["direct"] = True
        found.append(opening)
    return found


def _write_openings(folder: Path, openings: dict[str, dict]) -> None:
    """Opening files beside a copy of the example company, as a team keeps them."""
    (folder / "openings").mkdir(parents=True)
    shutil.copy(COMPANY, folder / "company.yml")
    for name, opening in openings.items():
        data = {**opening, "company": "../company.yml"}
        (folder / "openings" / f"{name}.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                                          encoding="utf-8")


_FILES = """(states) => {
  const studio = window.rolegenStudio, out = {};
  for (const [name, state] of Object.entries(states)) {
    studio.restore(state);
    studio.update();
    const errors = Array.from(document.querySelectorAll('.rolegen-studio-error')).map(e => e.textContent).filter(Boolean);
    if (errors.length) { out[name] = {errors}; continue; }
    const files = {};
    for (const lang of ['fr', 'en']) {
      for (const kind of ['md', 'html', 'txt', 'jsonld', 'docx']) {
        const f = studio.file(kind, lang);
        files[`${lang}.${kind}`] = kind === 'docx' ? btoa(Array.from(f.body, c => String.fromCharCode(c)).join('')) : f.body;
      }
    }
    files.yaml = studio.file('yaml').body;
    out[name] = {files, ms: studio.lastMs};
  }
  return out;
}"""


def _word_texts(files: list[Path], work: Path) -> dict[Path, str]:
    """The text LibreOffice reads in each Word file (one run, a private profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is required (make setup-test installs it)"
    out = work / "txt"
    for i in range(0, len(files), 40):
        subprocess.run([soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--convert-to",
                        "txt:Text (encoded):UTF8", "--outdir", str(out), *map(str, files[i:i + 40])],
                       check=True, capture_output=True, timeout=600)
    return {path: (out / f"{path.stem}.txt").read_text(encoding="utf-8") for path in files}


def test_the_studio_writes_what_the_command_line_writes(page, base_url: str, kb, tmp_path: Path) -> None:
    examples = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
                for p in sorted((ROOT / "examples" / "openings").glob("*.yml"))}
    generated = {f"generated-{i:02d}": o for i, o in enumerate(generated_openings(kb))}
    openings = {**{k: {key: v for key, v in o.items() if key != "company"} for k, o in examples.items()}, **generated}
    assert len(generated) >= 30 and {(o["role"], o["seniority"]) for o in generated.values()} == {
        (r.id, e.level) for r in kb.roles.values() for e in r.seniority}
    _write_openings(tmp_path, openings)
    _open(page, base_url)
    found = page.evaluate(_FILES, {name: form_state(o) for name, o in openings.items()})
    word_pairs = []
    for name in openings:
        result = found[name]
        assert "errors" not in result, (name, result)
        vacancy = load_opening(tmp_path / "openings" / f"{name}.yml", kb)
        for lang in ("fr", "en"):
            posting = render_opening(kb, vacancy, lang)
            for fmt in TEXT_FORMATS:
                assert result["files"][f"{lang}.{fmt}"] == posting.output(fmt), (name, lang, fmt)
            ours, theirs = tmp_path / "studio" / f"{name}.{lang}.docx", tmp_path / "cli" / f"{name}.{lang}.docx"
            ours.parent.mkdir(exist_ok=True)
            theirs.parent.mkdir(exist_ok=True)
            ours.write_bytes(base64.b64decode(result["files"][f"{lang}.docx"]))
            theirs.write_bytes(posting.output("docx"))
            word_pairs.append((ours, theirs))
        # the studio's own opening file says the same as the one it was filled from
        written = yaml.safe_load(result["files"]["yaml"])
        assert written["company"] == "../company.yml"
        assert _normal({k: v for k, v in written.items() if k != "company"}) == _normal(openings[name]), name
    texts = _word_texts([path for pair in word_pairs for path in pair], tmp_path)
    for ours, theirs in word_pairs:
        assert texts[ours] == texts[theirs], ours.name
        assert len(texts[ours]) > 500


def _normal(opening: dict) -> dict:
    """An opening as the studio writes it: numbers as numbers, every mapping as it is."""
    return json.loads(json.dumps(opening, default=str))


def _download(page, selector: str, folder: Path) -> Path:
    with page.expect_download() as info:
        page.click(selector)
    download = info.value
    path = folder / download.suggested_filename
    download.save_as(path)
    return path


def test_a_posting_from_an_empty_form_is_the_posting_of_its_opening_file(page, base_url: str, tmp_path: Path) -> None:
    _open(page, base_url)
    page.click("[data-studio-reset]")
    page.wait_for_selector("[data-studio-downloads] button:not([disabled])")
    folder = tmp_path / "project" / "openings"
    folder.mkdir(parents=True)
    shutil.copy(COMPANY, tmp_path / "project" / "company.yml")
    opening = _download(page, "[data-download=yaml]", folder)
    assert opening.suffix == ".yml" and opening.read_text(encoding="utf-8").startswith("# An opening")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    files = {}
    for lang in ("fr", "en"):
        for fmt in ("docx", "html", "txt", "md", "jsonld"):
            files[(lang, fmt)] = _download(page, f"[data-download={fmt}][data-lang={lang}]", downloads)
        page.reload()  # Chromium stops a page's downloads after ten; the form comes back from the address
        page.wait_for_selector("[data-studio-ready=true]", state="attached")
    cli = [str(Path(sys.executable).parent / "rolegen"), "posting", "--roles", str(ROOT / "roles"), "--opening", str(opening)]
    word_pairs = []
    for (lang, fmt), path in files.items():
        assert path.name == f"{opening.stem}.{lang}.{fmt}"
        if fmt == "docx":
            theirs = tmp_path / "cli" / path.name
            theirs.parent.mkdir(exist_ok=True)
            subprocess.run([*cli, "--lang", lang, "--format", "docx", "-o", str(theirs)], check=True, capture_output=True)
            word_pairs.append((path, theirs))
            continue
        done = subprocess.run([*cli, "--lang", lang, "--format", fmt], check=True, capture_output=True)
        assert path.read_bytes() == done.stdout, (lang, fmt)
    texts = _word_texts([p for pair in word_pairs for p in pair], tmp_path)
    for ours, theirs in word_pairs:
        assert texts[ours] == texts[theirs] and len(texts[ours]) > 500


def test_typing_updates_both_postings_within_100_ms(page, base_url: str) -> None:
    _open(page, base_url)
    page.click("[data-studio-reset]")
    samples = []
    for role in ("community-manager", "content-strategist", "traffic-manager"):
        page.select_option("#studio-role", role)
        for field, text in (("#studio-pay_min", "41250"), ("#studio-title_fr", "Chargée de contenus (H/F)"),
                            ("#studio-add_fr", "Animer le réseau des partenaires")):
            page.fill(field, "")
            page.focus(field)
            before = page.evaluate("window.rolegenStudio.timings.length")
            page.keyboard.type(text)
            samples += page.evaluate(f"window.rolegenStudio.timings.slice({before})")
            page.fill(field, "")
    assert len(samples) >= 100
    samples.sort()
    p95 = samples[int(len(samples) * 0.95)]
    print(f"studio keystrokes: {len(samples)}, median {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms, "
          f"max {samples[-1]:.1f} ms")
    assert p95 < 100, samples[-10:]
    assert page.locator('[data-studio-preview="fr"] h1').inner_text() == "Traffic manager (H/F)"


def test_the_form_survives_a_reload_and_travels_in_the_address(page, base_url: str, browser_context) -> None:
    _open(page, base_url)
    page.click("[data-studio-reset]")
    page.select_option("#studio-role", "copywriter")
    page.fill("#studio-reference", "COPY-42")
    page.fill("#studio-tools", "Notion, Antidote")
    page.reload()
    page.wait_for_selector("[data-studio-ready=true]", state="attached")
    assert page.input_value("#studio-reference") == "COPY-42" and page.input_value("#studio-role") == "copywriter"
    address = page.url
    assert "reference=COPY-42" in address
    other = browser_context.new_page()
    other.goto(address)
    other.wait_for_selector("[data-studio-ready=true]", state="attached")
    assert other.input_value("#studio-tools") == "Notion, Antidote"
    assert "Antidote" in other.locator('[data-studio-preview="en"]').inner_text()
    other.close()


def test_errors_are_said_next_to_their_field(page, base_url: str) -> None:
    _open(page, base_url, "en")
    page.click("[data-studio-reset]")
    page.fill("#studio-pay_min", "lots")
    page.fill("#studio-title_fr", "Rédacteur web")
    assert page.get_attribute("#studio-pay_min", "aria-invalid") == "true"
    assert page.inner_text("#studio-pay_min-error") == "a positive number, for example 38000"
    assert "H/F" in page.inner_text("#studio-title_fr-error")
    assert page.inner_text("#studio-title_en-error") == "give it in French and in English"
    assert page.locator("[data-studio-downloads] button:not([disabled])").count() == 0
    assert "field(s) to correct" in page.inner_text("[data-studio-status]")


def test_the_role_page_and_the_home_page_lead_to_the_studio(page, base_url: str) -> None:
    page.goto(f"{base_url}/fr/roles/traffic-manager/")
    page.click("text=Rédiger une offre pour ce métier")
    page.wait_for_selector("[data-studio-ready=true]", state="attached")
    assert page.input_value("#studio-role") == "traffic-manager"
    assert page.locator('[data-studio-preview="fr"] h1').inner_text() == "Traffic manager (H/F)"
    page.goto(f"{base_url}/en/")
    page.click("text=Write the posting of your job")
    page.wait_for_selector("[data-studio-ready=true]", state="attached")


def test_the_studio_works_with_the_keyboard_alone(page, base_url: str, tmp_path: Path) -> None:
    _open(page, base_url)
    page.click("[data-studio-reset]")
    page.focus("#studio-role")
    page.keyboard.press("End")  # the last role
    assert page.input_value("#studio-role") == "traffic-manager"
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('[data-download=md][data-lang=fr]')"):
            break
    else:
        pytest.fail("Tab never reached the downloads")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename.endswith(".fr.md")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_serious_accessibility_violation_and_screenshots(page, base_url: str, axe_source: str, lang: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in (1366, 390):
        page.set_viewport_size({"width": width, "height": 900})
        _open(page, base_url, lang, "#role=content-strategist&seniority=senior&pay_min=50000&pay_max=58000"
                                    "&tools=Notion%2C%20Semrush&asap=1")
        page.add_script_tag(content=axe_source)
        violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
        serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations
                   if v["impact"] in ("serious", "critical")]
        assert serious == []
        page.screenshot(path=str(SHOTS / f"studio-{lang}-{width}.png"))
        page.locator(".rolegen-studio-output").screenshot(path=str(SHOTS / f"studio-{lang}-{width}-posting.png"))


def test_what_is_typed_stays_text_in_the_posting_and_its_files(page, base_url: str) -> None:
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    _open(page, base_url, "en", "#role=copywriter&tools=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
                                "&add_fr=%3Cscript%3Ealert(2)%3C%2Fscript%3E&add_en=**x**%20%7B%7B%207*7%20%7D%7D%20%5Blink%5D(javascript%3Aalert(3))"
                                "&company_name=%3Cb%3EEvil%3C%2Fb%3E%20%26%20Co")
    page.wait_for_timeout(200)
    assert dialogs == []
    assert page.locator("[data-studio-preview] img, [data-studio-preview] script, [data-studio-preview] b").count() == 0
    assert page.locator("[data-studio-preview] a[href^=javascript]").count() == 0
    assert "<script>alert(2)</script>" in page.locator('[data-studio-preview="fr"]').inner_text()
    english = page.locator('[data-studio-preview="en"]').inner_text()
    assert "**x** {{ 7*7 }} [link](javascript:alert(3))" in english and "<b>Evil</b> & Co" in english
    html = page.evaluate("window.rolegenStudio.file('html', 'en').body")
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


_FINDINGS = """(states) => {
  const studio = window.rolegenStudio, out = {};
  for (const [name, state] of Object.entries(states)) {
    studio.restore(state);
    studio.update();
    out[name] = {};
    for (const lang of ['fr', 'en']) {
      const posting = studio.rendered.postings[lang];
      out[name][lang] = {markdown: posting.markdown,
                         findings: studio.findings(posting.markdown, lang).findings.map(f => [f.rule, f.line, f.column, f.excerpt])};
    }
  }
  return out;
}"""


def test_the_studio_checks_the_posting_as_the_command_line_does(page, base_url: str, kb) -> None:
    from rolegen.adcheck import check

    openings = {f"generated-{i:02d}": o for i, o in enumerate(generated_openings(kb, 12))}
    openings["hostile-words"] = {**openings["generated-00"], "reference": "WORDS-1", "missions": {"add": [
        {"fr": "Jeune et dynamique, photo exigée, salaire selon profil", "en": "Young and dynamic digital native, photo required"}]}}
    _open(page, base_url)
    found = page.evaluate(_FINDINGS, {name: form_state(o) for name, o in openings.items()})
    total = 0
    for name, langs in found.items():
        for lang, result in langs.items():
            report = check(result["markdown"], lang=lang, fmt="md", known=("french-version", "pay-range", "date"))
            expected = [[f.rule, f.line, f.column, f.excerpt] for f in report.findings]
            assert result["findings"] == expected, (name, lang)
            total += len(expected)
    assert total > 0 and any(f[0] == "age-criterion" for f in found["hostile-words"]["fr"]["findings"])


def test_an_american_company_gets_an_american_word_file(page, base_url: str, kb, tmp_path: Path) -> None:
    import io
    import zipfile

    _open(page, base_url, "en", "#role=copywriter&english=en-US&company_name=Studio%20Nord%20%26%20Co")
    data = page.evaluate("Array.from(window.rolegenStudio.file('docx', 'en').body)")
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    assert '<w:lang w:val="en-US"' in archive.read("word/styles.xml").decode()
    assert '<w:pgSz w:w="12240" w:h="15840"/>' in archive.read("word/document.xml").decode()
    written = yaml.safe_load(page.evaluate("window.rolegenStudio.file('yaml').body"))
    assert written["company"]["english"] == "en-US" and written["company"]["name"] == "Studio Nord & Co"
    # the profile written in the opening file: the command line reads it and writes the same posting
    opening = tmp_path / "copy.yml"
    opening.write_text(page.evaluate("window.rolegenStudio.file('yaml').body"), encoding="utf-8")
    posting = render_opening(kb, load_opening(opening, kb), "en")
    for fmt in TEXT_FORMATS:
        assert page.evaluate(f"window.rolegenStudio.file('{fmt}', 'en').body") == posting.output(fmt), fmt
