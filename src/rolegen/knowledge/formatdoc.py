"""The file-format reference, written from the model's field docstrings (``rolegen schema --markdown``)."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from rolegen.knowledge.company import Company
from rolegen.knowledge.model import VOCABULARIES, Role, Text


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in args if a is not type(None))
    if origin is list:
        return f"list of {_type_name(args[0])}"
    if origin is typing.Literal:
        return " \\| ".join(f"`{a}`" for a in args)
    if annotation is Text:
        return "text {fr, en}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__
    return {str: "string", int: "integer", float: "number"}.get(annotation, getattr(annotation, "__name__", "value"))


def _table(model: type[BaseModel]) -> list[str]:
    lines = [f"### {model.__name__}", "", (model.__doc__ or "").strip().splitlines()[0], "",
             "| field | type | required | meaning |", "|---|---|---|---|"]
    for name, field in model.model_fields.items():
        required = "yes" if field.is_required() else "no"
        lines.append(f"| `{field.alias or name}` | {_type_name(field.annotation)} | {required} | {field.description} |")
    return lines + [""]


def _nested(model: type[BaseModel], seen: list[type[BaseModel]]) -> None:
    if model in seen:
        return
    seen.append(model)
    for field in model.model_fields.values():
        for arg in _leaf_types(field.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel) and arg is not Text:
                _nested(arg, seen)


def _leaf_types(annotation: Any) -> list[Any]:
    args = typing.get_args(annotation)
    return [leaf for arg in args for leaf in _leaf_types(arg)] if args else [annotation]


def reference() -> str:
    """Markdown tables for a role, a company profile and each vocabulary entry, nested models included."""
    from rolegen.postings.model import Opening

    sections = [("A role file", Role), ("A company profile", Company), ("An opening (openings/*.yml)", Opening)]
    sections += [(f"vocabulary/{kind}.yml (a list of entries)", model) for kind, model in VOCABULARIES.items()]
    out = ["# File formats", "", "Written from the model by `rolegen schema --markdown`; every text is "
           "`{fr: ..., en: ...}`, both required.", ""]
    for heading, model in sections:
        models: list[type[BaseModel]] = []
        _nested(model, models)
        out += [f"## {heading}", ""]
        for each in models:
            out += _table(each)
    return "\n".join(out).rstrip() + "\n"
