"""Compares the Parquet a Spark job wrote with what `gongkai parse` prints
for the same files: metadata, every field, every finding, and the errors of
files that are not reports."""

from __future__ import annotations

import json
import os
import subprocess
from decimal import Decimal
from typing import Any, Dict, List, Optional, Tuple

import pyarrow.parquet as pq

META = ("title", "organ", "year", "template", "published", "period_start", "period_end")


def cli_answer(cli: str, path: str) -> Tuple[Optional[Dict[str, Any]], str]:
    """The CLI's JSON for one file (None when it refused it), and its stderr."""
    run = subprocess.run([cli, "parse", path], capture_output=True, timeout=120)
    if run.returncode == 0:
        return json.loads(run.stdout, parse_float=Decimal), ""
    assert run.returncode == 2, f"{path}: gongkai parse exited {run.returncode}: {run.stderr.decode(errors='replace')}"
    return None, run.stderr.decode("utf-8", errors="replace")


def local_path(spark_path: str) -> str:
    """binaryFile's path column is a URI (file:/work/…)."""
    return os.path.realpath(spark_path[len("file:"):] if spark_path.startswith("file:") else spark_path)


def _fields_of(row: Dict[str, Any], keys: List[str]) -> Dict[str, Any]:
    """The JSON's `fields` again from the typed columns, blank_fields and other_fields."""
    out: Dict[str, Any] = {k: Decimal(row[k]) for k in keys if row[k] is not None}
    out.update({k: None for k in row["blank_fields"] or []})
    out.update({k: Decimal(v) for k, v in dict(row["other_fields"] or []).items()})
    return out


def _finding_of_json(d: Dict[str, Any]) -> Tuple[Any, ...]:
    dec = lambda v: None if v is None else Decimal(v)  # noqa: E731
    return (d["rule"], d["severity"], d["message"], d["message_en"], d["line"], d["column"],
            dec(d.get("lhs")), dec(d.get("rhs")), dec(d.get("difference")), d["evidence"],
            [c["key"] for c in d["cells"]])


def _finding_of_row(f: Dict[str, Any]) -> Tuple[Any, ...]:
    return (f["rule"], f["severity"], f["message_zh"], f["message_en"], f["line"], f["column"],
            f["lhs"], f["rhs"], f["difference"], f["evidence"], list(f["cells"]))


def compare(out_dir: str, inputs: List[str], cli: str, keys: List[str]) -> Dict[str, int]:
    """Asserts that out_dir/{fields,findings}.parquet match the CLI for every
    input file; returns counts of what was compared."""
    rows = pq.read_table(os.path.join(out_dir, "fields.parquet")).to_pylist()
    findings = pq.read_table(os.path.join(out_dir, "findings.parquet")).to_pylist()
    by_path = {local_path(r["path"]): r for r in rows}
    assert sorted(by_path) == sorted(os.path.realpath(p) for p in inputs), "one row per input file"
    findings_by_path: Dict[str, List[Tuple[Any, ...]]] = {}
    for f in findings:
        findings_by_path.setdefault(local_path(f["path"]), []).append(_finding_of_row(f))

    counts = {"reports": 0, "refused": 0, "fields": 0, "findings": 0}
    for path in inputs:
        row = by_path[os.path.realpath(path)]
        answer, stderr = cli_answer(cli, path)
        assert row["file_bytes"] == os.path.getsize(path), path
        if answer is None:
            # Refused by both, for the same reason: the CLI's message is the library's.
            assert row["error_status"], f"{path}: the CLI refused it ({stderr.strip()}) but the job did not"
            assert row["error_message"] and row["error_message"] in stderr, (path, row["error_message"], stderr)
            assert all(row[k] is None for k in keys) and row["template"] is None, path
            assert path not in findings_by_path
            counts["refused"] += 1
            continue
        assert row["error_status"] is None, f"{path}: {row['error_status']}: {row['error_message']}"
        for m in META:
            assert row[m] == answer["meta"][m], (path, m, row[m], answer["meta"][m])
        assert dict(row["contact"]) == answer["meta"]["contact"], path
        assert (row["input_bytes"], row["input_lines"]) == (answer["input"]["bytes"], answer["input"]["lines"]), path
        expected_fields = {k: None if v is None else Decimal(v) for k, v in answer["fields"].items()}
        assert _fields_of(row, keys) == expected_fields, path
        expected_findings = [_finding_of_json(d) for d in answer["diagnostics"]]
        assert findings_by_path.get(os.path.realpath(path), []) == expected_findings, path
        counts["reports"] += 1
        counts["fields"] += len(expected_fields)
        counts["findings"] += len(expected_findings)
    return counts
