"""What every check reports: one finding type and one way to print it.

``rolegen check-ad``, ``rolegen check-posting``, ``rolegen posting`` and
``rolegen postings`` report :class:`Finding` objects, printed by
:func:`format_finding` as one line::

    PATH:LINE:COL: SEVERITY CATEGORY/RULE: MESSAGE (SUGGESTION; REFERENCE)

Severities are the same everywhere (:data:`SEVERITIES`): ``error`` (unlawful,
fails the command), ``warning`` (risky; fails it with --strict) and
``notice`` (worth a look, never fails it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

SEVERITIES = ("error", "warning", "notice")
"""From the most to the least serious."""
_OLD_NAMES = {"info": "notice", "information": "notice", "note": "notice"}


def severity(name: str) -> str:
    """The severity's name among :data:`SEVERITIES` (``info`` is a ``notice``); a ValueError for another name."""
    name = _OLD_NAMES.get(name, name)
    if name not in SEVERITIES:
        raise ValueError(f"unknown severity '{name}' (one of {', '.join(SEVERITIES)})")
    return name


@dataclass(frozen=True)
class Finding:
    """One problem: where, which rule, the words as written, why and what to write instead."""

    path: str
    line: int
    column: int
    rule: str
    category: str
    severity: str
    excerpt: str
    message: str
    suggestion: str
    reference: str
    status: str = "in-force"
    """The rule's legal status where the job is: in-force, adopted, draft or practice."""
    count: int = 1
    """How many times the rule found the same words: reported once, where they first occur, the message saying how
    many times ("(3 fois)", "(3 times)")."""

    def __str__(self) -> str:
        return format_finding(self)

    def as_dict(self) -> dict:
        return asdict(self)


def format_finding(finding: Finding) -> str:
    """``PATH:LINE:COL: SEVERITY CATEGORY/RULE[ [STATUS]]: MESSAGE (SUGGESTION; REFERENCE)``, on one line."""
    from rolegen.textutil import one_line

    status = f" [{finding.status}]" if finding.status in ("adopted", "draft") else ""
    rule = f"{finding.category}/{finding.rule}" if finding.category and finding.category != finding.rule else finding.rule
    tail = "; ".join(part for part in (finding.suggestion, finding.reference) if part)
    text = (f"{finding.path}:{finding.line}:{finding.column}: {finding.severity} {rule}{status}: {finding.message}"
            + (f" ({tail})" if tail else ""))
    return one_line(text)


def fails(finding: Finding, strict: bool = False) -> bool:
    """Whether the finding fails the command: an error, or a warning with ``strict``."""
    return finding.severity == "error" or (strict and finding.severity == "warning")
