"""The posting rules file (``--rules FILE``): what the checks require.

Every key is optional; the defaults follow French law and the EU pay
transparency directive as they stand. Documented in docs/how-to/postings.md ("The rules
file") and in ``examples/posting-rules.yml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from rolegen.errors import UsageError
from rolegen.knowledge.model import Model


class GenderCoding(Model):
    """How the gender-coded wording check decides."""

    threshold: Annotated[int, Field(ge=1, le=100)] = 4
    """A posting is strongly coded when its feminine-coded and masculine-coded word counts differ by this much."""
    fail_on: list[Literal["masculine", "feminine"]] = ["masculine", "feminine"]
    """Which strongly coded verdicts are warnings (errors with --strict); [] only reports."""


class Rules(Model):
    """The checks' settings."""

    title_mark: Annotated[str, StringConstraints(pattern=r"^\S(.{0,14}\S)?$")] = "H/F"
    """Mark added to French titles that do not show both gendered forms: "H/F", "F/H", "F/H/X" ..."""
    pay_transparency: bool = True
    """Require the pay or its range in the ad (Directive (EU) 2023/970, art. 5)."""
    gender_coding: GenderCoding = GenderCoding()
    """Settings of the gender-coded wording check."""


DEFAULT_RULES = Rules()


def load_rules(path: str | Path | None) -> Rules:
    """The rules of a YAML file, checked with located errors; the defaults when ``path`` is None."""
    if path is None:
        return DEFAULT_RULES
    from rolegen.knowledge.loader import Reading

    source = Path(path)
    if not source.is_file():
        raise UsageError(f"no rules file at '{path}'")
    reading = Reading()
    rules, data, _ = reading.read(source, Rules)
    if data is None and not reading.problems:  # an empty file: every default
        return DEFAULT_RULES
    reading.raise_errors()
    return rules
