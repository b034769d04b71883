"""One sex asked in English in the forms Gulf and Asian ads use: a form field with a dash ("Required gender -
female"), a job said to be for one sex, a sex preferred in a parenthesis after "Male or female", "Gents only";
and the lawful look-alikes (both sexes named, "preferably with experience"). Sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import categories


@pytest.mark.parametrize("text", [
    "Required gender - female",
    "This job is for men.",
    "The position is strictly for females.",
    "Gents only",
    "Ladies preferred for the front desk.",
    "Male or female (preferably male)",
    "Receptionist, ideally a woman.",
])
def test_one_sex_asked(text: str) -> None:
    assert "sex" in categories(text, "en", country="ae")


@pytest.mark.parametrize("text", [
    "Male or female, preferably with experience.",
    "Men or women (all ages) welcome.",
    "This role is for men and women alike.",
    "Ladies and gentlemen, welcome to our open day.",
    "Gender: M/F",
])
def test_both_sexes_named_is_lawful(text: str) -> None:
    assert "sex" not in categories(text, "en", country="ae")
