"""parse_many() on a thread pool, and many threads on their own reports."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import List

import pytest

import gongkai
from conftest import corpus_files


def batch_inputs(example_path: Path, unbalanced_path: Path) -> List[Path]:
    return ([example_path, unbalanced_path] + corpus_files()) * 3


def test_results_in_order_and_equal_to_one_by_one(example_path: Path, unbalanced_path: Path) -> None:
    paths = batch_inputs(example_path, unbalanced_path)
    reports = gongkai.parse_many(paths, jobs=4)
    try:
        assert len(reports) == len(paths)
        for path, report in zip(paths, reports):
            assert isinstance(report, gongkai.Report)
            with gongkai.parse(path) as alone:
                assert report.to_json() == alone.to_json()
    finally:
        for r in reports:
            if isinstance(r, gongkai.Report):
                r.close()


def test_str_paths_are_file_names(example_path: Path) -> None:
    (report,) = gongkai.parse_many([str(example_path)], jobs=1)
    with report:  # type: ignore[union-attr]
        assert report.meta.organ == "示例县统计局"  # type: ignore[union-attr]


def test_failures(example_path: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [example_path, tmp_path / "missing.txt", empty]
    results = gongkai.parse_many(paths, jobs=2, return_exceptions=True)
    assert isinstance(results[0], gongkai.Report)
    assert isinstance(results[1], gongkai.IoError)
    assert isinstance(results[2], gongkai.EmptyInputError)
    results[0].close()  # type: ignore[union-attr]
    with pytest.raises(gongkai.IoError):
        gongkai.parse_many(paths, jobs=2)


def test_eight_threads_parse_at_once(unbalanced_path: Path) -> None:
    data = unbalanced_path.read_bytes()
    with gongkai.parse(data) as report:
        expected = report.to_json()
    barrier = threading.Barrier(8)
    mismatches: List[str] = []

    def work() -> None:
        barrier.wait()
        for _ in range(10):
            with gongkai.parse(data) as r:
                if r.to_json() != expected:
                    mismatches.append(threading.current_thread().name)
            try:
                gongkai.parse(b"")
            except gongkai.EmptyInputError as e:
                if e.status != gongkai.Status.EMPTY_INPUT:
                    mismatches.append("status")

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert mismatches == []


def test_one_report_read_from_many_threads(unbalanced_path: Path) -> None:
    with gongkai.parse(unbalanced_path) as report:
        expected = report.to_json()
        results: List[bool] = []

        def work() -> None:
            for _ in range(5):
                results.append(report.to_json() == expected and len(report.validate()) > 0)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results and all(results)
