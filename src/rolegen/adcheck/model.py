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

from rolegen.adcheck.categories import severity_where  # noqa: F401 (read here by the rule files' users)
from rolegen.adcheck.categories import (CATEGORIES, FORM_CATEGORIES, LAW_CATEGORIES,  # noqa: E402,F401
                                        NOTICE_CATEGORIES, SEVERITIES, STATUSES, WHOLE_AD_KINDS)

Category = Literal[CATEGORIES]  # type: ignore[valid-type]
Severity = Literal["error", "warning", "notice"]
Kind = Literal["pattern", "required", "title", "french-first"]
"""pattern: a finding where a pattern matches; required: a finding when no pattern matches anywhere in a whole ad;
title: a finding where a pattern matches the title of a whole ad, unless an exception matches it;
french-first: a finding when a whole ad has English text and no French text before it."""

Status = Literal["in-force", "adopted", "draft", "practice"]
Country = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
"""ISO 3166-1 alpha-2 code, lower case."""
DateText = Annotated[str, StringConstraints(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")]
"""A year, a month (2027-06) or a day (2026-06-07)."""

RuleId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Pattern = Annotated[str, StringConstraints(min_length=1)]


class Bilingual(Model):
    """A sentence in French and in English."""

    fr: Annotated[str, StringConstraints(min_length=1)]
    en: Annotated[str, StringConstraints(min_length=1)]


class LegalStatus(Model):
    """The legal status of a rule in one country (``countries`` of a rule)."""

    status: Status
    article: Annotated[str, StringConstraints(min_length=1)] | None = None
    applies_from: DateText | None = None
    pending: Bilingual | None = None
    """Plain words for a rule not yet in force there ("required from 2027 once the French transposition applies")."""


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
    title_exceptions: ByLang = ByLang()
    """A match outside the title of a whole ad whose title matches one of these is not a finding (the body of an
    ad titled "Livreur H/F" may name the job in the generic masculine)."""
    ad_exceptions: ByLang = ByLang()
    """No match is a finding when the text, anywhere, matches one of these: what the ad says of its employer can
    make a condition statutory wherever it stands (an armed force's enlistment ad states the nationality and age
    the Code de la défense sets, often on list lines of their own)."""
    lead_ins: ByLang = ByLang()
    """A match in a list item is not a finding when the line that leads the list in (the last line before the
    item that is no list item, ending with a colon) matches one of these: after « Nous recherchons une personne : »,
    the item « - Rigoureuse et organisée » agrees with « personne »."""
    contexts: list[RuleId] = []
    """Names of shared exception sets (``contexts`` of a rule file) that apply too."""
    fragment: bool = True
    """Also applied to a snippet checked with fragment=True (pattern rules); whole-ad kinds never are."""
    status: Status = "in-force"
    """The rule's legal status (see :data:`STATUSES`); every shipped rule states it."""
    article: Annotated[str, StringConstraints(min_length=1)] | None = None
    """The article of the law in force (in-force, adopted)."""
    applies_from: DateText | None = None
    """When an adopted law or a bill applies."""
    pending: Bilingual | None = None
    """Plain words for the findings of a rule not in force where the job is."""
    countries: dict[Country, LegalStatus] = {}
    """The status in a country where it differs (a directive transposed in some member states only)."""
    contracts: list[Literal["employment", "internship", "freelance"]] = ["employment", "internship", "freelance"]
    """The kinds of contract the rule applies to (pay transparency is about employees and interns)."""
    everywhere: bool = False
    """Applies to jobs in any country, not only where its file's law does: the criteria of equal treatment (sex,
    age, origin, nationality, religion, disability, sexual orientation) are forbidden by the law of most countries
    (UK Equality Act 2010, US Title VII and ADEA...), the EU directives are cited as the model."""
    abroad: LegalStatus | None = None
    """The status of an ``everywhere`` rule for a job outside the reach of its file's law (a criterion French law
    names, for a job in Germany or India: ``practice``, a warning at most, whose message says so)."""

    def status_in(self, country: str | None, home: bool = True) -> LegalStatus:
        """The rule's legal status for a job in ``country``; ``home``: whether the law of the rule's file reaches
        the job (else its ``abroad`` status, when it has one)."""
        own = self.countries.get(country) if country in self.countries else None if home else self.abroad
        if own is not None:
            return LegalStatus(status=own.status, article=own.article or self.article,
                               applies_from=own.applies_from or self.applies_from, pending=own.pending or self.pending)
        return LegalStatus(status=self.status, article=self.article, applies_from=self.applies_from,
                           pending=self.pending)

    def problems(self, shipped: bool = True) -> list[tuple[str, str]]:
        """(field, message) of what a rule's legal status contradicts (a user's rule in force may let its
        reference name the article)."""
        found = []
        abroad = [("abroad", self.abroad)] if self.abroad is not None else []
        for where, legal in [(None, self), *self.countries.items(), *abroad]:
            field = "status" if where is None else "abroad" if where == "abroad" else f"countries.{where}"
            if legal.status == "in-force" and not legal.article and not self.article and shipped:
                found.append((field, "a rule in force names its article ('article')"))
            if legal.status in ("adopted", "draft") and not legal.applies_from and not self.applies_from:
                found.append((field, f"{'an' if legal.status == 'adopted' else 'a'} {legal.status} rule says when it "
                                    "applies ('applies_from')"))
            if legal.status != "in-force" and not legal.pending and not self.pending:
                found.append((field, "a rule not in force says so in plain words ('pending')"))
        if self.severity == "error" and self.status != "in-force" and not any(
                c.status == "in-force" for c in self.countries.values()):
            found.append(("severity", "'error' is only for a rule in force somewhere"))
        return found


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
    title_exceptions: ByLang | None = None
    ad_exceptions: ByLang | None = None
    lead_ins: ByLang | None = None
    contexts: list[RuleId] | None = None
    fragment: bool | None = None
    status: Status | None = None
    article: Annotated[str, StringConstraints(min_length=1)] | None = None
    applies_from: DateText | None = None
    pending: Bilingual | None = None
    countries: dict[Country, LegalStatus] | None = None
    contracts: list[Literal["employment", "internship", "freelance"]] | None = None
    everywhere: bool | None = None
    abroad: LegalStatus | None = None


class Statements(Model):
    """How an employer's non-discrimination statement is recognised: it lists criteria it promises not to use,
    and those are not requirements. ``opens``: words after which the statement's list runs to the end of the
    sentence ("regardless of", "sans distinction de"); ``closes``: words before which the list ran from the start
    of the sentence ("... ne sont pas des critères", "... are not considered"); ``lists``: three names of criteria
    or more in a row ("race, color, religion"), whose whole sentence is a statement or a legal notice, unless words of
    ``asks`` come before them in the sentence ("indiquez votre âge, nationalité et situation de famille": a request)."""

    opens: ByLang = ByLang()
    closes: ByLang = ByLang()
    lists: ByLang = ByLang()
    asks: ByLang = ByLang()


class RuleFile(Model):
    """A shipped rule file."""

    jurisdiction: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
    statements: Statements = Statements()
    contexts: dict[RuleId, ByLang] = {}
    rules: list[Rule] = []


class UserRuleFile(Model):
    """A user's ``--rules FILE``."""

    contexts: dict[RuleId, ByLang] = {}
    rules: list[RuleChange] = Field(default_factory=list)
