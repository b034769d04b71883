"""Recall by category and false-positive rate of the checker on a labelled corpus.

    python -m rolegen.adcheck.evaluate tests/fixtures/ads
    python -m rolegen.adcheck.evaluate --summary tests/fixtures/ads/real/test   # figures only, no case

A corpus file is a YAML list of cases ``{id, lang, scope, text, expect, notices, note}``
(``scope``: ``fragment`` or ``ad``; ``expect``: the categories reported at
error or warning; ``notices``: notice categories that must be reported); the
real corpus adds ``country`` (passed to the checker), ``contract``, ``source``
and ``evidence``. Every ``*.yml`` of the folder and its subfolders is read.
Recall of a category: the share of cases expecting it where it is reported;
substantive recall gathers the criteria of L1132-1, pay history and
misleading claims, formal recall the form of the ad (title, gendered wording,
date, French version, pay range). False-positive rate: the share of lawful
cases (``expect: []``) with any error or warning.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import yaml

from rolegen.adcheck.engine import check
from rolegen.adcheck.model import LAW_CATEGORIES
from rolegen.adcheck.ruleset import Ruleset

SUBSTANTIVE = (*LAW_CATEGORIES, "pay-history", "misleading")
"""What the law forbids to ask or promise: the criteria of L1132-1, pay history, misleading claims."""
FORMAL = ("title-gender", "gendered-wording", "date", "french-version", "pay-range")
"""The form an ad must have where the job is."""


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
    country: str | None = None
    """ISO 3166 code of the country of the job (lower case), when the case says it."""
    contract: str | None = None


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


def load_cases(folder: str | Path, recursive: bool = False) -> list[Case]:
    """Every case of every ``*.yml`` file of ``folder`` (and its subfolders with ``recursive``), in file then
    case order; ``folder`` may also be one case file."""
    cases = []
    root = Path(folder)
    if root.is_file():
        paths, root = [root], root.parent
    else:
        paths = sorted(root.rglob("*.yml") if recursive else root.glob("*.yml"))
    for path in paths:
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            country = entry.get("country")
            cases.append(Case(entry["id"], entry["lang"], entry["scope"], entry["text"],
                              frozenset(entry.get("expect") or ()), frozenset(entry.get("notices") or ()),
                              path.relative_to(root).as_posix(), str(country).lower() if country else None,
                              entry.get("contract")))
    return cases


def run_case(case: Case, ruleset: Ruleset | None = None) -> Outcome:
    """Check one case the way the corpus means it: ``fragment`` cases as snippets, in the job's country."""
    options = {"country": case.country} if case.country else {}
    if case.contract:
        options["contract"] = case.contract
    report = check(case.text, path=case.id, lang=case.lang, fragment=case.scope == "fragment", ruleset=ruleset,
                   **options)
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

    def group(self, categories: Iterable[str]) -> tuple[int, int]:
        """(labels found, labels) over ``categories``."""
        pairs = [self.recall[c] for c in categories if c in self.recall]
        return sum(h for h, _ in pairs), sum(t for _, t in pairs)

    def figures(self) -> list[str]:
        """Substantive and formal recall, false positives: the figures the manual gives."""
        sub, sub_total = self.group(SUBSTANTIVE)
        form, form_total = self.group(FORMAL)
        clean, fp = len(self.clean), len(self.false_positives)
        return [f"substantive recall: {sub}/{sub_total} ({100 * sub / max(sub_total, 1):.1f} %)",
                f"formal recall: {form}/{form_total} ({100 * form / max(form_total, 1):.1f} %)",
                f"false positives on lawful cases: {fp}/{clean} ({100 * fp / max(clean, 1):.1f} %)"]

    def lines(self, cases: bool = True) -> list[str]:
        """The report as printed: one line per category, then totals and (with ``cases``) every failing case."""
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
                f"cases with a wrong category: {sum(bool(o.extra) for o in self.outcomes)}", *self.figures()]
        failing = [o for o in self.outcomes if not o.ok]
        if failing and cases:
            out += ["", "failing cases:"]
            out += [f"  {o.case.id}: missed {sorted(o.missed)}, extra {sorted(o.extra)}" for o in failing]
        return out


def evaluate(folder: str | Path, ruleset: Ruleset | None = None, recursive: bool = False) -> Summary:
    """Run the checker over every case of ``folder``."""
    return Summary([run_case(case, ruleset) for case in load_cases(folder, recursive)])


def main(argv: list[str] | None = None) -> int:
    """Print the summary of the cases of every folder or file given (and their subfolders); exit 1 when a label
    is not met, 2 on a usage error. ``--summary``: the figures only, no case named (for a held-out test half)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m rolegen.adcheck.evaluate",
        description="Run the ad checker on labelled cases and print recall per category and false positives.")
    parser.add_argument("paths", nargs="*", default=["tests/fixtures/ads"], metavar="PATH",
                        help="a folder of case files (read with its subfolders) or one case file "
                             "(default: tests/fixtures/ads)")
    parser.add_argument("--summary", action="store_true",
                        help="print the figures only, no case named (for a held-out test half)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        parser.error("; ".join(f"{p}: no such file or folder" for p in missing))
    outcomes = [run_case(case) for folder in args.paths for case in load_cases(folder, recursive=True)]
    summary = Summary(outcomes)
    print("\n".join(summary.lines(cases=not args.summary)))
    return 0 if all(o.ok for o in summary.outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
