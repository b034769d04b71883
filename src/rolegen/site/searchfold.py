"""Make the theme's search box ignore accents, in French as in English.

Material for MkDocs searches with lunr in a web worker, which loads
``assets/javascripts/lunr/min/lunr.fr.min.js`` for French. rolegen ships that
file in the theme's custom folder: the theme's own copy, then a short script
(``templates/site/searchfold.js``) that folds accents in every indexed word
and every query word (:func:`lunr_fold`). The page text and its highlights
are left as they are; only the index and the queries are folded, so
"referencement" finds "référencement".

Zensical searches with a worker of its own, which already ignores accents
in every language: it needs nothing (the browser tests check both engines).
With another theme, nothing is added.
"""

from __future__ import annotations

from pathlib import Path

LUNR_FR = "assets/javascripts/lunr/min/lunr.fr.min.js"


def _material_file(relative: str) -> Path | None:
    try:
        import material  # the theme's package, where its static files are
    except ImportError:
        return None
    path = Path(material.__file__).parent / "templates" / relative
    return path if path.is_file() else None


def lunr_fold(patch: Path) -> dict[str, bytes]:
    """Theme files (path -> bytes) that fold accents in Material's French search; empty without the theme."""
    original = _material_file(LUNR_FR)
    if original is None or not patch.is_file():
        return {}
    return {LUNR_FR: original.read_bytes() + b"\n" + patch.read_bytes()}


search_fold = lunr_fold  # the name this function had before there were several engines
