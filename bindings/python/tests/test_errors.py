"""Every failure becomes the exception of its status code."""

from __future__ import annotations

from pathlib import Path

import pytest

import gongkai
from gongkai import Status
from gongkai._errors import error_class


def test_one_exception_class_per_status() -> None:
    classes = {error_class(s) for s in Status if s != Status.OK}
    assert len(classes) == 15
    for s in Status:
        if s != Status.OK:
            cls = error_class(s)
            assert issubclass(cls, gongkai.GongkaiError) and cls.status == s
    assert error_class(99) is gongkai.InternalError


def test_status_numbers_match_the_library() -> None:
    lib = gongkai._native.load()
    for s in Status:
        assert lib.gk_status_name(int(s)).decode() == s.name.lower()


def test_empty_input() -> None:
    for source in ("", b""):
        with pytest.raises(gongkai.EmptyInputError) as info:
            gongkai.parse(source)
        assert isinstance(info.value, ValueError)
        assert info.value.status == Status.EMPTY_INPUT
        assert info.value.message


def test_invalid_utf8_says_where() -> None:
    data = "示例县统计局2021年政府信息公开工作年度报告\n一、总体情况\n".encode() + b"\xff\xfe bad\n"
    with pytest.raises(gongkai.InvalidUtf8Error) as info:
        gongkai.parse(data)
    assert info.value.offset == data.index(b"\xff")
    assert (info.value.line, info.value.column) == (3, 1)
    assert "line 3" in str(info.value)


def test_binary_input() -> None:
    with pytest.raises(gongkai.BinaryInputError):
        gongkai.parse(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00")


def test_too_large(example_text: str) -> None:
    with pytest.raises(gongkai.TooLargeError):
        gongkai.parse(example_text, max_input_bytes=100)
    with pytest.raises(ValueError):
        gongkai.parse(example_text, max_input_bytes=0)


def test_unreadable_path_is_an_io_error(tmp_path: Path) -> None:
    with pytest.raises(gongkai.IoError) as info:
        gongkai.parse(tmp_path / "missing.txt")
    assert isinstance(info.value, OSError)
    assert info.value.status == Status.IO_ERROR
    assert "missing.txt" in info.value.message


def test_wrong_type() -> None:
    with pytest.raises(TypeError):
        gongkai.parse(42)  # type: ignore[arg-type]


def test_json_errors() -> None:
    with pytest.raises(gongkai.JsonSyntaxError) as info:
        gongkai.Report.from_json('{"schema": "gongkai.report/1",\n "meta": {,}}')
    assert info.value.offset > 0
    with pytest.raises(gongkai.JsonSchemaError):
        gongkai.Report.from_json("[1, 2, 3]")
    with pytest.raises(gongkai.JsonSchemaError):
        gongkai.Report.from_json(b'{"schema": "something.else/9"}')
    with pytest.raises(gongkai.TooDeepError):
        gongkai.Report.from_json("[" * 150 + "]" * 150, max_depth=16)
    with pytest.raises(gongkai.TooLargeError):
        gongkai.Report.from_json('{"schema": "gongkai.report/1"}', max_bytes=10)
