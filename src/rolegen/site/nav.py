"""The navigation of one language: sections per family, long sections cut in parts.

The engine writes the navigation into every page; with the theme's
``navigation.prune`` only the open sections' entries are written. Keeping
each section, the list of families included, under ``NAV_CHUNK`` entries
bounds what a page carries, so the build stays linear in the number of roles
(a list of every family on every page would grow with the square).
"""

from __future__ import annotations

from rolegen.textutil import fold
from rolegen.site import context as paths
from rolegen.site.context import NAV_CHUNK, Guide, chunks


def nav_label(text: str) -> str:
    """A title as the theme writes it into HTML without escaping: no tag, no entity can form.

    The theme prints navigation titles raw and later strips tags from them and
    unescapes them for ``<title>``: ``&`` is escaped once (so it survives
    both) and angle brackets, which one unescape would turn back into tags,
    are replaced by look-alike quotation marks.
    """
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "‹").replace(">", "›")


def _section(title: str, entries: list[dict], first: dict | None = None) -> dict:
    """A navigation section; over NAV_CHUNK entries it is split into parts named by their ends."""
    head = [first] if first else []
    if len(entries) <= NAV_CHUNK:
        return {title: head + entries}
    parts = []
    for part in chunks(entries):
        first_label, last_label = next(iter(part[0])), next(iter(part[-1]))
        parts.append({f"{first_label} – {last_label}": part})
    return {title: head + parts}


def build_nav(guide: Guide, lang: str, w: dict[str, str], compare_entries: list[dict]) -> list:
    """The ``nav`` of one language's configuration."""
    kb = guide.kb
    # The roles by title, A to Z (what HR looks for), after the page that lists them all; the families,
    # a second way in, as their overview pages. Each role page is in the navigation once, so the previous
    # and next links of a role page name the roles around it.
    roles = sorted(kb.roles, key=lambda rid: fold(kb.roles[rid].title[lang]))
    role_entries = [{nav_label(kb.roles[rid].title[lang]): paths.role_page(rid)} for rid in roles]
    family_entries = sorted(({nav_label(kb.families[fid].label[lang]): paths.family_page(fid)} for fid in guide.families),
                            key=lambda entry: fold(next(iter(entry))))
    by_family = _section(nav_label(w["by_family"]), family_entries)
    skills = sorted(guide.skill_roles, key=lambda sid: fold(kb.skills[sid].label[lang]))
    skill_entries = [{nav_label(kb.skills[sid].label[lang]): paths.skill_page(sid)} for sid in skills]
    return [
        {nav_label(w["home"]): "index.md"},
        {nav_label(w["finder"]): paths.FINDER},
        _section(nav_label(w["roles"]), [*_section("", role_entries)[""], by_family],
                 {nav_label(w["roles_az"]): paths.ROLES_INDEX}),
        {nav_label(w["compare"]): compare_entries},
        {nav_label(w["relations"]): paths.RELATIONS},
        _section(nav_label(w["skills"]), skill_entries, {nav_label(w["skills_index"]): paths.SKILLS}),
        {nav_label(w["glossary"]): paths.GLOSSARY},
        {nav_label(w["kpi_definitions"]): paths.KPIS},
        {nav_label(w["sources"]): paths.SOURCES},
        {nav_label(w["tags"]): paths.TAGS},
        {nav_label(w["studio"]): paths.STUDIO},
        {nav_label(w["check_ad"]): paths.CHECK_AD},
    ]


def compare_nav(lang: str, w: dict[str, str], sources: list[tuple[str, str]], levels: list[str] | None = None,
                kb=None) -> list[dict]:
    """The Compare section: how to, the picker, the sources' comparisons, the matrices."""
    matrices = [{nav_label(w[section]): paths.matrix_page(section)} for section in paths.matrix_sections()]
    matrices.append({nav_label(w["overlap"]): paths.OVERLAP})
    entries = [{nav_label(w["compare_home"]): paths.COMPARE}, {nav_label(w["pick"]): paths.PICK}]
    if sources:
        entries.append({nav_label(w["source_comparisons"]): [{nav_label(t): paths.comparison_page(c)} for c, t in sources]})
    if levels:
        entries.append(_section(nav_label(w["levels_compare"]),
                                [{nav_label(kb.families[fid].label[lang]): paths.levels_page(fid)} for fid in levels]))
    entries.append({nav_label(w["matrices"]): matrices})
    return entries
