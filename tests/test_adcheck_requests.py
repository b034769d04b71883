"""The words that ask the applicant for a piece of information (``rules/requests.yml``) are one list, read by the
statements (criteria named after a request are asked for, not listed by a non-discrimination statement) and by the
age rule (the age or date of birth asked with the application). Every word of the list is tried in both places.
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import categories

REQUESTS = yaml.safe_load((Path(__file__).resolve().parent.parent / "src" / "rolegen" / "adcheck" / "rules"
                           / "requests.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("word", REQUESTS["fr"])
def test_every_french_request_word_asks_the_age(word: str) -> None:
    assert "age" in categories(f"Merci de {word} votre date de naissance.", "fr", country="fr")


@pytest.mark.parametrize("word", REQUESTS["en"])
def test_every_english_request_word_asks_the_age(word: str) -> None:
    assert "age" in categories(f"Please {word} your date of birth.", "en", country="ie")


@pytest.mark.parametrize("word", ["indiquez", "précisez", "communiquez", "donnez"])
def test_criteria_listed_after_a_french_request_are_asked(word: str) -> None:
    found = categories(f"Merci de {word} votre âge, votre nationalité et votre situation de famille.", "fr",
                       country="fr")
    assert {"age", "nationality", "family-situation"} <= found


@pytest.mark.parametrize("asking", ["state your", "disclose your", "tell us your", "include your"])
def test_criteria_listed_after_an_english_request_are_asked(asking: str) -> None:
    found = categories(f"Please {asking} age, nationality and marital status.", "en", country="ie")
    assert {"age", "nationality"} <= found


@pytest.mark.parametrize(("text", "lang"), [
    ("Nous recrutons sans distinction d'âge, de sexe, d'origine ou de religion.", "fr"),
    ("Donnez votre avis sur l'âge de départ à la retraite dans notre enquête.", "fr"),
    ("We hire without regard to race, religion, sex, including age or disability.", "en"),
    ("All applicants are considered regardless of age, including those returning to work.", "en"),
])
def test_a_statement_or_a_word_near_age_is_no_request(text: str, lang: str) -> None:
    assert not categories(text, lang, country="fr" if lang == "fr" else "ie") & {"age", "religion", "sex"}
