"""Postings of N openings x 2 languages x 5 formats (md, html, txt, jsonld, docx), against their floor.

    python benchmarks/openings.py [N]              # rolegen and the floor side by side (N = 1000), prints the ratio
    python benchmarks/openings.py make N DIR       # DIR/company.yml and DIR/openings/ with N openings
    python benchmarks/openings.py floor DIR OUT    # the floor alone

The openings are spread over the real roles and their levels, with their own pay, place, remote policy and
reference. The floor is the same work with the least machinery: the YAML parsed with yaml.CSafeLoader, the same
opening templates rendered with a bare jinja2.Environment (no sandbox, no escaping, no checks), Markdown to HTML,
the same page template, a JSON-LD dump, the plain text, and a Word file written with bare python-docx (one
document reused, style ids looked up once, as rolegen does), into the same 10 files per opening, in one process
(rolegen uses one worker per core: ROLEGEN_JOBS=1 compares one core with one core). rolegen also validates every file, resolves and checks every reference, checks every posting
and writes the folder whole.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import textwrap
from pathlib import Path

import docx
import jinja2
import markdown
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEMPLATES = ROOT / "templates" / "postings"
PLACES = [None, "Lyon", {"street": "5 quai Perrache", "city": "Lyon", "postal_code": "69002", "country": "FR"}]
REMOTE = ["on-site", "hybrid", "full-remote"]


def _load(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def make(n: int, folder: Path) -> Path:
    """``folder/company.yml`` and ``folder/openings/*.yml``: n openings over the real roles and their levels."""
    roles = [_load(path) for path in sorted((ROOT / "roles").glob("*.yml"))]
    pairs = [(role["id"], entry["level"]) for role in roles for entry in role.get("seniority", [])]
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "openings").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "company.yml", folder / "company.yml")
    for i in range(n):
        role, level = pairs[i % len(pairs)]
        remote = REMOTE[i % 3]
        data = {"role": role, "seniority": level, "company": "../company.yml", "reference": f"BENCH-{i:05d}",
                "salary": {"min": 30000 + 100 * i, "max": 36000 + 100 * i, "currency": "EUR", "period": "year",
                           "gross": True},
                "date_posted": "2026-11-23", "valid_through": "2027-01-31", "remote": remote, "start": "asap",
                "tools": ["Canva", "Notion"]}
        if remote == "full-remote":
            data["remote_countries"] = ["FR", "BE"]
        elif PLACES[i % 3] is not None:
            data["location"] = PLACES[i % 3]
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).replace("'2026-11-23'", "2026-11-23")
        (folder / "openings" / f"opening-{i:05d}.yml").write_text(text.replace("'2027-01-31'", "2027-01-31"),
                                                                  encoding="utf-8")
    return folder


def _context(opening: dict, role: dict, vocab: dict, company: dict, lang: str) -> dict:
    label = lambda kind, key: vocab[kind][key]["label"][lang]  # noqa: E731
    level = next(e for e in role["seniority"] if e["level"] == opening["seniority"])
    pay = opening["salary"]
    return {
        "lang": lang, "title": role["title"][lang], "reference": opening["reference"],
        "company": {"name": company["name"], "about": company["about"][lang], "website": company.get("website")},
        "salary": f"{pay['min']} - {pay['max']} {pay['currency']} / {pay['period']}", "variable": "",
        "contract": company["contract"], "locations": [loc["city"] for loc in company["locations"]],
        "remote": opening["remote"], "start": opening["start"], "level": label("seniority", opening["seniority"]),
        "level_profile": level["scope"][lang], "team": "", "manager": "",
        "missions": [t[lang] for t in role["responsibilities"] + level.get("adds", [])],
        "essential_skills": [label("skills", s["skill"]) for s in role["skills"] if s["need"] == "essential"],
        "optional_skills": [label("skills", s["skill"]) for s in role["skills"] if s["need"] == "optional"],
        "tools": opening["tools"], "languages": [], "education": "",
        "backgrounds": [label("backgrounds", b) for b in role["backgrounds"]],
        "benefits": [b[lang] for b in company.get("benefits", [])],
        "process": [s[lang] for s in company.get("process", [])],
        "apply": company["apply"], "date_posted": str(opening["date_posted"]),
        "valid_through": str(opening["valid_through"]),
    }


_BLANK: list = []


def _word(md: str, path: Path) -> None:
    """The Word file with bare python-docx, used as well as rolegen uses it: one document emptied for each
    posting (Word's default template parsed once) and style ids looked up once, as those are python-docx costs,
    not rolegen's."""
    if not _BLANK:
        blank = docx.Document()
        _BLANK.append((blank, {name: blank.styles[name].style_id for name in ("Title", "Heading 1", "List Bullet")}))
    document, ids = _BLANK[0]
    body = document.element.body
    for child in list(body)[:-1]:  # the last child is the page setup (sectPr)
        body.remove(child)
    for line in md.splitlines():
        style = ("Heading 1" if line.startswith("## ") else "Title") if line.startswith("#") else (
            "List Bullet" if line.startswith("- ") else None)
        if not line.strip():
            continue
        paragraph = document.add_paragraph()
        if style:
            paragraph._p.get_or_add_pPr().style = ids[style]
        paragraph.add_run(line.lstrip("#- ") if style else line)
    document.save(str(path))


def floor(folder: Path, out: Path) -> None:
    """Render and write ID.LANG.{md,html,txt,jsonld,docx} for every opening with the least machinery."""
    roles = {path.stem: _load(path) for path in sorted((ROOT / "roles").glob("*.yml"))}
    vocab = {kind: {e["id"]: e for e in _load(ROOT / "roles" / "vocabulary" / f"{kind}.yml")}
             for kind in ("skills", "backgrounds", "seniority")}
    company = _load(folder / "company.yml")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False)
    env.filters["link"] = lambda url: f"<{url}>"
    page = env.get_template("page.html.j2")
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((folder / "openings").glob("*.yml")):
        opening = _load(path)
        for lang in ("fr", "en"):
            ctx = _context(opening, roles[opening["role"]], vocab, company, lang)
            md = env.get_template(f"opening.{lang}.md.j2").render(ctx)
            body = markdown.markdown(md)
            ld = json.dumps({"@context": "https://schema.org/", "@type": "JobPosting", "title": ctx["title"],
                             "description": body, "datePosted": ctx["date_posted"],
                             "identifier": opening["reference"], "baseSalary": opening["salary"]},
                            ensure_ascii=False, indent=2)
            name = out / f"{path.stem}.{lang}"
            Path(f"{name}.md").write_text(md, encoding="utf-8")
            Path(f"{name}.html").write_text(page.render(lang=lang, title=ctx["title"], company_name=company["name"],
                                                        body=body, jsonld=ld), encoding="utf-8")
            text = "\n\n".join(textwrap.fill(p, 72) for p in re.sub(r"<[^>]+>", "", body).split("\n\n"))
            Path(f"{name}.txt").write_text(text, encoding="utf-8")
            Path(f"{name}.jsonld").write_text(ld, encoding="utf-8")
            _word(md, Path(f"{name}.docx"))


def runs(n: int, work: Path, repeat: int) -> dict:
    """rolegen and the floor, run side by side (for benchmarks/run.py)."""
    from measure import side_by_side

    folder = work / f"openings-{n}"
    if not (folder / "openings").is_dir() or len(list((folder / "openings").glob("*.yml"))) != n:
        make(n, folder)
    outs = {"rolegen": work / "openings-rolegen", "floor": work / "openings-floor"}
    return side_by_side({
        "rolegen": [sys.executable, "-m", "rolegen", "postings", "--roles", str(ROOT / "roles"),
                    "--openings", str(folder / "openings"), "--out", str(outs["rolegen"])],
        "floor": [sys.executable, str(Path(__file__).resolve()), "floor", str(folder), str(outs["floor"])],
    }, repeat, prepare=lambda name: shutil.rmtree(outs[name], ignore_errors=True))


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "make":
        make(int(argv[1]), Path(argv[2]))
        return 0
    if len(argv) == 3 and argv[0] == "floor":
        floor(Path(argv[1]), Path(argv[2]))
        return 0
    if len(argv) <= 1 and all(a.isdigit() for a in argv):
        sys.path.insert(0, str(HERE))
        n = int(argv[0]) if argv else 1000
        measured = runs(n, ROOT / "build" / "bench", 3)
        rolegen, base = measured["rolegen"].seconds, measured["floor"].seconds
        print(f"postings of openings, N={n:,} x 2 langs x 5 formats: rolegen {rolegen:.2f} s, floor {base:.2f} s, "
              f"ratio {rolegen / base:.2f}x (target <= 1.5x)")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
