"""Validate plain data against the model and word the problems for people."""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from rolegen.errors import Problem
from rolegen.knowledge.locate import Loc, Locator, did_you_mean
from rolegen.knowledge.model import ID_PATTERN
from rolegen.knowledge.yamlio import describe_scalar
from rolegen.textutil import shown_value

_PATTERN_HINTS = {
    ID_PATTERN: "is not a valid id: use lower-case ASCII letters, digits and single hyphens (community-manager)",
    r"^[A-N][0-9]{4}$": "is not a ROME code (a letter and four digits, e.g. E1101)",
    r"^[0-9]{4}$": "is not an ISCO-08 code (four digits, quoted: \"2432\")",
    r"^[A-Z]{2}$": "is not an ISO 3166-1 country code (two capital letters: FR)",
    r"^[A-Z]{3}$": "is not an ISO 4217 currency code (three capital letters: EUR)",
    r"^https?://[^\s<>\"'`]+$": "is not a web address (https://..., without spaces, quotes, apostrophes or angle "
                                "brackets; write an apostrophe as %27)",
    r"^https?://\S+$": "is not a web address (https://..., without spaces)",
    r"^[A-Za-z0-9._/-]{1,64}$": "is not a reference: up to 64 letters, digits and . _ / - (no spaces)",
    r"^[^\s@<>\"'`]+@[^\s@<>\"'`]+\.[^\s@<>\"'`]+$": "is not an e-mail address (no spaces, quotes or "
                                                      "apostrophes)",
}


def validate(adapter: TypeAdapter | type[BaseModel], data: Any, locator: Locator) -> tuple[Any, list[Problem]]:
    """Validate ``data``; return the model (or None) and the located problems."""
    try:
        if isinstance(adapter, TypeAdapter):
            return adapter.validate_python(data), []
        return adapter.model_validate(data), []
    except ValidationError as exc:
        target = adapter._type if isinstance(adapter, TypeAdapter) else adapter  # noqa: SLF001
        errors = exc.errors(include_url=False, include_context=True)
        return None, [_problem(err, target, locator) for err in errors]


def _problem(err: dict[str, Any], target: Any, locator: Locator) -> Problem:
    loc: Loc = tuple(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        allowed = _fields_at(target, loc[:-1])
        hint = did_you_mean(str(loc[-1]), allowed)
        message = f"unknown field {shown_value(str(loc[-1]))}{hint}"
        if allowed and not hint:
            message += f"; allowed: {', '.join(sorted(allowed))}"
        return locator.problem(loc, message, on_key=True)
    return locator.problem(loc, _message(err, loc, locator))


def _message(err: dict[str, Any], loc: Loc, locator: Locator) -> str:
    kind, value, ctx = err["type"], err.get("input"), err.get("ctx") or {}
    if kind == "missing":
        return "required field is missing"
    if kind in ("string_type", "int_type", "float_type", "date_type"):
        return _scalar_message(kind, value, loc, locator)
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"expected a mapping of fields, got {_whole(value) if not loc else _kind(value)}"
    if kind == "list_type":
        return f"expected a list, got {_whole(value) if not loc else _kind(value)}"
    if kind == "literal_error":
        choices = [c.strip("'") for c in str(ctx.get("expected", "")).replace(" or ", ", ").split(", ")]
        return f"{shown_value(str(value))} is not one of: {', '.join(choices)}{did_you_mean(str(value), choices)}"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(ctx.get("pattern"), "has an unexpected form")
        return "must not be empty" if not str(value).strip() else f"'{_short(value)}' {hint}"
    if kind in ("string_too_short", "too_short"):
        return "must not be empty" if kind == "string_too_short" else "must not be empty: give at least one item"
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    if kind in ("greater_than", "greater_than_equal", "less_than_equal", "less_than"):
        return f"{value} is out of range ({err['msg'].removeprefix('Input should be ')})"
    if kind == "finite_number":
        return f"{shown_value(value)} is not a finite number; give the amount in figures"
    if kind == "value_error":
        return str(ctx.get("error") or err["msg"]).removeprefix("Value error, ")
    return err["msg"]


def _scalar_message(kind: str, value: Any, loc: Loc, locator: Locator) -> str:
    """A wrong type where a scalar is expected; a bare YAML 1.1 word or number gets "quote it"."""
    expected = {"string_type": "text", "date_type": "a date (YYYY-MM-DD)"}.get(kind, "a number")
    node = locator.scalar(loc)  # None for a list or a mapping
    if node is not None and not node.style and kind == "string_type":
        if value is None and not node.value:
            return "is empty; write the text"
        return f"expected text, but {describe_scalar(node)}; quote it: \"{node.value}\""
    return f"expected {expected}, got {_kind(value)}"


def _whole(value: Any) -> str:
    """What a whole file holds instead of fields; its text is not quoted (it may be any file, a secret)."""
    if isinstance(value, str):
        return f"a text of {len(value):,} characters (not shown; is this the right file?)"
    return _kind(value)


def _kind(value: Any) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{_short(value)}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    return type(value).__name__


def _short(value: Any, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fields_at(target: Any, loc: Loc) -> list[str]:
    """Field names (by alias) of the model reached by following ``loc``."""
    current = target
    for step in loc:
        current = _unwrap(current)
        if isinstance(step, int):
            args = typing.get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel):
            field = _field_by_alias(current, step)
            current = field.annotation if field else None
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or name for name, f in current.model_fields.items()]
    return []


def _unwrap(tp: Any) -> Any:
    """Strip Optional[...] and Annotated[...] down to the model or list type."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = options[0] if len(options) == 1 else tp
            if len(options) != 1:
                return tp
        else:
            return tp


def _field_by_alias(model: type[BaseModel], key: Any):
    for name, field in model.model_fields.items():
        if (field.alias or name) == key:
            return field
    return None
