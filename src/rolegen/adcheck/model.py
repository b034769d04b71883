"""The rule files' format: what a rule says, checked with located errors.

A shipped or user rule file is ``{contexts: {...}, rules: [...]}``. A rule
names its category, severity, kind, reason and suggestion in both languages,
the legal reference, and its patterns and exceptions per language. Patterns
are written in a regular-expression subset that Python's ``re`` and
JavaScript's ``RegExp`` (``u`` flag) read the same way (checked by
:func:`rolegen.adcheck.patterns.compile_pattern`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from rolegen.knowledge.model import Model

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
Category = Literal[CATEGORIES]  # type: ignore[valid-type]
Severity = Literal["error", "warning", "notice"]
SEVERITIES = ("error", "warning", "notice")
Kind = Literal["pattern", "required", "title", "french-first"]
"""pattern: a finding where a pattern matches; required: a finding when no pattern matches anywhere in a whole ad;
title: a finding where a pattern matches the title of a whole ad, unless an exception matches it;
french-first: a finding when a whole ad has English text and no French text before it."""
WHOLE_AD_KINDS = ("required", "title", "french-first")

RuleId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Pattern = Annotated[str, StringConstraints(min_length=1)]


class Bilingual(Model):
    """A sentence in French and in English."""

    fr: Annotated[str, StringConstraints(min_length=1)]
    en: Annotated[str, StringConstraints(min_length=1)]


class ByLang(Model):
    """Patterns for each language (French ads are read with ``fr``, English ones with ``en``)."""

    fr: list[Pattern] = []
    en: list[Pattern] = []


class Rule(Model):
    """One rule of the checker."""

    id: RuleId
    category: Category
    severity: Severity
    kind: Kind = "pattern"
    reason: Bilingual
    """Why the words are a problem (the finding's message)."""
    suggestion: Bilingual
    """What to write instead."""
    reference: Annotated[str, StringConstraints(min_length=1)]
    """The law or source behind the rule."""
    patterns: ByLang = ByLang()
    words: ByLang = ByLang()
    """Word-list entries, matched like patterns: ``stem*`` (every word starting with the stem), ``word``, or
    words separated by spaces (a space also matches an apostrophe: ``a l ecoute`` matches "à l'écoute")."""
    exceptions: ByLang = ByLang()
    """A match inside a match of an exception is not a finding (an audience, a customer, a product...)."""
    contexts: list[RuleId] = []
    """Names of shared exception sets (``contexts`` of a rule file) that apply too."""
    fragment: bool = True
    """Also applied to a snippet checked with fragment=True (pattern rules); whole-ad kinds never are."""


class RuleChange(Model):
    """An entry of a user's rule file: a new rule (every field), or a change to a shipped one (its id and the
    fields that change), or ``disabled: true``."""

    id: RuleId
    disabled: bool = False
    category: Category | None = None
    severity: Severity | None = None
    kind: Kind | None = None
    reason: Bilingual | None = None
    suggestion: Bilingual | None = None
    reference: Annotated[str, StringConstraints(min_length=1)] | None = None
    patterns: ByLang | None = None
    words: ByLang | None = None
    exceptions: ByLang | None = None
    contexts: list[RuleId] | None = None
    fragment: bool | None = None


class RuleFile(Model):
    """A shipped rule file."""

    jurisdiction: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
    contexts: dict[RuleId, ByLang] = {}
    rules: list[Rule] = []


class UserRuleFile(Model):
    """A user's ``--rules FILE``."""

    contexts: dict[RuleId, ByLang] = {}
    rules: list[RuleChange] = Field(default_factory=list)
