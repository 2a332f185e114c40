"""close() on one thread while another thread is inside a native call on the
same report: the handle must outlive the call (issue 9, item 1)."""

from __future__ import annotations

import json
import threading
import time
from typing import Any, List

import pytest

import gongkai
from gongkai import _report


class _HeldLibrary:
    """The real library, except that gk_report_to_json waits for a signal
    before it runs and every call is recorded, so the test controls exactly
    when close() happens."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.inside = threading.Event()
        self.release = threading.Event()
        self.events: List[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def gk_report_to_json(self, *args: Any) -> int:
        self.inside.set()
        self.release.wait(10)
        status = self._real.gk_report_to_json(*args)
        self.events.append("to_json returned")
        return int(status)

    def gk_report_free(self, handle: Any) -> None:
        self.events.append("freed")
        self._real.gk_report_free(handle)


def test_close_waits_for_the_call_running_on_another_thread(example_text: str, monkeypatch: Any) -> None:
    lib = _HeldLibrary(_report._lib)
    monkeypatch.setattr(_report, "_lib", lib)
    report = gongkai.parse(text=example_text)
    results: List[bytes] = []
    user = threading.Thread(target=lambda: results.append(report.to_json_bytes()))
    user.start()
    assert lib.inside.wait(10)
    closer = threading.Thread(target=report.close)
    closer.start()
    time.sleep(0.2)
    # The call is still running: nothing may have been freed yet, and the
    # report already counts as closed for new calls.
    assert lib.events == []
    assert report.closed
    with pytest.raises(ValueError):
        report.to_json_bytes()
    lib.release.set()
    user.join(10)
    closer.join(10)
    assert lib.events == ["to_json returned", "freed"]
    assert json.loads(results[0])["meta"]["organ"] == "示例县统计局"


def test_close_racing_real_calls_never_crashes(example_text: str) -> None:
    """The reproducer of the issue, smaller: a report big enough that
    to_json() takes milliseconds, closed at varying moments while another
    thread serializes and validates it. Under ASan (scripts/sanitize.sh) a
    free under the running call is reported as heap-use-after-free."""
    row = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1\n"
    at = example_text.index("（七）总计")
    data = (example_text[:at] + row * 20000 + example_text[at:]).encode("utf-8")
    for k in range(8):
        report = gongkai.parse(data, validate=False)
        outcomes: List[str] = []

        def use() -> None:
            try:
                for _ in range(3):
                    report.to_json_bytes()
                    report.validate()
                outcomes.append("done")
            except ValueError:
                outcomes.append("closed")  # refused cleanly: the safe outcome

        user = threading.Thread(target=use)
        user.start()
        time.sleep(0.002 * k)
        report.close()
        user.join(60)
        assert outcomes in (["done"], ["closed"])
        assert report.closed
