"""Safe YAML reading that keeps every problem's line and column.

PyYAML's composer (the C one when libyaml is present) turns a file into a node
tree that carries marks; we build plain Python data from it ourselves, so that
duplicate keys, non-text keys, custom tags and alias bombs become located
problems instead of silent surprises. The node tree is not kept: a file is
composed again only when a problem in it must be located, which keeps the
common path (valid data) lean.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from rolegen.errors import Problem
from rolegen.textutil import shown_value

try:  # the C loader is several times faster; fall back where libyaml is absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def loader() -> type:
    """The YAML loader rolegen reads every file with: libyaml's when PyYAML has it (one choice, for the
    knowledge base and the checker's shipped word lists alike)."""
    return _Loader


MAX_BYTES = 1024 * 1024
"""Largest file rolegen reads: a real role is a few kilobytes."""
MAX_DEPTH = 24
"""Deepest nesting of mappings and lists: a real role needs five levels."""
MAX_NODES = 50_000
"""Most values one file may expand to, aliases included (stops alias bombs)."""

_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP = _TAG + "str", _TAG + "seq", _TAG + "map"
_constructor = yaml.constructor.SafeConstructor()
_SCALARS = {
    _TAG + "null": _constructor.construct_yaml_null,
    _TAG + "bool": _constructor.construct_yaml_bool,
    _TAG + "int": _constructor.construct_yaml_int,
    _TAG + "float": _constructor.construct_yaml_float,
    _TAG + "timestamp": _constructor.construct_yaml_timestamp,
}


class YamlProblems(Exception):
    """Raised with the located problems of a file that cannot be read."""

    def __init__(self, problems: list[Problem]):
        super().__init__(problems)
        self.problems = problems


def at(path: str, mark: Any, field: str, message: str, severity: str = "error") -> Problem:
    """A problem at a YAML mark (0-based line and column) or at the file start."""
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Problem(path, line, column, field, message, severity)


def read_text(path: Path, shown: str) -> str:
    """The file's text: UTF-8, a byte-order mark accepted, at most MAX_BYTES."""
    from rolegen.safefile import Refused, read_bytes

    try:
        raw = read_bytes(path, MAX_BYTES)
    except Refused as exc:
        message = str(exc)
        if message.startswith("cannot be read"):
            message = "cannot read file: " + message.removeprefix("cannot be read (").removesuffix(")")
        elif message.startswith("is ") and "bytes; the limit" in message:
            message = "file " + message
        else:
            message = f"not read: the file {message}"
        raise YamlProblems([at(shown, None, "", message)]) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        message = f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file as UTF-8"
        raise YamlProblems([Problem(shown, line, column, "", message)]) from None


def compose(text: str, shown: str) -> Node | None:
    """The node tree of one YAML document, or located problems.

    Nesting is rolegen's own guard, not the YAML library's: a document whose
    flow collections nest deeper than MAX_DEPTH is cut just past the first place
    that goes too deep (see :func:`_cut_too_deep`) and that shorter document is
    composed, so the builder reports the located "nesting is deeper" problem
    whatever limit (libyaml's 1,000 levels, Python's recursion limit, or none)
    the library has. Block nesting that a library refuses is cut at the line
    where it stopped, to the same effect.
    """
    cut = _cut_too_deep(text)
    if cut is not None:
        root = _compose_quietly(cut)
        if root is not None and _depth(root) > MAX_DEPTH:
            return root
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.reader.ReaderError as exc:
        raise YamlProblems([_reader_problem(exc, shown, text)]) from None
    except yaml.MarkedYAMLError as exc:
        if _is_depth_error(exc):
            return _compose_cut_at(text, exc.problem_mark or exc.context_mark, shown)
        raise YamlProblems([_syntax_problem(exc, shown, text)]) from None
    except yaml.YAMLError as exc:
        raise YamlProblems([at(shown, None, "", f"YAML error: {exc}")]) from None
    except RecursionError:
        raise YamlProblems([at(shown, None, "", f"nesting is deeper than {MAX_DEPTH} levels")]) from None


_FLOW_OPEN = {"[": "]", "{": "}"}


def _cut_too_deep(text: str) -> str | None:
    """The document cut where its flow collections (``[`` and ``{``) nest deeper than MAX_DEPTH, or None.

    One pass over the text. Outside flow collections a bracket opens one only
    where a value starts (first on its line, or after ``: ``, ``- ``, ``? ``);
    inside them every bracket counts, except in quoted text and comments. The
    cut keeps the text before the bracket that opens level MAX_DEPTH + 1, puts an
    empty value in its place and closes the brackets still open: that document
    has the same fields up to the deep value, so building it reports the problem
    at the deep bracket's line and column with its field path. A cut that does
    not show such a deep value (a bracket that was text after all) is ignored.
    """
    stack: list[str] = []
    indents: list[int] = []
    quote = ""
    line_start = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line_start = i + 1
        elif i == line_start and not stack and not quote:
            deep = _block_too_deep(text, i, indents)
            if deep is not None:
                return text[:deep] + "~\n"
        if quote:
            if ch == "\\" and quote == '"':
                i += 2
                continue
            if ch == quote:
                if quote == "'" and text.startswith("''", i):
                    i += 2
                    continue
                quote = ""
        elif ch == "#" and (i == 0 or text[i - 1] in " \t\n"):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif ch in "'\"" and stack and text[line_start:i].rstrip()[-1:] in ("[", "{", ",", ":", "?"):
            quote = ch
        elif ch in _FLOW_OPEN and (stack or _value_starts(text[line_start:i])):
            stack.append(_FLOW_OPEN[ch])
            if len(stack) > MAX_DEPTH:
                return text[:i] + "~" + "".join(reversed(stack[:-1])) + "\n"
        elif ch in "]}" and stack:
            stack.pop()
        i += 1
    return None


def _block_too_deep(text: str, start: int, indents: list[int]) -> int | None:
    """Where the block line at ``start`` goes deeper than MAX_DEPTH, or None; keeps ``indents`` current.

    A lower bound of the depth: one level per indentation step, one per compact
    ``- `` or ``? `` before the line's first value.
    """
    at_ = start
    while at_ < len(text) and text[at_] == " ":
        at_ += 1
    if at_ >= len(text) or text[at_] in "\n#\r":
        return None
    indent = at_ - start
    while indents and indent < indents[-1]:
        indents.pop()
    if not indents or indent > indents[-1]:
        indents.append(indent)
    depth = len(indents) - 1
    while True:
        if depth > MAX_DEPTH:
            return at_
        if text.startswith(("- ", "? "), at_):
            depth += 1
            at_ += 2
            while at_ < len(text) and text[at_] == " ":
                at_ += 1
            continue
        return None


def _value_starts(before: str) -> bool:
    """Whether a value may start after ``before`` (the line so far) in block context."""
    if before.strip() == "":
        return True
    return before[-1:] in (" ", "\t") and before.rstrip()[-1:] in (":", "-", "?")


def _compose_quietly(text: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except (yaml.YAMLError, RecursionError):
        return None


def _depth(root: Node) -> int:
    """How deep a node tree nests (iteratively: the tree may be deep)."""
    deepest = 0
    todo: list[tuple[Node, int]] = [(root, 0)]
    seen: set[int] = set()
    while todo:
        node, depth = todo.pop()
        deepest = max(deepest, depth)
        if id(node) in seen or deepest > MAX_DEPTH:
            continue
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            todo.extend((item, depth + 1) for item in node.value)
        elif isinstance(node, MappingNode):
            todo.extend((value, depth + 1) for _key, value in node.value)
    return deepest


def _is_depth_error(exc: yaml.MarkedYAMLError) -> bool:
    words = f"{exc.problem or ''} {exc.context or ''}".lower()
    return "nesting" in words or "depth" in words


def _compose_cut_at(text: str, mark: Any, shown: str) -> Node | None:
    """A document the library found too deep: compose it up to the line where it stopped."""
    if mark is not None:
        start = sum(len(line) for line in text.splitlines(keepends=True)[:mark.line])
        root = _compose_quietly(text[:start])
        if root is not None and _depth(root) > MAX_DEPTH:
            return root
    raise YamlProblems([at(shown, mark, "", f"nesting is deeper than {MAX_DEPTH} levels")]) from None


def _reader_problem(exc: yaml.reader.ReaderError, shown: str, text: str) -> Problem:
    """A character YAML does not allow in a file (a raw NUL, a control character), at its own line and column."""
    position = exc.position if isinstance(exc.position, int) and exc.position >= 0 else 0
    if exc.encoding != "unicode":  # libyaml counts bytes of the UTF-8 text
        position = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
    position = min(position, len(text))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    char = exc.character if isinstance(exc.character, str) else chr(exc.character or 0)
    return Problem(shown, line, column, "", f"character U+{ord(char):04X} is not allowed in a YAML file; remove it "
                                            "(write it as an escape in double quotes if it is really meant)")


def _syntax_problem(exc: yaml.MarkedYAMLError, shown: str, text: str = "") -> Problem:
    mark = exc.problem_mark or exc.context_mark
    problem = (exc.problem or "syntax error").strip()
    if "duplicate anchor" in (exc.context or "") and exc.context_mark and exc.problem_mark:
        return at(shown, exc.problem_mark, "", _reused_anchor(text, exc.context_mark, exc.problem_mark))
    if "'\\t'" in problem or "tab" in problem or _char_at(text, mark) == "\t":
        message = "a tab character where YAML needs spaces; indent with spaces"
    elif "expected a single document" in (exc.context or ""):
        message = "several YAML documents in one file; keep one"
    else:
        context = f" ({exc.context.strip()})" if exc.context else ""
        message = f"YAML syntax error: {problem}{context}"
    return at(shown, mark, "", message)


def _char_at(text: str, mark: Any) -> str:
    """The character at a YAML mark (line and column), or ''."""
    if mark is None or not text:
        return ""
    lines = text.splitlines()
    line = lines[mark.line] if 0 <= mark.line < len(lines) else ""
    return line[mark.column] if 0 <= mark.column < len(line) else ""


def _reused_anchor(text: str, first: Any, again: Any) -> str:
    """Name the anchor defined twice and both places (YAML readers disagree on which one an alias means)."""
    line = text.splitlines()[again.line] if again.line < len(text.splitlines()) else ""
    found = re.match(r"&([^\s,\[\]{}]+)", line[again.column:])
    name = shown_value(f"&{found.group(1)}") if found else "an anchor"
    return (f"anchor {name} is defined twice: first at line {first.line + 1}, column {first.column + 1}, "
            f"again at line {again.line + 1}, column {again.column + 1}; give each anchor its own name")


def load(path: Path, shown: str) -> tuple[Any, list[Problem]]:
    """Read one YAML file into plain data (dict, list, str, int, ...).

    Returns the data with the problems found while building it (a duplicate
    key is dropped, the rest of the file is kept, so that later checks report
    their own problems too). Raises :class:`YamlProblems` when the file cannot
    be parsed at all.
    """
    root = compose(read_text(path, shown), shown)
    if root is None:
        raise YamlProblems([at(shown, None, "", "the file is empty")])
    builder = _Builder(shown)  # raises YamlProblems on a document too large or too deep to read
    return builder.build(root, 0, ""), builder.problems


class _Builder:
    """Turns a node tree into data, collecting problems instead of stopping."""

    def __init__(self, shown: str):
        self.shown = shown
        self.problems: list[Problem] = []
        self.budget = MAX_NODES

    def build(self, node: Node, depth: int, field: str) -> Any:
        self.budget -= 1
        if self.budget < 0:
            message = f"the document expands to more than {MAX_NODES:,} values (alias bomb?)"
            raise YamlProblems([at(self.shown, node.start_mark, field, message)])
        if depth > MAX_DEPTH:
            raise YamlProblems([at(self.shown, node.start_mark, field, f"nesting is deeper than {MAX_DEPTH} levels")])
        if isinstance(node, ScalarNode):
            return self._scalar(node, field)
        if isinstance(node, SequenceNode) and node.tag == _SEQ:
            return [self.build(item, depth + 1, f"{field}[{i}]") for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode) and node.tag == _MAP:
            return self._mapping(node, depth, field)
        return self._bad_tag(node, field)

    def _scalar(self, node: ScalarNode, field: str) -> Any:
        if node.tag == _STR:
            return self._safe_text(node, field)
        construct = _SCALARS.get(node.tag)
        if construct is None:
            return self._bad_tag(node, field)
        try:
            return construct(node)
        except (ValueError, OverflowError):
            message = f"{shown_value(node.value)} is not a valid {node.tag.removeprefix(_TAG)}"
            self.problems.append(at(self.shown, node.start_mark, field, message))
            return None

    def _safe_text(self, node: ScalarNode, field: str) -> str:
        """The text without control characters and bidirectional overrides, each removal a located warning."""
        from rolegen import safetext

        chars = safetext.unsafe_chars(node.value)
        if not chars:
            return node.value
        self.problems.append(at(self.shown, node.start_mark, field, safetext.removal_message(chars), "warning"))
        return safetext.clean(node.value)

    def _mapping(self, node: MappingNode, depth: int, field: str) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node, field)
            if key is None:
                continue
            child = f"{field}.{key}" if field else key
            if key in seen:
                message = f"duplicate key {shown_value(key)} (first at line {seen[key]})"
                self.problems.append(at(self.shown, key_node.start_mark, child, message))
                continue
            seen[key] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, depth + 1, child)
        return result

    def _key(self, node: Node, field: str) -> str | None:
        if isinstance(node, ScalarNode) and node.tag == _STR:
            return node.value
        if isinstance(node, ScalarNode) and node.tag in _SCALARS:
            message = f"key {describe_scalar(node)}; quote it: \"{node.value}\""
        elif node.tag == _TAG + "merge":
            message = "merge keys ('<<') are not supported; write the fields out"
        else:
            message = "a key must be plain text"
        self.problems.append(at(self.shown, node.start_mark, field, message))
        return None

    def _bad_tag(self, node: Node, field: str) -> None:
        message = f"tag {shown_value(node.tag)} is not allowed; only plain YAML values are"
        self.problems.append(at(self.shown, node.start_mark, field, message))
        return None


def describe_scalar(node: ScalarNode) -> str:
    """How YAML 1.1 read an unquoted scalar, e.g. "'no' is read as the boolean false"."""
    kind = node.tag.removeprefix(_TAG)
    try:
        value = _SCALARS[node.tag](node)
    except (KeyError, ValueError, OverflowError):
        return f"'{node.value}' is read as {kind}"
    if kind == "bool":
        return f"'{node.value}' is read as the boolean {str(value).lower()}"
    if kind == "null":
        return f"'{node.value}' is read as an empty value" if node.value else "is empty"
    if kind in ("int", "float") and str(value) != node.value:
        return f"'{node.value}' is read as the number {value}"
    if kind in ("int", "float"):
        return f"'{node.value}' is read as a number"
    return f"'{node.value}' is read as a {'date' if isinstance(value, _dt.date) else kind}"


def find_node(root: Node, loc: tuple[Any, ...]) -> tuple[Node, Node | None, int]:
    """Follow ``loc`` (keys and indexes) from ``root`` as far as it goes.

    Returns the value node reached, the key node naming it (if any) and how many
    steps of ``loc`` were followed.
    """
    node, key_node = root, None
    for depth, step in enumerate(loc):
        found = child(node, step)
        if found is None:
            return node, key_node, depth
        key_node, node = found
    return node, key_node, len(loc)


def child(node: Node, step: Any) -> tuple[Node | None, Node] | None:
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == str(step):
                return key, value
    elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return None, node.value[step]
    return None
