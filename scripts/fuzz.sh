#!/usr/bin/env bash
# Runs each libFuzzer harness for SECONDS (default 60) on one core, with
# address and undefined-behaviour sanitizers, seeded from the samples and
# test fixtures. Inputs that crash, leak, hang or run out of memory are
# copied to tests/regressions/<harness>/, where the unit tests replay them.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
harnesses=("$@"); [ ${#harnesses[@]} -eq 0 ] && harnesses=(parse validate json_read round_trip render capi file_html file_docx file_pdf file_text)
bash scripts/deps.sh
command -v clang++-14 >/dev/null || { echo "fuzz: needs clang-14 (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-14 \
  -DCMAKE_CXX_COMPILER=clang++-14 -DGONGKAI_BUILD_FUZZ=ON -DGONGKAI_SANITIZE=ON -DGONGKAI_BUILD_TESTS=OFF \
  -DGONGKAI_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j2
# Seeds: report texts, and their JSON for the JSON reader.
mkdir -p build-fuzz/seeds/text build-fuzz/seeds/json
for f in samples/*.txt tests/fixtures/*/*.txt tests/c/data/*.txt; do
  [ -f "$f" ] || continue
  cp "$f" "build-fuzz/seeds/text/$(echo "$f" | tr / _)"
  build-fuzz/tools/gongkai parse --format json "$f" > "build-fuzz/seeds/json/$(echo "$f" | tr / _).json" 2>/dev/null || true
done
for h in "${harnesses[@]}"; do
  # Text seeds; JSON ones for the JSON reader; both where the harness takes
  # either (render and capi read a JSON when the bytes start with '{'); the
  # file front ends start from the dev corpus's files of their kind.
  case $h in
    json_read) seeds=(build-fuzz/seeds/json) ;;
    render|capi) seeds=(build-fuzz/seeds/text build-fuzz/seeds/json) ;;
    file_html|file_docx|file_pdf)
      seeds=(build-fuzz/seeds/${h#file_}); mkdir -p "${seeds[0]}"
      cp ../shared/corpus/dev/${h#file_}/*.* "${seeds[0]}/" 2>/dev/null || true ;;
    *) seeds=(build-fuzz/seeds/text) ;;
  esac
  corpus=build-fuzz/corpus/$h; mkdir -p "$corpus" "build-fuzz/crashes/$h"
  echo "==== fuzz_$h for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=1 build-fuzz/fuzz/fuzz_$h "$corpus" "${seeds[@]}" -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="build-fuzz/crashes/$h/" -print_final_stats=1 2>&1 |
    grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true
  # Crashes, leaks, hangs and memory blow-ups are kept; a slow unit is
  # timed again alone (libFuzzer reports one whenever the machine stalls a
  # run), and is worth a look only if it is still slow.
  kept=0
  for f in build-fuzz/crashes/$h/{crash,leak,timeout,oom}-*; do
    [ -f "$f" ] || continue
    mkdir -p "tests/regressions/$h" && cp "$f" "tests/regressions/$h/" && kept=1
  done
  [ $kept = 0 ] || echo "fuzz_$h: crashing inputs kept in tests/regressions/$h/"
  for f in build-fuzz/crashes/$h/slow-unit-*; do
    [ -f "$f" ] || continue
    build-fuzz/fuzz/fuzz_$h "$f" 2>&1 | grep -E "^Executed" | sed "s|^|fuzz_$h: slow unit timed again: |" || true
  done
done
