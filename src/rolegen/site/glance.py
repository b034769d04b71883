"""A role at a glance: the block at the top of a role page.

Family, level and seniority levels, where the role is found, its essential
skills as chips, the three closest roles with their overlap as bars (each a
link to the pair side by side in the picker), and its reporting line as a
small diagram. Written as raw HTML (the engine pastes it as it is): every
text is escaped and every link is a final URL.
"""

from __future__ import annotations

import html

from rolegen.compare.overlap import percent
from rolegen.knowledge.model import Role
from rolegen.site.basis import BasisMarks
from rolegen.site import context as paths
from rolegen.site.escape import Md
from rolegen.site.links import PageLinks
from rolegen.site.tables import short_title


def _h(text: str) -> str:
    return html.escape(" ".join(str(text).split()), quote=True)


def _a(p: PageLinks, target: str, label: str, extra: str = "") -> str:
    return f'<a href="{_h(p.url(target))}"{extra}>{_h(label)}</a>'


def glance(role: Role, p: PageLinks, w: dict[str, str], closest: list[tuple[str, float]],
           marks: BasisMarks | None = None) -> Md:
    """The at-a-glance block of ``role``; ``closest`` is (role id, overlap score), best first; ``marks`` adds the
    basis of the level and of each place."""
    lang, kb = p.lang, p.kb
    level_mark = marks.level() if marks else ""
    facts = [(w["family"], _a(p, paths.family_page(role.family), kb.families[role.family].label[lang])),
             (w["level"], _h(w[role.level]) + level_mark)]
    if role.seniority:
        levels = " · ".join(_a(p, f"{paths.role_page(role.id)}#level-{entry.level}",
                               kb.seniority[entry.level].label[lang]) for entry in role.seniority)
        facts.append((w["seniority_levels"], levels))
    if role.found_in:
        facts.append((w["found_in"], ", ".join(_h(w[place]) + (marks.place(place) if marks else "")
                                               for place in role.found_in)))
    parts = ['<div class="rolegen-glance">', '<dl class="rolegen-facts">']
    parts += [f"<div><dt>{_h(term)}</dt><dd>{value}</dd></div>" for term, value in facts]
    parts.append("</dl>")
    essential = [need.skill for need in role.skills if need.need == "essential"]
    if essential:
        chips = "".join(f"<li>{_a(p, paths.skill_page(sid), kb.skills[sid].label[lang])}</li>" for sid in essential)
        parts.append(f'<div class="rolegen-glance__part"><p class="rolegen-glance__label">{_h(w["essential_skills"])}'
                     f'</p><ul class="rolegen-chips">{chips}</ul></div>')
    if closest:
        parts.append(_bars(role, p, w, closest))
    parts.append(_chain(role, p, w))
    parts.append("</div>")
    return Md("\n".join(parts) + "\n")


def _bars(role: Role, p: PageLinks, w: dict[str, str], closest: list[tuple[str, float]]) -> str:
    """The closest roles, each a bar as long as the overlap, linking to the pair side by side."""
    items = []
    for other, score in closest:
        value = percent(score)
        href = _h(f"{p.url(paths.PICK)}#{role.id},{other}")
        items.append(f'<li><a href="{href}"><span class="rolegen-bar__name">{_h(short_title(p.title(other)))}</span>'
                     f'<span class="rolegen-bar" aria-hidden="true"><span style="width:{value}%"></span></span>'
                     f'<span class="rolegen-bar__value">{value}\u00a0%</span></a></li>')
    return (f'<div class="rolegen-glance__part"><p class="rolegen-glance__label">{_h(w["closest_roles"])}</p>'
            f'<ul class="rolegen-bars">{"".join(items)}</ul></div>')


def _chain(role: Role, p: PageLinks, w: dict[str, str]) -> str:
    """The reporting line: managers above, the role, the people it manages below."""
    def boxes(ids: list[str], kind: str) -> str:
        inside = [rid for rid in ids if rid in p.kb.roles]
        if not inside:
            return ""
        links = "".join(f"<li>{_a(p, paths.role_page(rid), short_title(p.title(rid)))}</li>" for rid in inside)
        return f'<ul class="rolegen-chain__{kind}" aria-label="{_h(w[kind])}">{links}</ul>'

    up, down = boxes(role.reports_to, "reports_to"), boxes(role.manages, "manages")
    if not up and not down:
        return ""
    me = f'<p class="rolegen-chain__me">{_h(short_title(p.title(role.id)))}</p>'
    arrow = '<p class="rolegen-chain__arrow" aria-hidden="true">↓</p>'
    body = "".join(part for part in (up, arrow if up else "", me, arrow if down else "", down))
    return (f'<div class="rolegen-glance__part"><p class="rolegen-glance__label">{_h(w["reporting_line"])}</p>'
            f'<div class="rolegen-chain">{body}</div></div>')
