"""Findings: stored ones, and validate()."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import gongkai
from gongkai import Severity


def test_a_balanced_report_has_no_error(example: gongkai.Report) -> None:
    assert all(d.severity < Severity.ERROR for d in example.diagnostics)


def test_an_unbalanced_report_parses_and_lists_its_errors(unbalanced: gongkai.Report) -> None:
    errors = [d for d in unbalanced.diagnostics if d.severity == Severity.ERROR]
    rules = {d.rule for d in errors}
    assert {"T3-BALANCE", "T3-OUTCOME-SUM"} <= rules
    balance = next(d for d in errors if d.rule == "T3-BALANCE")
    assert isinstance(balance, gongkai.Diagnostic)
    assert balance.message_zh and balance.message_en and balance.message == balance.message_zh
    assert balance.line > 0
    assert balance.lhs is not None and balance.rhs is not None
    assert balance.lhs - balance.rhs == balance.difference != 0
    keys = {c.key for c in balance.cells}
    assert "applications.total.natural" in keys
    total = next(c for c in balance.cells if c.key == "applications.total.natural")
    assert total.value == Decimal(21)
    assert str(balance.severity) == "error"


def test_validate_returns_findings_without_changing_the_report(unbalanced_path: Path) -> None:
    with gongkai.parse(unbalanced_path, validate=False) as report:
        assert not any(d.rule == "T3-BALANCE" for d in report.diagnostics)
        found = report.validate()
        assert any(d.rule == "T3-BALANCE" and d.severity == Severity.ERROR for d in found)
        assert not any(d.rule == "T3-BALANCE" for d in report.diagnostics)


def test_validate_agrees_with_parse_time_validation(unbalanced: gongkai.Report) -> None:
    stored = {(d.rule, d.line, d.message_en) for d in unbalanced.diagnostics}
    again = {(d.rule, d.line, d.message_en) for d in unbalanced.validate()}
    assert again <= stored
