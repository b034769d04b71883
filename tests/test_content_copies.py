"""No sentence of roles/ copies its sources: no run of 8 words in common with the articles.

Every French and English text of roles/ (roles and vocabularies) is compared with the articles the roles are
described from. Both sides are normalised (case, accents and punctuation folded, as rolegen's search does), and a
text fails when 8 consecutive words of it appear in an article; a quotation marked as such (« ... », “ ... ” or
"...") is left out. The articles themselves are not part of the project: their 8-word runs are kept as hashes in
tests/fixtures/source-runs.txt, regenerated from the articles when they are at hand (../shared/seeds/):

    python tests/test_content_copies.py --update
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any, Iterator

import yaml

from rolegen.textutil import fold

ROOT = Path(__file__).resolve().parent.parent
ROLES = ROOT / "roles"
SEEDS = ROOT.parent / "shared" / "seeds"
RUNS = Path(__file__).resolve().parent / "fixtures" / "source-runs.txt"
RUN = 8
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def _key(words: list[str]) -> str:
    return hashlib.sha1(" ".join(words).encode()).hexdigest()[:16]


def runs_of(text: str) -> Iterator[tuple[int, str]]:
    """(position, hash) of every run of RUN words of a text, once folded."""
    words = fold(text).split()
    for i in range(len(words) - RUN + 1):
        yield i, _key(words[i:i + RUN])


def seed_runs() -> set[str]:
    return {key for path in sorted(SEEDS.glob("*.txt")) for _, key in runs_of(path.read_text(encoding="utf-8"))}


def texts(node: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(path, text) of every French or English text of a YAML document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("fr", "en") and isinstance(value, str):
                yield (*path, key), value
            else:
                yield from texts(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from texts(value, (*path, i))


def copied(known: set[str]) -> list[str]:
    """One line per text of roles/ sharing a run of RUN words with an article: file, field and the words."""
    found = []
    for file in sorted(ROLES.rglob("*.yml")):
        for path, text in texts(yaml.safe_load(file.read_text(encoding="utf-8"))):
            unquoted = QUOTED.sub(" ", text)
            words = fold(unquoted).split()
            for i, key in runs_of(unquoted):
                if key in known:
                    where = ".".join(map(str, path))
                    found.append(f"{file.relative_to(ROOT)}: {where}: {' '.join(words[i:i + RUN])}")
                    break
    return found


def test_no_text_copies_an_article() -> None:
    known = set(RUNS.read_text(encoding="utf-8").split())
    assert len(known) > 3000  # the five articles' runs are all there
    assert copied(known) == []


def test_the_runs_file_matches_the_articles() -> None:
    if not SEEDS.is_dir():  # the articles are not shipped with the project; the hashes are
        return
    assert set(RUNS.read_text(encoding="utf-8").split()) == seed_runs(), "run: python tests/test_content_copies.py --update"


def test_a_copied_run_is_found_and_a_quotation_is_not() -> None:
    article = "Le community manager est responsable de la modération sur les blogs et les pages"
    known = {key for _, key in runs_of(article)}
    own = "Il ou elle est responsable de la modération sur les blogs de la marque."
    assert any(key in known for _, key in runs_of(own))
    assert not any(key in known for _, key in runs_of(QUOTED.sub(" ", f"Selon la source, « {article} ».")))
    seven = "responsable de la modération sur les blogs"
    assert not any(key in known for _, key in runs_of(seven))


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        RUNS.write_text("\n".join(sorted(seed_runs())) + "\n", encoding="utf-8")
    for line in copied(set(RUNS.read_text(encoding="utf-8").split())):
        print(line)
