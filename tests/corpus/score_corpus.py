#!/usr/bin/env python3
"""The corpus score of the test command, with a threshold per kind of text.

Runs ../shared/eval/score.py over a corpus folder and checks, on top of its
overall thresholds, the field score of every text: texts in raw PDF reading
order (*_pdftotext.txt, *_pdfminer.txt: blanks lost, no column positions)
against --min-raw, every other text against --min-each.

  score_corpus.py --cli build/tools/gongkai CORPUS_DIR [--min-fields 0.98]
                  [--min-each 0.995] [--min-raw 0.90]
"""
import argparse
import os
import re
import subprocess
import sys

RAW_ORDER = re.compile(r"_(pdftotext|pdfminer)\.txt$")
LINE = re.compile(r"^(\S+): fields (\d+)/(\d+) ")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--score", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("corpus")
    ap.add_argument("--min-fields", type=float, default=0.98)
    ap.add_argument("--min-each", type=float, default=0.995)
    ap.add_argument("--min-raw", type=float, default=0.90)
    args = ap.parse_args()
    cmd = [sys.executable, args.score, "--cmd", f"{args.cli} parse --format json", args.corpus, "--verbose",
           "--min-fields", str(args.min_fields), "--min-meta", "1.0", "--min-violations", "1.0",
           "--max-false-alarms", "0"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    failed = proc.returncode != 0
    if failed:
        print("score_corpus: an overall threshold failed (fields, meta, violations or false alarms)")
    for line in proc.stdout.splitlines():
        m = LINE.match(line)
        if not m or int(m.group(3)) == 0:
            continue
        name, ok, n = m.group(1).rstrip(":"), int(m.group(2)), int(m.group(3))
        want = args.min_raw if RAW_ORDER.search(name) else args.min_each
        if ok / n < want:
            print(f"score_corpus: {name} fields {ok}/{n} = {ok / n:.4f} below {want}")
            failed = True
    print("score_corpus: " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
