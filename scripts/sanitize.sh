#!/usr/bin/env bash
# The test suites against an AddressSanitizer + UndefinedBehaviorSanitizer
# build (build-asan/): ctest (C++ unit tests, C ABI tests, CLI tests, corpus
# score), then the Python suite with the library from build-asan and the
# sanitizer runtime preloaded, then the Java suite against an ASan JNI library.
#   scripts/sanitize.sh [--ctest-only]
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh || exit 1
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONGKAI_SANITIZE=ON -DGONGKAI_BUILD_BENCH=OFF >/dev/null || exit 1
cmake --build build-asan -j"$(nproc)" || exit 1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
ctest --test-dir build-asan --output-on-failure -j2 || failed=1
if [ "${1:-}" != --ctest-only ]; then
  # Python and the JVM were not built with the sanitizer: its runtime must be
  # loaded first, and their own allocations are not ours to report as leaks.
  # (gcc keeps ASan and UBSan in two runtimes; both must be preloaded.)
  runtime="$(g++ -print-file-name=libasan.so) $(g++ -print-file-name=libubsan.so)"
  LD_PRELOAD="$runtime" ASAN_OPTIONS=detect_leaks=0 GONGKAI_LIBRARY="$PWD/build-asan/capi/libgongkai.so" \
    bash bindings/python/run_tests.sh || failed=1
  [ -f bindings/java/run_tests.sh ] && { GONGKAI_JAVA_ASAN=1 bash bindings/java/run_tests.sh || failed=1; }
fi
[ $failed -eq 0 ] && echo "sanitize: all suites passed under ASan+UBSan" || echo "sanitize: FAILED"
exit $failed
