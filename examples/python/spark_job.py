#!/usr/bin/env python3
"""Parse a folder of annual reports on Apache Spark, write Parquet, print a summary.

    python examples/python/spark_job.py [--master local[2]] [--partitions N] OUT_DIR INPUT [INPUT ...]
    spark-submit examples/python/spark_job.py OUT_DIR hdfs:///reports/2024/

INPUT is a folder (read recursively) or a file; every file is read by its
content (PDF, web page, Word, text). Writes OUT_DIR/fields.parquet (one row
per file: metadata and one column per field key) and OUT_DIR/findings.parquet
(one row per finding), then prints reports per template, the files that could
not be read, and the most common rules. Needs pyspark and gongkai on the
driver and on every executor (see docs/spark.md).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from gongkai.spark import fields_table, findings_table, parse_binary_files


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--master", help="e.g. local[2]; default: whatever spark-submit gives")
    ap.add_argument("--partitions", type=int, help="repartition the files into N tasks first")
    ap.add_argument("--no-validate", action="store_true", help="parse only, skip the arithmetic checks")
    args = ap.parse_args(argv)

    # The executors' Python must be one where gongkai is installed: on local
    # runs that is this interpreter.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("gongkai-reports")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    started = time.monotonic()

    files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(args.inputs)
    if args.partitions:
        files = files.repartition(args.partitions)
    # Parse once, then write both tables from the cached rows.
    reports = parse_binary_files(files, validate=not args.no_validate).cache()
    fields_table(reports).write.mode("overwrite").parquet(os.path.join(args.out_dir, "fields.parquet"))
    findings_table(reports).write.mode("overwrite").parquet(os.path.join(args.out_dir, "findings.parquet"))

    total = reports.count()
    print(f"reports: {total} files in {time.monotonic() - started:.1f}s")
    print("reports per template:")
    for row in reports.where(F.col("error_status").isNull()).groupBy("template").count().orderBy(F.desc("count")).collect():
        print(f"  {row['template']:10} {row['count']}")
    errors = reports.where(F.col("error_status").isNotNull()).select("path", "error_status", "error_message").collect()
    print(f"files that could not be read as a report: {len(errors)}")
    for row in errors[:10]:
        print(f"  {row['path']}: {row['error_status']}: {row['error_message']}")
    with_errors = reports.where(F.exists("findings", lambda f: f["severity"] == "error")).count()
    print(f"reports with error findings: {with_errors}")
    print("most common rules:")
    rules = findings_table(reports).groupBy("rule", "severity").count().orderBy(F.desc("count"), "rule").limit(10)
    for row in rules.collect():
        print(f"  {row['rule']:24} {row['severity']:8} {row['count']}")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
