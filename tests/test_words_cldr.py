"""Dates, countries, languages and money in postings: Babel's CLDR data, the same in the browser as on the command line."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from rolegen.postings import words
from rolegen.postings.studio import studio_words

ROOT = Path(__file__).resolve().parent.parent
POSTING_JS = ROOT / "templates" / "site" / "assets" / "posting.js"

ISO_3166 = """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY
BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA
GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD
SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA
VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split()
"""The 249 officially assigned codes of ISO 3166-1 alpha-2."""


def test_every_iso_country_code_has_its_name_in_both_languages() -> None:
    assert len(ISO_3166) == 249
    for code in ISO_3166:
        for lang in ("fr", "en"):
            name = words.country(code, lang)
            assert name != code and name.strip() == name and name, (code, lang)
    assert (words.country("SN", "fr"), words.country("SN", "en")) == ("Sénégal", "Senegal")
    assert (words.country("XK", "fr"), words.country("GB", "fr")) == ("Kosovo", "Royaume-Uni")
    assert words.country("QQ", "fr") == "QQ"  # no country: shown as written


def test_dates_languages_and_money_as_before_for_the_common_cases() -> None:
    assert words.date(dt.date(2026, 11, 23), "fr") == "23 novembre 2026"
    assert words.date(dt.date(2026, 5, 1), "fr") == "1er mai 2026"
    assert words.date(dt.date(2026, 8, 1), "en") == "1 August 2026"
    assert words.amount(38000, "EUR", "fr") == "38\u202f000\u00a0€"
    assert words.amount(38000.5, "EUR", "fr") == "38\u202f000,50\u00a0€"
    assert words.amount(38000, "EUR", "en") == "€38,000"
    assert words.amount(38000, "GBP", "en") == "£38,000"
    assert words.amount(1234567, "CHF", "en") == "CHF\u00a01,234,567"  # letters are kept from the figure
    assert words.amount(38000, "USD", "fr") == "38\u202f000\u00a0$US"
    assert words.pay(36000, 41000, "EUR", "year", True, "fr") == "36\u202f000\u00a0€ à 41\u202f000\u00a0€ brut par an"
    assert (words.language("ja", "fr"), words.language("nl", "en"), words.language("qq", "fr")) == (
        "Japonais", "Dutch", "qq")


def test_importing_the_words_does_not_load_babel() -> None:
    code = "import sys, rolegen.postings.words, rolegen.postings.context; print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


CASES = [
    ["amount", 38000, "EUR"], ["amount", 38000.5, "EUR"], ["amount", 950, "EUR"], ["amount", 1234567.25, "USD"],
    ["amount", 45000, "GBP"], ["amount", 70000, "CHF"], ["amount", 5000000, "JPY"], ["amount", 12000, "XOF"],
    ["amount", 60000, "CAD"], ["amount", 2500, "MAD"], ["amount", 38000, "ZZZ"],
    *[["date", f"2026-{month:02d}-{day:02d}"] for month in range(1, 13) for day in (1, 2, 28)],
    *[["country", code] for code in ISO_3166], ["country", "QQ"],
    *[["language", code] for code in ("ar", "de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "zh", "sw", "qq")],
]


def test_the_browser_writes_them_as_the_command_line_does(tmp_path: Path) -> None:
    """posting.js's Words, fed the data the build exports, against rolegen.postings.words, case by case."""
    (tmp_path / "data.json").write_text(json.dumps({"words": studio_words(), "cases": CASES}), encoding="utf-8")
    script = ("const P = require(process.argv[1]); const d = require(process.argv[2]);"
              "const w = new P.Words({words: d.words, placeholders: {}}); const out = [];"
              "for (const c of d.cases) for (const lang of ['fr', 'en']) out.push(w[c[0]](...c.slice(1), lang));"
              "console.log(JSON.stringify(out));")
    run = subprocess.run(["node", "-e", script, str(POSTING_JS), str(tmp_path / "data.json")], capture_output=True,
                         text=True, cwd=ROOT, env={"NODE_PATH": str(ROOT / "node_modules"), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    browser = json.loads(run.stdout)
    python = []
    for case in CASES:
        for lang in ("fr", "en"):
            name, *args = case
            if name == "date":
                args = [dt.date.fromisoformat(args[0])]
            python.append(getattr(words, name)(*args, lang))
    assert browser == python
