"""gongkai.spark's rows, without Spark: the schema's keys follow the library's
own field table, and one file's row holds what the report holds, or its error."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import gongkai
from gongkai import spark
from gongkai._field_keys import FIELD_KEYS

from conftest import REPO


def test_field_keys_are_the_librarys_table() -> None:
    # lib/model/fields_table.inc is what the engine uses; both come from spec/fields.tsv.
    table = (REPO / "lib" / "model" / "fields_table.inc").read_text(encoding="utf-8")
    keys = list(dict.fromkeys(re.findall(r'^\{Format::\w+, "([^"]+)"', table, flags=re.M)))
    assert list(FIELD_KEYS) == keys
    assert "applications.received.total" in FIELD_KEYS and "active.procurement.amount_wan" in FIELD_KEYS


def test_importing_gongkai_spark_does_not_import_pyspark() -> None:
    # The package must not need pyspark: only report_schema() and the
    # DataFrame functions import it, when called.
    check = "import sys, gongkai.spark; print(sorted(m for m in sys.modules if m.startswith('pyspark')))"
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _as_dict(row: tuple) -> dict:
    names = list(spark.META_COLUMNS) + list(FIELD_KEYS) + list(spark.TAIL_COLUMNS)
    assert len(row) == len(names)
    return dict(zip(names, row))


def test_row_of_a_report_holds_its_fields_and_findings(unbalanced_path: Path) -> None:
    data = unbalanced_path.read_bytes()
    row = _as_dict(spark.report_row("file:/x/unbalanced.txt", data))
    with gongkai.parse_file(data) as report:
        assert row["error_status"] is None and row["file_bytes"] == len(data)
        assert (row["title"], row["year"], row["template"]) == (report.meta.title, report.meta.year, report.meta.format)
        printed = {k: v for k, v in report.fields.items() if v is not None}
        assert {k: row[k] for k in FIELD_KEYS if row[k] is not None} == printed
        assert sorted(row["blank_fields"]) == sorted(k for k, v in report.fields.items() if v is None)
        assert [f[0] for f in row["findings"]] == [d.rule for d in report.diagnostics]
    severities = {f[1] for f in row["findings"]}
    assert "error" in severities  # 总计 21 against 19: the row carries the finding


def test_money_is_decimal_and_counts_are_int(example_path: Path) -> None:
    row = _as_dict(spark.report_row("a", example_path.read_bytes()))
    counts = [row[k] for k in FIELD_KEYS if row[k] is not None and not spark.is_money(k)]
    money = [row[k] for k in FIELD_KEYS if row[k] is not None and spark.is_money(k)]
    assert counts and all(type(v) is int for v in counts)
    assert all(isinstance(v, Decimal) for v in money)


def test_a_bad_file_is_a_row_with_its_error_not_an_exception() -> None:
    row = _as_dict(spark.report_row("file:/x/cut.pdf", b"%PDF-1.7\n1 0 obj\n<<"))
    assert row["error_status"] == "BAD_FILE" and row["path"] == "file:/x/cut.pdf"
    assert row["error_message"] and row["template"] is None and row["findings"] is None
    assert all(row[k] is None for k in FIELD_KEYS)
    empty = _as_dict(spark.report_row("e", b""))
    assert empty["error_status"] == "EMPTY_INPUT" and empty["file_bytes"] == 0
    missing = _as_dict(spark.report_row("n", None))
    assert missing["error_status"] == "INTERNAL" and "no content" in missing["error_message"]
