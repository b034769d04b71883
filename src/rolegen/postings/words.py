"""Posting vocabulary in French and English: contracts, remote policies, dates, pay.

Kept apart from :mod:`rolegen.i18n` because only postings use it, and
formatted here rather than with the system locale, so that the same input
gives the same bytes on every machine.
"""

from __future__ import annotations

import datetime as dt

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
CURRENCIES = {"EUR": "€", "USD": "$", "GBP": "£"}
COUNTRIES = {
    "AT": ("Autriche", "Austria"), "BE": ("Belgique", "Belgium"), "CA": ("Canada", "Canada"),
    "CH": ("Suisse", "Switzerland"), "DE": ("Allemagne", "Germany"), "ES": ("Espagne", "Spain"),
    "FR": ("France", "France"), "GB": ("Royaume-Uni", "United Kingdom"), "IE": ("Irlande", "Ireland"),
    "IT": ("Italie", "Italy"), "LU": ("Luxembourg", "Luxembourg"), "MA": ("Maroc", "Morocco"),
    "MC": ("Monaco", "Monaco"), "NL": ("Pays-Bas", "Netherlands"), "PT": ("Portugal", "Portugal"),
    "SN": ("Sénégal", "Senegal"), "TN": ("Tunisie", "Tunisia"), "US": ("États-Unis", "United States"),
}
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
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
    """Country name of an ISO code; the code itself when rolegen has no name for it."""
    return pick(COUNTRIES[code], lang) if code in COUNTRIES else code


def date(day: dt.date, lang: str) -> str:
    """``23 novembre 2026`` or ``23 November 2026``."""
    first = "1er" if (lang == "fr" and day.day == 1) else str(day.day)
    return f"{first} {_MONTHS[lang][day.month - 1]} {day.year}"


def amount(value: float, currency: str, lang: str) -> str:
    """``38 000 €`` in French, ``€38,000`` in English; cents only when there are some."""
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    symbol = CURRENCIES.get(currency)
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
        return f"{text}\u00a0{symbol or currency}"
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


def salary(low: float, high: float, currency: str, period: str, lang: str) -> str:
    """A pay range (or a single figure) with its period: ``38 000 € à 45 000 € brut par an``."""
    if low == high:
        figure = amount(low, currency, lang)
    else:
        joiner = " à " if lang == "fr" else " to "
        figure = amount(low, currency, lang) + joiner + amount(high, currency, lang)
    return f"{figure} {pick(PERIODS[period], lang)}"
