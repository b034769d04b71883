"""Recall by category and false-positive rate of the checker on a labelled corpus.

    python -m rolegen.adcheck.evaluate tests/fixtures/ads

A corpus file is a YAML list of cases ``{id, lang, scope, text, expect, notices, note}``
(``scope``: ``fragment`` or ``ad``; ``expect``: the categories reported at
error or warning; ``notices``: notice categories that must be reported).
Recall of a category: the share of cases expecting it where it is reported.
False-positive rate: the share of clean cases (``expect: []``) with any error
or warning.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rolegen.adcheck.engine import check
from rolegen.adcheck.ruleset import Ruleset


@dataclass(frozen=True)
class Case:
    """One labelled snippet or ad."""

    id: str
    lang: str
    scope: str
    text: str
    expect: frozenset[str]
    notices: frozenset[str]
    source: str


@dataclass
class Outcome:
    """What the checker reported on one case, against its labels."""

    case: Case
    found: frozenset[str]
    notices: frozenset[str]

    @property
    def missed(self) -> frozenset[str]:
        return (self.case.expect - self.found) | (self.case.notices - self.notices)

    @property
    def extra(self) -> frozenset[str]:
        return self.found - self.case.expect

    @property
    def ok(self) -> bool:
        return not self.missed and not self.extra


def load_cases(folder: str | Path) -> list[Case]:
    """Every case of every ``*.yml`` file of ``folder``, in file then case order."""
    cases = []
    for path in sorted(Path(folder).glob("*.yml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            cases.append(Case(entry["id"], entry["lang"], entry["scope"], entry["text"],
                              frozenset(entry.get("expect") or ()), frozenset(entry.get("notices") or ()), path.name))
    return cases


def run_case(case: Case, ruleset: Ruleset | None = None) -> Outcome:
    """Check one case the way the corpus means it: ``fragment`` cases as snippets."""
    report = check(case.text, path=case.id, lang=case.lang, fragment=case.scope == "fragment", ruleset=ruleset)
    found = frozenset(f.category for f in report.findings if f.severity in ("error", "warning"))
    notices = frozenset(f.category for f in report.findings if f.severity == "notice")
    return Outcome(case, found, notices)


@dataclass
class Summary:
    """Recall by category and false positives over a corpus."""

    outcomes: list[Outcome]
    recall: dict[str, tuple[int, int]] = field(default_factory=dict)
    """category -> (cases where it was reported, cases expecting it)."""

    def __post_init__(self) -> None:
        for outcome in self.outcomes:
            for category in outcome.case.expect | outcome.case.notices:
                hit, total = self.recall.get(category, (0, 0))
                got = category in outcome.found or category in outcome.notices
                self.recall[category] = (hit + got, total + 1)

    @property
    def clean(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.case.expect]

    @property
    def false_positives(self) -> list[Outcome]:
        return [o for o in self.clean if o.found]

    def lines(self) -> list[str]:
        """The report as printed: one line per category, then totals and every failing case."""
        out = [f"{len(self.outcomes)} cases ({len(self.clean)} clean), "
               f"{sum(o.case.lang == 'fr' for o in self.outcomes)} French, "
               f"{sum(o.case.lang == 'en' for o in self.outcomes)} English", "", "category                 recall"]
        for category in sorted(self.recall):
            hit, total = self.recall[category]
            out.append(f"{category:24} {hit}/{total} ({100 * hit / total:.1f} %)")
        hits = sum(h for h, _ in self.recall.values())
        labels = sum(t for _, t in self.recall.values())
        clean = len(self.clean)
        fp = len(self.false_positives)
        out += ["", f"overall recall: {hits}/{labels} ({100 * hits / max(labels, 1):.1f} %)",
                f"false positives: {fp}/{clean} clean cases ({100 * fp / max(clean, 1):.1f} %)",
                f"cases with a wrong category: {sum(bool(o.extra) for o in self.outcomes)}"]
        failing = [o for o in self.outcomes if not o.ok]
        if failing:
            out += ["", "failing cases:"]
            out += [f"  {o.case.id}: missed {sorted(o.missed)}, extra {sorted(o.extra)}" for o in failing]
        return out


def evaluate(folder: str | Path, ruleset: Ruleset | None = None) -> Summary:
    """Run the checker over every case of ``folder``."""
    return Summary([run_case(case, ruleset) for case in load_cases(folder)])


def main(argv: list[str] | None = None) -> int:
    """Print the summary; exit 1 when a label is not met."""
    args = sys.argv[1:] if argv is None else argv
    folder = args[0] if args else "tests/fixtures/ads"
    summary = evaluate(folder)
    print("\n".join(summary.lines()))
    return 0 if all(o.ok for o in summary.outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
