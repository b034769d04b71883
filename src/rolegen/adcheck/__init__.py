"""Check any job ad against French and EU law: text in, findings out.

Public API::

    check(text, *, path="-", lang=None, fmt="txt", fragment=False, ruleset=None, ignore=(), known=()) -> Report
    check_file(path, *, lang=None, fragment=False, ruleset=None, ignore=()) -> Report
    load_ruleset(user_file=None, jurisdiction="fr") -> Ruleset

Independent of roles and companies. Rules are data (``rules/*.yml``); the
guide's checker page runs the same rules in the browser (see
:mod:`rolegen.adcheck.export`).
"""

from __future__ import annotations

from rolegen.adcheck.engine import Coding, Finding, Report
from rolegen.adcheck.categories import CATEGORIES
from rolegen.adcheck.visible import check  # the engine's check, on the text a reader sees
from rolegen.adcheck.ruleset import Ruleset, default_ruleset, load_ruleset

__all__ = ["CATEGORIES", "Coding", "Finding", "Report", "Ruleset", "check", "check_file", "default_ruleset",
           "load_ruleset"]


def check_file(path: str, **options) -> Report:
    """Read an ad (.txt, .md, .html, .docx) and check it; raises :class:`rolegen.adcheck.readers.Unreadable`."""
    from rolegen.adcheck.readers import read_ad

    ad = read_ad(path)
    return check(ad.text, path=path, fmt=ad.fmt, title=ad.title, remap=ad.remap, **options)
