"""CSV, Markdown and HTML, and the checks across reports, from Python."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import gongkai


def _year_before(text: str, carried_forward: str) -> str:
    row = "四、结转下年度继续办理\t3\t0\t0\t0\t0\t0\t3"
    assert row in text, "the example changed: fix _year_before()"
    return text.replace(row, f"四、结转下年度继续办理\t{carried_forward}\t0\t0\t0\t0\t0\t{carried_forward}").replace(
        "2021", "2020"
    )


def test_csv_wide_with_keys_and_with_chinese_labels(example: gongkai.Report) -> None:
    wide = example.to_csv()
    header, row, end = wide.split("\r\n")
    assert end == ""
    assert header.startswith("report,title,organ,year,template,")
    columns = header.split(",")
    values = row.split(",")
    assert len(columns) == len(values)
    at = columns.index("applications.received.total")
    assert Decimal(values[at]) == example.fields["applications.received.total"]

    zh = example.to_csv(header="zh", bom=True, name="county.txt")
    assert zh.startswith("\ufeff报告,标题,机关,年度,模板,")
    zh_columns = zh.split("\r\n")[0].lstrip("\ufeff").split(",")
    assert zh_columns[at] == "一、本年新收政府信息公开申请数量｜总计"
    assert zh.split("\r\n")[1].startswith("county.txt,")


def test_csv_long_has_a_row_per_cell(example: gongkai.Report) -> None:
    rows = example.to_csv(layout="long").split("\r\n")[:-1]
    assert rows[0] == "report,key,value,line"
    assert len(rows) == 1 + len(example.cells)
    zh = example.to_csv(layout="long", header="zh").split("\r\n")
    assert zh[0] == "报告,字段键,字段名称,数值,行"
    with pytest.raises(ValueError):
        example.to_csv(layout="tall")
    with pytest.raises(ValueError):
        example.to_csv(header="en")


def test_markdown_and_html(unbalanced: gongkai.Report) -> None:
    md = unbalanced.to_markdown()
    assert md.startswith("# 示例县统计局2021年政府信息公开工作年度报告")
    assert "T3-BALANCE" in md and "Findings" in md
    assert "Findings" not in unbalanced.to_markdown(findings=False)
    html = unbalanced.to_html(source_name="county.txt")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert "county.txt" in html and "T3-BALANCE" in html


def test_the_year_before(example: gongkai.Report, example_text: str) -> None:
    with gongkai.parse(text=_year_before(example_text, "2")) as matching:
        assert example.compare_with_previous(matching) == []
    with gongkai.parse(text=_year_before(example_text, "7")) as differing:
        found = example.compare_with_previous(differing)
    assert [d.rule for d in found] == ["PREV-CARRIED-OVER", "PREV-CARRIED-OVER"]  # 自然人 and 总计
    assert (found[0].lhs, found[0].rhs, found[0].difference) == (Decimal(2), Decimal(7), Decimal(-5))
    assert found[0].severity == gongkai.Severity.WARNING and found[0].message_en
    assert [d.rule for d in example.compare_with_previous(example)] == ["PREV-YEAR"]


def test_the_organs_under(example: gongkai.Report, example_path: Path) -> None:
    assert example.compare_with_children([example]) == []
    with gongkai.parse(example_path) as twin:
        found = example.compare_with_children([example, twin])
    assert found and {d.rule for d in found} == {"CHILDREN-SUM"}
    total = next(d for d in found if d.cells[0].key == "applications.received.total")
    assert total.rhs == 2 * total.lhs


def test_closed_or_wrong_arguments(example: gongkai.Report, example_path: Path) -> None:
    closed = gongkai.parse(example_path)
    closed.close()
    with pytest.raises(ValueError):
        example.compare_with_previous(closed)
    with pytest.raises(ValueError):
        example.compare_with_children([example, closed])
    with pytest.raises(ValueError):
        closed.to_html()
    with pytest.raises(TypeError):
        example.compare_with_children(["report.txt"])  # type: ignore[list-item]
