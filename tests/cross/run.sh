#!/usr/bin/env bash
# One engine: C++ (the gongkai CLI), C (gongkai.h, dump.c), Python
# (bindings/python, dump.py) and Java (the binding's jar) must write
# byte-identical JSON for every report of ../shared/corpus/dev and samples/.
#
#   bash tests/cross/run.sh            (from anywhere; scripts/test.sh runs it)
#
# Uses the build in $GONGKAI_BUILD_DIR (default build/, as scripts/build.sh
# leaves it) for the CLI and libgongkai.so, and bindings/java/target's jar;
# builds what is missing. Work files go to <build>/cross. Prints
# "cross: N passed, N failed" (one report is one test: all four agree).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
build=${GONGKAI_BUILD_DIR:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
work=$build/cross

# ---- the reports --------------------------------------------------------
inputs=()
shopt -s nullglob
for f in "$root"/../shared/corpus/dev/*.txt "$root"/samples/*.txt; do inputs+=("$f"); done
shopt -u nullglob
if [ ${#inputs[@]} -eq 0 ]; then
  echo "cross: no reports found (../shared/corpus/dev, samples/)" >&2
  exit 1
fi
dupes=$(for f in "${inputs[@]}"; do basename "$f" .txt; done | sort | uniq -d)
if [ -n "$dupes" ]; then
  echo "cross: two reports share a name, their outputs would collide: $dupes" >&2
  exit 1
fi

# ---- the four front ends, built if missing ------------------------------
cli=$build/tools/gongkai
lib=$build/capi/libgongkai.so
if [ ! -x "$cli" ] || [ ! -f "$lib" ]; then
  echo "cross: building the CLI and libgongkai.so in $build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target gongkai_cli gongkai -j2 >/dev/null
fi
# The runnable jar, not its -sources or -javadoc companions.
jar=$(ls "$root"/bindings/java/target/gongkai-*.jar 2>/dev/null | grep -v -e -sources.jar -e -javadoc.jar | head -1 || true)
if [ -z "$jar" ]; then
  echo "cross: building the Java jar (mvn -q -B package -DskipTests)"
  (cd "$root/bindings/java" && mvn -q -B -Dstyle.color=never package -DskipTests)
  jar=$(ls "$root"/bindings/java/target/gongkai-*.jar | grep -v -e -sources.jar -e -javadoc.jar | head -1)
fi

rm -rf "$work"
mkdir -p "$work"/cpp "$work"/c "$work"/python "$work"/java
${CC:-cc} -std=c99 -Wall -Wextra -Werror -I"$root/capi" "$root/tests/cross/dump.c" \
  -L"$(dirname "$lib")" -lgongkai -Wl,-rpath,"$(dirname "$lib")" -o "$work/dump"

# ---- every front end writes its JSON --------------------------------------
failed_tools=()
for f in "${inputs[@]}"; do
  "$cli" parse --format json --quiet "$f" >"$work/cpp/$(basename "$f" .txt).json" || failed_tools+=("C++ on $f")
done
"$work/dump" "$work/c" "${inputs[@]}" || failed_tools+=("C")
PYTHONPATH="$root/bindings/python/src${PYTHONPATH:+:$PYTHONPATH}" GONGKAI_LIBRARY="$lib" \
  python3 "$root/tests/cross/dump.py" "$work/python" "${inputs[@]}" || failed_tools+=("Python")
java -jar "$jar" --out-dir "$work/java" "${inputs[@]}" || failed_tools+=("Java")
for t in "${failed_tools[@]}"; do echo "cross: the $t dump failed" >&2; done

# ---- compare, byte for byte ------------------------------------------------
passed=0
failed=0
for f in "${inputs[@]}"; do
  name=$(basename "$f" .txt)
  ref=$work/cpp/$name.json
  ok=1
  if [ ! -s "$ref" ]; then
    echo "cross: $name: no output from the C++ CLI" >&2
    failed=$((failed + 1))
    continue
  fi
  for side in c python java; do
    out=$work/$side/$name.json
    if [ ! -f "$out" ]; then
      echo "cross: $name: no output from $side" >&2
      ok=0
    elif ! cmp -s "$ref" "$out"; then
      echo "cross: $name: $side differs from C++: $(cmp "$ref" "$out" 2>&1 | head -1)" >&2
      ok=0
    fi
  done
  if [ $ok -eq 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "cross: C++, C, Python and Java JSON compared for ${#inputs[@]} reports in $work"
echo "cross: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ ${#failed_tools[@]} -eq 0 ]
