"""Write a synthetic knowledge base of N roles, for benchmarks.

    python benchmarks/make_kb.py N OUT

OUT becomes a roles folder (role files and vocabulary/). The same N always
gives the same bytes. Sizes follow the real roles in roles/: each section has
as many items as a real role picked at random, and the texts are real
sentences (French and English pairs) drawn from them, so file and page sizes
are realistic. Vocabularies grow with N (300 skills at N = 1,000); reporting
lines form a tree within each family; every reference resolves, so the result
passes `rolegen validate`.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rolegen import load  # noqa: E402
from rolegen.knowledge.export import dump_model  # noqa: E402

TEXT_LISTS = ("responsibilities", "daily_activities", "grey_zones", "facts")


def sizes(n: int) -> dict[str, int]:
    """How many entries each vocabulary has for N roles."""
    return {
        "families": max(5, n // 40),
        "skills": max(44, (3 * n) // 10),
        "kpis": max(24, n // 10),
        "backgrounds": max(14, n // 20),
        "teams": max(13, n // 20),
        "glossary": max(44, n // 10),
    }


def _pool(real) -> dict[str, list[dict]]:
    """Real texts by kind, as {fr, en} dicts."""
    roles = list(real.roles.values())
    pool: dict[str, list] = {kind: [] for kind in (*TEXT_LISTS, "summary", "about", "why", "notes", "basis")}
    for role in roles:
        for kind in TEXT_LISTS:
            pool[kind] += [t.model_dump() for t in getattr(role, kind)]
        pool["summary"].append(role.summary.model_dump())
        pool["about"] += [c.about.model_dump() for c in role.collaborations]
        pool["why"] += [d.why.model_dump() for d in role.not_to_confuse_with]
        if role.reporting_notes:
            pool["notes"].append(role.reporting_notes.model_dump())
        pool["basis"] += [list(s.basis) for s in role.skills if s.basis]
    return pool


def _vocabulary(real, n: int) -> dict[str, list[dict]]:
    vocab = {}
    for kind, count in sizes(n).items():
        models = list(real.vocabulary(kind).values())
        entries = []
        for i in range(count):
            entry = dump_model(models[i % len(models)])
            entry["id"] = f"{kind[:-1] if kind != 'glossary' else 'term'}-{i:04d}"
            entry["label"] = {lang: f"{text} {i}" for lang, text in entry["label"].items()}
            if kind == "glossary":
                entry["aliases"] = [f"{a} {i}" for a in entry.get("aliases", [])]
            entries.append(entry)
        vocab[kind] = entries
    vocab["sources"] = [dump_model(s) for s in real.sources.values()]  # a handful, whatever N
    vocab["seniority"] = [dump_model(entry) for entry in real.seniority.values()]  # fixed levels, in order
    return vocab


def _role(i: int, n: int, rnd: random.Random, real_roles, pool, vocab, family_of, parent, children) -> dict:
    model = real_roles[i % len(real_roles)]
    pick = lambda kind, count: rnd.sample(pool[kind], min(count, len(pool[kind])))  # noqa: E731
    ids = lambda kind, count: [e["id"] for e in rnd.sample(vocab[kind], count)]  # noqa: E731
    basis = lambda: rnd.choice(pool["basis"])  # noqa: E731
    role_id = f"role-{i:05d}"
    same_family = [j for j in range(family_of[i], n, len(vocab["families"])) if j != i]
    partners = rnd.sample(same_family, min(3, len(same_family))) if same_family else []
    kpis = ids("kpis", len(model.kpis))
    role = {
        "id": role_id,
        "title": {lang: f"{text} {i}" for lang, text in model.title.model_dump().items()},
        "aliases": [f"{alias} {i}" for alias in model.aliases],
        "family": vocab["families"][family_of[i]]["id"],
        "level": model.level,
        "found_in": list(model.found_in),
        "summary": rnd.choice(pool["summary"]),
        "responsibilities": pick("responsibilities", len(model.responsibilities)),
        "skills": [{"skill": s, "need": rnd.choice(["essential", "essential", "optional"]), "basis": basis()}
                   for s in ids("skills", len(model.skills))],
        "backgrounds": ids("backgrounds", len(model.backgrounds)),
        "daily_activities": pick("daily_activities", len(model.daily_activities)),
        "collaborations": [{"with": w, "about": rnd.choice(pool["about"]), "basis": basis()}
                           for w in [f"role-{j:05d}" for j in partners] + ids("teams", 3)],
        "kpis": kpis,
        "kpi_basis": {k: basis() for k in kpis},
        "reports_to": [f"role-{parent[i]:05d}"] if parent[i] is not None else [],
        "manages": [f"role-{j:05d}" for j in children.get(i, [])],
        "reporting_notes": rnd.choice(pool["notes"]),
        "not_to_confuse_with": [{"role": f"role-{j:05d}", "why": rnd.choice(pool["why"]), "basis": basis()}
                                for j in partners[:2]],
        "grey_zones": pick("grey_zones", len(model.grey_zones)),
        "facts": pick("facts", len(model.facts)),
        "sources": [s["id"] for s in vocab["sources"]],
    }
    if model.codes is not None:
        role["codes"] = dump_model(model.codes)
    role["seniority"] = _levels(model, role, rnd)
    return {key: value for key, value in role.items() if value != []}


def _levels(model, role: dict, rnd: random.Random) -> list[dict]:
    """The model role's levels, their skills and KPIs drawn from the synthetic role's own."""
    skills = [s["skill"] for s in role["skills"]]
    levels = []
    for entry in model.seniority:
        level = dump_model(entry)
        level["skills"] = rnd.sample(skills, min(len(entry.skills), len(skills)))
        level["kpis"] = rnd.sample(role["kpis"], min(len(entry.kpis), len(role["kpis"])))
        levels.append({key: value for key, value in level.items() if value != []})
    return levels


def make_kb(n: int, out: Path, real_dir: Path = ROOT / "roles") -> None:
    """Write N synthetic roles and their vocabularies into the folder ``out``."""
    real = load(real_dir)
    rnd = random.Random(n)
    pool = _pool(real)
    vocab = _vocabulary(real, n)
    families = len(vocab["families"])
    family_of = [i % families for i in range(n)]
    parent: list[int | None] = []
    for i in range(n):
        earlier = [j for j in range(i - families, -1, -families)][:8]  # same family, a few steps back
        parent.append(rnd.choice(earlier) if earlier and rnd.random() < 0.8 else None)
    (out / "vocabulary").mkdir(parents=True, exist_ok=True)
    for kind, entries in vocab.items():
        _dump(out / "vocabulary" / f"{kind}.yml", entries)
    children: dict[int, list[int]] = {}
    for child, boss in enumerate(parent):
        if boss is not None:
            children.setdefault(boss, []).append(child)
    real_roles = list(real.roles.values())
    for i in range(n):
        role = _role(i, n, rnd, real_roles, pool, vocab, family_of, parent, children)
        _dump(out / f"{role['id']}.yml", role)


def make_openings(roles: Path, out: Path, every: int = 10) -> None:
    """Write ``out/company.yml`` and ``out/openings/``: one opening for every ``every``-th role of ``roles``.

    A team that keeps 1,000 roles publishes the postings of its vacancies, not of every role: the guide
    benchmark builds with these openings, as the guide publishes them.
    """
    (out / "openings").mkdir(parents=True, exist_ok=True)
    (out / "company.yml").write_text((ROOT / "examples" / "company.yml").read_text(encoding="utf-8"), encoding="utf-8")
    remote = ["on-site", "hybrid", "full-remote"]
    for i, path in enumerate(sorted(roles.glob("*.yml"))[::every]):
        role = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        opening = {"role": role["id"], "seniority": role["seniority"][i % len(role["seniority"])]["level"],
                   "company": "../company.yml", "reference": f"SYN-{i:05d}",
                   "salary": {"min": 32000 + 50 * i, "max": 38000 + 50 * i, "currency": "EUR", "period": "year",
                              "gross": True},
                   "date_posted": "2026-11-23", "valid_through": "2027-01-31", "remote": remote[i % 3]}
        if opening["remote"] == "full-remote":
            opening["remote_countries"] = ["FR", "BE"]
        text = yaml.safe_dump(opening, allow_unicode=True, sort_keys=False)
        text = text.replace("'2026-11-23'", "2026-11-23").replace("'2027-01-31'", "2027-01-31")
        (out / "openings" / f"{role['id']}.yml").write_text(text, encoding="utf-8")


def _dump(path: Path, data) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[0].isdigit() or int(argv[0]) < 2:
        print("usage: python benchmarks/make_kb.py N OUT   (N >= 2 roles, OUT a new folder)", file=sys.stderr)
        return 2
    out = Path(argv[1])
    if out.exists() and any(out.iterdir()):
        print(f"make_kb: {out} is not empty; give a new folder", file=sys.stderr)
        return 2
    make_kb(int(argv[0]), out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
