"""Turning plain role text into Markdown that can never carry markup.

Role texts are plain text (the data contract says so), but they reach
Markdown pages and HTML fragments. Every character that Markdown, its usual
extensions or HTML could read as markup is written as a numeric character
reference: the reader sees the same character, the parser sees no syntax.
Numeric references work whatever Markdown extensions the user enables, which
backslash escapes do not (an escape a parser does not know stays visible).
"""

from __future__ import annotations

import re

# Markdown and HTML syntax characters, and those of the common extensions
# (tables, ~~strike~~, ^sup^, ==mark==, :emoji:, {: attr}, ++keys++, $math$).
# The double quote is encoded too, so that the result is also safe in an HTML
# attribute. Parentheses, dots and hyphens only matter after a bracket or at the start of
# a line: brackets are always encoded, and ``inline`` handles the start.
_MARKUP = "\\`*_{}[]<>#&|~^=:$+\""
_TABLE = str.maketrans({ch: f"&#{ord(ch)};" for ch in _MARKUP} | {"\n": " ", "\r": " ", "\t": " "})
# A list marker or ordered-list number at the start of a text would open a
# block inside a list item: "- 1. x" is a nested list.
_LEADING = re.compile(r"^(\d+)([.)])|^-")


class Md(str):
    """Markdown text that is already safe: printed by the templates as it is."""

    __slots__ = ()


_INLINE: dict[str, Md] = {}
_INLINE_MAX = 50_000
_INLINE_LONGEST = 120
"""Short texts are kept by :func:`inline`: pages repeat the names of the roles, skills and terms they link to
(long sentences are seldom repeated, and would only hold memory)."""


def inline(text: str) -> Md:
    """Plain ``text`` as inline Markdown: on one line, no character read as markup."""
    if isinstance(text, Md):
        return text
    if type(text) is not str:
        return line_start(" ".join(str(text).split()))
    found = _INLINE.get(text)
    if found is None:
        found = line_start(" ".join(text.split()))
        if len(text) <= _INLINE_LONGEST and len(_INLINE) < _INLINE_MAX:
            _INLINE[text] = found
    return found


def line_start(text: str) -> Md:
    """The start of a line: markup encoded, and no list marker or number that opens a block."""
    encoded = text.translate(_TABLE)
    if encoded[:1] == "-" or encoded[:1].isdigit():
        encoded = _LEADING.sub(_leading, encoded, count=1)
    return Md(encoded)


def fragment(text: str) -> str:
    """A piece of a line: markup characters encoded, spaces kept as they are."""
    return text.translate(_TABLE)


def _leading(match: re.Match) -> str:
    if match.group(1) is None:
        return "&#45;"
    return f"{match.group(1)}&#{ord(match.group(2))};"


def code(text: str) -> Md:
    """``text`` as a code span (identifiers, codes); backticks in it are refused upstream."""
    return Md(f"`{text}`") if "`" not in text else inline(text)


def link(label: str, target: str) -> Md:
    """A Markdown link whose label is plain text and whose target is a path or URL we built."""
    return Md(f"[{inline(label)}]({_safe_target(target)})")


def _safe_target(target: str) -> str:
    # Targets come from ids (a restricted alphabet) or from validated URLs; spaces and
    # parentheses would still end a Markdown link target, so encode the few that could.
    return target.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def relative(target: str, source: str) -> str:
    """Path from the page ``source`` to ``target`` (both relative to the docs folder, with anchors kept).

    Called for every link of every page: a plain string computation rather
    than ``posixpath.relpath``, which resolves both paths against the disk.
    """
    folder, _, _ = source.rpartition("/")
    if not folder:
        return target
    if target.startswith(folder + "/"):
        return target[len(folder) + 1:]
    return "../" * (folder.count("/") + 1) + target


def page_url(path: str) -> str:
    """The URL of a docs page under directory URLs: ``roles/cm.md`` -> ``roles/cm/``, ``index.md`` -> ``./``."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem or "./"
    return stem + "/"


def to_root(source: str) -> str:
    """Relative URL from the page ``source`` to the root of its language site (``../../`` or ``./``)."""
    depth = page_url(source).count("/") if page_url(source) != "./" else 0
    return "../" * depth or "./"


def url_from(target: str, source: str, from_source: bool = False, page: bool = True) -> str:
    """Relative URL, as a browser resolves it, from the page ``source`` to the docs path ``target``.

    MkDocs does not rewrite raw HTML, so links in it must be final URLs.
    ``target`` may be a page (``.md``, with an optional ``#anchor``) or another file.
    ``from_source``: the same URL written from the source file's folder instead,
    for an engine that reads raw HTML links that way and rewrites them (Zensical).
    ``page`` False: ``target`` is a file, even when its name ends in ``.md``.
    """
    path, _, anchor = target.partition("#")
    dest = page_url(path) if page and path.endswith(".md") else path
    prefix = ("../" * source.count("/") or "./") if from_source else to_root(source)
    url = (prefix if prefix != "./" else "") + (dest if dest != "./" else "")
    url = url or "./"
    return f"{url}#{anchor}" if anchor else url


_FRENCH_MARKS = ((" :", "\u00a0:"), (" ;", "\u00a0;"), (" !", "\u00a0!"), (" ?", "\u00a0?"), (" »", "\u00a0»"),
                 (" &#58;", "\u00a0&#58;"), ("« ", "«\u00a0"))


def french_spacing(text: str) -> str:
    """French typography: a no-break space before ``: ; ! ? »`` and after ``«``.

    Applied to whole French pages (template text and role text alike), so it
    is plain replacements: a few passes over the text at C speed.
    """
    for loose, tight in _FRENCH_MARKS:
        if loose in text:
            text = text.replace(loose, tight)
    return text
