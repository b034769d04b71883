"""A nationality asked through a passport ("Must hold a Jordanian passport", "Western passport holders") or as a
list before a job ("Nepali/Sri Lankan security guards"); and a passport as one proof of the right to work among
others, which is lawful. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories


@pytest.mark.parametrize("text", [
    "Must hold a Jordanian passport.",
    "Applicants having a Canadian passport preferred.",
    "Western passport holders preferred.",
    "GCC passport holders only.",
    "Nepali/Sri Lankan security guards needed.",
    "Indian / Pakistani drivers for our fleet.",
])
def test_a_nationality_asked_through_a_passport_or_a_list(text: str) -> None:
    assert "nationality" in categories(text, "en", country="ae")


@pytest.mark.parametrize("text", [
    "Must hold a valid passport for travel to clients.",
    "You must hold a British passport or have the right to work in the UK.",
    "EU passport or valid work permit required.",
    "Our security guards patrol the site at night.",
])
def test_a_passport_among_proofs_of_the_right_to_work_is_lawful(text: str) -> None:
    assert categories(text, "en", country="gb") == set()
