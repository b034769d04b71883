"""Broken and hostile role files: one located line each, exit 1, nothing else happens."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rolegen import load
from rolegen.errors import DataError


def only_problem(roles: Path) -> str:
    with pytest.raises(DataError) as info:
        load(roles)
    problems = [str(p) for p in info.value.problems]
    assert len(problems) == 1, problems
    return problems[0]


def billion_laughs() -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (billion_laughs(), "roles/x.yml:1:10: a4[5][5][7][5][0]: the document expands to more than 50,000 values"
                           " (alias bomb?)"),
        ("id: " + "[" * 30 + "]" * 30 + "\n", "roles/x.yml:1:29: id" + "[0]" * 24 + ": nesting is deeper than"
                                              " 24 levels"),
        ("id: " + "[" * 20000 + "]" * 20000 + "\n", "roles/x.yml:1:29: id" + "[0]" * 24 + ": nesting is deeper"
                                                    " than 24 levels"),
        ("42\n", "roles/x.yml:1:1: expected a mapping of fields, got the number 42"),
        ("--- {}\n--- {}\n", "roles/x.yml:2:1: several YAML documents in one file; keep one"),
        ("a: 1\na: 2\n<<: {b: 1}\n", None),
    ],
)
def test_hostile_documents(kb_dir: Path, content: str, expected: str | None) -> None:
    (kb_dir / "x.yml").write_text(content, encoding="utf-8")
    start = time.monotonic()
    if expected is None:
        with pytest.raises(DataError) as info:
            load("roles")
        messages = [p.message for p in info.value.problems]
        assert "duplicate key 'a' (first at line 1)" in messages
        assert "merge keys ('<<') are not supported; write the fields out" in messages
    else:
        assert only_problem(Path("roles")) == expected
    assert time.monotonic() - start < 30  # a guard against hanging, not a benchmark


DEEP = [
    ("id: " + "[" * 30 + "]" * 30 + "\n", "roles/x.yml:1:29: id" + "[0]" * 24),
    ("id: " + "[" * 20000 + "]" * 20000 + "\n", "roles/x.yml:1:29: id" + "[0]" * 24),
    ("id: " + "{a: " * 3000 + "\n", "roles/x.yml:1:101: id" + ".a" * 24),
    ("id: x\nl:\n" + "- " * 3000 + "x\n", "roles/x.yml:3:49: l" + "[0]" * 24),
    ("id: x\n" + "".join(" " * i + "k:\n" for i in range(1200)) + " " * 1200 + "x: 1\n",
     "roles/x.yml:27:26: k" + ".k" * 24),
]


@pytest.mark.parametrize("loader", ["libyaml", "python"])
@pytest.mark.parametrize(("content", "where"), DEEP)
def test_nesting_is_rolegen_own_guard(kb_dir: Path, monkeypatch: pytest.MonkeyPatch, loader: str, content: str,
                                      where: str) -> None:
    """Flow and block nesting past 24 levels: the same located line whatever the YAML library's own limit."""
    from rolegen.knowledge import yamlio
    if loader == "python":
        monkeypatch.setattr(yamlio, "_Loader", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML built without libyaml")
    (kb_dir / "x.yml").write_text(content, encoding="utf-8")
    assert only_problem(Path("roles")) == where + ": nesting is deeper than 24 levels"


@pytest.mark.parametrize("content", [
    "id: x\n" + "".join(f"t{i}: voir [ceci\n" for i in range(60)) + "s: |\n" + "  [\n" * 60,
    'id: x\nl: ["a' + "[" * 40 + "\", 'b" + "{" * 40 + "']\n",
])
def test_brackets_in_text_are_not_nesting(kb_dir: Path, content: str) -> None:
    from rolegen.knowledge import yamlio
    path = kb_dir / "x.yml"
    path.write_text(content, encoding="utf-8")
    data, problems = yamlio.load(path, "roles/x.yml")
    assert data["id"] == "x" and problems == []


def test_file_over_the_size_limit(kb_dir: Path) -> None:
    (kb_dir / "x.yml").write_text("id: x\n" + "#" * (1024 * 1024) + "\n", encoding="utf-8")
    assert only_problem(Path("roles")) == "roles/x.yml:1:1: file is 1,048,583 bytes; the limit is 1,048,576"


def test_link_outside_the_roles_folder(kb_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.yml"
    outside.write_text("id: elsewhere\n", encoding="utf-8")
    os.symlink(outside, kb_dir / "elsewhere.yml")
    assert only_problem(Path("roles")) == (
        "roles/elsewhere.yml:1:1: symbolic link points outside the roles folder; copy the file instead")


@pytest.mark.parametrize("stem", [".hidden", "Upper", "with space", "a--b", "-lead"])
def test_bad_ids_as_file_names(kb_dir: Path, stem: str) -> None:
    name = stem
    (kb_dir / f"{name}.yml").write_text("id: x\n", encoding="utf-8")
    assert only_problem(Path("roles")) == (
        f"roles/{name}.yml:1:1: file name '{name}' is not a valid role id (lower-case, digits, hyphens)")


@pytest.mark.parametrize("value", ["../x", "a/b", "Upper", "with space", ".hidden"])
def test_bad_ids_as_references(kb_dir: Path, value: str) -> None:
    path = kb_dir / "digital-manager.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("kpis: [roi]", f"kpis: ['{value}']"), encoding="utf-8")
    assert only_problem(Path("roles")) == (
        f"roles/digital-manager.yml:21:8: kpis[0]: '{value}' is not a valid id: use lower-case ASCII letters,"
        " digits and single hyphens (community-manager)")


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
                    st.dates())
DATA = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=40,
)
ROLE_KEYS = ["id", "title", "summary", "skills", "kpis", "family", "level", "collaborations", "sources", "fr", "en"]
ROLE_LIKE = st.dictionaries(st.sampled_from(ROLE_KEYS), DATA, max_size=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=st.one_of(DATA, ROLE_LIKE))
def test_any_yaml_document_gives_a_result_or_a_rolegen_error(kb_dir: Path, document) -> None:
    (kb_dir / "x.yml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        load("roles")
    except DataError as exc:
        assert exc.problems and all(p.line >= 1 and p.column >= 1 for p in exc.problems)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200) | st.text(alphabet="{}[]:,-&*!|>'\"#\t\n ab1", max_size=120).map(str.encode))
def test_any_bytes_give_a_result_or_a_rolegen_error(kb_dir: Path, raw: bytes) -> None:
    (kb_dir / "x.yml").write_bytes(raw)
    try:
        load("roles")
    except DataError as exc:
        assert exc.problems
