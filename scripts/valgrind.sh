#!/usr/bin/env bash
# The C ABI tests under valgrind memcheck: no leak, no invalid read or write.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
bin=$(find build/tests/c -maxdepth 1 -type f -executable -name 'gongkai_capi_tests' | head -1)
[ -n "$bin" ] || { echo "valgrind: build/tests/c/gongkai_capi_tests not found" >&2; exit 2; }
valgrind --suppressions=scripts/valgrind-re2.supp --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible \
  --error-exitcode=1 -q "$bin"
echo "valgrind: clean"
