"""The changes in words: one paragraph per role, as text, Markdown (a merge-request comment) or JSON."""

from __future__ import annotations

from typing import Any, Callable

from rolegen.kbdiff.engine import Changes, is_text
from rolegen.knowledge.export import to_json
from rolegen.textutil import md_escape, one_line

LANGUAGE_NAMES = {"fr": "French", "en": "English"}
QUOTE_LIMIT = 100
"""Longest text quoted in full; longer ones are cut (the files hold the rest)."""
_ID_KINDS = {"family": ("families",), "backgrounds": ("backgrounds",), "kpis": ("kpis",), "skills": ("skills",),
             "reports_to": ("roles",), "manages": ("roles",), "collaborations": ("roles", "teams"),
             "not_to_confuse_with": ("roles",), "seniority": ("seniority",), "role": ("roles",)}
"""Field -> the kinds of ids it names, to show an id with its label."""


def render(changes: Changes, fmt: str = "text", lang: str = "fr") -> str:
    """The changes as ``text``, ``md`` or ``json``."""
    if fmt == "json":
        return to_json(changes.data())
    return _Prose(changes, lang, markdown=fmt == "md").document()


class _Prose:
    def __init__(self, changes: Changes, lang: str, markdown: bool):
        self.changes = changes
        self.lang = lang
        self.markdown = markdown
        self.plain: Callable[[str], str] = (lambda t: md_escape(t)) if markdown else (lambda t: one_line(t))

    def bold(self, text: str) -> str:
        return f"**{text}**" if self.markdown else text

    def code(self, text: str) -> str:
        return f"`{text}`" if self.markdown else text

    def document(self) -> str:
        c = self.changes
        title = "Changes to the roles"
        lines = [f"### {title}" if self.markdown else f"{title}\n{'=' * len(title)}", ""]
        if c.empty():
            return "\n".join(lines + ["No change in the knowledge base.", ""])
        lines += [self.summary(), ""]
        if c.added:
            lines += [f"{self.bold('Added:')} " + ", ".join(self.role(r) for r in c.added) + ".", ""]
        if c.removed:
            lines += [f"{self.bold('Removed:')} " + ", ".join(self.role(r) for r in c.removed) + ".", ""]
        for role in c.changed:
            phrases = [self.phrase(change) for change in role["changes"]]
            lines += [f"{self.bold(self.role(role))}: " + "; ".join(phrases) + ".", ""]
        for kind, entry in c.vocabularies.items():
            lines += [f"{self.bold('Vocabulary ' + kind)}: " + self.vocabulary(kind, entry) + ".", ""]
        return "\n".join(lines)

    def summary(self) -> str:
        c = self.changes
        parts = [f"{len(items)} role{'s' if len(items) > 1 else ''} {verb}"
                 for items, verb in ((c.changed, "changed"), (c.added, "added"), (c.removed, "removed")) if items]
        if c.vocabularies:
            parts.append(f"vocabularies changed: {', '.join(c.vocabularies)}")
        return "; ".join(parts).capitalize() + "."

    def role(self, role: dict) -> str:
        return f"{self.plain(role['title'][self.lang])} ({self.code(role['id'])})"

    def name(self, field: str, ident: str) -> str:
        """An id with its label: ``Modération (moderation)``."""
        for kind in _ID_KINDS.get(field.split(".")[0], ()):
            label = self.changes.labels.get(kind, {}).get(ident)
            if is_text(label) and label.get(self.lang):
                return f"{self.plain(label[self.lang])} ({self.code(ident)})"
        return self.code(self.plain(ident))

    def quote(self, text: str) -> str:
        return f"“{self.plain(one_line(text, QUOTE_LIMIT))}”"

    def value(self, field: str, value: Any) -> str:
        if isinstance(value, str):
            return self.name(field, value)
        if is_text(value):
            return self.quote(value.get(self.lang) or next(iter(value.values())))
        if isinstance(value, list):
            return ", ".join(self.value(field, v) for v in value) or "nothing"
        if isinstance(value, dict):
            return self.item(field, value, None)
        return self.code(self.plain(str(value)))

    def item(self, field: str, item: dict, key: str | None) -> str:
        """A list item by its name, with its short details: ``Vidéo (video), optional``."""
        if key is None:
            key = next((k for k, v in item.items() if isinstance(v, str)), None)
        head = self.name(field, item[key]) if key else "an item"
        details = [self.plain(v) for k, v in item.items() if k != key and isinstance(v, str) and len(v) <= 24]
        return head + (f" ({', '.join(details)})" if details else "")

    def phrase(self, change: dict) -> str:
        field = self.plain(change["field"].replace("_", " "))
        kind = change["kind"]
        if kind == "added":
            return f"{field} added: {self.value(change['field'], change['new'])}"
        if kind == "removed":
            return f"{field} removed"
        if kind == "text":
            langs = " and ".join(LANGUAGE_NAMES[lang] for lang in change["languages"])
            shown = change["languages"][0] if self.lang not in change["languages"] else self.lang
            return f"{field} changed in {langs} (now {self.quote(change['new'][shown])})"
        if kind == "value":
            return f"{field} changed from {self.value(change['field'], change['old'])} to " \
                   f"{self.value(change['field'], change['new'])}"
        if kind == "ids":
            return f"{field}: " + self.added_dropped(change["added"], change["dropped"],
                                                     lambda x: self.name(change["field"], x))
        if kind == "texts":
            return f"{field}: " + ", ".join(
                f"in {LANGUAGE_NAMES[lang]} " + self.added_dropped(parts["added"], parts["dropped"], self.quote)
                for lang, parts in change["languages"].items())
        if kind == "items":
            return f"{field}: " + self.items(change)
        if kind == "list":
            return f"{field}: {len(change['added'])} added, {len(change['dropped'])} dropped"
        return f"{field} reordered"

    def added_dropped(self, added: list, dropped: list, show: Callable[[Any], str]) -> str:
        parts = []
        if added:
            parts.append("added " + ", ".join(show(x) for x in added))
        if dropped:
            parts.append("dropped " + ", ".join(show(x) for x in dropped))
        return " and ".join(parts)

    def items(self, change: dict) -> str:
        field, key = change["field"], change["key"]
        parts = []
        if change["added"] or change["dropped"]:
            parts.append(self.added_dropped(change["added"], change["dropped"], lambda x: self.item(field, x, key)))
        for each in change["changed"]:
            inner = ", ".join(self.phrase(c) for c in each["changes"])
            parts.append(f"{self.name(field, each['key'])}: {inner}")
        return ", ".join(parts)

    def vocabulary(self, kind: str, entry: dict) -> str:
        def label(e: dict) -> str:
            text = e.get("label")
            shown = self.plain(text[self.lang]) + " " if is_text(text) and text.get(self.lang) else ""
            return f"{shown}({self.code(e['id'])})"

        parts = []
        if entry["added"] or entry["removed"]:
            parts.append(self.added_dropped(entry["added"], entry["removed"], label))
        for each in entry["changed"]:
            parts.append(f"{label(each)}: " + ", ".join(self.phrase(c) for c in each["changes"]))
        return "; ".join(parts)
