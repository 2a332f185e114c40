#!/usr/bin/env bash
# The concurrency tests (8 threads parsing and validating at once; the C ABI
# thread test) under ThreadSanitizer, in build-tsan/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGONGKAI_TSAN=ON -DGONGKAI_BUILD_BENCH=OFF >/dev/null
cmake --build build-tsan -j"$(nproc)" --target gongkai_unit_tests gongkai_capi_tests
TSAN_OPTIONS=halt_on_error=1 build-tsan/tests/gongkai_unit_tests "[concurrency]"
TSAN_OPTIONS=halt_on_error=1 build-tsan/tests/c/gongkai_capi_tests threads
echo "tsan: no data race found"
