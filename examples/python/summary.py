#!/usr/bin/env python3
"""Print what gongkai reads in annual reports: metadata, a few fields, findings.

    python examples/python/summary.py REPORT.txt [REPORT.txt ...]

Exits 1 when any report's tables do not add up (a finding of severity error),
2 when a file could not be read or parsed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import gongkai

KEYS = ["applications.received.total", "applications.total.total", "review.total"]


def summarize(path: Path) -> int:
    try:
        report = gongkai.parse(path)  # a path (str or Path) is read, as open() reads it
    except gongkai.GongkaiError as e:
        print(f"{path}: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    with report:
        meta = report.meta
        print(f"{path.name}: {meta.organ} {meta.year} ({meta.format}), published {meta.published}")
        for key in KEYS:
            print(f"  {key:32} {report.fields.get(key, '(not printed)')}")
        errors = [d for d in report.diagnostics if d.severity == gongkai.Severity.ERROR]
        for d in report.diagnostics:
            print(f"  {d.severity!s:7} {d.rule:16} line {d.line:<4} {d.message_en}")
        return 1 if errors else 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    return max(summarize(Path(a)) for a in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
