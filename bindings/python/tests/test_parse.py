"""parse(): sources, metadata, fields and cells."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest

import gongkai
from gongkai import CellState


def test_every_kind_of_source_gives_the_same_report(example_path: Path, example_text: str) -> None:
    data = example_path.read_bytes()
    sources = [
        {"text": example_text},
        {"text": data},
        {"source": data},
        {"source": bytearray(data)},
        {"source": memoryview(data)},
        {"source": example_path},
        {"source": str(example_path)},  # a str is a file name, as for open()
        {"source": os.fsencode(example_path).decode()},
    ]
    jsons = []
    for source in sources:
        with gongkai.parse(**source) as report:
            jsons.append(report.to_json())
    assert all(j == jsons[0] for j in jsons)
    assert '"organ":"示例县统计局"' in jsons[0]


def test_meta(example: gongkai.Report, example_path: Path) -> None:
    meta = example.meta
    assert meta.title == "示例县统计局2021年政府信息公开工作年度报告"
    assert meta.organ == "示例县统计局"
    assert meta.year == 2021
    assert meta.format == meta.template == "gk2021"
    assert meta.published == "2022-01-20"
    assert meta.input_bytes == example_path.stat().st_size
    assert meta.input_lines > 50


def test_fields_are_keyed_as_fields_tsv_with_python_numbers(example: gongkai.Report) -> None:
    fields = example.fields
    assert fields["applications.received.natural"] == 20
    assert type(fields["applications.received.natural"]) is int
    assert fields["applications.received.total"] == 26
    assert fields["applications.total.total"] == 25
    assert fields["active.licensing.decisions"] == 1234
    assert fields["review.total"] == 2
    assert fields["litigation_direct.maintained"] == 1
    money = fields["active.fees.amount_wan"]
    assert isinstance(money, Decimal) and money == Decimal("12.5") and str(money) == "12.5"
    # gk2021 has 10 + 175 + 15 fields, all printed here.
    assert len(fields) == 200
    assert "active.rules.made" not in fields  # a gk2019 key


def test_a_blank_mark_is_none_and_keeps_its_text(example_text: str) -> None:
    text = example_text.replace("行政强制\t3", "行政强制\t无")
    with gongkai.parse(text=text) as report:
        assert report.fields["active.coercion.decisions"] is None
        cell = report.cells["active.coercion.decisions"]
        assert cell.state == CellState.BLANK_MARK
        assert cell.raw == "无"
        assert cell.value is None


def test_cells_carry_their_place(example: gongkai.Report, example_text: str) -> None:
    cell = example.field("applications.received.natural")
    assert cell.state == CellState.NUMBER
    assert cell.raw == "20"
    line = example_text.splitlines()[cell.line - 1]
    assert line.startswith("一、本年新收政府信息公开申请数量")
    assert cell.column > 1


def test_field_of_an_unknown_key_raises_not_found(example: gongkai.Report) -> None:
    with pytest.raises(gongkai.NotFoundError) as info:
        example.field("applications.nonsense.natural")
    assert isinstance(info.value, LookupError)
    assert info.value.status == gongkai.Status.NOT_FOUND
    assert "applications.nonsense.natural" in info.value.message


def test_returned_collections_are_copies(example: gongkai.Report) -> None:
    example.fields.clear()
    example.diagnostics.clear()
    assert len(example.fields) == 200
