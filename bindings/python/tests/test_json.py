"""to_json() and from_json(), and the Python view against the JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import gongkai
from conftest import corpus_files, sample_files


def test_round_trip_gives_the_same_bytes(unbalanced: gongkai.Report) -> None:
    for pretty in (False, True):
        for detail in (False, True):
            text = unbalanced.to_json(pretty=pretty, detail=detail)
            with gongkai.Report.from_json(text) as back:
                assert back.to_json(pretty=pretty, detail=detail) == text
    with gongkai.Report.from_json(unbalanced.to_json_bytes()) as back:
        assert back.fields == unbalanced.fields
        assert back.meta == unbalanced.meta
        assert back.diagnostics == unbalanced.diagnostics


def test_json_shapes(example: gongkai.Report) -> None:
    compact = example.to_json()
    pretty = example.to_json(pretty=True)
    assert "\n" not in compact.rstrip("\n")
    assert pretty.startswith('{\n  "schema"')
    assert json.loads(compact) == json.loads(pretty)
    assert example.to_json_bytes() == compact.encode("utf-8")
    assert len(example.to_json(detail=False)) < len(compact)


def check_view_matches_json(report: gongkai.Report) -> None:
    doc = json.loads(report.to_json(), parse_float=Decimal)
    assert doc["schema"] == "gongkai.report/1"
    assert list(doc["fields"]) == list(report.fields)
    assert doc["fields"] == report.fields
    for key, value in report.fields.items():
        if key.endswith("_wan") and value is not None:
            assert isinstance(value, Decimal)
    meta = doc["meta"]
    assert (meta["title"], meta["organ"], meta["year"], meta["template"], meta["published"]) == (
        report.meta.title,
        report.meta.organ,
        report.meta.year,
        report.meta.format,
        report.meta.published,
    )
    assert [(d["rule"], d["severity"], d["line"]) for d in doc["diagnostics"]] == [
        (d.rule, str(d.severity), d.line) for d in report.diagnostics
    ]


def test_view_matches_json_for_the_examples(example: gongkai.Report, unbalanced: gongkai.Report) -> None:
    check_view_matches_json(example)
    check_view_matches_json(unbalanced)


@pytest.mark.parametrize("path", corpus_files() + sample_files(), ids=lambda p: p.name)
def test_real_reports(path: Path) -> None:
    with gongkai.parse(path) as report:
        check_view_matches_json(report)
        text = report.to_json()
        with gongkai.Report.from_json(text) as back:
            assert back.to_json() == text


def test_the_corpus_is_there() -> None:
    if not corpus_files():
        pytest.skip("no ../shared/corpus/dev next to the repository")
    assert len(corpus_files()) >= 6
