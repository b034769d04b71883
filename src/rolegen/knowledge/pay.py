"""What makes a pay plausible: ISO 4217 currencies, finite amounts within bounds, the French minimum wage.

Read by the checks of openings (and of company profiles): a pay no employer
would publish (``.inf``, 1e300, 0.01 a year, a currency that does not exist) is
an error; a lawful but suspicious one (below the French minimum wage for full
time) is a warning, an error with --strict.
"""

from __future__ import annotations

import math

ISO_4217 = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF
CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG
HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD
RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX
USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
""".split())
"""The currencies in circulation (ISO 4217 list one, 2025), without funds, metals and test codes."""

HOURS = {"hour": 1.0, "day": 7.0, "week": 35.0, "month": 35 * 52 / 12, "year": 35 * 52.0}
"""Hours of French full-time work (35 a week) in each pay period."""
HOURLY_CEILING = 20_000.0
"""Above this much an hour (in any currency), a figure is a typing mistake, not a pay."""
SMIC_HOURLY_EUR = 11.88
"""The French minimum wage, gross, per hour (SMIC, since 1 November 2024)."""


def implausible(amount: float, period: str, currency: str) -> str | None:
    """Why ``amount`` a ``period`` is no pay an employer publishes, or None."""
    if not math.isfinite(amount):
        return f"{amount} is not a pay: give a finite number"
    hours = HOURS.get(period, 1.0)
    if amount < 1:
        return f"{amount:g} {currency} a {period} is not a pay (a typing mistake?)"
    if amount / hours > HOURLY_CEILING * (1 if currency in _STRONG else 100_000):
        return f"{amount:g} {currency} a {period} is not a plausible pay (a typing mistake?)"
    return None


_STRONG = {"EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD", "KWD", "BHD", "OMR", "JOD"}
"""Currencies worth about a euro or more: the ceiling is read as is; for the others it is widened."""


def below_minimum_wage(amount: float, period: str, currency: str, gross: bool, hours: str | None) -> str | None:
    """A warning when a full-time pay in euros is below the French minimum wage for its period, else None."""
    if currency != "EUR" or hours == "part-time" or period not in HOURS:
        return None
    floor = SMIC_HOURLY_EUR * HOURS[period] * (1.0 if gross else 0.78)
    if amount >= floor * 0.995:
        return None
    kind = "gross" if gross else "net"
    return (f"{amount:g} EUR {kind} a {period} is below the French minimum wage for full time "
            f"(about {floor:,.0f} EUR {kind} a {period}: SMIC {SMIC_HOURLY_EUR} EUR gross an hour); "
            "a part-time opening says hours: part-time")
