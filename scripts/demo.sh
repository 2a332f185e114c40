#!/usr/bin/env bash
# The main job on the bundled sample reports: build, then parse and validate
# every report in samples/ and print its JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
GONGKAI_NO_BROWSER=1 bash scripts/build.sh >&2  # the demo needs no browser; JSON alone on stdout
for f in samples/*.txt; do
  echo "== $f" >&2
  build/tools/gongkai parse --format json "$f"
  echo
done
build/tools/gongkai validate samples/*.txt || true
