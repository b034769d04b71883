"""``rolegen check-ad``: check any job ad (text, Markdown, HTML, Word) against French and EU law."""

from __future__ import annotations

import json
import sys

import click


SUMMARY_WORDS = 12
"""Coded words a summary line lists on each side; the rest are counted ("and 40 more")."""


def _words(found, lang: str = "en") -> str:
    from rolegen.textutil import one_line

    listed = ", ".join(one_line(w, 60) for w in list(dict.fromkeys(found))[:SUMMARY_WORDS]) or "-"
    more = len(dict.fromkeys(found)) - SUMMARY_WORDS
    return listed + ((f" et {more} autres" if lang == "fr" else f" and {more} more") if more > 0 else "")


_SUMMARY_FR = {
    "error": ("erreur", "erreurs"), "warning": ("avertissement", "avertissements"), "notice": ("remarque", "remarques"),
    "fr": "droit français et européen",
    "eu": "droit européen ; les autres critères du droit français comme bonne pratique",
    "none": "aucune règle française ou européenne appliquée comme loi ; les critères d'égalité de traitement, les "
            "autres critères du droit français comme bonne pratique, et les remarques",
    "employment": "emploi", "internship": "stage", "freelance": "mission en freelance",
}
"""The summary's words in French (a French ad, or check-ad --lang fr): no English line among French findings."""


def _summary(report, shown: str, lang: str | None = None) -> str:
    from rolegen.adcheck.coding import label

    gender = report.gender
    if lang == "fr":
        counts = ", ".join(f"{report.count(s)} {_SUMMARY_FR[s][report.count(s) > 1]}"
                           for s in ("error", "warning", "notice"))
        words = (f"{len(gender.masculine)} à connotation masculine : {_words(gender.masculine, 'fr')} ; "
                 f"{len(gender.feminine)} à connotation féminine : {_words(gender.feminine, 'fr')} ; "
                 f"{gender.words} mots lus")
        return (f"{shown}: {counts} ; connotation : {label(gender.verdict, 'fr')} ({words}) ; poste en "
                f"{report.country.upper()}, {_SUMMARY_FR[report.contract]} : {_SUMMARY_FR[report.laws]}")
    counts = ", ".join(f"{report.count(s)} {s}{'' if report.count(s) == 1 else 's'}"
                       for s in ("error", "warning", "notice"))
    words = (f"{len(gender.masculine)} masculine-coded: {_words(gender.masculine)}; "
             f"{len(gender.feminine)} feminine-coded: {_words(gender.feminine)}; {gender.words} words read")
    laws = {"fr": "French and EU law", "eu": "EU law; the other criteria French law names as good practice",
            "none": "no French or EU rule applied as law; the criteria of equal treatment, the other criteria "
                    "French law names as good practice, and the notices"}[report.laws]
    return (f"{shown}: {counts}; gender coding: {label(gender.verdict, 'en')} ({words}); job in {report.country.upper()}, "
            f"{report.contract}: {laws}")


def _ignored(values: tuple[str, ...], ruleset) -> set[str]:
    """Rule ids and categories of --ignore (comma-separated or repeated), refusing unknown names."""
    from rolegen.adcheck import CATEGORIES
    from rolegen.errors import UsageError

    names = {n.strip() for value in values for n in value.split(",") if n.strip()}
    known = {c.rule.id for c in ruleset.rules} | set(CATEGORIES)
    for name in sorted(names - known):
        from rolegen.knowledge.locate import did_you_mean

        raise UsageError(f"--ignore {name}: no such rule or category{did_you_mean(name, known)}")
    return names


@click.command(name="check-ad")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]), default="text",
              show_default=True,
              help="text: one finding per line and a summary; json: {\"findings\": [...], \"files\": [...]}; "
                   "sarif: SARIF 2.1.0 for code scanning; github: GitHub Actions annotations.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="The ad's language where a paragraph's own words do not tell (default: detected).")
@click.option("--strict", is_flag=True, help="Exit 1 on a warning too.")
@click.option("--ignore", "ignore", multiple=True, metavar="RULE",
              help="Do not report this rule id or category (repeat, or separate with commas).")
@click.option("--rules", "rules_file", type=click.Path(dir_okay=False), default=None,
              help="YAML file that adds rules, changes shipped ones or disables them (see docs/how-to/ad-rules-file.md).")
@click.option("--fragment", is_flag=True,
              help="Check a snippet: skip what a whole ad must carry (pay, date, title mark, French version).")
@click.option("--country", default=None, metavar="CODE",
              help="Country of the job (ISO code: fr, de, gb...; default: the one the ad names most, else fr). French "
                   "rules apply to jobs in France, EU rules to jobs in the EU, only notices elsewhere.")
@click.option("--contract", type=click.Choice(["employment", "internship", "freelance"]), default=None,
              help="Kind of contract (default: employment); a freelance mission gets no pay-transparency rule.")
@click.option("--jsonl", "jsonl", metavar="FILE", default=None,
              help="Many ads, one JSON object per line ({\"id\", \"text\" or \"html\", \"lang\", \"country\", "
                   "\"title\"}; '-': standard input); writes one JSON line of findings per ad, in input order.")
@click.option("--csv", "csv_file", metavar="FILE", default=None,
              help="Many ads in a CSV file (comma or semicolon), the text in --column; id, lang, country and "
                   "title columns are read where present. Output as with --jsonl.")
@click.option("--column", default="text", show_default=True, metavar="NAME", help="The CSV column with the ad's text.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes for --jsonl and --csv (default: every core).")
def check_ad(files: tuple[str, ...], fmt: str, lang: str | None, strict: bool, ignore: tuple[str, ...],
             rules_file: str | None, fragment: bool, country: str | None, contract: str | None,
             jsonl: str | None, csv_file: str | None, column: str, jobs: int | None) -> None:
    """Check job ads (FILE: .txt, .md, .html or .docx; '-' or none: standard input).

    Prints one finding per line, FILE:LINE:COL: severity category/rule: message
    (suggestion; reference), then a summary with the gender-coding verdict.
    Silence a finding in the ad with 'rolegen-ignore: RULE' on its line.
    Exits 1 on an error (a warning too with --strict), 66 when a file could
    not be read (the others are still checked).

    With --jsonl or --csv, checks many ads in one run (on every core) and
    writes one JSON line per ad; a summary goes to standard error.
    """
    from rolegen.adcheck import check, load_ruleset
    from rolegen.adcheck.readers import MAX_BYTES, Unreadable, read_ad
    from rolegen.errors import ExitCode
    from rolegen.findings import fails, format_finding
    from rolegen.safefile import Refused, read_stream
    from rolegen.textutil import one_line

    from rolegen.errors import UsageError

    if country is not None and not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise UsageError(f"--country {country}: give a two-letter ISO code (fr, de, gb...)")
    ruleset = load_ruleset(rules_file)
    skip = _ignored(ignore, ruleset)
    if jsonl is not None or csv_file is not None:
        _batch(files, jsonl, csv_file, column, jobs, ruleset, skip, lang, fragment, strict, country, contract)
        return
    failed = False
    reports = []
    unreadable = []
    for path in files or ("-",):
        shown = "<stdin>" if path == "-" else one_line(path, 200)  # a file name is shown escaped, like a value
        try:
            ad = read_ad(shown, _stdin(MAX_BYTES, read_stream, Refused, Unreadable)) if path == "-" else read_ad(path)
        except Unreadable as exc:
            unreadable.append({"path": shown, "message": str(exc)})
            click.echo(f"{shown}: cannot check: {exc}", err=True)
            continue
        try:
            report = within(CHECK_SECONDS, lambda: check(ad.text, path=shown, lang=lang, fmt=ad.fmt, fragment=fragment,
                                                         ruleset=ruleset, ignore=skip, title=ad.title, remap=ad.remap,
                                                         country=country, contract=contract))
        except TooSlow:
            message = (f"the check took longer than {CHECK_SECONDS} s (lines crowded with repeated words?); "
                       "check a shorter text")
            unreadable.append({"path": shown, "message": message})
            click.echo(f"{shown}: cannot check: {message}", err=True)
            continue
        reports.append(report)
        failed |= any(fails(f, strict) for f in report.findings)
        if fmt == "text":
            for finding in report.findings:
                click.echo(format_finding(finding))
            click.echo(_summary(report, shown, lang or report.lang))  # in the findings' language
        elif fmt == "github":
            from rolegen.adcheck.ciformats import github

            for finding in report.findings:
                click.echo(github(finding))
    if fmt == "github":
        from rolegen.adcheck.ciformats import github_unreadable

        for item in unreadable:
            click.echo(github_unreadable(item["path"], item["message"]))
    if fmt == "sarif":
        from rolegen.adcheck.ciformats import sarif

        click.echo(json.dumps(sarif(reports, unreadable, ruleset, lang or "fr"), ensure_ascii=False, indent=2))
    if fmt == "json":
        click.echo(json.dumps({
            "findings": [f.as_dict() for r in reports for f in r.findings],
            "files": [{"path": r.path, "lang": r.lang, "errors": r.count("error"), "warnings": r.count("warning"),
                       "notices": r.count("notice"), "gender": r.gender.as_dict(), "country": r.country,
                       "contract": r.contract, "laws": r.laws} for r in reports],
            "unreadable": unreadable,
        }, ensure_ascii=False, indent=2))
    if unreadable:  # told apart from findings: the other files were checked, this one could not be
        sys.exit(ExitCode.UNREADABLE)
    if failed:
        sys.exit(ExitCode.FINDINGS)


def _batch(files: tuple[str, ...], jsonl: str | None, csv_file: str | None, column: str, jobs: int | None,
           ruleset, skip: set[str], lang: str | None, fragment: bool, strict: bool, country: str | None,
           contract: str | None) -> None:
    """--jsonl / --csv: one JSON line per ad on standard output, the summary on standard error."""
    import os

    from rolegen.adcheck import batch
    from rolegen.errors import ExitCode, UsageError

    if files:
        raise UsageError("give either FILE arguments or --jsonl/--csv, not both")
    if jsonl is not None and csv_file is not None:
        raise UsageError("give --jsonl or --csv, not both")
    name = jsonl if jsonl is not None else csv_file
    shown = "<stdin>" if name == "-" else name
    if name == "-":
        stream = sys.stdin.buffer
    else:
        from rolegen.safefile import Refused, check_regular
        from rolegen.textutil import one_line

        try:
            check_regular(name)  # a pipe, a device or a socket is refused before it is opened ('-' reads a pipe)
            stream = open(name, "rb")  # noqa: SIM115 - closed below
        except Refused as exc:
            click.echo(f"{one_line(shown)}: cannot check: {exc}", err=True)
            sys.exit(ExitCode.UNREADABLE)
        except OSError as exc:
            click.echo(f"{one_line(shown)}: cannot check: cannot be read ({exc.strerror or exc})", err=True)
            sys.exit(ExitCode.UNREADABLE)
    try:
        items = batch.read_jsonl(stream, shown) if jsonl is not None else batch.read_csv(stream, shown, column)
        tally = batch.run(items, sys.stdout, ruleset=ruleset, lang=lang,
                          options={"ignore": frozenset(skip), "fragment": fragment, "country": country,
                                   "contract": contract},
                          jobs=jobs or len(os.sched_getaffinity(0)), strict=strict, stream=stream, shown=shown)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    click.echo(tally.summary(shown), err=True)
    if tally.failed:
        sys.exit(ExitCode.FINDINGS)


CHECK_SECONDS = 10
"""Longest time the checker may spend on one ad; a real ad takes well under a second."""


class TooSlow(Exception):
    """The checker went past CHECK_SECONDS on one ad."""


def within(seconds: float, work):
    """``work()``, stopped with :class:`TooSlow` after ``seconds`` (a timer signal; the regular expression
    engine checks for signals as it runs). Outside the main thread, or without timers, ``work()`` as is."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return work()

    def stop(signum, frame):  # noqa: ARG001 - signal handler signature
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return work()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _stdin(limit: int, read_stream, refused, unreadable) -> bytes:
    """Standard input, read up to ``limit`` bytes and refused past it (an endless stream is not read to the end)."""
    try:
        return read_stream(sys.stdin.buffer, limit)
    except refused:
        raise unreadable(f"is too large to be an ad (over {limit // 1048576} MB; read up to the limit, then "
                         "stopped)") from None


COMMANDS = [check_ad]
