"""The floors rolegen is measured against: the least work that produces the same result.

    python benchmarks/floors.py parse ROLES_DIR
        parse every YAML file of a roles folder with yaml.CSafeLoader, nothing else
    python benchmarks/floors.py postings ROLES_DIR COMPANY OUT
        the same YAML parsed with the C loader, the same posting templates rendered with a bare
        jinja2.Environment (no sandbox, no escaping, no checks), writing the same 4 files per role and language
    python benchmarks/floors.py engine ENGINE WORK_DIR
        the engine alone building the pages rolegen generated in WORK_DIR/fr and WORK_DIR/en, both languages
        at once in two processes, with the command line and environment rolegen gives it
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "postings"


def parse(roles: Path) -> list:
    """Every YAML file of ``roles`` (and its vocabulary) parsed with the C loader."""
    import yaml

    files = sorted(roles.glob("*.yml")) + sorted((roles / "vocabulary").glob("*.yml"))
    return [yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for path in files]


def _context(role: dict, vocab: dict, company: dict, lang: str) -> dict:
    label = lambda kind, key: vocab[kind][key]["label"][lang]  # noqa: E731
    partner = lambda key: vocab["roles"][key]["title"][lang] if key in vocab["roles"] else label("teams", key)  # noqa: E731
    salary = company["salary"]
    return {
        "lang": lang, "title": role["title"][lang], "role_id": role["id"], "summary": role["summary"][lang],
        "responsibilities": [t[lang] for t in role["responsibilities"]],
        "daily_activities": [t[lang] for t in role["daily_activities"]],
        "collaborations": [{"partner": partner(c["with"]), "about": c["about"][lang]} for c in role["collaborations"]],
        "essential_skills": [label("skills", s["skill"]) for s in role["skills"] if s["need"] == "essential"],
        "optional_skills": [label("skills", s["skill"]) for s in role["skills"] if s["need"] == "optional"],
        "kpis": [{"label": label("kpis", k), "definition": vocab["kpis"][k]["definition"][lang]} for k in role["kpis"]],
        "backgrounds": [label("backgrounds", b) for b in role["backgrounds"]],
        "placeholders": False,
        "company": {"name": company["name"], "about": company["about"][lang], "website": company.get("website")},
        "locations": [f"{loc.get('street', '')}, {loc.get('postal_code', '')} {loc['city']}" for loc in company["locations"]],
        "remote": company["remote"], "contract": company["contract"],
        "salary": f"{salary['min']} - {salary['max']} {salary['currency']} / {salary['period']}",
        "benefits": [b[lang] for b in company.get("benefits", [])],
        "apply": {**company["apply"], "text": ""}, "date_posted": str(company["date_posted"]),
        "valid_through": str(company.get("valid_through", "")), "identifier": company.get("identifier", ""),
    }


def postings(roles: Path, company_file: Path, out: Path) -> None:
    """Render and write ROLE.LANG.{md,html,txt,jsonld} with the least machinery."""
    import jinja2
    import markdown
    import yaml

    data = parse(roles)
    role_files = sorted(roles.glob("*.yml"))
    vocab = {kind: {e["id"]: e for e in yaml.load((roles / "vocabulary" / f"{kind}.yml").read_text(encoding="utf-8"),
                                                    Loader=yaml.CSafeLoader)}
             for kind in ("skills", "kpis", "backgrounds", "teams")}
    vocab["roles"] = {d["id"]: d for d in data[: len(role_files)]}
    company = yaml.load(company_file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False)
    env.filters["link"] = lambda url: f"<{url}>"
    page = env.get_template("page.html.j2")
    out.mkdir(parents=True, exist_ok=True)
    for role in vocab["roles"].values():
        for lang in ("fr", "en"):
            ctx = _context(role, vocab, company, lang)
            md = env.get_template(f"posting.{lang}.md.j2").render(ctx)
            ld = json.dumps({"@context": "https://schema.org/", "@type": "JobPosting", "title": ctx["title"],
                             "description": md, "datePosted": ctx["date_posted"]}, ensure_ascii=False, indent=2)
            body = markdown.markdown(md)
            name = out / f"{role['id']}.{lang}"
            Path(f"{name}.md").write_text(md, encoding="utf-8")
            Path(f"{name}.html").write_text(page.render(lang=lang, title=ctx["title"], company_name=company["name"],
                                                        body=body, jsonld=ld), encoding="utf-8")
            text = "\n\n".join(textwrap.fill(p, 78) for p in re.sub(r"<[^>]+>", "", body).split("\n\n"))
            Path(f"{name}.txt").write_text(text, encoding="utf-8")
            Path(f"{name}.jsonld").write_text(ld, encoding="utf-8")


def engine(name: str, work: Path) -> int:
    """``ENGINE build`` of both languages' folders at once, as ``rolegen build`` runs them; the worst exit code."""
    import subprocess

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from rolegen.site import engines

    engine = engines.get(name)
    processes = [subprocess.Popen(engine.build_command(work / lang / "mkdocs.yml"), env=engine.environment(),
                                  cwd=work / lang, stdout=subprocess.DEVNULL) for lang in ("fr", "en")]
    return max(process.wait() for process in processes)


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "parse":
        parse(Path(argv[1]))
        return 0
    if len(argv) == 4 and argv[0] == "postings":
        postings(Path(argv[1]), Path(argv[2]), Path(argv[3]))
        return 0
    if len(argv) == 3 and argv[0] == "engine":
        return engine(argv[1], Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
