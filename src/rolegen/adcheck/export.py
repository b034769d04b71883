"""The rules as the guide's checker page reads them: one JSON file written at build time.

The page (``templates/site/assets/adcheck.js``) gets the compiled expressions
of every rule (the regex subset both engines read alike, see
:mod:`rolegen.adcheck.patterns`), the messages, and the few tables the
engine uses besides the rules (folding, common words, link and marker
expressions), so that the data files stay the one source of truth.
"""

from __future__ import annotations

import json

from rolegen.adcheck import coding
from rolegen.adcheck import text as t
from rolegen.adcheck.categories import LAW_CATEGORIES
from rolegen.adcheck.engine import EXCERPT_MAX, TIMES
from rolegen.adcheck.fold import SPECIAL
from rolegen.adcheck.ruleset import LANGS, Ruleset, default_ruleset

_SPACES = "".join(chr(c) for c in range(0x10000) if chr(c).isspace() and chr(c) != "\n") + "\u200b\ufeff"


def browser_data(ruleset: Ruleset | None = None) -> dict:
    """Everything the page needs to check an ad like :func:`rolegen.adcheck.check`."""
    rules = ruleset or default_ruleset()
    shared: dict[str, int] = {}  # contexts are named by many rules: each expression is sent once

    def ref(source: str) -> int:
        return shared.setdefault(source, len(shared))

    return {
        "rules": [{
            "id": c.rule.id, "category": c.rule.category, "severity": c.rule.severity, "kind": c.rule.kind,
            "fragment": c.rule.fragment, "reason": c.rule.reason.model_dump(),
            "suggestion": c.rule.suggestion.model_dump(), "reference": c.rule.reference,
            "source": {lang: c.expression(lang) for lang in LANGS},
            "exceptions": {lang: [ref(s) for s in c.exception_sources[lang]] for lang in LANGS},
            "lines": {lang: [ref(s) for s in c.line_sources[lang]] for lang in LANGS},
            "titles": [s for lang in LANGS for s in c.title_sources.get(lang, [])],
            "leads": [s for lang in LANGS for s in c.lead_sources.get(lang, [])],
            "ads": [s for lang in LANGS for s in c.ad_sources.get(lang, [])],
            "where": c.where, "contracts": list(c.rule.contracts), "status": _legal(c.rule.status_in(None)),
            "countries": {code: _legal(c.rule.status_in(code)) for code in c.rule.countries},
            "home": c.home, "abroad": _legal(c.rule.status_in(None, home=False)) if c.rule.abroad else None,
        } for c in rules.rules],
        "exceptions": list(shared),
        "places": {"source": t.places().source, "countryOf": t.places().country_of, "eu": sorted(t.places().eu)},
        "contracts": t.CONTRACTS,
        "statements": list(rules.statements), "asks": rules.asks, "criteria": list(LAW_CATEGORIES), "sentenceEnd": t.SENTENCE_END.pattern,
        "statementEnd": t.STATEMENT_END.pattern,
        "text": {
            "french": sorted(t.FRENCH_WORDS), "english": sorted(t.ENGLISH_WORDS), "link": t.LINK.pattern,
            "marker": t.MARKER.pattern, "nations": sorted(t.nations()), "nameWindow": t.NAME_WINDOW,
            "notAnAge": t.NOT_AN_AGE.pattern, "notAnAgeAfterYears": t.NOT_AN_AGE_AFTER_YEARS.pattern,
            "notAnAgeBefore": t.NOT_AN_AGE_BEFORE.pattern, "ageNamed": t.AGE_NAMED.pattern, "inner": t.INNER.pattern,
            "join": t.JOIN.pattern, "listItem": t.LIST_ITEM.pattern, "joined": t.JOINED.pattern, "excerptMax": EXCERPT_MAX,
            "sentenceBreak": t.SENTENCE_BREAK.pattern, "otherLangWords": t.OTHER_LANG_WORDS,
            "times": TIMES,
        },
        "fold": {"special": SPECIAL, "spaces": _SPACES},
        "gender": {**coding.expressions(),
                   "items": {c.rule.id: {lang: [[regex.pattern, item] for regex, item in table]
                                         for lang, table in coding.items(c.rule).items()}
                             for c in rules.rules if c.rule.category == "gender-coding"}},
    }


def _legal(legal) -> dict:
    return {"status": legal.status, "pending": legal.pending.model_dump() if legal.pending else None}


def browser_json(ruleset: Ruleset | None = None) -> str:
    """:func:`browser_data` as compact JSON (sorted keys: the same rules give the same bytes)."""
    return json.dumps(browser_data(ruleset), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def rules_markdown(ruleset: Ruleset | None = None) -> str:
    """docs/ad-rules.md: every shipped rule, by category (regenerated with ``python -m rolegen.cli.reference``)."""
    from rolegen.adcheck.model import CATEGORIES
    from rolegen.adcheck.cache import read_shipped
    from rolegen.adcheck.ruleset import JURISDICTIONS

    rules = ruleset or default_ruleset()
    origin = {}
    for name in JURISDICTIONS["fr"]:
        for entry in read_shipped(name)["rules"]:
            origin[entry["id"]] = f"rules/{name}.yml"
    lines = [
        "# The ad checker's rules",
        "",
        "Generated from `src/rolegen/adcheck/rules/*.yml` by `python -m rolegen.cli.reference`;",
        "a test checks that it is current. `eu.yml` holds the rules of EU law (usable for any member state),",
        "`fr.yml` those of French law, `notices.yml` gender coding and style. Severity: `error` = unlawful,",
        "`warning` = risky or unlawful in most contexts, `notice` = style. Status: `in-force` (law that applies today),",
        "`adopted` (voted, applies from a date or once transposed), `draft` (a bill), `practice` (good practice); only a",
        "rule in force where the job is keeps its severity, elsewhere its findings are notices that say when it becomes",
        "law; a criterion French law alone names applies to jobs anywhere, outside France as `practice` (a warning at",
        "most, whose message says to check the local law). Applies to: jobs in France (`fr`), in the EU (`eu`), anywhere (`any`). Kind: `pattern` (where a pattern matches),",
        "`required` (when no pattern matches anywhere in a whole ad), `title` (a pattern in the title of a whole ad,",
        "unless an exception matches it), `french-first` (English text without a French version before it).",
        "",
    ]
    for category in CATEGORIES:
        members = [c for c in rules.rules if c.rule.category == category]
        if not members:
            continue
        lines += [f"## `{category}`", "",
                  "| rule | severity | status | applies to | kind | patterns fr / en | reason | suggestion | reference | file |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for c in members:
            r = c.rule
            counts = f"{len(r.patterns.fr) + len(r.words.fr)} / {len(r.patterns.en) + len(r.words.en)}"
            status = r.status + (f" (from {r.applies_from})" if r.applies_from else "")
            status += "".join(f"; {code.upper()}: {legal.status}" + (f" (from {legal.applies_from})" if legal.applies_from else "")
                              for code, legal in r.countries.items())
            status += f"; elsewhere: {r.abroad.status}" if r.abroad else ""
            cells = [f"`{r.id}`", r.severity, status, c.where, r.kind, counts, r.reason.en, r.suggestion.en, r.reference,
                     f"`{origin.get(r.id, '?')}`"]
            lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
        lines.append("")
    return "\n".join(lines)
