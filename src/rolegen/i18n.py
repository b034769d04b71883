"""Interface words in French and English, shared by every output.

The names of a role's fields and sections are declared on the role model
(:mod:`rolegen.knowledge.sections`); this module adds the other words.
"""

from __future__ import annotations

LANGS = ("fr", "en")

_WORDS: dict[str, tuple[str, str]] = {
    # seniority levels
    "seniority_level": ("Niveau d'expérience", "Seniority level"),
    "experience": ("Expérience", "Experience"),
    "scope": ("Périmètre et autonomie", "Scope and autonomy"),
    "adds": ("Responsabilités ajoutées à ce niveau", "Responsibilities added at this level"),
    "skills_deepened": ("Compétences approfondies", "Skills that deepen"),
    "kpis_owned": ("Indicateurs portés", "KPIs owned"),
    "basis": ("Fondement", "Basis"),
    "practice": ("pratique établie du métier, hors sources", "established practice, not from the sources"),
    # values
    "operational": ("Opérationnel", "Operational"),
    "middle-management": ("Encadrement intermédiaire", "Middle management"),
    "management": ("Direction", "Management"),
    "agency": ("Agence", "Agency"),
    "startup": ("Start-up", "Start-up"),
    "sme": ("PME", "SME"),
    "large-company": ("Grand groupe", "Large company"),
    "essential": ("essentielle", "essential"),
    "optional": ("appréciée", "optional"),
    "hard": ("technique", "hard skill"),
    "soft": ("comportementale", "soft skill"),
    "none": ("aucun", "none"),
    # comparisons
    "vs": ("face à", "vs"),
    "shared": ("En commun", "Shared"),
    "partial": ("En partie commun", "Partly shared"),
    "nothing": ("rien", "nothing"),
    "overlap": ("Recouvrement", "Overlap"),
    "distinctions": ("À ne pas confondre", "Not to be confused"),
    "item": ("Élément", "Item"),
}


def _all() -> dict[str, tuple[str, str]]:
    from rolegen.knowledge.sections import registry

    return {**registry().labels, **_WORDS}


def word(key: str, lang: str) -> str:
    """The interface word ``key`` in ``lang`` (``fr`` or ``en``): a role field's name, or another word."""
    if key in _WORDS:
        fr, en = _WORDS[key]
    else:
        from rolegen.knowledge.sections import registry

        fr, en = registry().labels[key]
    return fr if lang == "fr" else en


def years(low: int, high: int | None, lang: str) -> str:
    """A typical experience range: "2 à 5 ans" / "2 to 5 years"; "5 ans et plus" / "5 years or more"."""
    if high is None:
        return f"{low} an{'s' if low > 1 else ''} et plus" if lang == "fr" else f"{low} year{'s' if low != 1 else ''} or more"
    if high == low:
        return f"{low} an{'s' if low > 1 else ''}" if lang == "fr" else f"{low} year{'s' if low != 1 else ''}"
    return f"{low} à {high} ans" if lang == "fr" else f"{low} to {high} years"


def colon(lang: str) -> str:
    """The colon with the spacing of the language: " : " in French, ": " in English."""
    return " : " if lang == "fr" else ": "


def words(lang: str) -> dict[str, str]:
    """Every interface word in ``lang``, for templates."""
    return {key: (fr if lang == "fr" else en) for key, (fr, en) in _all().items()}
