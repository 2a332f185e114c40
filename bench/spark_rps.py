#!/usr/bin/env python3
"""Reports per second of the Spark jobs (Python and Java) on local[1] and
local[2], next to `gongkai parse --jobs 1/2` on the same files.

    bash tests/spark/run.sh -k nothing   # once: the venv with pyspark, the jars
    ~/.cache/gongkai/spark-venv-4.2.0/bin/python bench/spark_rps.py [--files 10000]

The files are made in a temporary folder (or --dir): copies of the bundled
samples/ (five formats) and synthetic variants of them, each with its organ's
name and its figures changed, so no two files are the same; no corpus text is
used. Each Spark figure is the whole spark-submit run (JVM and Python start,
listing, parsing, two Parquet writes, the summary) and, in brackets, the time
the job itself reports from reading the files to the end of its summary.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "build", "tools", "gongkai")
JAR = os.path.join(ROOT, "bindings", "java", "target", "gongkai-0.1.0.jar")
EXAMPLE_JAR = os.path.join(ROOT, "bindings", "java", "spark-example", "target", "gongkai-spark-example-0.1.0.jar")
SPARK_SUBMIT = os.path.join(os.path.dirname(sys.executable), "spark-submit")


def synthetic(text: str, i: int) -> str:
    """A variant of a sample: another organ, and each figure of the tables
    moved by a small amount, so files differ in content (totals may no longer
    add up, which only adds findings)."""
    text = text.replace("人民政府", f"第{i}区人民政府", 1)
    return re.sub(r"(?<=\t)(\d{1,4})(?=\t|\n)", lambda m: str(int(m.group(1)) + i % 7), text)


def make_files(folder: str, count: int) -> None:
    samples = sorted(f for f in os.listdir(os.path.join(ROOT, "samples")) if f.endswith(".txt"))
    texts = [open(os.path.join(ROOT, "samples", f), encoding="utf-8").read() for f in samples]
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        text = texts[i % len(texts)]
        if i >= len(texts) * 10:  # the first fifty are plain copies, the rest variants
            text = synthetic(text, i)
        with open(os.path.join(folder, f"r{i:05d}_{samples[i % len(samples)]}"), "w", encoding="utf-8") as f:
            f.write(text)


def timed(command, env=None):
    start = time.monotonic()
    run = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.monotonic() - start
    if run.returncode not in (0, 1):  # gongkai parse exits 1 when a report has error findings
        sys.exit(f"{command[:5]}… failed ({run.returncode}):\n{run.stderr[-4000:]}")
    inner = re.search(r"^reports: (\d+) files in ([\d.]+)s", run.stdout, flags=re.M)
    return elapsed, (float(inner.group(2)) if inner else None), run.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--dir", help="where to make the files (default: a temporary folder, removed after)")
    ap.add_argument("--only", choices=("cli", "python", "java"), action="append", help="run only these (repeatable)")
    ap.add_argument("--cores", type=int, action="append", help="local[N] for these N only (default 1 and 2)")
    args = ap.parse_args()
    work = args.dir or tempfile.mkdtemp(prefix="gongkai-spark-bench-")
    files = os.path.join(work, "files")
    try:
        if not os.path.isdir(files) or len(os.listdir(files)) != args.files:
            shutil.rmtree(files, ignore_errors=True)
            make_files(files, args.files)
        n = args.files
        env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable,
                   SPARK_LOCAL_IP="127.0.0.1")  # local[N] only: bind to the loopback
        print(f"{n} files in {files}, {os.cpu_count()} cores")
        print(f"{'what':40} {'seconds':>8} {'reports/s':>10}   (job's own time, reports/s)")

        def line(what, elapsed, inner=None):
            extra = f"   ({inner:.1f}s, {n / inner:.0f}/s)" if inner else ""
            print(f"{what:40} {elapsed:8.1f} {n / elapsed:10.0f}{extra}", flush=True)

        what = set(args.only or ("cli", "python", "java"))
        cores_list = args.cores or [1, 2]
        for jobs in cores_list if "cli" in what else ():
            elapsed, _, _ = timed([CLI, "parse", "--jobs", str(jobs), "--format", "jsonl", files, "-o", os.devnull])
            line(f"gongkai parse --jobs {jobs}", elapsed)
        for cores in cores_list if "python" in what else ():
            out = os.path.join(work, f"py{cores}")
            elapsed, inner, _ = timed([SPARK_SUBMIT, "--master", f"local[{cores}]", "--driver-memory", "2g",
                                       os.path.join(ROOT, "examples", "python", "spark_job.py"), out, files], env)
            line(f"Python job, local[{cores}]", elapsed, inner)
        if "java" not in what:
            pass
        elif os.path.isfile(JAR) and os.path.isfile(EXAMPLE_JAR):
            for cores in cores_list:
                out = os.path.join(work, f"java{cores}")
                elapsed, inner, _ = timed([SPARK_SUBMIT, "--master", f"local[{cores}]", "--driver-memory", "2g",
                                           "--jars", JAR, "--class", "org.gongkai.spark.ReportsJob", EXAMPLE_JAR,
                                           out, files], env)
                line(f"Java job, local[{cores}]", elapsed, inner)
        else:
            print(f"Java job: skipped, build {JAR} and {EXAMPLE_JAR} first (tests/spark/run.sh does)")
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
