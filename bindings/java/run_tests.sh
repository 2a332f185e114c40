#!/usr/bin/env bash
# The Java binding's suite: builds the JNI library (CMake, through Maven), the
# jar, and runs the JUnit 5 tests. Called from the repository root by
# scripts/test.sh; works from anywhere. Extra arguments go to Maven, e.g.
#   bash bindings/java/run_tests.sh -Dtest=ThreadsTest
# Prints "java: N passed, N failed, N skipped" at the end (mvn -q is silent).
set -uo pipefail
cd "$(dirname "$0")"

for tool in mvn cmake java; do
  command -v "$tool" >/dev/null || { echo "java: '$tool' not found; run scripts/deps.sh" >&2; exit 1; }
done

rm -rf target/surefire-reports
start=$(date +%s)
mvn -q -B -Dstyle.color=never package "$@"
status=$?
elapsed=$(( $(date +%s) - start ))

# Sum the Surefire reports ("Tests run: 11, Failures: 0, Errors: 0, Skipped: 0").
read -r run failures errors skipped < <(
  cat target/surefire-reports/*.txt 2>/dev/null |
  awk -F'[:,]' '/^Tests run:/ { r += $2; f += $4; e += $6; s += $8 }
                END { print r + 0, f + 0, e + 0, s + 0 }')
failed=$(( failures + errors ))
passed=$(( run - failed - skipped ))
echo "java: built and tested in ${elapsed}s"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build itself failed: count it, so the line cannot read as a pass
  echo "java: mvn package failed (exit $status) before or outside the tests; see the output above" >&2
fi
echo "java: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
