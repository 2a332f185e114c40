#!/usr/bin/env bash
# Every test: C++ (Catch2), C (ABI), Python, Java, the shared corpus score.
# Called by .ci/run. Each suite prints its own summary; this exits non-zero
# when any suite fails.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/deps.sh || { echo "test: could not install dependencies" >&2; exit 1; }
bash scripts/build.sh || { echo "test: build failed" >&2; exit 1; }

failed=()
run_suite() {  # name, command...
  local name=$1; shift
  echo "==== $name"
  if "$@"; then echo "==== $name: passed"; else echo "==== $name: FAILED"; failed+=("$name"); fi
}

run_suite "C++ and C (ctest)" ctest --test-dir build --output-on-failure -j2
for suite in bindings/python/run_tests.sh bindings/java/run_tests.sh; do
  [ -f "$suite" ] && run_suite "$suite" bash "$suite"
done
# The wheel (from its sdist) and the jar, self-contained; the installed and the
# vendored CMake package; docs/ current. After the Java suite, whose jar it inspects.
[ -f tests/packaging/run.sh ] && run_suite "packaging (tests/packaging)" bash tests/packaging/run.sh
# The ctest suites again under AddressSanitizer + UndefinedBehaviorSanitizer
# (build-asan/; about 7 minutes on 2 cores). scripts/sanitize.sh without
# --ctest-only also runs Python and Java against it.
run_suite "ASan+UBSan (ctest)" bash scripts/sanitize.sh --ctest-only
# The Spark example jobs (Python and Java) on local[2] over the dev corpus; after the Java suite, which builds the jar. About 2 minutes (the first run also downloads pyspark).
[ -f tests/spark/run.sh ] && run_suite "Spark (tests/spark)" bash tests/spark/run.sh
[ -f tests/cross/run.sh ] && run_suite "one engine (tests/cross)" bash tests/cross/run.sh  # C++, C, Python and Java must write byte-identical JSON; after the Java suite, which builds the jar

if [ ${#failed[@]} -gt 0 ]; then
  echo "test: failed suites: ${failed[*]}"
  exit 1
fi
echo "test: all suites passed"
