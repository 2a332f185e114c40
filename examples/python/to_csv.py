#!/usr/bin/env python3
"""Parse many reports at once and write one CSV row per report.

    python examples/python/to_csv.py OUT.csv REPORT.txt [REPORT.txt ...]

The reports are parsed on a thread pool (gongkai.parse_many); the native
parser releases the GIL, so the threads run in parallel. Columns: file,
organ, year, format, number of errors, then every field key seen.
"""

from __future__ import annotations

import csv
import sys

import gongkai


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, paths = argv[0], argv[1:]
    results = gongkai.parse_many(paths, jobs=4, return_exceptions=True)
    keys: list[str] = []
    rows = []
    for path, result in zip(paths, results):
        if isinstance(result, BaseException):
            print(f"{path}: {result}", file=sys.stderr)
            continue
        with result as report:
            fields = report.fields
            keys += [k for k in fields if k not in keys]
            errors = sum(d.severity == gongkai.Severity.ERROR for d in report.diagnostics)
            rows.append((path, report.meta, errors, fields))
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "organ", "year", "format", "errors"] + keys)
        for path, meta, errors, fields in rows:
            writer.writerow([path, meta.organ, meta.year, meta.format, errors] + [fields.get(k, "") for k in keys])
    print(f"wrote {len(rows)} reports to {out}")
    return 0 if len(rows) == len(paths) else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
