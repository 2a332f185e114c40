"""The example Spark jobs, Python and Java, on local[2] over the dev corpus
(text, PDF, web page, Word) and two files that are not reports: their Parquet
must say what `gongkai parse` says for each file, field for field.

Run by tests/spark/run.sh, which installs pyspark into a cached venv and
builds the Java example; it sets GONGKAI_CLI, GONGKAI_JAR and
GONGKAI_SPARK_EXAMPLE_JAR. The corpus is read where it is (../shared)."""

from __future__ import annotations

import glob
import os
import subprocess
import sys

import pytest

from compare import compare

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "dev")
CLI = os.environ.get("GONGKAI_CLI", os.path.join(ROOT, "build", "tools", "gongkai"))
SPARK_SUBMIT = os.path.join(os.path.dirname(sys.executable), "spark-submit")
MASTER = "local[2]"


def corpus_files():
    if not os.path.isdir(CORPUS):
        pytest.skip(f"no corpus at {CORPUS} (the shared material is not beside the project)")
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    for kind in ("pdf", "html", "docx"):
        files += sorted(glob.glob(os.path.join(CORPUS, kind, f"*.{kind}")))
    assert len(files) >= 40, files
    return files


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The corpus, its README (read as a narrative report, as a folder's
    README would be), and two files that are not reports: a PDF cut short
    and bytes that are no text (binaryFile lists no empty file at all, so an
    empty one would have no row to check)."""
    bad = tmp_path_factory.mktemp("bad")
    (bad / "damaged.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return corpus_files() + [os.path.join(CORPUS, "README.md"), str(bad / "damaged.pdf"), str(bad / "binary.txt")]


def field_keys():
    from gongkai._field_keys import FIELD_KEYS

    return list(FIELD_KEYS)


def run_job(command, out_dir):
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    assert run.returncode == 0, f"{command[:6]}… exited {run.returncode}\n{run.stdout[-3000:]}\n{run.stderr[-6000:]}"
    return run.stdout


def check_summary(stdout, inputs, counts):
    assert f"reports: {len(inputs)} files" in stdout, stdout
    assert f"files that could not be read as a report: {counts['refused']}" in stdout, stdout
    assert "gk2021" in stdout and "most common rules:" in stdout, stdout


def test_python_job_matches_the_cli(inputs, tmp_path):
    out = tmp_path / "out"
    stdout = run_job([SPARK_SUBMIT, "--master", MASTER, os.path.join(ROOT, "examples", "python", "spark_job.py"),
                      str(out), *inputs], out)
    counts = compare(str(out), inputs, CLI, field_keys())
    assert counts["refused"] == 2 and counts["reports"] == len(inputs) - 2, counts
    assert counts["fields"] > 5000 and counts["findings"] > 0, counts
    check_summary(stdout, inputs, counts)


def test_java_job_matches_the_cli(inputs, tmp_path):
    jar, example = os.environ.get("GONGKAI_JAR"), os.environ.get("GONGKAI_SPARK_EXAMPLE_JAR")
    if not (jar and example and os.path.isfile(jar) and os.path.isfile(example)):
        pytest.skip(f"the Java example is not built (GONGKAI_JAR={jar}, GONGKAI_SPARK_EXAMPLE_JAR={example})")
    out = tmp_path / "out"
    stdout = run_job([SPARK_SUBMIT, "--master", MASTER, "--jars", jar, "--class", "org.gongkai.spark.ReportsJob",
                      example, str(out), *inputs], out)
    counts = compare(str(out), inputs, CLI, field_keys())
    assert counts["refused"] == 2 and counts["reports"] == len(inputs) - 2, counts
    check_summary(stdout, inputs, counts)
