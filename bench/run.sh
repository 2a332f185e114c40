#!/usr/bin/env bash
# Runs the stage benchmarks (bench/gbench, Google Benchmark) and prints one
# table: MB/s and reports/s per stage, per file kind and along the 1 KB–100 MB
# scaling curve, next to `cat` and `wc -l` over the same bytes (the ceiling:
# reading them at all), then the peak memory per input size, then --jobs 2
# against --jobs 1 beside two threads that share nothing (bench_batch).
#
#   bench/run.sh [BUILD_DIR]      (default build/; configured with the benches on)
# Figures are CPU time on one core: run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
if [ ! -x "$build/bench/gbench_pipeline" ] || [ ! -x "$build/bench/bench_batch" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGONGKAI_BUILD_BENCH=ON >/dev/null
  cmake --build "$build" -j2 --target gbench_pipeline bench_memory bench_batch >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$build/bench/gbench_pipeline" --benchmark_min_time="${GONGKAI_BENCH_MIN_TIME:-1}" \
  --benchmark_format=json --benchmark_out="$out/stages.json" >/dev/null

# The same bytes as the corpus benchmarks, repeated to 100 MB, for cat and wc.
corpus=../shared/corpus/dev
if ls "$corpus"/*.txt >/dev/null 2>&1; then
  : >"$out/ceiling.txt"
  while [ "$(stat -c %s "$out/ceiling.txt")" -lt 100000000 ]; do cat "$corpus"/*.txt >>"$out/ceiling.txt"; done
  size=$(stat -c %s "$out/ceiling.txt")
  cpu() { python3 -c 'import resource,subprocess,sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN); print(r.ru_utime + r.ru_stime)' "$@"; }
  echo "$size $(cpu cat "$out/ceiling.txt") $(cpu wc -l "$out/ceiling.txt")" >"$out/ceiling"
fi

python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
runs = json.load(open(os.path.join(out, "stages.json")))["benchmarks"]
print(f"{'benchmark':<28}{'MB/s':>10}{'reports/s':>12}{'CPU ms/iter':>13}")
for b in runs:
    mbs = b.get("bytes_per_second", 0) / 1e6
    rps = b.get("reports/s", 0)
    note = "  (MB/s of JSON)" if b["name"] in ("ToJson", "FromJson") else ""
    print(f"{b['name']:<28}{mbs:>10.1f}{rps:>12.1f}{b['cpu_time']:>13.2f}{note}")
p = os.path.join(out, "ceiling")
if os.path.exists(p):
    size, t_cat, t_wc = open(p).read().split()
    size = int(size)
    for name, t in (("cat (same bytes)", float(t_cat)), ("wc -l (same bytes)", float(t_wc))):
        print(f"{name:<28}{(size / 1e6 / t) if t > 0 else float('inf'):>10.1f}")
PY
echo
"$build/bench/bench_memory" "${GONGKAI_BENCH_MEMORY_MB:-100}"
echo
"$build/bench/bench_batch" "${GONGKAI_BENCH_BATCH_REPORTS:-3000}" "${GONGKAI_BENCH_BATCH_ROUNDS:-5}"
