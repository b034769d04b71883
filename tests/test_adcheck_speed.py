"""The ad checker's speed mechanisms change no finding: the literal prefilter (every corpus, with and without it; its
sets of literals, first words and reading on every core), the text readers' shortcuts (country, addresses, title),
the rule cache (hit, miss, corrupt, read-only, no home), and one ad imports nothing heavy."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from rolegen.adcheck import cache, check, engine, prefilter, ruleset
from rolegen.adcheck.evaluate import load_cases
from rolegen.adcheck.fold import fold
from rolegen.adcheck.prefilter import DIGIT, LiteralFilter, analyse, first_word, literals, requirements
from rolegen.errors import DataError

CORPUS = Path(__file__).resolve().parent / "fixtures" / "ads"
ROOT = Path(__file__).resolve().parent.parent


def _findings(cases, rules) -> list:
    rules.memo.clear()
    out = []
    for case in cases:
        options = {"country": case.country} if case.country else {}
        report = check(case.text, path=case.id, lang=case.lang, fragment=case.scope == "fragment", ruleset=rules,
                       **options)
        out.append((case.id, [f.as_dict() for f in report.findings], report.gender.as_dict(), report.country))
    return out


def test_the_prefilter_changes_no_finding_on_any_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = load_cases(CORPUS, recursive=True)  # the labelled corpus and the real ads (tune and test halves)
    assert len(cases) >= 1000 and any("real/test/" in c.source for c in cases)
    rules = ruleset.load_ruleset(check=True)
    monkeypatch.setattr(engine, "LITERALS", False)
    without = _findings(cases, rules)
    monkeypatch.setattr(engine, "LITERALS", True)
    with_it = _findings(cases, rules)
    assert sum(len(f) for _, f, _, _ in without) > 1000  # the corpora have findings to compare
    assert [c for c, w in zip(without, with_it) if c != w] == []


@pytest.mark.parametrize(("source", "expected"), [
    (r"(?<![a-z0-9])(?:jeune(?:s)?)(?![a-z0-9])", {"^jeune$", "^jeunes$"}),
    (r"(?<![a-z0-9])(?:jeune[a-z]*)", {"^jeune"}),
    (r"(?<![a-z0-9])(?:moins de \d+ ans)(?![a-z0-9])", {"^moins$"}),
    (r"(?<![a-z0-9])ambiti(?:eux|euse)(?![a-z0-9])", {"^ambitieux$", "^ambitieuse$"}),
    (r"(?<![a-z0-9])(?:[a-z]+ (?:abc|def)|xyz)(?![a-z0-9])", {"^abc$", "^def$", "^xyz$"}),
    (r"[0-9]+ ?€", {"%€"}),
    (r"\d+ ans", {"^ans"}),  # after a space: a word starts
    (r"\d\d", {DIGIT}),
    (r"(?:a|bc)", None),  # too short to filter
    (r"[a-z]+", None),
    (r"(?:ab)?cde", {"cde"}),
])
def test_literals_are_read_from_the_expression(source: str, expected) -> None:
    assert literals(source) == (frozenset(expected) if expected is not None else None)


def test_the_filter_keeps_every_expression_that_may_match() -> None:
    sources = {"jeune": r"(?<![a-z0-9])jeune(?![a-z0-9])", "ans": r"ans", "digit": r"\d+", "any": r"[a-z]+x"}
    found = LiteralFilter(sources)
    assert found.candidates("un jeune", ["un", "jeune"]) == {"jeune", "any"}
    assert found.candidates("rejeune", ["rejeune"]) == {"any"}  # not a word start
    assert found.candidates("dans 3 semaines", ["dans", "3", "semaines"]) == {"ans", "digit", "any"}
    assert found.candidates("٣", []) == {"digit", "any"}  # \d reads every script's digits


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list:
    built = []
    real = ruleset._build

    def counting(*args, **kwargs):
        built.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(ruleset, "_build", counting)
    return built


def _same(a, b) -> bool:
    return [(c.rule.model_dump(), c.source, c.alternatives) for c in a.rules] == \
        [(c.rule.model_dump(), c.source, c.alternatives) for c in b.rules]


def test_the_cache_is_written_then_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = _count_builds(monkeypatch)
    first = ruleset._cached("fr", None)
    files = list((tmp_path / "rolegen").glob("rules-*.pickle"))
    assert len(built) == 1 and len(files) == 1
    second = ruleset._cached("fr", None)
    assert len(built) == 1 and _same(first, second)  # read, not built
    assert not list((tmp_path / "rolegen").glob(".*.tmp"))  # written whole, through a renamed file
    report = check("Nous cherchons un jeune vendeur.", ruleset=second)
    assert "age-criterion" in {f.rule for f in report.findings}


def test_a_rules_file_gets_its_own_cache_and_a_change_is_seen(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    built = _count_builds(monkeypatch)
    rules = tmp_path / "rules.yml"
    rules.write_text("rules:\n  - id: age-criterion\n    severity: notice\n", encoding="utf-8")
    assert ruleset.load_ruleset(rules).by_id("age-criterion").rule.severity == "notice"
    assert ruleset.load_ruleset(rules).by_id("age-criterion").rule.severity == "notice"
    assert len(built) == 1
    rules.write_text("rules:\n  - id: age-criterion\n    severity: warning\n", encoding="utf-8")
    assert ruleset.load_ruleset(rules).by_id("age-criterion").rule.severity == "warning"
    assert len(built) == 2
    rules.write_text("rules:\n  - id: age-criterion\n    severity: loud\n", encoding="utf-8")
    with pytest.raises(DataError):  # a bad file is reported, not cached
        ruleset.load_ruleset(rules)
    assert len(built) == 3 and len(list((tmp_path / "cache" / "rolegen").glob("rules-*"))) == 2


def test_a_corrupt_cache_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = _count_builds(monkeypatch)
    good = ruleset._cached("fr", None)
    (path,) = (tmp_path / "rolegen").glob("rules-*.pickle")
    for damage in (b"not a pickle", path.read_bytes()[:1000]):
        path.write_bytes(damage)
        again = ruleset._cached("fr", None)
        assert _same(good, again)
    assert len(built) == 3
    assert _same(good, pickle.loads(path.read_bytes()))  # and written again whole


@pytest.mark.parametrize("where", ["file", "none"])
def test_no_writable_cache_folder_only_means_building(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      where: str) -> None:
    if where == "file":  # the cache folder's parent is a file: nothing can be created there
        (tmp_path / "file").write_text("x")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file" / "cache"))
    else:  # no home at all
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
        monkeypatch.delenv("HOME", raising=False)
        assert cache.folder() is None
    built = _count_builds(monkeypatch)
    first, second = ruleset._cached("fr", None), ruleset._cached("fr", None)
    assert len(built) == 2 and _same(first, second)


def test_a_read_only_cache_folder_is_read_and_left_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    ruleset._cached("fr", None)
    folder = tmp_path / "rolegen"
    before = sorted(p.name for p in folder.iterdir())
    written = []
    monkeypatch.setattr(cache, "_store", lambda *a: written.append(a))  # as a read-only folder would: nothing
    built = _count_builds(monkeypatch)
    ruleset._cached("fr", None)
    assert built == [] and written == [] and sorted(p.name for p in folder.iterdir()) == before
    if os.geteuid() != 0:  # root writes into read-only folders
        folder.chmod(0o500)
        try:
            monkeypatch.setattr(cache, "KEPT", 32)
            assert cache.cached("other", lambda: 42) == 42
        finally:
            folder.chmod(0o700)


HEAVY = ("pydantic", "jinja2", "yaml", "markdown", "rolegen.knowledge", "rolegen.site", "rolegen.postings.render",
         "rolegen.adcheck.model", "rolegen.adcheck.docx", "xml.etree", "zipfile")


def test_one_ad_imports_nothing_heavy(tmp_path: Path) -> None:
    ad = tmp_path / "ad.txt"
    ad.write_text("Community manager (H/F)\nNous cherchons un jeune community manager.\n", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    script = ("import sys\nimport rolegen.adcheck\nfrom rolegen.cli import main\n"
              f"sys.argv = ['rolegen', 'check-ad', {str(ad)!r}]\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              f"print('HEAVY', sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n")
    cold = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert "age-criterion" in cold.stdout  # the first run builds the rules (and may import what it needs)
    warm = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert "age-criterion" in warm.stdout
    assert warm.stdout.splitlines()[-1] == "HEAVY []"


def test_an_expression_needs_one_literal_of_each_of_its_sets() -> None:
    source = r"(?<![a-z0-9])vous (?:etes|serez) (?:celibataire|marie)(?![a-z0-9])"
    found = requirements(source)
    assert frozenset({"^vous$"}) in found and frozenset({"^celibataire$", "^marie$"}) in found
    assert literals(source) == found[0]  # the most selective set
    sieve = LiteralFilter({"family": source, "any": r"[a-z]+x"})
    assert sieve.candidates("vous etes ici", ["vous", "etes", "ici"]) == {"any"}  # one set met, not the others
    assert sieve.candidates("vous serez marie", ["vous", "serez", "marie"]) == {"family", "any"}


@pytest.mark.parametrize(("source", "expected"), [
    (r"(?<![a-z0-9])(?:jeune(?:s)?)(?![a-z0-9])", {"^jeune$", "^jeunes$"}),
    (r"(?<![a-z0-9])ambiti(?:eux|euse)(?![a-z0-9])", {"^ambitieux$", "^ambitieuse$"}),
    (r"(?<![a-z0-9])(?:ab)?cde(?![a-z0-9])", {"^abcde$", "^cde$"}),
    (r"(?<![a-z0-9])age(?:e|\(e\))? ans", {"^age"}),  # the word may go on: "agee"
    (r"(?<![a-z0-9])(?:vous etes|soyez) [a-z]+(?:euse|ee)", {"^vous$", "^soyez$"}),
    (r"(?<![a-z0-9])[a-z]+(?:euse|ive)(?![a-z0-9])", {"euse$", "ive$"}),
    (r"(?<![a-z0-9])(?:[a-z]+ (?:abc|def)|xyz)(?![a-z0-9])", None),  # an alternative's first word is any word
    (r"(?<![a-z0-9])(?:le )?jeune", {"^le$", "^jeune"}),  # an optional part first: its word or the next one
    (r"(?<![a-z0-9])(?:[-*] )?jeune", None),  # the match may start with a dash: no word
    # a trie of job nouns, some followed by a hyphen or a space: each alternative after the common letters
    (r"(?<![a-z0-9])(?:ch(?:ef(?:-| )cuisinier|auffeur))(?![a-z0-9])", {"^chef$", "^chauffeur$"}),
    (r"(?<![a-z0-9])(?:ch(?:ef(?:-| )cuisinier|[a-z]+))(?![a-z0-9])", {"^ch"}),  # then any letters: a word starting "ch"
    (r"[0-9]+ ?€", None),  # no look-behind: a match may start inside a word
    (r"(?<![a-z0-9])\d+ ans", {DIGIT}),  # a word with a digit (other scripts' digits: see below)
    # expressions joined (a rule's exceptions): each alternative says no word character precedes it
    (r"(?:(?<![a-z0-9])garde d'enfants)|(?:(?<![a-z0-9])(?:visite|examen) medical)", {"^garde$", "^visite$", "^examen$"}),
    (r"(?:(?<![a-z0-9])garde d'enfants)|(?:visite medicale)", None),  # the second may start inside a word
])
def test_the_first_word_of_a_match_is_read_from_the_expression(source: str, expected) -> None:
    assert first_word(source) == (frozenset(expected) if expected is not None else None)


def test_the_language_and_the_words_of_an_ad_are_the_sums_of_its_paragraphs() -> None:
    from rolegen.adcheck import coding
    from rolegen.adcheck import text as t

    cases = load_cases(CORPUS, recursive=True)
    for folded in [fold(case.text)[0] for case in cases] + ["", "\n\n  \n", "the and of\n\n  le la les de"]:
        paras = t.paragraphs(folded)
        assert t.detect(folded, paras) == t.detect(folded)
        assert (sum(p.fr for p in paras), sum(p.en for p in paras)) == t.scores(folded)
        title = t.title_span(folded, "txt")
        assert coding.read(folded, folded, lambda i: i, title, words=sum(p.words for p in paras)) \
            == coding.read(folded, folded, lambda i: i, title)  # the words the verdict counts


def test_a_digit_of_another_script_lets_a_match_start_outside_a_word() -> None:
    sieve = LiteralFilter({"number": r"(?<![a-z0-9])\d+ ans"})
    held: dict = {}
    assert sieve.candidates("de 25 ans", ["de", "25", "ans"], held) == {"number"}
    assert held[DIGIT] == ["25"]  # the words where a match may start
    held = {}
    assert sieve.candidates("de \u0662\u0665 ans", ["de", "ans"], held) == {"number"}
    assert None in held  # "\d" matches there, and no word holds it: the engine searches the whole segment
    text = "\u0663\u0660 ans maximum. 30 ans maximum."  # Arabic-Indic digits: "\d" reads them, a match starts there
    rules = ruleset.load_ruleset(check=True)
    rule = next(c for c in rules.rules if c.rule.id == "age-criterion")
    expected = [m.start() + 1 for m in rule.regex("fr").finditer(fold(text)[0])]  # the rule's own expression
    assert [f.column for f in check(text, ruleset=rules).findings if f.rule == "age-criterion"] == expected == [1, 17]


def test_the_literals_are_read_the_same_on_every_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "shipped", dict)  # every expression read here
    rules = ruleset.default_ruleset()
    sources = [s for c in rules.rules for lang in ("fr", "en") for s in c.alternatives.get(lang, ())][:300]
    here = analyse(sources, jobs=1)
    assert analyse(sources, jobs=2) == here
    assert here == {s: (requirements(s), first_word(s)) for s in sources}


def test_the_shipped_analysis_is_up_to_date_and_is_the_analysis(capsys: pytest.CaptureFixture[str]) -> None:
    assert prefilter.main(["--check"]) == 0, capsys.readouterr().out  # every shipped expression, read again
    known = prefilter.shipped()
    sources = list(dict.fromkeys(ruleset.shipped_sources()))
    assert len(sources) > 1000 and {prefilter.source_key(s) for s in sources} == set(known)
    sample = sorted(sources, key=len)[::40]  # short and long ones
    assert {s: known[prefilter.source_key(s)] for s in sample} == {s: (requirements(s), first_word(s)) for s in sample}


def test_building_the_rules_reads_only_the_expressions_not_shipped(monkeypatch: pytest.MonkeyPatch,
                                                                    tmp_path: Path) -> None:
    read: list[str] = []
    real = prefilter._analysed
    monkeypatch.setattr(prefilter, "_analysed", lambda distinct, jobs: read.extend(distinct) or real(distinct, jobs))
    ruleset._build("fr", None).prepare()
    assert read == []
    user = tmp_path / "rules.yml"
    user.write_text("rules:\n  - id: my-rule\n    category: style\n    severity: notice\n"
                    "    reason: {fr: jargon, en: jargon}\n    suggestion: {fr: simplifiez, en: simplify}\n"
                    "    reference: house style\n    patterns: {fr: ['plombier-zingueur du lundi'], en: []}\n",
                    encoding="utf-8")
    ruleset._build("fr", user).prepare()
    assert read and all("plombier" in s for s in read)  # the user's own expression, and only it
    monkeypatch.setattr(prefilter, "code_key", lambda: "other code")
    assert prefilter.shipped() == {}  # an analysis made by other code is not used


def _title_as_written(folded: str, fmt: str):
    """The title as the checker first found it: every line listed, then the first heading or non-blank line."""
    import re

    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", folded) if folded[m.start():m.end()].strip()]
    if not lines:
        return None
    heading = None
    if fmt in ("md", "txt"):
        heading = next(((s, e) for s, e in lines if re.match(r"[ ]{0,3}#{1,6}[ ]", folded[s:e])), None)
    start, end = heading or lines[0]
    text = folded[start:end]
    lead = len(re.match(r"[ ]*(?:#{1,6}[ ]+)?[ ]*", text).group())
    return start + lead, end - (len(text) - len(text.rstrip(" #")))


def test_the_shortcuts_of_the_text_readers_find_what_the_expressions_do() -> None:
    """Country names tried only at the words that begin one (those of the text read by its paragraphs or its own
    runs of letters and digits), addresses only looked for in a text that may hold
    one, the title found by two searches: the same as the plain expressions, on every corpus and on edge cases."""
    from rolegen.adcheck import text as t

    where = t.places()
    texts = [c.text for c in load_cases(CORPUS, recursive=True)]
    texts += ["la rochelle, le mans, saint-etienne et paris; lyon-part-dieu, xparis, paris2, 75paris, den haag\n",
              "\n   \n  # titre\nparis", "   \n\t\n", "", "  ##  titre ##  \n# autre", "www.exemple.fr a@b.fr"]
    for text in texts:
        folded = fold(text)[0]
        words: set[str] = set()
        t.paragraphs(folded, words)
        assert [(m.start(), m.end()) for m in t._place_matches(where, folded)] == \
            [(m.start(), m.end()) for m in t._place_matches(where, folded, words)] == \
            [(m.start(), m.end()) for m in where.regex.finditer(folded)]
        assert t.blank_links(folded) == t.LINK.sub(lambda m: " " * len(m.group()), folded)
        for fmt in ("txt", "md", "html"):
            assert t.title_span(folded, fmt) == _title_as_written(folded, fmt)


def test_the_shipped_rules_are_read_once_a_process() -> None:
    assert ruleset.default_ruleset() is ruleset.default_ruleset()
    assert ruleset.default_ruleset("eu") is ruleset.default_ruleset("eu")


def test_the_language_word_lists_share_no_word() -> None:
    from rolegen.adcheck import text

    # a paragraph's scores count each list on its own (text.scores): a word in both would count twice
    assert text.FRENCH_WORDS.isdisjoint(text.ENGLISH_WORDS)
    assert text.scores("vous and the nous a on") == (2, 2)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_word_holds_the_literals_it_contains_numbers_included(lang: str) -> None:
    def _holds(word: str, literal: str) -> bool:  # "^" marks the word's start, "$" its end
        bare = literal.strip("^$")
        if literal.startswith("^") and literal.endswith("$"):
            return word == bare
        if literal.startswith("^"):
            return word.startswith(bare)
        return word.endswith(bare) if literal.endswith("$") else bare in word

    words = ["vous", "jeune", "ans", "20", "2026", "100", "93100", "1993", "30s", "10x", "24h", "p60", "x", "0",
             "candidates", "recherchons", "anglais", "experience", "h", "f", "123456"]
    filter_ = ruleset.default_ruleset().literal_filter(lang)
    filter_._words.clear()  # read here, not remembered
    for word in words:
        held = set(filter_.word(word))
        assert held - {DIGIT} == {k for k in filter_.known if _holds(word, k)}, word
        assert (DIGIT in held) == (filter_.digit and any(c.isdigit() for c in word)), word  # a word with a digit
