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
    "check_ad": ("Vérifier une annonce", "Check an ad"),
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
    "openings_intro": ("Les postes ouverts de l'entreprise d'exemple pour ce métier",
                       "The example company's openings for this role"),
    "posting_fr": ("Offre en français", "Posting in French"),
    "posting_en": ("Offre en anglais", "Posting in English"),
    "need": ("Besoin", "Need"),
    "kind": ("Nature", "Type"),
    "measured_in": ("Métiers mesurés sur cet indicateur", "Roles measured on this indicator"),
    "mentioned_in": ("Employé dans les fiches", "Used on the pages of"),
    "essential_for": ("Essentielle pour", "Essential for"),
    "optional_for": ("Appréciée pour", "A plus for"),
    "with": ("Avec", "With"),
    "about": ("Ce qu'ils font ensemble", "What they do together"),
    "why": ("La différence", "The difference"),
    "also_with": ("Travaillent aussi avec ce métier", "Also work with this role"),
    "also_confused": ("Aussi souvent confondus avec ce métier", "Also often confused with this role"),
    "no_role": ("Aucun métier pour l'instant.", "No role yet."),
    "shared": ("En commun", "Shared"),
    "specific": ("Propre à chacun", "Specific to each"),
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
    "yes": ("oui", "yes"),
    "not_found": ("Page introuvable", "Page not found"),
    "made_with": ("Fait avec", "Made with"),
    "permalink": ("Lien permanent", "Permanent link"),
    "copy": ("Copier", "Copy"),
    "clipboard_error": ("Impossible de copier dans le presse-papier", "Could not copy to clipboard"),
    "search": ("Rechercher", "Search"),
    "search_close": ("Fermer la recherche", "Close search"),
    "search_filters": ("Filtres", "Filters"),
    "search_tags_hint": ("Les flèches haut et bas passent d'une étiquette à l'autre ; Espace ou Entrée la choisit "
                         "ou l'écarte.",
                         "Use Up and Down arrow keys to move between tags. Press Space or Enter to toggle a tag."),
    "search_results": ("Résultats de la recherche", "Search results"),
    "search_unavailable": ("La recherche est indisponible. Rechargez la page pour réessayer.",
                           "Search is unavailable. Reload the page to try again."),
    "search_none": ("Aucun résultat", "No results"),
    "search_loading": ("Chargement de la recherche…", "Loading search…"),
    "search_result_one": ("résultat", "result"),
    "search_result_other": ("résultats", "results"),
    "number_locale": ("fr-FR", "en-US"),
    "not_found_text": ("Cette page n'existe pas ou a changé d'adresse.", "This page does not exist or has moved."),
    "scale": ("Échelle des couleurs", "Colour scale"),
    "legend": ("Légende", "Legend"),
    "at_a_glance": ("En bref", "At a glance"),
    "seniority_levels": ("Niveaux d'expérience", "Seniority levels"),
    "levels": ("Niveaux d'expérience", "Seniority levels"),
    "levels_compare": ("Les niveaux côte à côte", "Levels side by side"),
    "experience": ("Expérience", "Experience"),
    "years": ("ans", "years"),
    "scope": ("Périmètre", "Scope"),
    "adds": ("Ce que ce niveau ajoute", "What this level adds"),
    "deepens": ("Compétences approfondies", "Skills it deepens"),
    "owns_kpis": ("Indicateurs dont ce niveau répond", "Indicators this level answers for"),
    "essential_skills": ("Compétences essentielles", "Essential skills"),
    "closest_roles": ("Métiers les plus proches (recouvrement)", "Closest roles (overlap)"),
    "finder": ("Trouver un métier", "Find a role"),
    "finder_query": ("Ce que fait, demande ou mesure le métier", "What the role does, needs or measures"),
    "all": ("Tous", "All"),
    "matched_in": ("Trouvé dans", "Matched in"),
    "no_match": ("Aucun métier ne correspond.", "No role matches."),
    "results_count": ("métiers trouvés", "roles found"),
    "result_one": ("métier trouvé", "role found"),
    "type_to_search": ("Tapez un mot pour chercher, ou choisissez un filtre.", "Type a word to search, or pick a filter."),
    "only_in": ("Propre à", "Specific to"),
    "shared_all": ("à tous les métiers choisis", "by every role chosen"),
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
