"""Findings in the formats CI platforms read: SARIF 2.1.0 (code scanning) and GitHub workflow annotations."""

from __future__ import annotations

from typing import Any

from rolegen import __version__

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "notice": "note"}


def sarif(reports: list[Any], unreadable: list[dict], ruleset: Any, lang: str = "fr") -> dict:
    """One SARIF run: every rule of the ruleset as a reporting descriptor, one result per finding.

    Columns count Unicode code points, as rolegen's do; an unreadable file is a tool execution notification.
    """
    rules, index = [], {}
    for compiled in ruleset.rules:
        rule = compiled.rule
        index[rule.id] = len(rules)
        rules.append({
            "id": rule.id,
            "name": "".join(part.capitalize() for part in rule.id.split("-")),
            "shortDescription": {"text": getattr(rule.reason, lang)},
            "fullDescription": {"text": f"{getattr(rule.reason, lang)} ({rule.reference})"},
            "help": {"text": getattr(rule.suggestion, lang)},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"category": rule.category, "reference": rule.reference},
        })
    results = []
    for report in reports:
        for finding in report.findings:
            result = {
                "ruleId": finding.rule,
                "level": _LEVEL[finding.severity],
                "message": {"text": f"{finding.message} ({finding.suggestion}; {finding.reference})"},
                "occurrenceCount": finding.count,
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": _uri(finding.path)},
                    "region": {"startLine": finding.line, "startColumn": finding.column,
                               "snippet": {"text": finding.excerpt}},
                }}],
                "properties": {"category": finding.category, "count": finding.count},
            }
            if finding.rule in index:
                result["ruleIndex"] = index[finding.rule]
            results.append(result)
    notifications = [{"level": "error", "message": {"text": f"cannot check: {item['message']}"},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(item["path"])}}}]}
                     for item in unreadable]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "rolegen check-ad", "version": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not unreadable,
                             "toolExecutionNotifications": notifications}],
            "results": results,
        }],
    }


def _uri(path: str) -> str:
    """A relative file path as a URI reference (spaces and the like percent-encoded)."""
    from urllib.parse import quote

    return quote(path.replace("\\", "/"), safe="/-._~")


def github(finding: Any) -> str:
    """A GitHub Actions workflow command that annotates the finding's line."""
    command = {"error": "error", "warning": "warning", "notice": "notice"}[finding.severity]
    props = ",".join(f"{key}={_escape_property(str(value))}" for key, value in (
        ("file", finding.path), ("line", finding.line), ("col", finding.column),
        ("title", f"{finding.category}/{finding.rule}")))
    return f"::{command} {props}::{_escape_data(f'{finding.message} ({finding.suggestion}; {finding.reference})')}"


def github_unreadable(path: str, message: str) -> str:
    return f"::error file={_escape_property(path)},title=unreadable::{_escape_data(f'cannot check: {message}')}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
