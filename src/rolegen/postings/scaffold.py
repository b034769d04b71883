"""The commented skeleton ``rolegen new-opening`` writes: every field, what it means, what to fill in."""

from __future__ import annotations

import datetime as dt
import json

from rolegen.knowledge.base import KnowledgeBase
from rolegen.knowledge.model import Role

_SKELETON = """\
# yaml-language-server: $schema={schema}
# An opening: one vacancy for {title}. Fill in the fields marked TODO, then check it with
#   rolegen check-posting --opening THIS_FILE
# The company profile gives what every opening shares; a field here overrides it.

role: {role}
# Level of experience, one of the role's: {levels}.
seniority: {level}
# Path of the company profile, relative to this file.
company: {company}
# Your reference for this opening; unique across the openings.
reference: {reference}

# TODO: the pay of this opening (required): gross (true) or net (false); variable is optional.
salary:
  min:
  max:
  currency: EUR
  period: year
  gross: true
  # variable: {{fr: "Prime annuelle jusqu'à 10 %", en: "Annual bonus of up to 10%"}}

# Publication date and last day applications are open (it ends at midnight in the company's time zone).
date_posted: {today}
valid_through: {later}

# Place of work: the city of one of the company's locations, or an address:
#   location: {{street: 1 rue Exemple, city: Lyon, postal_code: "69001", country: FR}}
# location: Lyon
# on-site | hybrid | full-remote (full-remote needs remote_countries, e.g. [FR, BE]); default: the company's.
# remote: hybrid
# remote_countries: [FR]
# cdi | cdd | stage | alternance | freelance | interim, full-time | part-time; default: the company's.
# contract: cdi
# hours: full-time
# Start date (YYYY-MM-DD) or asap.
# start: asap

# A title other than the role's; the French one needs (H/F) or both forms.
# title: {{fr: "{title_fr} (H/F)", en: "{title_en}"}}
# The team joined (an id of vocabulary/teams.yml, or a name) and the manager (a role id, or words).
# team: marketing-team                 (or a name: {{fr: "Pôle social", en: "Social team"}})
# manager: {manager}

# Missions added to the role's, and responsibilities of the role left out (by index from 0, or by text).
# missions:
#   add:
#     - {{fr: "...", en: "..."}}
#   drop: [0]
# Tools, and languages other than the ad's with their level (A1 to C2) and why the job needs them.
# tools: [Canva]
# languages:
#   - {{language: en, level: B2, why: {{fr: "...", en: "..."}}}}
# Education required, if any: high school | associate degree | bachelor degree | professional certificate
#   | postgraduate degree
# education: bachelor degree
# How to apply, when it differs from the company's (url or email; direct: true when that page takes the
# application itself).
# apply: {{url: https://example.org/jobs/{reference}, direct: true}}
"""


def opening_skeleton(kb: KnowledgeBase, role: Role, company: str, level: str | None = None,
                     today: dt.date | None = None) -> str:
    """A commented opening for ``role`` whose company profile is at ``company`` (relative to the new file)."""
    day = today or dt.date.today()
    levels = [entry.level for entry in role.seniority]
    manager = role.reports_to[0] if role.reports_to else "head of marketing"
    return _SKELETON.format(
        schema="../schema/opening.schema.json", title=role.title.en, role=role.id,
        levels=", ".join(levels) or "none yet", level=level or (levels[0] if levels else "TODO"),
        company=json.dumps(company), reference=f"{role.id.upper()}-{day.year}-001"[:64], today=day.isoformat(),
        later=(day + dt.timedelta(days=30)).isoformat(), title_fr=role.title.fr.replace('"', "'"),
        title_en=role.title.en.replace('"', "'"), manager=manager,
    )
