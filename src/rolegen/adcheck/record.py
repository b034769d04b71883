"""Plain copies of the validated rules: what the checker reads, without the validation library.

A rule file is read and checked once (:mod:`rolegen.adcheck.model`); the rules are then copied into records,
whatever their fields, so that a cached ruleset loads without importing the models (start time of
``rolegen check-ad``).
"""

from __future__ import annotations


class Record:
    """The fields of a validated model as attributes; ``model_dump()`` gives them back as plain data."""

    def __init__(self, **fields):
        self.__dict__.update(fields)

    def model_dump(self) -> dict:
        return {name: _dump(value) for name, value in self.__dict__.items()}

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __hash__(self) -> int:
        return hash(tuple(self.__dict__))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


class RuleRecord(Record):
    """A rule (:class:`rolegen.adcheck.model.Rule`) as a record, with the rule's legal status by country."""

    def status_in(self, country: str | None, home: bool = True) -> Record:
        """The rule's legal status for a job in ``country`` (status, article, applies_from, pending), as
        :meth:`rolegen.adcheck.model.Rule.status_in` gives it; ``home``: whether the law of the rule's file reaches
        the job (else its ``abroad`` status, when it has one)."""
        own = self.countries.get(country) if country in self.countries else None if home else self.abroad
        if own is not None:
            return Record(status=own.status, article=own.article or self.article,
                          applies_from=own.applies_from or self.applies_from, pending=own.pending or self.pending)
        return Record(status=self.status, article=self.article, applies_from=self.applies_from, pending=self.pending)

    def __getattr__(self, name: str):
        """Any other method of the rule model (``problems``...), on the model made again from the record."""
        if name.startswith("_"):
            raise AttributeError(name)
        from rolegen.adcheck.model import Rule

        if not callable(getattr(Rule, name, None)):
            raise AttributeError(name)
        return getattr(Rule.model_validate(self.model_dump()), name)


def _dump(value):
    if isinstance(value, Record):
        return value.model_dump()
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_dump(v) for v in value]
    return value


def to_record(value, kind: type[Record] = Record):
    """A copy of a validated model (and of the models in its fields) as records."""
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        return kind(**{name: to_record(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, dict):
        return {k: to_record(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_record(v) for v in value]
    return value
