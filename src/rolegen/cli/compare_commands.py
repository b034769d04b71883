"""Commands for recruiters: compare, search, related."""

from __future__ import annotations

import click

from rolegen.cli.options import lang_option, load_kb, roles_option



def _role_sections() -> list[str]:
    """The sections a comparison of roles has, as the role model declares them."""
    from rolegen.knowledge.sections import registry

    return registry().compared()


def _level_sections() -> tuple[str, ...]:
    from rolegen.compare.levels import LEVEL_SECTIONS

    return LEVEL_SECTIONS


class _SectionChoice(click.Choice):
    """The sections of roles, then those only levels have; read from the model when first needed."""

    def __init__(self) -> None:
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        roles = _role_sections()
        return (*roles, *(s for s in _level_sections() if s not in roles))

    @choices.setter
    def choices(self, value) -> None:
        pass


@click.command()
@click.argument("names", metavar="ROLE ROLE [ROLE] | ROLE@LEVEL ROLE@LEVEL [ROLE@LEVEL]", nargs=-1)
@roles_option
@lang_option
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True,
              help="text: side-by-side columns; md: one table per section; json: the data the text is made from.")
@click.option("--section", "sections", multiple=True, type=_SectionChoice(),
              help="Only this section (repeat for several).")
@click.option("--all", "all_pairs", is_flag=True, help="Print the overlap of every pair of roles instead.")
def compare(names: tuple[str, ...], roles_dir: str, lang: str, fmt: str, sections: tuple[str, ...],
            all_pairs: bool) -> None:
    """Compare two or three roles side by side, or levels of one role.

    ROLE is an id, an alias (CM, SMM) or a title. For each section: what the
    roles share and what is specific to each; then the overlap of each pair
    and the distinctions the knowledge base records. With --all, the overlap
    of every pair, most similar first.

    ROLE@LEVEL (community-manager@junior community-manager@senior) compares
    seniority levels of one role: experience, scope, responsibilities (the
    role's own and what each level adds), skills that deepen, KPIs owned.
    """
    from rolegen.errors import UsageError

    kb = load_kb(roles_dir)
    if all_pairs:
        if names:
            raise UsageError("--all compares every role; give no ROLE with it")
        return _all_pairs(kb, fmt)
    if not 2 <= len(names) <= 3:
        raise UsageError(f"compare takes two or three roles, got {len(names)}")
    if any("@" in name for name in names):
        return _levels(kb, names, lang, fmt, sections)
    unfit = [s for s in sections if s not in _role_sections()]
    if unfit:
        raise UsageError(f"section '{unfit[0]}' compares levels of one role (ROLE@LEVEL); roles have: "
                         + ", ".join(_role_sections()))
    ids = [kb.find_role(name).id for name in names]
    if len(set(ids)) != len(ids):
        raise UsageError("the same role is named twice: " + ", ".join(f"{n} ({i})" for n, i in zip(names, ids)))
    from rolegen.compare.engine import compare as build

    return _print(build(kb, ids, lang, sections or None), fmt)


def _print(data: dict, fmt: str) -> None:
    if fmt == "json":
        from rolegen.knowledge.export import to_json

        click.echo(to_json(data), nl=False)
        return None
    from rolegen.compare.render import to_markdown, to_text

    click.echo(to_markdown(data) if fmt == "md" else to_text(data), nl=False)
    return None


def _levels(kb, names: tuple[str, ...], lang: str, fmt: str, sections: tuple[str, ...]) -> None:
    """``ROLE@LEVEL ROLE@LEVEL``: levels of one role, through the same renderers."""
    from rolegen.compare.levels import compare_levels
    from rolegen.errors import UsageError
    from rolegen.knowledge.seniority import find_level

    bare = [name for name in names if "@" not in name]
    if bare:
        raise UsageError(f"'{bare[0]}' has no level: compare levels of one role as ROLE@LEVEL ROLE@LEVEL "
                         "(community-manager@junior community-manager@senior), or roles without levels")
    pairs = [name.rsplit("@", 1) for name in names]
    roles = [kb.find_role(role_name) for role_name, _ in pairs]
    if len({role.id for role in roles}) > 1:
        raise UsageError("compare ROLE@LEVEL takes levels of one role; got " + ", ".join(r.id for r in roles)
                         + "; compare roles without @LEVEL")
    levels = [find_level(kb, roles[0], level_id) for _, level_id in pairs]
    if len({entry.level for entry in levels}) != len(levels):
        raise UsageError("the same level is named twice: " + ", ".join(names))
    unfit = [s for s in sections if s not in _level_sections()]
    if unfit:
        raise UsageError(f"section '{unfit[0]}' compares roles; levels of one role have: "
                         + ", ".join(_level_sections()))
    return _print(compare_levels(kb, roles[0], levels, lang, sections or None), fmt)


def _all_pairs(kb, fmt: str) -> None:
    from rolegen.knowledge.export import to_json
    from rolegen.compare.overlap import pairs, percent

    scored = pairs(kb)
    if fmt == "json":
        rows = [{"a": a, "b": b, "score": round(s, 4), "percent": percent(s)} for a, b, s in scored]
        click.echo(to_json(rows), nl=False)
    elif fmt == "md":
        click.echo("| overlap | role | role |\n|---|---|---|")
        for a, b, s in scored:
            click.echo(f"| {percent(s)} % | {a} | {b} |")
    else:
        for a, b, s in scored:
            click.echo(f"{percent(s):>3} %  {a} ~ {b}")


@click.command()
@click.argument("query", nargs=-1, required=True)
@roles_option
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None, help="Search one language only (default: both).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one line per hit and where it matched; json: the hits as data.")
def search(query: tuple[str, ...], roles_dir: str, lang: str | None, fmt: str) -> None:
    """Find roles by title, alias, market title, skill, KPI, background or any text, or by a job-board title.

    Case and accents do not matter ("referencement" finds "référencement");
    every word of QUERY must match, or the query must contain one of the role's names
    ("Chargé de marketing digital H/F - CDI"). Contract, gender and seniority
    words are dropped and words no role uses are ignored (both are said). When
    no role matches, the closest roles are suggested. Hits are ranked; each
    says where it matched.
    """
    from rolegen.compare.search import find

    kb = load_kb(roles_dir)
    text = " ".join(query)
    result = find(kb, text, lang)
    hits = result.hits
    if fmt == "json":
        from rolegen.knowledge.export import to_json

        rows = [{"role": h.role, "score": h.score, "matches": [{"field": k, "text": t} for k, t in h.matches]}
                | ({} if result.exact else {"suggested": True}) for h in hits]
        click.echo(to_json(rows), nl=False)
    if result.ignored:
        click.echo(f"ignored (no role uses them): {', '.join(result.ignored)}", err=True)
    if result.level:
        click.echo(f"seniority level named: {result.level}", err=True)
    if not hits:
        click.echo(f"no role matches '{text}'; 'rolegen list' shows them all", err=True)
        return
    if fmt == "json":
        return
    if not result.exact:
        click.echo(f"no role matches every word of '{text}'; closest roles:", err=True)
    for hit in hits:
        click.echo(f"{hit.role}  (score {hit.score})")
        for kind, text in hit.matches[:3]:
            click.echo(f"    {kind}: {_short(text)}")


def _short(text: str, limit: int = 66) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@click.command()
@click.argument("name", metavar="ROLE")
@roles_option
@lang_option
@click.option("--limit", type=click.IntRange(1), default=5, show_default=True, help="How many close roles to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: the close roles and the reporting chain; json: the same as data.")
def related(name: str, roles_dir: str, lang: str, limit: int, fmt: str) -> None:
    """The roles closest to ROLE by overlap, and its reporting chain up and down."""
    from rolegen.compare.related import related as find

    kb = load_kb(roles_dir)
    data = find(kb, kb.find_role(name).id, limit)
    if fmt == "json":
        from rolegen.knowledge.export import to_json

        click.echo(to_json(data), nl=False)
        return
    title = lambda rid: kb.roles[rid].title[lang]  # noqa: E731
    words = {"fr": ("Rôles proches", "Rend compte à", "Encadre", "aucun"), "en": ("Closest roles", "Reports to",
             "Manages", "none")}[lang]
    end = " :" if lang == "fr" else ":"
    click.echo(f"{title(data['role'])}\n\n{words[0]}{end}")
    for row in data["closest"]:
        click.echo(f"  {row['percent']:>3} %  {title(row['id'])} ({row['id']})")
    for label, key in ((words[1], "up"), (words[2], "down")):
        chain = [", ".join(title(r) for r in level) for level in data[key]]
        click.echo(f"\n{label}{end}\n  " + ("\n  ".join(f"{'  ' * i}{c}" for i, c in enumerate(chain)) or words[3]))


COMMANDS = [compare, search, related]
