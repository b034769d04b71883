"""The names the checker knows, without the rule files' format: cheap to import (the engine reads only these;
:mod:`rolegen.adcheck.model` builds its types from them)."""

from __future__ import annotations

LAW_CATEGORIES = (
    "origin", "sex", "morals", "sexual-orientation", "gender-identity", "age", "family-situation", "pregnancy",
    "genetics", "economic-vulnerability", "nationality", "political-opinions", "union-activity", "elected-office",
    "religion", "physical-appearance", "surname", "place-of-residence", "bank-domiciliation", "health", "disability",
    "language", "whistleblower",
)
"""The criteria of Code du travail L1132-1."""
FORM_CATEGORIES = ("title-gender", "gendered-wording", "pay-range", "pay-history", "french-version", "date", "misleading")
"""The form of an ad in France and in the EU."""
NOTICE_CATEGORIES = ("gender-coding", "style")
CATEGORIES = LAW_CATEGORIES + FORM_CATEGORIES + NOTICE_CATEGORIES
SEVERITIES = ("error", "warning", "notice")
WHOLE_AD_KINDS = ("required", "title", "french-first")
STATUSES = ("in-force", "adopted", "draft", "practice")
"""in-force: law that applies today (with its article); adopted: law voted that applies from a date; draft: a bill;
practice: good practice or a study's advice. Only a rule in force where the job is keeps its severity: elsewhere
its findings are notices, whose message says when the rule becomes law."""


def severity_where(severity: str, status: str) -> str:
    """A finding's severity where the job is: a rule in force keeps its own, good practice gives a warning at most,
    a law not yet in force (adopted, draft) a notice."""
    if status == "in-force":
        return severity
    if status == "practice":
        return "warning" if severity == "error" else severity
    return "notice"
