#!/usr/bin/env python3
"""A batch of 10,000 generated report texts in nested folders, parsed on two
threads into JSON lines: every report comes out, once, in input order.
Usage: test_batch_10k.py /path/to/gongkai WORK_DIR [COUNT]"""
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_reports  # noqa: E402


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    gongkai, work = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    folder = os.path.join(work, "reports")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(folder)
    with open(os.path.join(HERE, "data", "report_gk2021.txt.in"), encoding="utf-8") as f:
        template = f.read()
    t0 = time.perf_counter()
    for n in range(count):
        d = os.path.join(folder, f"batch_{n // 100:03d}")
        if n % 100 == 0:
            os.makedirs(d)
        with open(os.path.join(d, f"report_{n:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(make_reports.report(n, template))
    # One file that is not a report text: reported, and the batch goes on.
    with open(os.path.join(folder, "batch_000", "report_00000_junk.txt"), "wb") as f:
        f.write(b"\x00" * 64)
    t1 = time.perf_counter()
    out = os.path.join(work, "out.jsonl")
    proc = subprocess.run([gongkai, "parse", "--jobs", "2", "--brief", "--format", "jsonl", folder, "-o", out],
                          capture_output=True, timeout=300)
    t2 = time.perf_counter()
    err = proc.stderr.decode("utf-8", "replace")
    print(f"generated {count} files in {t1 - t0:.1f} s, parsed in {t2 - t1:.1f} s")
    print(err.strip())
    ok = True
    if proc.returncode != 2:  # the junk file makes the exit status 2
        print(f"FAIL: exit status {proc.returncode}, expected 2")
        ok = False
    if "report_00000_junk.txt" not in err or "binary_input" not in err:
        print("FAIL: the junk file is not named in the messages")
        ok = False
    with open(out, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if len(lines) != count:
        print(f"FAIL: {len(lines)} lines, expected {count}")
        return 1
    for n, line in enumerate(lines):
        report = json.loads(line)
        # active.licensing.decisions is 100 + n in report n: it tells the order.
        got = report["fields"].get("active.licensing.decisions")
        if got != 100 + n or report["meta"]["template"] != "gk2021":
            print(f"FAIL: line {n + 1} holds report {got - 100 if isinstance(got, int) else got}")
            return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
