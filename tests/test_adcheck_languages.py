"""A language asked as a mother tongue, whatever the language ({language-en} and {language-fr}, read from
``rules/languages.yml``), and its lawful look-alikes: a level of proficiency, "native or equivalent", native apps,
the people a US form names. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import categories

LANGUAGES = yaml.safe_load((Path(__file__).resolve().parent.parent / "src" / "rolegen" / "adcheck" / "rules"
                            / "languages.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", [
    "Native Hindi speaker required.",
    "Arabic speaking native, fluent in English.",
    "Preferably native Tagalog.",
    "Native Korean & good English.",
    "First language Urdu.",
    "Swahili as a first language.",
    "Mother tongue must be Vietnamese.",
])
def test_a_language_asked_as_a_mother_tongue_is_found_in_english(text: str) -> None:
    assert "language" in categories(text, "en", country="ae")


@pytest.mark.parametrize("text", [
    "Ourdou natif exigé.",
    "Coréen langue maternelle.",
    "Natif en vietnamien, vous",
    "Profil : suédois de naissance.",
    # « natif » before the language, in either gender, the language named in French or in English
    "Native polonaise souhaitée.",
    "Locutrice native chinoise.",
    "Native grecque ou italienne.",
    "Locuteur natif néerlandais exigé.",
    "Nous recherchons un locuteur natif English.",
])
def test_a_language_asked_as_a_mother_tongue_is_found_in_french(text: str) -> None:
    assert "language" in categories(text, "fr", country="fr")


@pytest.mark.parametrize("text, lang", [
    ("Native Arabic or equivalent fluency.", "en"),
    ("Native English or C2 level.", "en"),
    ("Native-level English is a plus for this role.", "en"),
    ("We build native Android and iOS apps.", "en"),
    ("We celebrate Native American Heritage Month with our staff.", "en"),
    ("Fluent Hindi and English.", "en"),
    ("Anglais courant, niveau C1.", "fr"),
    ("Vous développerez une application native iOS.", "fr"),
    # speakers as the people the job serves, not the hire
    ("Vous animerez des ateliers avec des locuteurs natifs pour nos apprenants.", "fr"),
])
def test_a_level_a_technical_sense_or_a_people_named_is_no_mother_tongue(text: str, lang: str) -> None:
    assert categories(text, lang, country="ae" if lang == "en" else "fr") == set()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_language_of_the_list_is_read_as_one(lang: str) -> None:
    # each name of the list after "native" or before « natif » is a mother tongue asked
    template = "Preferably native {}." if lang == "en" else "{} natif exigé."
    missed = [name for name in LANGUAGES[lang]
              if "language" not in categories(template.format(name.capitalize()), lang, country="fr")]
    assert missed == []


def test_the_list_is_folded_sorted_and_has_no_repeat() -> None:
    for lang in ("en", "fr"):
        names = LANGUAGES[lang]
        assert names == sorted(set(names))
        assert all(name == name.lower() and name.isascii() for name in names)
