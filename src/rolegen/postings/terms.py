"""Discriminatory criteria in job ads: patterns by criterion, with the law each one breaks.

Code du travail L1132-1 lists the criteria no one may be excluded on; L5321-2
forbids them in job offers; L1142-1 forbids mentioning sex or family
situation; L5331-2 forbids an upper age limit. "Junior" and "senior" name
levels of experience and are allowed; an offer open to people with a
disability ("ouvert aux personnes en situation de handicap") is welcome and
not flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Criterion:
    """One discriminatory criterion and its patterns in each language."""

    id: str
    label: str
    law: str
    patterns: dict[str, tuple[str, ...]]


_NOT_EXPERIENCE_FR = r"(?!\s*(?:d['’]\s*)?(?:expérience|ancienneté|métier|pratique))"

CRITERIA = (
    Criterion("age", "age", "Code du travail L1132-1, L5321-2, L5331-2", {
        "fr": (r"jeunes?", r"jeunesse", r"(?:moins|plus) de \d+\s*ans" + _NOT_EXPERIENCE_FR,
               r"entre \d+ et \d+\s*ans" + _NOT_EXPERIENCE_FR, r"âgée?s? (?:de|entre)",
               r"âge (?:maximum|minimum|maximal|minimal|limite)", r"limite d['’]âge", r"digital natives?",
               r"millennials?", r"génération [yz]"),
        "en": (r"young(?:er|sters?)?", r"youthful", r"digital natives?", r"millennials?", r"gen(?:eration)? [yz]",
               r"recent graduates?", r"(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?\d+\s*(?:years?|yrs?)\s+old",
               r"no (?:older|younger) than \d+", r"under the age of", r"in (?:their|your) (?:twenties|thirties|[23]0s)",
               r"\d+\s*(?:-|to)\s*\d+\s+years\s+old", r"(?:maximum|minimum) age", r"age limit", r"aged \d+"),
    }),
    Criterion("origin", "origin or nationality", "Code du travail L1132-1, L5321-2", {
        "fr": (r"nationalité", r"d['’]origine \w+", r"origines? (?:ethnique|étrangère|française)s?", r"ethni\w+",
               r"raciale?s?", r"de souche", r"langue maternelle", r"sans accent"),
        "en": (r"nationality", r"native (?:\w+ )?speakers?", r"mother tongue", r"ethnic\w*", r"racial(?:ly)?",
               r"citizens? only", r"without an? accent"),
    }),
    Criterion("religion", "religion or beliefs", "Code du travail L1132-1, L5321-2", {
        "fr": (r"religi\w+", r"confession \w+", r"chrétien\w*", r"musulman\w*", r"juif|juive", r"catholique\w*"),
        "en": (r"religio\w+", r"christian", r"muslim", r"jewish", r"catholic"),
    }),
    Criterion("sex", "sex", "Code du travail L1142-1, L1132-1", {
        "fr": (r"(?:hommes?|femmes?) uniquement", r"uniquement (?:des|aux) (?:hommes|femmes)",
               r"réservée? aux (?:hommes|femmes)", r"sexe (?:masculin|féminin)"),
        "en": (r"(?:males?|females?|men|women) only", r"(?:sales|chair|spokes|camera|crafts|fore)(?:man|men)",
               r"manpower"),
    }),
    Criterion("family", "family situation", "Code du travail L1142-1, L1132-1", {
        "fr": (r"célibataires?", r"sans enfants?", r"situation (?:familiale|de famille)", r"enceintes?",
               r"grossesses?", r"(?:mère|père) de famille", r"mariée?s?"),
        "en": (r"unmarried", r"married", r"no children", r"childless", r"marital status", r"pregnan\w+",
               r"family situation"),
    }),
    Criterion("appearance", "physical appearance", "Code du travail L1132-1, L5321-2", {
        "fr": (r"belle présentation", r"présentation soignée", r"physique (?:agréable|avantageux)",
               r"bon(?:ne)? physique", r"apparence physique", r"(?:avec|joindre une) photo", r"photo (?:exigée|obligatoire)"),
        "en": (r"good[- ]looking", r"well[- ]groomed", r"physical appearance", r"presentable",
               r"photo (?:required|attached)", r"attractive appearance"),
    }),
    Criterion("health", "health or disability", "Code du travail L1132-1, L5321-2", {
        "fr": (r"bonne santé", r"(?:bonne )?condition physique", r"non[- ]fumeu(?:r|se)s?", r"sans handicap",
               r"personnes? valides?", r"apte physiquement"),
        "en": (r"good health", r"physically fit", r"able[- ]bodied", r"non-?smok\w+", r"no disabilit\w+"),
    }),
)


def _compile(lang: str) -> re.Pattern[str]:
    """One pattern for every criterion of a language (a named group each), so a text is scanned once."""
    groups = "|".join(f"(?P<c{i}>" + "|".join(c.patterns[lang]) + ")" for i, c in enumerate(CRITERIA))
    return re.compile(r"(?<![\w-])(?:" + groups + r")(?![\w-])", re.IGNORECASE)


_COMPILED = {lang: _compile(lang) for lang in ("fr", "en")}


def find_criteria(text: str, lang: str) -> list[tuple[Criterion, list[str]]]:
    """Each criterion ``text`` names, with the words that name it (as written, in order, once each)."""
    words: dict[int, dict[str, None]] = {}
    for match in _COMPILED[lang].finditer(text):
        words.setdefault(int(match.lastgroup[1:]), {})[match.group()] = None
    return [(CRITERIA[i], list(words[i])) for i in sorted(words)]
