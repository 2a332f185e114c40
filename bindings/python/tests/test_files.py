"""gongkai.parse_file: PDF, web pages and text in other encodings, with the
cells' places in the file; and the errors of files that cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

import gongkai

from conftest import CORPUS

PAGE = (
    "<html><head><meta charset='gbk'></head><body><h1>某县人民政府2021年政府信息公开工作年度报告</h1>"
    "<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
    "<tr><td>规章</td><td>1</td><td>0</td><td>11</td></tr>"
    "<tr><td rowspan='1'>行政规范性文件</td><td>8</td><td>26</td><td>66</td></tr></table></body></html>"
)


def test_gbk_web_page_bytes() -> None:
    with gongkai.parse_file(PAGE.encode("gbk")) as report:
        cell = report.cells["active.normative.in_force"]
        assert cell.value == 66
        assert cell.place == gongkai.FilePlace(table=1, row=3, column=4)


def test_gb18030_text_parses_like_utf8(example_text: str) -> None:
    with gongkai.parse(text=example_text) as utf8, gongkai.parse_file(example_text.encode("gb18030")) as gb:
        assert gb.to_json() == utf8.to_json()


def test_pdf_file_cells_have_page_and_box() -> None:
    path = CORPUS / "pdf" / "w03_hongze_district_2024.pdf"
    if not path.is_file():
        pytest.skip("no corpus PDF")
    with gongkai.parse_file(path) as report:
        assert report.meta.year == 2024
        cell = report.cells["applications.received.natural"]
        assert cell.place is not None and cell.place.page >= 1
        x0, y0, x1, y1 = cell.place.box
        assert x1 > x0 and y1 > y0


def test_bad_files() -> None:
    with pytest.raises(gongkai.BadFileError) as info:
        gongkai.parse_file(b"PK\x05\x06" + b"\0" * 18)
    assert " / " in info.value.message
    with pytest.raises(gongkai.NoReportError):
        gongkai.parse_file(b"<html><body><p>hello</p></body></html>")
    with pytest.raises(gongkai.IoError):
        gongkai.parse_file(Path("/no/such/report.pdf"))
    with pytest.raises(ValueError):
        gongkai.parse_file(b"x", kind="odt")
