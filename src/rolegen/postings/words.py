"""Posting vocabulary in French and English: contracts, remote policies, dates, pay, start, levels, languages,
education.

The words an opening adds to the role's are written in the second person, as an ad speaks to a candidate;
gender-neutral in French (no agreement with the reader). Pairs are (French, English).

Kept apart from :mod:`rolegen.i18n` because only postings use it. Dates,
country and language names, and amounts of money come from Babel (the Unicode
CLDR data it ships: every ISO country code has its name), never from the
system locale, so that the same input gives the same bytes on every machine;
:func:`locale_data` is what the guide's studio page receives, so that the
browser writes them as the command line does.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

CONTRACTS = {
    "cdi": ("CDI (contrat à durée indéterminée)", "Permanent contract (CDI)"),
    "cdd": ("CDD (contrat à durée déterminée)", "Fixed-term contract (CDD)"),
    "stage": ("Stage", "Internship"),
    "alternance": ("Alternance (apprentissage ou professionnalisation)", "Work-study contract (alternance)"),
    "freelance": ("Mission en freelance", "Freelance assignment"),
    "interim": ("Mission d'intérim", "Temporary agency assignment"),
}
HOURS = {"full-time": ("temps plein", "full time"), "part-time": ("temps partiel", "part time")}
REMOTE = {
    "on-site": ("Sur site", "On site"),
    "hybrid": ("Hybride : sur site et à distance", "Hybrid: on site and remote"),
    "full-remote": ("Entièrement à distance", "Fully remote"),
}
PERIODS = {
    "hour": ("brut de l'heure", "gross per hour"),
    "day": ("brut par jour", "gross per day"),
    "week": ("brut par semaine", "gross per week"),
    "month": ("brut par mois", "gross per month"),
    "year": ("brut par an", "gross per year"),
}
LOCALES = {"fr": "fr_FR", "en": "en_GB"}
"""The CLDR locale of each language: French of France, English of the United Kingdom (day before month, as a
European reader expects: 23 November 2026)."""


@lru_cache(maxsize=None)
def locale_data(lang: str) -> dict:
    """What Babel (CLDR) gives for ``lang``: the names of every ISO 3166-1 country and ISO 639-1 language, the
    months, and how an amount of money is written (separators, where the currency goes, every ISO 4217 symbol).
    Read on first use (Babel is not imported before)."""
    from babel import Locale
    from babel.numbers import get_currency_symbol

    from rolegen.knowledge.pay import ISO_4217

    locale = Locale.parse(LOCALES[lang])
    pattern = locale.currency_formats["standard"]
    symbols = locale.number_symbols["latn"]
    return {
        "countries": {code: name for code, name in sorted(locale.territories.items())
                      if len(code) == 2 and code.isalpha()},
        "languages": {code: name[:1].upper() + name[1:] for code, name in sorted(locale.languages.items())
                      if len(code) == 2 and code.isalpha()},
        "months": [locale.months["format"]["wide"][month] for month in range(1, 13)],
        "money": {"group": symbols["group"], "decimal": symbols["decimal"], "prefix": pattern.prefix[0],
                  "suffix": pattern.suffix[0],
                  "symbols": {code: get_currency_symbol(code, LOCALES[lang]) for code in sorted(ISO_4217)}},
    }


PLACEHOLDERS = {
    "company": ("<Entreprise>", "<Company>"),
    "about": ("<Présentation de l'entreprise>", "<About the company>"),
    "place": ("<Lieu de travail>", "<Place of work>"),
    "contract": ("<Type de contrat>", "<Contract type>"),
    "remote": ("<Télétravail>", "<Remote policy>"),
    "salary": ("<Salaire>", "<Salary>"),
    "apply": ("<Comment postuler>", "<How to apply>"),
    "date": ("<Date de publication>", "<Date posted>"),
}


def pick(pair: tuple[str, str], lang: str) -> str:
    """The French or the English member of a pair."""
    return pair[0] if lang == "fr" else pair[1]


def country(code: str, lang: str) -> str:
    """Country name of an ISO 3166-1 code (CLDR); the code itself for a code that is no country."""
    return locale_data(lang)["countries"].get(code, code)


def date(day: dt.date, lang: str) -> str:
    """``23 novembre 2026`` or ``23 November 2026`` (CLDR's month names), ``1er mai 2026`` in French."""
    first = "1er" if (lang == "fr" and day.day == 1) else str(day.day)
    return f"{first} {locale_data(lang)['months'][day.month - 1]} {day.year}"


def amount(value: float, currency: str, lang: str) -> str:
    """``38 000 €`` in French, ``€38,000`` in English (CLDR's separators and symbols); cents only when there are
    some. A symbol of letters (CHF) is kept from the figure by a no-break space, as CLDR's currency spacing says."""
    money = locale_data(lang)["money"]
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    text = text.replace(",", "\0").replace(".", money["decimal"]).replace("\0", money["group"])
    symbol = money["symbols"].get(currency, currency)
    prefix, suffix = money["prefix"].replace("¤", symbol), money["suffix"].replace("¤", symbol)
    if prefix[-1:].isalpha():
        prefix += "\u00a0"
    if suffix[:1].isalpha():
        suffix = "\u00a0" + suffix
    return f"{prefix}{text}{suffix}"

NET_PERIODS = {
    "hour": ("net de l'heure", "net per hour"),
    "day": ("net par jour", "net per day"),
    "week": ("net par semaine", "net per week"),
    "month": ("net par mois", "net per month"),
    "year": ("net par an", "net per year"),
}
ASAP = ("dès que possible", "as soon as possible")
EDUCATION = {
    "high school": ("Baccalauréat", "High school diploma"),
    "associate degree": ("Bac+2 (BTS, BUT, DUT)", "Two-year degree"),
    "bachelor degree": ("Bac+3 (licence, bachelor)", "Bachelor's degree"),
    "professional certificate": ("Certification professionnelle", "Professional certificate"),
    "postgraduate degree": ("Bac+5 (master)", "Postgraduate degree"),
}
# What the level asks of the candidate. Never years of experience for a junior level
# (GitLab's rule for junior grades; years there read as an age filter).
LEVEL_PROFILE = {
    "junior": ("Ce poste est ouvert aux personnes qui débutent dans le métier : un stage, une alternance ou des "
               "projets personnels suffisent, et nous vous accompagnerons pas à pas.",
               "This job is open to people starting out in the field: an internship, a work-study contract or "
               "personal projects are enough, and you will be guided step by step."),
    "confirmed": ("Vous avez déjà exercé ce métier, environ {years}, et vous menez votre périmètre en autonomie.",
                  "You have already done this job, for about {years}, and you run your own scope on your own."),
    "senior": ("Vous avez une solide pratique du métier, {years}, et vous savez conseiller et faire progresser "
               "les autres.",
               "You have a solid practice of the job, {years}, and you know how to advise others and help them grow."),
    "lead": ("Vous avez déjà mené une équipe ou une discipline, {years}.",
             "You have already led a team or a discipline, {years}."),
}
OTHER_LEVEL = ("Niveau d'expérience recherché : {label}.", "Level of experience sought: {label}.")


def years(low: int, high: int | None, lang: str) -> str:
    """``2 à 5 ans`` / ``2 to 5 years``; ``8 ans ou plus`` / ``8 years or more``."""
    unit = "ans" if lang == "fr" else "years"
    if high is None:
        return f"{low} {unit} ou plus" if lang == "fr" else f"{low} {unit} or more"
    return f"{low} à {high} {unit}" if lang == "fr" else f"{low} to {high} {unit}"


def level_profile(level_id: str, label: str, low: int, high: int | None, lang: str) -> str:
    """The sentence of the profile that comes from the level (no years for a junior level)."""
    if level_id not in LEVEL_PROFILE or (level_id != "junior" and low == 0):
        return pick(OTHER_LEVEL, lang).format(label=label)
    return pick(LEVEL_PROFILE[level_id], lang).format(years=years(low, high, lang))


def pay(low: float, high: float, currency: str, period: str, gross: bool, lang: str) -> str:
    """``36 000 € à 41 000 € brut par an``; ``net`` when the opening says so."""
    figure = amount(low, currency, lang)
    if low != high:
        figure += (" à " if lang == "fr" else " to ") + amount(high, currency, lang)
    return f"{figure} {pick((PERIODS if gross else NET_PERIODS)[period], lang)}"


def language(code: str, lang: str) -> str:
    """Name of an ISO 639-1 language (CLDR, capitalised: Anglais); the code itself for a code that is no language."""
    return locale_data(lang)["languages"].get(code, code)
