"""``rolegen check-ad``: check any job ad (text, Markdown, HTML, Word) against French and EU law."""

from __future__ import annotations

import json
import sys

import click


def _summary(report, shown: str) -> str:
    counts = ", ".join(f"{report.count(s)} {s}{'' if report.count(s) == 1 else 's'}"
                       for s in ("error", "warning", "notice"))
    gender = report.gender
    words = (f"{len(gender.masculine)} masculine-coded: {', '.join(gender.masculine) or '-'}; "
             f"{len(gender.feminine)} feminine-coded: {', '.join(gender.feminine) or '-'}")
    laws = {"fr": "French and EU law", "eu": "EU law",
            "none": "no French or EU rule; the criteria of equal treatment and the notices only"}[report.laws]
    return (f"{shown}: {counts}; gender coding: {gender.verdict} ({words}); job in {report.country.upper()}, "
            f"{report.contract}: {laws}")


def _ignored(values: tuple[str, ...], ruleset) -> set[str]:
    """Rule ids and categories of --ignore (comma-separated or repeated), refusing unknown names."""
    from rolegen.adcheck import CATEGORIES
    from rolegen.errors import UsageError
    from rolegen.knowledge.locate import did_you_mean

    names = {n.strip() for value in values for n in value.split(",") if n.strip()}
    known = {c.rule.id for c in ruleset.rules} | set(CATEGORIES)
    for name in sorted(names - known):
        raise UsageError(f"--ignore {name}: no such rule or category{did_you_mean(name, known)}")
    return names


@click.command(name="check-ad")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one finding per line and a summary; json: {\"findings\": [...], \"files\": [...]}.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="The ad's language where a paragraph's own words do not tell (default: detected).")
@click.option("--strict", is_flag=True, help="Exit 1 on a warning too.")
@click.option("--ignore", "ignore", multiple=True, metavar="RULE",
              help="Do not report this rule id or category (repeat, or separate with commas).")
@click.option("--rules", "rules_file", type=click.Path(dir_okay=False), default=None,
              help="YAML file that adds rules, changes shipped ones or disables them (see README).")
@click.option("--fragment", is_flag=True,
              help="Check a snippet: skip what a whole ad must carry (pay, date, title mark, French version).")
@click.option("--country", default=None, metavar="CODE",
              help="Country of the job (ISO code: fr, de, gb...; default: the one the ad names most, else fr). French "
                   "rules apply to jobs in France, EU rules to jobs in the EU, only notices elsewhere.")
@click.option("--contract", type=click.Choice(["employment", "internship", "freelance"]), default=None,
              help="Kind of contract (default: employment); a freelance mission gets no pay-transparency rule.")
def check_ad(files: tuple[str, ...], fmt: str, lang: str | None, strict: bool, ignore: tuple[str, ...],
             rules_file: str | None, fragment: bool, country: str | None, contract: str | None) -> None:
    """Check job ads (FILE: .txt, .md, .html or .docx; '-' or none: standard input).

    Prints one finding per line, FILE:LINE:COL: severity category/rule: message
    (suggestion; reference), then a summary with the gender-coding verdict.
    Silence a finding in the ad with 'rolegen-ignore: RULE' on its line.
    Exits 1 on an error (a warning too with --strict) or an unreadable file.
    """
    from rolegen.adcheck import check, load_ruleset
    from rolegen.adcheck.readers import Unreadable, read_ad

    from rolegen.errors import UsageError

    if country is not None and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise UsageError(f"--country {country}: give a two-letter ISO code (fr, de, gb...)")
    ruleset = load_ruleset(rules_file)
    skip = _ignored(ignore, ruleset)
    failed = False
    reports = []
    unreadable = []
    for path in files or ("-",):
        shown = "<stdin>" if path == "-" else path
        try:
            ad = read_ad(shown, sys.stdin.buffer.read()) if path == "-" else read_ad(path)
        except Unreadable as exc:
            unreadable.append({"path": shown, "message": str(exc)})
            click.echo(f"{shown}: cannot check: {exc}", err=True)
            failed = True
            continue
        report = check(ad.text, path=shown, lang=lang, fmt=ad.fmt, fragment=fragment, ruleset=ruleset,
                       ignore=skip, title=ad.title, remap=ad.remap, country=country, contract=contract)
        reports.append(report)
        failed |= any(f.severity == "error" or (strict and f.severity == "warning") for f in report.findings)
        if fmt == "text":
            for finding in report.findings:
                click.echo(str(finding))
            click.echo(_summary(report, shown))
    if fmt == "json":
        click.echo(json.dumps({
            "findings": [f.as_dict() for r in reports for f in r.findings],
            "files": [{"path": r.path, "lang": r.lang, "errors": r.count("error"), "warnings": r.count("warning"),
                       "notices": r.count("notice"), "gender": r.gender.as_dict(), "country": r.country,
                       "contract": r.contract, "laws": r.laws} for r in reports],
            "unreadable": unreadable,
        }, ensure_ascii=False, indent=2))
    if failed:
        sys.exit(1)


COMMANDS = [check_ad]
