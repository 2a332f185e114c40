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
    for source in ({"text": ""}, {"text": b""}, {"source": b""}):
        with pytest.raises(gongkai.EmptyInputError) as info:
            gongkai.parse(**source)
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
        gongkai.parse(text=example_text, max_input_bytes=100)
    with pytest.raises(ValueError):
        gongkai.parse(text=example_text, max_input_bytes=0)


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


def test_option_values_outside_size_t_are_refused_not_wrapped(example_text: str) -> None:
    # ctypes would turn 2**64 + 5 into 5 (and refuse the report as too large)
    # and -1 into SIZE_MAX (no limit at all).
    for bad in (2**64 + 5, 2**64, -1):
        with pytest.raises(ValueError) as info:
            gongkai.parse(text=example_text, max_input_bytes=bad)
        assert not isinstance(info.value, gongkai.GongkaiError)
        assert "max_input_bytes" in str(info.value)
    with pytest.raises(ValueError, match="max_depth"):
        gongkai.Report.from_json('{"schema": "gongkai.report/1"}', max_depth=-1)
    with pytest.raises(ValueError, match="max_bytes"):
        gongkai.Report.from_json('{"schema": "gongkai.report/1"}', max_bytes=2**64 + 5)
    with pytest.raises(TypeError):
        gongkai.parse(text=example_text, max_input_bytes=1.5)  # type: ignore[arg-type]


def test_json_error_names_its_position_once() -> None:
    with pytest.raises(gongkai.TooDeepError) as info:
        gongkai.Report.from_json("[" * 150 + "]" * 150, max_depth=16)
    text = str(info.value)
    assert info.value.line == 1 and text.count("line 1") == 1, text
    with pytest.raises(gongkai.JsonSyntaxError) as syntax:
        gongkai.Report.from_json('{"schema": "gongkai.report/1",\n "meta": {,}}')
    assert str(syntax.value).count("line 2") == 1, str(syntax.value)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    import time
    import tracemalloc

    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:  # sparse: 1 GiB that takes no disk
        f.truncate(1 << 30)
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(gongkai.TooLargeError) as info:
            gongkai.parse(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 2
    assert peak < 8 << 20, f"{peak} bytes allocated to refuse it"
    assert str(1 << 30) in str(info.value) and "上限" in str(info.value)
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 5000)
    with pytest.raises(gongkai.TooLargeError):
        gongkai.parse(small, max_input_bytes=4096)


def test_an_endless_binary_stream_is_refused_on_its_first_block() -> None:
    import time

    started = time.monotonic()
    with pytest.raises(gongkai.BinaryInputError):
        gongkai.parse(Path("/dev/zero"))  # never ends: reading it whole would not return
    assert time.monotonic() - started < 2
