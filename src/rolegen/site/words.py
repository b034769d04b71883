"""Headings and labels of the guide, in French and English.

Role-field names come from :mod:`rolegen.i18n` (shared with the other
outputs); these are the guide's own words. Longer explanations are in the
templates, where they can be edited with the page they belong to.
"""

from __future__ import annotations

from rolegen.i18n import words as field_words

_SITE: dict[str, tuple[str, str]] = {
    "site_name": ("Guide des métiers du marketing digital", "Digital marketing role guide"),
    "language_name": ("Français", "English"),
    "home": ("Accueil", "Home"),
    "roles": ("Métiers", "Roles"),
    "overview": ("Vue d'ensemble", "Overview"),
    "compare": ("Comparer", "Compare"),
    "compare_home": ("Comment comparer", "How to compare"),
    "pick": ("Choisir des métiers", "Pick roles"),
    "matrices": ("Matrices", "Matrices"),
    "overlap": ("Recouvrement", "Overlap"),
    "source_comparisons": ("Comparaisons des sources", "Comparisons from the sources"),
    "relations": ("Relations", "Relationships"),
    "relations_title": ("Rattachements et collaborations", "Reporting lines and collaborations"),
    "skills_index": ("Toutes les compétences", "All skills"),
    "glossary": ("Glossaire", "Glossary"),
    "kpi_definitions": ("Définitions des indicateurs", "KPI definitions"),
    "tags": ("Étiquettes", "Tags"),
    "role": ("Métier", "Role"),
    "roles_count": ("métiers", "roles"),
    "role_one": ("métier", "role"),
    "identifier": ("Identifiant", "Identifier"),
    "postings": ("Offres d'emploi à télécharger", "Job postings to download"),
    "postings_intro": ("Offre rédigée pour l'entreprise d'exemple", "Posting written for the example company"),
    "posting_fr": ("Offre en français", "Posting in French"),
    "posting_en": ("Offre en anglais", "Posting in English"),
    "need": ("Besoin", "Need"),
    "kind": ("Nature", "Kind"),
    "measured_in": ("Métiers mesurés sur cet indicateur", "Roles measured on it"),
    "mentioned_in": ("Employé dans", "Used in"),
    "essential_for": ("Essentielle pour", "Essential for"),
    "optional_for": ("Appréciée pour", "A plus for"),
    "with": ("Avec", "With"),
    "about": ("Sur quoi", "On what"),
    "why": ("La différence", "The difference"),
    "also_with": ("Citent ce métier parmi leurs collaborations", "Name this role among their collaborations"),
    "also_confused": ("Le distinguent aussi", "Also tell themselves apart from it"),
    "no_role": ("Aucun métier pour l'instant.", "No role yet."),
    "shared": ("En commun", "Shared"),
    "specific": ("Propre à", "Only for"),
    "pair": ("Paire", "Pair"),
    "distinctions": ("Ce qui les distingue", "What sets them apart"),
    "group": ("Groupe", "Group"),
    "reporting_line": ("Rattachement hiérarchique", "Reporting line"),
    "collaboration_line": ("Collaboration", "Collaboration"),
    "first_role": ("Premier métier", "First role"),
    "second_role": ("Deuxième métier", "Second role"),
    "third_role": ("Troisième métier (facultatif)", "Third role (optional)"),
    "none_chosen": ("Aucun", "None"),
    "choose_two": ("Choisissez au moins deux métiers.", "Pick at least two roles."),
    "not_computed": ("voir la matrice de recouvrement", "see the overlap matrix"),
    "section": ("Section", "Section"),
    "source": ("Source", "Source"),
    "cited_by": ("Citée par", "Cited by"),
    "statements_backed": ("affirmations appuyées", "statements backed"),
    "from_sources": ("Appuyées par les sources", "Backed by the sources"),
    "from_practice": ("Pratique courante", "Common practice"),
    "source_language": ("Langue", "Language"),
    "lang_fr": ("français", "French"),
    "lang_en": ("anglais", "English"),
    "basis_legend": ("Comment lire les marques", "How to read the marks"),
    "all_sources": ("Toutes les sources et ce qu'elles couvrent", "Every source and what it covers"),
}


def site_words(lang: str) -> dict[str, str]:
    """Every word the guide's pages use in ``lang``: role-field names and the guide's own."""
    index = 0 if lang == "fr" else 1
    merged = field_words(lang)
    merged.update({key: pair[index] for key, pair in _SITE.items()})
    return merged


def other_lang(lang: str) -> str:
    """The other language of the guide."""
    return "en" if lang == "fr" else "fr"
