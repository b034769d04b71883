"""Every label of the labelled ad corpus (tests/fixtures/ads/*.yml), and the figures the manual gives (docs/explanation/checker-figures.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolegen.adcheck.evaluate import Summary, load_cases, run_case
from rolegen.adcheck.model import CATEGORIES, NOTICE_CATEGORIES

CORPUS = Path(__file__).resolve().parent / "fixtures" / "ads"
CASES = load_cases(CORPUS)


def test_the_corpus_is_large_and_well_formed() -> None:
    assert len(CASES) >= 200
    assert len({c.id for c in CASES}) == len(CASES)
    assert {c.lang for c in CASES} == {"fr", "en"} and {c.scope for c in CASES} == {"fragment", "ad"}
    for case in CASES:
        assert case.expect <= set(CATEGORIES) - set(NOTICE_CATEGORIES), case.id
        # a notice is a style or gender-coding remark, or a rule not in force where the job is (pay range in France)
        assert case.notices <= set(NOTICE_CATEGORIES) | {"pay-range"}, case.id
    labelled = {category for c in CASES for category in c.expect | c.notices}
    assert labelled == set(CATEGORIES)  # every category has labelled cases


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_label(case) -> None:
    outcome = run_case(case)
    assert (sorted(outcome.found), sorted(case.notices - outcome.notices)) == (sorted(case.expect), [])


def test_recall_by_category_and_false_positives() -> None:
    summary = Summary([run_case(c) for c in CASES])
    low = {k: v for k, v in summary.recall.items() if v[0] < 0.95 * v[1]}
    assert low == {}
    assert summary.false_positives == []
