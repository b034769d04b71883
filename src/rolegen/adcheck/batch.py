"""Many ads in one run: JSON Lines or CSV in, one JSON line of findings per ad out.

    rolegen check-ad --jsonl ads.jsonl --jobs 2 > findings.jsonl
    rolegen check-ad --csv export.csv --column description

An input line (JSON Lines) is ``{"id", "text" | "html", "lang"?, "country"?, "title"?}``; a CSV row gives the
text in ``--column`` and reads ``id``, ``lang``, ``country`` and ``title`` columns where the file has them.
Each ad gives one output line, in input order::

    {"id", "line", "lang", "errors", "warnings", "notices", "gender", "findings": [...]}

and a line that cannot be read gives ``{"id", "line", "error": "FILE:LINE:COL: message"}`` while the run goes
on. Ads are read and checked in windows of a bounded size, so memory stays flat however long the input is;
``jobs`` worker processes (forked, so they share the compiled rules) check each window in parallel.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any, Iterator

from rolegen.adcheck.readers import MAX_BYTES

WINDOW = 512
"""Ads read ahead per worker before they are checked and written: bounds memory."""
_FIELDS = ("id", "text", "html", "lang", "country", "title")


@dataclass(frozen=True)
class Item:
    """One ad of a batch, or the located reason it could not be read (``error``)."""

    line: int
    id: str
    text: str = ""
    fmt: str = "txt"
    lang: str | None = None
    country: str | None = None
    title: str | None = None
    error: str | None = None


@dataclass
class Tally:
    """What a batch run saw: for the closing summary."""

    ads: int = 0
    with_findings: int = 0
    bad_lines: int = 0
    failed: bool = False
    categories: Counter = field(default_factory=Counter)

    def summary(self, shown: str) -> str:
        by = ", ".join(f"{name} {count:,}" for name, count in sorted(self.categories.items(),
                                                                     key=lambda kv: (-kv[1], kv[0])))
        return (f"{shown}: {self.ads:,} ads read, {self.with_findings:,} with findings, "
                f"{self.bad_lines:,} unreadable lines" + (f"; by category: {by}" if by else ""))


def _located(shown: str, line: int, column: int, message: str) -> str:
    return f"{shown}:{line}:{column}: {message}"


def _item(shown: str, line: int, record: Any, column: int = 1) -> Item:
    """An input record (a dict) as an Item, or an Item carrying the located problem."""
    fallback = str(line)
    if not isinstance(record, dict):
        return Item(line, fallback, error=_located(shown, line, column, "expected an object with \"id\" and \"text\""))
    unknown = sorted(set(record) - set(_FIELDS))
    if unknown:
        return Item(line, fallback, error=_located(shown, line, column, f"unknown field {unknown[0]!r}; "
                                                   f"expected {', '.join(_FIELDS)}"))
    for name in _FIELDS:
        value = record.get(name)
        allowed = (str, int) if name == "id" else (str,)
        if value is not None and (not isinstance(value, allowed) or isinstance(value, bool)):
            return Item(line, fallback, error=_located(shown, line, column, f"{name}: expected text"))
    ident = str(record.get("id") if record.get("id") not in (None, "") else line)
    text, html = record.get("text"), record.get("html")
    if (text is None) == (html is None):
        return Item(line, ident, error=_located(shown, line, column, "give exactly one of \"text\" and \"html\""))
    lang = record.get("lang") or None
    if lang not in (None, "fr", "en"):
        return Item(line, ident, error=_located(shown, line, column, f"lang: {lang!r} is not fr or en"))
    country = record.get("country") or None
    if country is not None and not (isinstance(country, str) and len(country) == 2 and country.isalpha()):
        return Item(line, ident, error=_located(shown, line, column,
                                                f"country: {country!r} is not a two-letter country code"))
    body = str(text if text is not None else html)
    title = record.get("title") or None
    return Item(line, ident, body, "txt" if text is not None else "html", lang,
                country.lower() if country else None, str(title) if title is not None else None)


def read_jsonl(stream: IO[bytes], shown: str) -> Iterator[Item]:
    """The ads of a JSON Lines stream, one per non-blank line; a line over the size limit is not kept in memory."""
    number = 0
    while True:
        raw = stream.readline(MAX_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line without keeping it
                raw = stream.readline(MAX_BYTES + 1)
            yield Item(number, str(number), error=_located(shown, number, 1, f"line is over "
                                                           f"{MAX_BYTES // 1048576} MB; an ad is shorter"))
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Item(number, str(number), error=_located(shown, number, exc.start + 1, "not UTF-8"))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield Item(number, str(number), error=_located(shown, number, exc.colno, f"invalid JSON: {exc.msg}"))
            continue
        yield _item(shown, number, record)


def read_csv(stream: IO[bytes], shown: str, column: str) -> Iterator[Item]:
    """The ads of a CSV file (comma or semicolon, detected from the header), the text in ``column``."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    csv.field_size_limit(MAX_BYTES)
    try:
        header_line = text.readline()
    except UnicodeDecodeError:
        yield Item(1, "1", error=_located(shown, 1, 1, "not UTF-8"))
        return
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    header = next(csv.reader([header_line], delimiter=delimiter), [])
    if column not in header:
        yield Item(1, "1", error=_located(shown, 1, 1, f"no column {column!r}; the columns are "
                                          f"{', '.join(header) or '(none)'}"))
        return
    reader = csv.reader(text, delimiter=delimiter)
    while True:
        start = reader.line_num + 2  # the header was line 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            yield Item(start, str(start), error=_located(shown, start, 1, f"unreadable CSV row: {exc}"))
            return
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Item(start, str(start), error=_located(shown, start, 1, f"row has {len(row)} cells; "
                                                         f"the header has {len(header)}"))
            continue
        cells = dict(zip(header, row, strict=True))
        record = {name: cells[name] for name in ("id", "lang", "country", "title") if cells.get(name)}
        record["text"] = cells[column]
        yield _item(shown, start, record)


# The state a worker checks with: set before the pool forks, so workers inherit the compiled rules.
_STATE: dict[str, Any] = {}


def _check(item: Item) -> dict:
    if item.error is not None:
        return {"id": item.id, "line": item.line, "error": item.error}
    from rolegen.adcheck import check

    text, title = item.text, None
    if item.title is not None:
        text, title = f"{item.title}\n{text}", 0
    options = dict(_STATE["options"])
    if item.country is not None:  # the line's own country wins over --country
        options["country"] = item.country
    report = check(text, path=item.id, lang=item.lang or _STATE["lang"], fmt=item.fmt, title=title,
                   ruleset=_STATE["ruleset"], **options)
    return {"id": item.id, "line": item.line, "lang": report.lang, "errors": report.count("error"),
            "warnings": report.count("warning"), "notices": report.count("notice"),
            "gender": report.gender.as_dict(),
            "findings": [{k: v for k, v in f.as_dict().items() if k != "path"} for f in report.findings]}


def _windows(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    window: list[Item] = []
    for item in items:
        window.append(item)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


class _Progress:
    """A one-line progress report on a terminal (stderr), nothing elsewhere."""

    def __init__(self, stream: IO[bytes], shown: str):
        self.on = sys.stderr.isatty()
        self.shown = shown
        self.total = 0
        self.stream = stream
        try:
            self.total = os.fstat(stream.fileno()).st_size
        except (OSError, AttributeError, io.UnsupportedOperation):
            self.total = 0
        self.start = time.monotonic()

    def update(self, ads: int) -> None:
        if not self.on:
            return
        rate = ads / max(time.monotonic() - self.start, 1e-6)
        done = ""
        if self.total:
            try:
                done = f" {100 * self.stream.tell() / self.total:3.0f} %"
            except (OSError, ValueError):
                done = ""
        sys.stderr.write(f"\r{self.shown}:{done} {ads:,} ads checked ({rate:,.0f}/s)")
        sys.stderr.flush()

    def close(self) -> None:
        if self.on:
            sys.stderr.write("\n")


def run(items: Iterator[Item], out: IO[str], *, ruleset: Any, lang: str | None, options: dict, jobs: int,
        strict: bool, stream: IO[bytes], shown: str) -> Tally:
    """Check every item and write one JSON line per item to ``out``, in input order."""
    _STATE.update(ruleset=ruleset, lang=lang, options=options)
    tally = Tally()
    progress = _Progress(stream, shown)
    jobs = max(1, jobs)
    pool = multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None
    try:
        for window in _windows(items, WINDOW * jobs):
            results = pool.map(_check, window, chunksize=max(1, len(window) // (jobs * 4))) if pool else \
                [_check(item) for item in window]
            for result in results:
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
                if "error" in result:
                    tally.bad_lines += 1
                    tally.failed = True
                    continue
                tally.ads += 1
                findings = result["findings"]
                if any(f["severity"] in ("error", "warning") for f in findings):
                    tally.with_findings += 1
                tally.categories.update({f["category"] for f in findings if f["severity"] != "notice"})
                tally.failed |= any(f["severity"] == "error" or (strict and f["severity"] == "warning")
                                    for f in findings)
            out.flush()
            progress.update(tally.ads + tally.bad_lines)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        progress.close()
    return tally
