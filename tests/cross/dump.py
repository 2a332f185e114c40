"""The Python binding's side of the one-engine test: for each report text
given, writes OUT_DIR/<name>.json, ``gongkai.parse(path).to_json()`` as UTF-8
followed by a newline.

    python3 dump.py OUT_DIR FILE...
"""
import sys
from pathlib import Path

import gongkai


def main(argv):
    if len(argv) < 3:
        print("usage: dump.py OUT_DIR FILE...", file=sys.stderr)
        return 2
    out_dir = Path(argv[1])
    failed = 0
    for name in argv[2:]:
        path = Path(name)
        try:
            with gongkai.parse(path) as report:
                text = report.to_json()
        except gongkai.GongkaiError as e:
            print(f"dump.py: {path}: {e}", file=sys.stderr)
            failed += 1
            continue
        (out_dir / (path.stem + ".json")).write_bytes(text.encode("utf-8") + b"\n")
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
