"""A str is a path, as for open(); text only as text=; a missing file is a
FileNotFoundError; a Report pickles (to its JSON)."""

from __future__ import annotations

import errno
import multiprocessing
import pickle
import warnings
from pathlib import Path

import pytest

import gongkai


def test_a_str_is_a_file_name(example_path: Path) -> None:
    with gongkai.parse(str(example_path)) as by_str, gongkai.parse(example_path) as by_path:
        assert by_str.meta.organ == "示例县统计局"
        assert by_str.to_json() == by_path.to_json()


def test_text_is_passed_as_text(example_text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the explicit way warns of nothing
        with gongkai.parse(text=example_text) as from_text, gongkai.parse(text=example_text.encode()) as from_bytes:
            assert from_text.meta.year == 2021
            assert from_text.to_json() == from_bytes.to_json()


def test_text_in_a_str_still_parses_with_a_deprecation_warning(example_text: str) -> None:
    with pytest.warns(DeprecationWarning, match="text="):
        report = gongkai.parse(example_text)
    with report:
        assert report.meta.organ == "示例县统计局"


def test_a_path_and_text_together_are_refused(example_path: Path, example_text: str) -> None:
    with pytest.raises(TypeError):
        gongkai.parse(example_path, text=example_text)
    with pytest.raises(TypeError):
        gongkai.parse()
    with pytest.raises(TypeError):
        gongkai.parse(text=42)  # type: ignore[arg-type]


@pytest.mark.parametrize("as_str", [True, False])
def test_a_missing_file_is_file_not_found(tmp_path: Path, as_str: bool) -> None:
    missing = tmp_path / "no_such_report.txt"
    for call in (gongkai.parse, gongkai.parse_file):
        with pytest.raises(FileNotFoundError) as info:
            call(str(missing) if as_str else missing)
        e = info.value
        assert e.errno == errno.ENOENT
        assert e.filename == str(missing)
        assert isinstance(e, gongkai.IoError) and isinstance(e, gongkai.MissingFileError)
        assert e.status == gongkai.Status.IO_ERROR
        assert "无法读取" in str(e) and "cannot read" in str(e)


def test_a_folder_is_an_io_error_with_its_errno(tmp_path: Path) -> None:
    with pytest.raises(gongkai.IoError) as info:
        gongkai.parse(str(tmp_path))
    assert not isinstance(info.value, FileNotFoundError)
    assert info.value.errno == errno.EISDIR


def test_parse_many_takes_str_names(example_path: Path, unbalanced_path: Path) -> None:
    reports = gongkai.parse_many([str(example_path), unbalanced_path], jobs=2)
    try:
        assert [r.meta.organ for r in reports] == ["示例县统计局", "示例县统计局"]  # type: ignore[union-attr]
    finally:
        for r in reports:
            r.close()  # type: ignore[union-attr]


def test_a_report_pickles_whole(unbalanced: gongkai.Report) -> None:
    data = pickle.dumps(unbalanced)
    assert b"gongkai.report/1" in data  # its JSON travels, not a pointer
    with pickle.loads(data) as back:
        assert back.to_json() == unbalanced.to_json()
        assert back.fields == unbalanced.fields
        assert [d.rule for d in back.diagnostics] == [d.rule for d in unbalanced.diagnostics]
        assert back.cells["applications.total.natural"].line == unbalanced.cells["applications.total.natural"].line


def test_a_closed_report_does_not_pickle(example_path: Path) -> None:
    report = gongkai.parse(example_path)
    report.close()
    with pytest.raises(ValueError):
        pickle.dumps(report)


def _organ_and_errors(report: gongkai.Report) -> tuple:
    with report:
        return report.meta.organ, sum(d.severity == gongkai.Severity.ERROR for d in report.diagnostics)


def test_reports_cross_process_boundaries(example_path: Path, unbalanced_path: Path) -> None:
    reports = [gongkai.parse(example_path), gongkai.parse(unbalanced_path)]
    try:
        expected = [(r.meta.organ, sum(d.severity == gongkai.Severity.ERROR for d in r.diagnostics)) for r in reports]
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            assert pool.map(_organ_and_errors, reports) == expected
        assert expected[1][1] > 0  # the unbalanced one has errors, and they came across
    finally:
        for r in reports:
            r.close()
