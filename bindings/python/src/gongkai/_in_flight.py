"""Counting the native calls in flight on one handle, so that close() on one
thread never frees the handle under a call running on another.

ctypes releases the GIL for every foreign call, so while one thread is inside
``gk_report_to_json`` another can run ``Report.close()``; freeing the report
then would be a use-after-free inside the library. Every call on the handle
goes through :meth:`InFlight.enter`; :meth:`InFlight.close` refuses new calls
and waits until the last running one has returned.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Iterator


class InFlight:
    __slots__ = ("_cond", "_running", "_closing")

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._running = 0
        self._closing = False

    @property
    def closing(self) -> bool:
        return self._closing

    @contextlib.contextmanager
    def enter(self) -> Iterator[None]:
        """Counts one call for the duration of the block; raises ValueError
        when the handle is closed or being closed."""
        with self._cond:
            if self._closing:
                raise ValueError("the report is closed")
            self._running += 1
        try:
            yield
        finally:
            with self._cond:
                self._running -= 1
                if self._running == 0:
                    self._cond.notify_all()

    def close(self) -> None:
        """Refuses new calls, then returns once no call is running."""
        with self._cond:
            self._closing = True
            while self._running:
                self._cond.wait()
