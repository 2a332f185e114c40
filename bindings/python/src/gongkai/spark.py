"""gongkai on Apache Spark: a DataFrame of report files in, a DataFrame of
reports out.

>>> from gongkai.spark import parse_binary_files          # doctest: +SKIP
>>> files = spark.read.format("binaryFile").load("hdfs:///reports/2024/")
>>> reports = parse_binary_files(files)
>>> reports.select("path", "template", "`applications.received.total`").show()

Each input row (``path``, ``content``, … as ``binaryFile`` gives them) becomes
one output row of :func:`report_schema`: the file's metadata, one column per
flat field key of the contract (spec/fields.tsv), and its findings. A file
that cannot be read as a report gets a row too, with ``error_status`` and
``error_message`` set and everything else empty: one bad file never fails the
job. The files are read by content (PDF, web page, Word, text in any encoding
the library knows), as :func:`gongkai.parse_file` reads them.

Why one column per key rather than a map: the keys are a fixed contract, so
typed columns let Parquet store and prune each statistic on its own and let
SQL read ``applications.received.total`` as a number without a lookup. What a
column cannot say is kept beside it, so nothing of the JSON's ``fields`` is
lost: ``blank_fields`` lists the cells printed blank (null in the JSON; a null
column whose key is not listed there was not printed at all), and
``other_fields`` holds, as text, any value the typed columns cannot hold (a
count printed with decimals, a key this schema does not know).

pyspark is imported only here, so ``import gongkai`` never needs it. The map
function runs on the executors and needs gongkai installed there (the wheel
carries the native library); it returns plain values only, never Report
objects.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Optional, Tuple

from ._field_keys import FIELD_KEYS

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

#: Money keys (``*_wan``) keep the printed decimals: the library keeps at
#: most 9 (lib/model/decimal.cpp kMaxScale) of an int64, so (38, 9) is exact.
MONEY_PRECISION, MONEY_SCALE = 38, 9

#: The metadata columns, in order, before the field columns.
META_COLUMNS = (
    "path", "file_bytes", "error_status", "error_message",
    "title", "organ", "year", "template", "published", "period_start", "period_end",
    "contact", "input_bytes", "input_lines",
)
#: The columns after the field columns.
TAIL_COLUMNS = ("blank_fields", "other_fields", "findings")


def is_money(key: str) -> bool:
    """Money cells (万元) are decimals; every other cell is a count."""
    return key.endswith("_wan")


def report_schema() -> "StructType":
    """The schema of :func:`parse_binary_files`' output."""
    from pyspark.sql import types as T

    text, long, money = T.StringType(), T.LongType(), T.DecimalType(MONEY_PRECISION, MONEY_SCALE)
    contact = T.StructType([T.StructField(n, text) for n in ("address", "postcode", "phone", "email", "website")])
    finding = T.StructType([T.StructField(n, t) for n, t in (
        ("rule", text), ("severity", text), ("message_zh", text), ("message_en", text),
        ("line", long), ("column", long), ("lhs", money), ("rhs", money), ("difference", money),
        ("evidence", text), ("cells", T.ArrayType(text)),
    )])
    meta_types = {"file_bytes": long, "year": T.IntegerType(), "contact": contact, "input_bytes": long, "input_lines": long}
    meta = [T.StructField(n, meta_types.get(n, text), nullable=n != "path") for n in META_COLUMNS]
    fields = [T.StructField(k, money if is_money(k) else long) for k in FIELD_KEYS]
    tail = [
        T.StructField("blank_fields", T.ArrayType(text)),
        T.StructField("other_fields", T.MapType(text, text)),
        T.StructField("findings", T.ArrayType(finding)),
    ]
    return T.StructType(meta + fields + tail)


_KEY_INDEX = {k: i for i, k in enumerate(FIELD_KEYS)}


def _typed_fields(fields: Dict[str, Any]) -> Tuple[List[Any], List[str], Dict[str, str]]:
    """The field columns' values, the keys printed blank, and what no column can hold."""
    values: List[Any] = [None] * len(FIELD_KEYS)
    blank: List[str] = []
    other: Dict[str, str] = {}
    for key, value in fields.items():
        if value is None:
            blank.append(key)
            continue
        i = _KEY_INDEX.get(key)
        if i is None:
            other[key] = str(value)
        elif is_money(key):
            values[i] = Decimal(value)
        elif isinstance(value, int) or Decimal(value) == Decimal(value).to_integral_value():
            values[i] = int(value)
        else:
            other[key] = str(value)  # a count printed with decimals
    return values, blank, other


def _finding(d: Any) -> Tuple[Any, ...]:
    return (d.rule, str(d.severity), d.message_zh, d.message_en, d.line, d.column,
            d.lhs, d.rhs, d.difference, d.evidence, [c.key for c in d.cells])


def report_row(path: str, content: Optional[bytes], *, validate: bool = True) -> Tuple[Any, ...]:
    """One output row (a tuple in :func:`report_schema` order) for one file's
    bytes. Never raises for a bad file: its error goes into the row."""
    from ._errors import GongkaiError
    from ._report import parse_file

    size = None if content is None else len(content)
    empty_fields = [None] * len(FIELD_KEYS)
    try:
        if content is None:
            raise ValueError("no content: the row's content column is null / 行中没有文件内容")
        with parse_file(bytes(content), validate=validate) as report:
            m = report.meta
            c = m.contact
            values, blank, other = _typed_fields(report.fields)
            findings = [_finding(d) for d in report.diagnostics]
        contact = (c.address, c.postcode, c.phone, c.email, c.website)
        meta = (path, size, None, None, m.title, m.organ, m.year, m.format, m.published,
                m.period_start, m.period_end, contact, m.input_bytes, m.input_lines)
        return meta + tuple(values) + (blank, other, findings)
    except GongkaiError as e:
        status, message = e.status.name, str(e)
    except Exception as e:  # noqa: BLE001 - one file's trouble must not end the job
        status, message = "INTERNAL", f"{type(e).__name__}: {e}"
    meta = (path, size, status, message) + (None,) * (len(META_COLUMNS) - 4)
    return meta + tuple(empty_fields) + (None, None, None)


def _rows(rows: Iterable[Any], path_column: str, content_column: str, validate: bool) -> Iterator[Tuple[Any, ...]]:
    for row in rows:
        yield report_row(row[path_column], row[content_column], validate=validate)


def parse_binary_files(
    files: "DataFrame",
    *,
    validate: bool = True,
    path_column: str = "path",
    content_column: str = "content",
) -> "DataFrame":
    """Parses every file of a ``binaryFile`` DataFrame on the executors.

    Args:
        files: rows with a path and the file's bytes, as
            ``spark.read.format("binaryFile").load(folder)`` gives them.
        validate: also check the tables' arithmetic and the outline (the
            findings column then holds those findings too).
        path_column, content_column: the input's column names.

    Returns:
        A DataFrame of :func:`report_schema`, one row per input row, in the
        input's partitions (no shuffle).
    """
    missing = [c for c in (path_column, content_column) if c not in files.columns]
    if missing:
        raise ValueError(f"the DataFrame has no column {missing[0]!r} (columns: {files.columns}) / 输入缺少列 {missing[0]!r}")
    selected = files.select(path_column, content_column)
    rdd = selected.rdd.mapPartitions(lambda rows: _rows(rows, path_column, content_column, validate))
    return files.sparkSession.createDataFrame(rdd, report_schema(), verifySchema=False)


def findings_table(reports: "DataFrame") -> "DataFrame":
    """One row per finding: the report's path and template, then the finding's columns."""
    from pyspark.sql import functions as F

    exploded = reports.select("path", "template", F.explode("findings").alias("f"))
    return exploded.select("path", "template", "f.*")


def fields_table(reports: "DataFrame") -> "DataFrame":
    """The reports without their findings: metadata and field columns."""
    return reports.drop("findings")
