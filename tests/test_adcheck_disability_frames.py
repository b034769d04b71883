"""A body without defect asked (« aucune malformation », "no physical deformities"), glasses refused, "fit and not
disabled"; and their lawful look-alikes: products without defects, safety glasses, screening for malformations.
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories


@pytest.mark.parametrize("text, lang", [
    ("Aucune infirmité physique.", "fr"),
    ("Profil : sans défaut physique, bonne présentation.", "fr"),
    ("Ne présentant aucune malformation.", "fr"),
    ("Vous ne devez pas porter de lunettes.", "fr"),
    ("Candidates with no physical deformities.", "en"),
    ("Applicants should not be wearing spectacles.", "en"),
    ("Must be fit and not disabled.", "en"),
])
def test_a_body_without_defect_is_a_disability_criterion(text: str, lang: str) -> None:
    assert "disability" in categories(text, lang, country="fr" if lang == "fr" else "ae")


@pytest.mark.parametrize("text, lang", [
    ("Contrôler que les pièces livrées sont sans défaut.", "fr"),
    ("Dépister les malformations chez le nouveau-né.", "fr"),
    ("Port de lunettes de sécurité obligatoire en atelier.", "fr"),
    ("Ensure every product is free from defects before shipping.", "en"),
    ("Safety glasses must be worn on the shop floor.", "en"),
    ("You must not wear jewellery on the line.", "en"),
])
def test_products_safety_glasses_and_screening_are_no_criterion(text: str, lang: str) -> None:
    assert categories(text, lang, country="fr" if lang == "fr" else "ae") == set()
