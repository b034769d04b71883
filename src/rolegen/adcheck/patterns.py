"""From a rule's pattern, as written in a rule file, to a regular expression both engines read alike.

Syntax (documented in docs/how-to/ad-rules-file.md): a pattern is a regular
expression on the folded text (lower case, no accents: write ``agee`` or
``âgée``, both fold alike), with:

- a space standing for one or more spaces or line breaks (`` ?`` and `` *``: optional);
- ``{+e}``: an optional French feminine or plural ending in every inclusive form:
  ``e``, ``(e)``, ``·e``, ``.e``, ``-e``, ``/e`` (``candidat{+e}{+s}`` matches
  candidat, candidate, candidat(e)s, candidat·e·s, candidat-e-s...);
- whole words only: a pattern never starts or ends inside a word, and never starts on a space;
- an exception written ``[^\\n]*X[^\\n]*`` (the whole line, when ``X`` is on it) is read as "``X``
  anywhere in the segment exempts every candidate of the segment": the engines search ``X`` once per
  segment instead of trying the line at every position (:func:`line_exception`).

What Python's ``re`` and JavaScript's ``RegExp`` (``u`` flag) read
differently is refused: ``\\w \\b \\W \\B \\S \\D`` (ASCII-only in JavaScript),
named groups, inline flags, ``{,n}``, an unescaped ``{`` or ``]`` and escapes
of ordinary characters.
"""

from __future__ import annotations

import re

from rolegen.adcheck.fold import fold_pattern_text

WORD = "a-z0-9"
"""Letters and digits of the folded text: a match never starts or ends next to one."""
SPACE = "[ \\n]"
_ESCAPES = set("dsn.()[]{}*+?|\\/-^$")
_MACRO = re.compile(r"\{\+([a-z]+)\}")
NAMED = {
    "refused": (
        "(?:need not apply|needn't apply|should not apply|shouldn't apply|do not apply|don't apply|"
        "(?:will|would|shall|can|could) not be (?:considered|interviewed|contacted|retained|shortlisted|accepted|hired|"
        "selected|invited|called)|won't be (?:considered|interviewed|contacted|hired|selected|accepted)|"
        "(?:are|is) not (?:suited|suitable|eligible|welcome|accepted|considered|wanted)|not (?:suited|suitable|eligible|welcome|"
        "accepted|wanted)|(?:are |will be |is )?excluded|cannot be (?:considered|hired|accepted)|(?:will be |are )?rejected|"
        "s'abstenir|(?:ne|n') (?:seront|sera|peuvent|pourront|sont|est) pas (?:etre )?(?:retenu|considere|etudie|examine|"
        "contacte|accepte|recrute|embauche|admis|acceptee?|bienvenu|souhaite|envisage|tolere)[a-z]*|(?:sont|seront|est|sera) "
        "exclu[a-z]*|exclu[a-z]*|ne (?:convien[a-z]+|correspond[a-z]*) pas|pas (?:accepte|retenu|admis|acceptable|souhaite|"
        "bienvenu)[a-z]*|non (?:retenu|accepte|admis|eligible|desire|souhaite)[a-z]*|inutile de (?:postuler|candidater)|"
        "(?:merci de |priere de )?ne pas (?:postuler|candidater)|(?:seront |sont )?(?:refuse|ecarte|rejete)[a-z]*|"
        "(?:ne sera|ne seront|n'est|ne sont) pas tolere[a-z]*|(?:ce poste|cette offre|ce job|ce metier|ce role) n'est pas "
        "(?:fait |adapte |fait )?pour (?:vous|toi)|this (?:job|role|position) is not for you|"
        "(?:ne|n') (?:peuvent|pourront|peut|pourra) pas (?:postuler|candidater)|(?:cannot|can't|may not|must not) apply)"),
    "wanted": (
        "(?:only|preferred|preferably|required|mandatory|essential|a must|wanted|needed|expected|"
        "uniquement|exclusivement|seulement|de preference|exige{+e}{+s}|requis{+e}{+s}|obligatoire{+s}|indispensable{+s}|"
        "imperati(?:f|ve)s?|souhaite{+e}{+s}|privilegie{+e}{+s}|prefere{+e}{+s}|recherche{+e}{+s}|apprecie{+e}{+s}|"
        "en priorite|prioritairement|de rigueur)"),
    "place-en": ("(?:uae|u\\.a\\.e\\.?|united arab emirates|emirates|dubai|abu dhabi|sharjah|ajman|al ain|ras al khaimah|"
                 "fujairah|qatar|doha|saudi arabia|saudi|ksa|riyadh|jeddah|dammam|kuwait|oman|muscat|bahrain|gcc|gulf|"
                 "middle east|india|bangalore|bengaluru|mumbai|new delhi|delhi|chennai|hyderabad|pune|kolkata|"
                 "pakistan|karachi|lahore|bangladesh|dhaka|nepal|sri lanka|philippines|manila|singapore|malaysia|"
                 "kuala lumpur|indonesia|jakarta|hong kong|"
                 "uk|united kingdom|usa|united states|canada|australia|new zealand|ireland|same country|country)"),
    "both-sexes": "(?:(?<![a-z])(?:h|f|m|x)(?: ?[/-]? ?| ou | et )(?:h|f|x)(?![a-z]))",
    "sex-pair-en": (
        "(?:(?:[a-z]+ ?)?(?:boy|man|gentleman)s? ?(?:/|or|and|&) ?(?:[a-z]+ )?(?:girl|woman|lady)s?(?![a-z0-9])|"
        "(?:[a-z]+ ?)?(?:girl|woman|lady)s? ?(?:/|or|and|&) ?(?:[a-z]+ )?(?:boy|man|gentleman)s?(?![a-z0-9]))"),
    "sexed-job-en": (
        "(?:(?:sales|service|parts|salad|shot|shop|office|saturday|paper|bus|bell|delivery|handy|cleaning|tea|dinner|bar|"
        "counter|stock|store|stores|repair|door|news|weather|camera|fore|chair|spokes|police|fire|post|mail|milk|errand|"
        "copy|tv|lunch|coffee|cocktail|kitchen|chamber|dairy|nurse|parlou?r|cash|check|coat|stable|farm|station|yard|cabin|"
        "deck) ?-? ?(?:man|men|girl|girls|boy|boys|lady|ladies|maid|maids)(?![a-z]))"),
    "private-employer-fr": (
        "(?:(?<![a-z])(?:une|un) (?:personne|famille|couple|particulier|particuliere|dame|monsieur|femme|homme|"
        "retraite{+e}|expatrie{+e})(?![a-z])[^.;\\n]{0,60}?,? (?:cherche|recherche|recrute|souhaite recruter|"
        "embauche)(?![a-z]))"),
    "payslip-fr": "(?:bulletins?|fiches?|feuilles?|releves?) de (?:paie|paye|salaire)s?",
    "adult-tail-en": "(?:(?! (?:and |but |or )?(?:under|below|younger|not older|no older|not over|no more than|up to|max)(?![a-z]))[^.;\\n])",
    "armed-forces-fr": (
        "(?<!ancien de l')(?<!anciens de l')(?<!ancienne de l')(?<!anciennes de l')(?<!ancien de la )"
        "(?<!anciens de la )(?<!ancienne de la )(?<!anciennes de la )(?<!issu de l')(?<!issus de l')(?<!issue de l')"
        "(?<!issues de l')(?<!issu de la )(?<!issus de la )(?<!issue de la )(?<!issues de la )(?<!ex-)"
        "(?:armee de terre|armee de l'air(?: et de l'espace)?|marine nationale|legion etrangere|gendarmerie nationale|"
        "(?:aupres de|rejoindre|rejoignez|integrer|integrez|engagez-vous dans|s'engager dans) la gendarmerie|"
        "(?:sous-)?officiers? de gendarmerie|gendarmes? adjoints?|service de sante des armees|"
        "brigade de sapeurs-pompiers de paris|bataillon de marins-pompiers)(?![a-z])"),
    "not-a-start": (
        "(?<!depuis )(?<!depuis le )(?<!starting )(?<!start date: )(?<!start date )(?<!beginning of )(?<!end of )"
        "(?<!from )(?<!until )(?<!a partir du )(?<!a partir de )(?<!des le )(?<!jusqu'au )(?<!avant le )(?<!debut )"
        "(?<!fin )(?<!date de debut : )(?<!date de debut: )(?<!demarrage : )(?<!demarrage )(?<!en production depuis )"),
    "month": (
        "(?:janv|janvier|fevr|fev|fevrier|mars|avr|avril|mai|juin|juil|juillet|aout|sept|septembre|oct|octobre|nov|"
        "novembre|dec|decembre|january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"
        "september|sep|october|november|december)"),
    "payslip-en": ("(?:pay ?slips?|pay ?stubs?|payslips?|paystubs?|pay statements?|wage slips?|salary slips?|w-2s?|"
                   "p60s?)"),
}
"""Named parts a pattern can use:

- ``{refused}`` (the ways an ad turns people away) and ``{wanted}`` (the ways it requires or prefers), in French
  and English;
- ``{both-sexes}``: a title's mark of both sexes (« H/F », « F-H », « F ou H »);
- ``{sex-pair-en}``: a job noun in both sexes ("Office Boy/Girl", "office boy or office girl", "Delivery girl /
  boy");
- ``{sexed-job-en}``: an English job noun whose head is a man, a girl, a boy, a lady or a maid, in two words or
  joined ("TV service man", "salad girl", "saleslady"); the one-sex wording rule reads it, and the sex rule leaves
  it to that rule;
- ``{private-employer-fr}``: a private employer who describes itself before its recruiting verb (« Une personne
  étrangère résidant à Rabat, cherche une femme de ménage »): the words are the employer's, not the candidate's;
- ``{place-en}``: the countries, regions and cities an English ad asks the candidate to be in already
  ("Applicants must be in UAE");
- ``{payslip-fr}`` and ``{payslip-en}``: the names of a payslip;
- ``{adult-tail-en}``: one character of what follows a legal minimum age ("must be 18+ to apply"), up to an upper
  bound that makes the minimum a range's first bound ("18+ and under 30"); an exception's tail repeats it;
- ``{armed-forces-fr}``: the French armed forces and the military fire brigades, which enlist on the nationality
  and age conditions the Code de la défense sets (an ad-wide exception: the names stand anywhere in the ad), not
  where an employer names a candidate's past in them (« ancien de la Marine nationale », « issue de l'Armée de
  terre »);
- ``{not-a-start}``: the words before a date that make it a start, an end or a date of the employer's history, not
  a publication date (« à partir du », "starting", « en production depuis »), as look-behinds;
- ``{month}``: the months' names and abbreviations, in French and English (folded).
"""
LEXICON = {
    "job-feminine": ("job-nouns", "pairs", "values"),
    "job-masculine": ("job-nouns", "pairs", "keys"),
    "nationality-fr": ("nationalities", "fr", "list"),
    "nationality-en": ("nationalities", "en", "list"),
    "nationals-en": ("nationalities", "nationals-en", "list"),
    "people-en": ("nationalities", "peoples-en", "list"),
    "groups-en": ("nationalities", "groups-en", "list"),
    "quality-feminine": ("qualities", "pairs", "values"),
    "quality-epicene": ("qualities", "epicene", "list"),
    "job-epicene": ("job-nouns", "epicene", "list"),
    "criterion-fr": ("criteria-names", "fr", "list"),
    "criterion-en": ("criteria-names", "en", "list"),
    "language-fr": ("languages", "fr", "list"),
    "language-en": ("languages", "en", "list"),
    "task-verb-fr": ("task-verbs", "fr", "list"),
    "task-verb-inf-fr": ("task-verbs", "fr-infinitive", "list"),
    "task-verb-en": ("task-verbs", "en", "list"),
    "request-fr": ("requests", "fr", "list"),
    "request-en": ("requests", "en", "list"),
}
"""Named parts read from word lists in ``rules/`` (file, key, which words):

- the lexicon of job nouns (``job-nouns.yml``, :mod:`rolegen.adcheck.lexicon`): a feminine job noun whose
  masculine differs ("vendeuse"), a masculine one whose feminine differs ("livreur"), an épicène one ("comptable",
  for "une comptable");
- nationality and origin adjectives (``nationalities.yml``: "portugaise", "Filipino"), plural nouns ("Emiratis"),
  and the peoples and groups ads prefer or turn away ("Malays", "Marathi");
- the feminine of the adjectives that describe a candidate (``qualities.yml``: "rigoureuse") and those with one
  form for both ("disponible");
- the names of the criteria as statements list them (``criteria-names.yml``: "origine", "sexual orientation");
- the names of languages (``languages.yml``: "Hindi", « ourdou »);
- the verbs of the job's tasks after "vous" or "you will" (``task-verbs.yml``: « suivrez », "support"), and the
  French infinitives that open a line of duties (« Soutenir »);
- the words that ask the applicant for a piece of information (``requests.yml``: « précisez », "state").
"""
_NAMED = re.compile(r"\{(" + "|".join([*NAMED, *LEXICON]) + r")\}")


def _named(name: str) -> str:
    if name in NAMED:
        return NAMED[name]
    return _lexicon(name)


_LEXICON: dict[str, str] = {}


def _lexicon(name: str) -> str:
    """The words of a named word list as one alternation (longest first), read once."""
    if name not in _LEXICON:
        from rolegen.adcheck.cache import read_shipped

        file, key, which = LEXICON[name]
        data = read_shipped(file)[key]
        words = data.values() if which == "values" else data.keys() if which == "keys" else data
        _LEXICON[name] = trie({str(w) for w in words})
    return _LEXICON[name]


def trie(words: set[str]) -> str:
    """One expression matching any of ``words`` (letters, ``-`` and ``'``), factored by common prefixes so that
    a regular-expression engine tries a letter once rather than every word in turn; longer words first at each
    branch, so the longest word matches (as a plain alternation sorted longest first would). A hyphen also
    matches a space: ROME writes "Aide-ménagère", ads write "aide ménagère" as often."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def expr(node: dict) -> str:
        branches = [(ch, expr(child)) for ch, child in sorted(node.items()) if ch]
        parts = [("(?:-| )" if ch == "-" else ch) + tail for ch, tail in branches]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + expr(root) + ")"
_QUANTIFIER = re.compile(r"\{\d+(?:,\d*)?\}")


class PatternError(ValueError):
    """A pattern outside the shared subset; ``column`` is 1-based in the pattern as written."""

    def __init__(self, message: str, column: int):
        super().__init__(message)
        self.column = column


def _ending(suffix: str) -> str:
    return f"(?:{suffix}|\\({suffix}\\)|[·./-]{suffix})?"


_CLASS_STOP = re.compile(r"[\\\]]")
_SYNTAX_STOP = re.compile(r"[\\\[\]{(]")
_SPACES_STOP = re.compile(r"[\\\[() ]")
"""The characters :func:`_check_syntax` and :func:`_spaces` read inside a character class and outside one."""


def _check_syntax(src: str) -> None:
    """Refuse what the two engines read differently (see the module docstring)."""
    in_class = False
    i = 0
    while True:  # from one character that matters here to the next (word lists are long)
        m = (_CLASS_STOP if in_class else _SYNTAX_STOP).search(src, i)
        if m is None:
            break
        i = m.start()
        ch = src[i]
        if ch == "\\":
            nxt = src[i + 1:i + 2]
            if nxt not in _ESCAPES:
                raise PatternError(f"'\\{nxt}' is not in the shared regex subset (Python and JavaScript differ)", i + 1)
            if nxt == "-" and not in_class:
                raise PatternError("'\\-' outside a character class: write '-' (JavaScript refuses the escape)", i + 1)
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if src[i + 1:i + 2] == "]":
                raise PatternError("an empty character class", i + 1)
        elif ch == "]":
            raise PatternError("an unescaped ']' (write '\\]')", i + 1)
        elif ch == "{":
            if not _QUANTIFIER.match(src, i):
                raise PatternError("an unescaped '{' (write '\\{'), '{,n}' or an unknown '{+...}'", i + 1)
        elif ch == "(" and src[i + 1:i + 2] == "?" and src[i + 2:i + 3] not in (":", "=", "!", "<"):
            raise PatternError("only (?:...), (?=...), (?!...), (?<=...) and (?<!...) groups are shared", i + 1)
        elif ch == "(" and src[i + 1:i + 3] == "?<" and src[i + 3:i + 4] not in ("=", "!"):
            raise PatternError("named groups are not shared", i + 1)
        i += 1
    if in_class:
        raise PatternError("an unclosed character class", len(src))


def _spaces(src: str) -> str:
    """Spaces outside character classes stand for runs of spaces or line breaks."""
    out: list[str] = []
    in_class = False
    depth = 0
    behind: list[int] = []  # depths of the open look-behind groups: a space there is exactly one character
    i = 0
    while True:  # the characters between two that matter here are copied as they are
        m = (_CLASS_STOP if in_class else _SPACES_STOP).search(src, i)
        if m is None:
            out.append(src[i:])
            break
        out.append(src[i:m.start()])
        i = m.start()
        ch = src[i]
        if ch == "\\":
            out.append(src[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
            if src.startswith(("(?<=", "(?<!"), i):
                behind.append(depth)
        elif ch == ")":
            if behind and behind[-1] == depth:
                behind.pop()
            depth -= 1
        elif ch == " " and behind:
            out.append(SPACE)
            i += 1
            continue
        elif ch == " ":
            nxt = src[i + 1:i + 2]
            if nxt in ("?", "*"):
                out.append(SPACE + "*")
                i += 2
                continue
            if nxt == "+":
                i += 1
            out.append(SPACE + "+")
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def compile_pattern(written: str, check: bool = True) -> str:
    """The regular-expression source of a pattern: folded, macros expanded, spaces widened, whole words."""
    src = fold_pattern_text(written.strip())
    src = re.sub(r"[ ]+", " ", src)
    expanded = _NAMED.sub(lambda m: _named(m.group(1)), src)
    expanded = _MACRO.sub(lambda m: _ending(m.group(1)), expanded)
    _check_syntax(expanded)
    body = _spaces(expanded)
    full = f"(?<![{WORD}])(?![ \\n])(?:{body})(?![{WORD}])"
    if check:
        _compiles_non_empty(full)
    return full


def _compiles_non_empty(full: str) -> None:
    """PatternError unless ``full`` compiles and cannot match an empty text."""
    try:
        compiled = re.compile(full)
    except re.error as exc:
        raise PatternError(f"not a valid pattern: {exc.msg}", 1) from None
    if compiled.match(""):
        raise PatternError("the pattern matches an empty text", 1)


LINES = ("[^\\n]*", "[^\n]*")
"""How a line-wide exception starts and ends, as written in a rule file (``\\n`` or a line break in a YAML
double-quoted string)."""


def line_exception(written: str, check: bool = True) -> str | None:
    """The expression of ``X`` when the exception ``written`` is ``[^\\n]*X[^\\n]*``, else None.

    Such an exception, searched from each position of a segment, goes to the end of the line at each one
    (quadratic time on a long line); its matches are the whole segment exactly when ``X`` matches somewhere
    in it, so the engines search ``X`` alone, once per segment.
    """
    text = written.strip()
    line = next((w for w in LINES if text.startswith(w) and text.endswith(w) and len(text) > 2 * len(w)), None)
    if line is None:
        return None
    src = fold_pattern_text(text[len(line):-len(line)])
    src = re.sub(r"[ ]+", " ", src)
    expanded = _MACRO.sub(lambda m: _ending(m.group(1)), _NAMED.sub(lambda m: _named(m.group(1)), src))
    _check_syntax(expanded)
    full = f"(?:{_spaces(expanded)})"
    if check:
        _compiles_non_empty(full)
    return full


def alternation(sources: list[str]) -> str:
    """One expression matching any of the compiled ``sources``."""
    return "|".join(f"(?:{s})" for s in sources) if sources else "(?!)"


_ENTRY = re.compile(r"[a-z0-9'-]+\*?(?: [a-z0-9'-]+\*?)*")


def word_entry(written: str) -> str:
    """The expression of a word-list entry (see :class:`rolegen.adcheck.model.Rule` ``words``)."""
    entry = " ".join(fold_pattern_text(written).split())
    if not _ENTRY.fullmatch(entry):
        raise PatternError("a word-list entry is words of letters, digits, ' and -, each may end with *", 1)
    parts = []
    for word in entry.split(" "):
        stem = word.rstrip("*")
        parts.append(stem + (f"[{WORD}]*" if word.endswith("*") else ""))
    return f"(?<![{WORD}])(?:" + "(?:'|[ \\n])[ \\n]*".join(parts) + f")(?![{WORD}])"
