"""close(), with, and the garbage-collection safety net."""

from __future__ import annotations

import gc
import weakref

import pytest

import gongkai


def test_with_closes(example_text: str) -> None:
    with gongkai.parse(text=example_text) as report:
        assert not report.closed
        assert report.meta.year == 2021
    assert report.closed
    with pytest.raises(ValueError):
        report.meta
    with pytest.raises(ValueError):
        report.to_json()
    with pytest.raises(ValueError):
        report.validate()
    assert "closed" in repr(report)


def test_close_twice_is_fine(example_text: str) -> None:
    report = gongkai.parse(text=example_text)
    report.close()
    report.close()
    assert report.closed


def test_garbage_collection_frees_the_handle(example_text: str) -> None:
    report = gongkai.parse(text=example_text)
    finalizer = report._finalizer
    ref = weakref.ref(report)
    del report
    gc.collect()
    assert ref() is None
    assert not finalizer.alive


def test_data_outlives_the_report(example_text: str) -> None:
    with gongkai.parse(text=example_text) as report:
        meta, fields, findings = report.meta, report.fields, report.diagnostics
    assert meta.organ == "示例县统计局" and fields["review.total"] == 2 and isinstance(findings, list)


def test_reports_cannot_be_made_directly() -> None:
    with pytest.raises(ValueError):
        gongkai.Report(None)  # type: ignore[arg-type]
