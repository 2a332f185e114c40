"""Parsing many files on a thread pool."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable, List, Optional, Union

from ._report import Report, parse

PathLike = Union[str, "os.PathLike[str]"]


def parse_many(
    paths: Iterable[PathLike],
    *,
    jobs: Optional[int] = None,
    validate: bool = True,
    return_exceptions: bool = False,
) -> List[Union[Report, BaseException]]:
    """Parses many report files at once on a thread pool.

    The native parser runs without the GIL, so ``jobs`` threads parse in
    parallel. Results come back in the order of ``paths``.

    Args:
        paths: file names (``str``) or ``os.PathLike`` objects.
        jobs: number of threads (default: the number of CPUs).
        validate: as in :func:`gongkai.parse`.
        return_exceptions: put a failed file's exception in its place in the
            list instead of raising it.

    Raises:
        GongkaiError: the first failure in ``paths`` order, unless
        ``return_exceptions``; the reports already made are closed then.
    """
    # A str is a file name, here as in parse(); Path() keeps a name with a
    # line break a name.
    items = [Path(p) if isinstance(p, str) else p for p in paths]
    workers = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gongkai") as pool:
        futures = [pool.submit(parse, p, validate=validate) for p in items]
        results: List[Union[Report, BaseException]] = []
        for future in futures:
            error = future.exception()
            results.append(error if error is not None else future.result())
    if not return_exceptions:
        first = next((r for r in results if isinstance(r, BaseException)), None)
        if first is not None:
            for r in results:
                if isinstance(r, Report):
                    r.close()
            raise first
    return results
