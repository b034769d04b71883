"""A legal minimum age ("must be 18+", "at least 18 years old") is no criterion, but an upper bound after it makes
it a range's first bound, and the range is asked of the candidate (patterns.py {adult-tail-en}, the age rule's
exceptions in rules/eu.yml). Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from conftest import rule_ids


@pytest.mark.parametrize("text", [
    "Applicants must be 18+ and under 30.",
    "Must be at least 18 years old but no older than 35.",
    "Minimum age 18 and under 25 preferred.",
    "Candidates must be 18 or over and below 40 years of age.",
    "You need to be 18 years old and not older than 27.",
])
def test_a_minimum_age_closed_by_an_upper_bound_is_a_range(text: str) -> None:
    assert "age-criterion" in rule_ids(text, "en")


@pytest.mark.parametrize("text", [
    "Applicants must be 18+ to apply and hold a licence.",
    "Must be 18 or older and have a clean driving record.",
    "Must be at least 18 years old with a valid passport.",
    "Minimum age 18 (legal requirement for bar work).",
    "You must be 18 years of age or older to serve alcohol, and be available on weekends.",
])
def test_a_legal_minimum_age_is_still_no_criterion(text: str) -> None:
    assert "age-criterion" not in rule_ids(text, "en")
