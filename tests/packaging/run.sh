#!/usr/bin/env bash
# The packaging checks: what a user installs works where Debian's libraries
# are not, and the installed C/C++ package builds the README's example.
#
#   docs        docs/fields.md and docs/rule-catalogue.md match the code's tables
#   cmake       cmake --install of build/, then tests/packaging/consumer with
#               find_package (gongkai::gongkai, gongkai::gongkai_static,
#               gongkai::core with the README's C++ example) and pkg-config
#   vendored    the consumer again with add_subdirectory and no build type
#   wheel       scripts/package.sh wheel (sdist, wheel built from it, auditwheel
#               repair): tag, NEEDED entries, licences, then a fresh venv that
#               installs the wheel and parses with LD_DEBUG=libs watching that no
#               bundled library comes from the system
#   jar         the jar of bindings/java/target (the Java suite's, else built):
#               NEEDED entries, licences, a parse by `java -cp` likewise watched
#
# Usage: tests/packaging/run.sh [CHECK...]   (default: all; needs build/ from
# scripts/build.sh). Prints "packaging: N passed, N failed".
# GONGKAI_PACKAGING_REUSE=1 checks the wheel already in build/dist instead of
# building it again (the build takes minutes).
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$root/build/packaging
rm -rf "$work" && mkdir -p "$work"
sample=$root/samples/gk2021_tabs_2023.txt
native_deps=(python3 "$root/pack/native_deps.py")
passed=0 failed=0

ok() { echo "  ok: $*"; }
fail() { echo "  FAILED: $*"; return 1; }
run_check() {  # name function
  echo "== packaging: $1"
  if "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "== packaging: $1 FAILED"; fi
}

# Every library the loader mapped (LD_DEBUG=libs "calling init" lines) that is
# one of the bundled ones (by name, hashes aside) but came from outside DIR.
# $1 LD_DEBUG output, $2 the folder the bundled copies live in, $3 a file of
# sonames that were bundled, $4 LD_DEBUG output of the bare runtime (python,
# java) whose own files are not ours to judge (python's libffi, the JDK's libzip).
# LD_DEBUG_OUTPUT=PREFIX writes PREFIX.<pid> per process: one file of them all.
gather() { cat "$1".* >"$1.all"; echo "$1.all"; }

# The system's files of the bundled libraries (by name, hashes aside), less
# those the bare runtime loads itself (python's libffi): $1 the sonames bundled, $2 LD_DEBUG
# output of the runtime alone.
system_copies() {
  python3 - "$@" <<'EOF'
import glob, os, re, sys
stem = lambda p: re.sub(r"(-[0-9a-f]{8})?\.so.*$", "", p.rsplit("/", 1)[-1])
runtime = {os.path.realpath(p) for p in re.findall(r"calling init: (\S+)", open(sys.argv[2], errors="replace").read())}
for s in sorted({stem(l.split()[0]) for l in open(sys.argv[1]) if l.strip()}):
    for f in sorted({os.path.realpath(f) for d in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu") for f in glob.glob(f"{d}/{s}.so*")} - runtime):
        print(f)
EOF
}

# Runs a command with the system copies of the bundled libraries out of the
# loader's sight: in a mount namespace of its own, /dev/null is mounted over
# each (the machine's files stay as they are for everyone else). $1 the
# sonames bundled, $2 the runtime's LD_DEBUG output; then the command.
without_system_copies() {
  local list=$1 base=$2; shift 2
  local files
  mapfile -t files < <(system_copies "$list" "$base")
  if [ ${#files[@]} -gt 0 ] && unshare -m --propagation private true 2>/dev/null; then
    echo "  (in a mount namespace with ${#files[@]} system files hidden: ${files[*]##*/})" >&2
    unshare -m --propagation private bash -c '
      n=$1; shift
      for f in "${@:1:$n}"; do
        mount --bind /dev/null "$f" && [ -c "$f" ] || { echo "could not hide $f" >&2; exit 97; }
      done
      shift "$n"
      exec "$@"' _ "${#files[@]}" "${files[@]}" "$@"
  else
    echo "  (no mount namespace here: the system copies stay; LD_DEBUG alone tells where each library came from)" >&2
    "$@"
  fi
}

foreign_loads() {
  python3 - "$@" <<'EOF'
import os, re, sys
log, inside, bundled_list, baseline = sys.argv[1:]
stem = lambda p: re.sub(r"(-[0-9a-f]{8})?\.so.*$", "", p.rsplit("/", 1)[-1])
inits = lambda f: set(re.findall(r"calling init: (\S+)", open(f, errors="replace").read()))
bundled = {stem(line.split()[0]) for line in open(bundled_list) if line.strip()}
runtime = {os.path.realpath(p) for p in inits(baseline)}
loaded = inits(log)
bad = sorted(p for p in loaded if stem(p) in bundled and os.path.realpath(p) not in runtime and not p.startswith(inside))
ours = sorted(p for p in loaded if p.startswith(inside))
print(f"    {len(ours)} libraries loaded from {inside}")
for p in bad:
    print(f"    loaded from the system: {p}")
sys.exit(1 if bad or not ours else 0)
EOF
}

check_docs() {
  python3 scripts/gen_docs.py --check || return 1
  ok "docs/fields.md and docs/rule-catalogue.md are current"
  # The check must also see a change: a copy of the sources with one label edited.
  local copy=$work/docs-copy
  mkdir -p "$copy/scripts" "$copy/lib/model" "$copy/lib/validate" "$copy/docs"
  cp scripts/gen_docs.py "$copy/scripts/"; cp docs/fields.md docs/rule-catalogue.md "$copy/docs/"
  cp lib/validate/messages.cpp "$copy/lib/validate/"
  sed '0,/"本年制发件数"/s//"本年制发件数（改）"/' lib/model/fields_table.inc >"$copy/lib/model/fields_table.inc"
  if python3 "$copy/scripts/gen_docs.py" --check >/dev/null; then fail "--check passed over an edited label"; return 1; fi
  ok "--check fails when a label changes"
}

check_cmake() {
  local prefix=$work/prefix
  cmake --install build --component gongkai --prefix "$prefix" >/dev/null || { fail "cmake --install"; return 1; }
  [ -f "$prefix/include/gongkai/gongkai.hpp" ] || { fail "gongkai/gongkai.hpp not installed"; return 1; }
  cmake -S tests/packaging/consumer -B "$work/consumer" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" -DGONGKAI_SOURCE_DIR="$root" >"$work/consumer.log" 2>&1 &&
    cmake --build "$work/consumer" >>"$work/consumer.log" 2>&1 || { cat "$work/consumer.log"; fail "consumer build (find_package)"; return 1; }
  ok "find_package(gongkai COMPONENTS static): the README's C++ example, the C example shared and static"
  run_consumer "$work/consumer" || return 1
  # The static program carries the library: no libgongkai.so among its NEEDED.
  # (grep reads whole outputs here: with pipefail, grep -q on a pipe can fail the writer.)
  if grep -q 'libgongkai' <(readelf -d "$work/consumer/summary_static"); then fail "summary_static needs libgongkai.so"; return 1; fi
  grep -q 'libgongkai.so.1' <(readelf -d "$work/consumer/summary_shared") || { fail "summary_shared does not link libgongkai.so.1"; return 1; }
  ok "summary_static needs no libgongkai.so; summary_shared does"
  # pkg-config, as docs/getting-started-c.md says.
  PKG_CONFIG_PATH=$prefix/lib/pkgconfig cc -std=c99 examples/c/report_summary.c \
    $(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs gongkai) \
    -Wl,-rpath,"$prefix/lib" -o "$work/summary_pc" || { fail "pkg-config build"; return 1; }
  grep -q "gk2021" <("$work/summary_pc" "$sample") || { fail "the pkg-config build does not parse"; return 1; }
  ok "pkg-config --cflags --libs gongkai"
}

# The three programs of the consumer project parse the sample.
run_consumer() {
  local dir=$1 out
  # The README's example opens report.pdf from the current folder: parse_file
  # reads by content, so the sample text under that name does.
  mkdir -p "$dir/run" && cp "$sample" "$dir/run/report.pdf"
  out=$(cd "$dir/run" && "$dir/readme_example" "$sample") || { fail "readme_example exited $?"; return 1; }
  grep -q '^{"schema":"gongkai.report/1"' <<<"$out" && grep -q "received.natural: found" <<<"$out" &&
    grep -Eq "parse_file: [0-9]{4,} bytes" <<<"$out" || { echo "$out" | head -c 600; fail "readme_example's output"; return 1; }
  ok "the README's C++ example parses (find_cell found applications.received.natural)"
  for prog in summary_shared summary_static; do
    out=$("$dir/$prog" "$sample" 2>&1)
    grep -q "gk2021" <<<"$out" || { echo "$out"; fail "$prog does not print the format"; return 1; }
  done
  ok "report_summary, shared and static, parses"
}

check_vendored() {
  local dir=$work/vendored
  # No build type: gongkai's own default (Release) must not reach this cache.
  cmake -S tests/packaging/consumer -B "$dir" -G Ninja -DGONGKAI_CONSUMER_MODE=subdirectory \
    -DGONGKAI_SOURCE_DIR="$root" >"$work/vendored.log" 2>&1 || { cat "$work/vendored.log"; fail "configure (add_subdirectory)"; return 1; }
  local type
  type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$dir/CMakeCache.txt")
  [ -z "$type" ] || { fail "the parent's CMAKE_BUILD_TYPE became '$type'"; return 1; }
  ok "add_subdirectory leaves the parent's CMAKE_BUILD_TYPE alone"
  cmake --build "$dir" -j2 >>"$work/vendored.log" 2>&1 || { tail -30 "$work/vendored.log"; fail "build (add_subdirectory)"; return 1; }
  run_consumer "$dir"
}

check_wheel() {
  if [ "${GONGKAI_PACKAGING_REUSE:-0}" = 1 ]; then
    echo "  (GONGKAI_PACKAGING_REUSE=1: checking the wheel already in build/dist)"
  else
    bash scripts/package.sh wheel >"$work/package-wheel.log" 2>&1 || { tail -30 "$work/package-wheel.log"; fail "scripts/package.sh wheel"; return 1; }
  fi
  local whl sdist
  whl=$(ls "$root"/build/dist/gongkai-*-py3-none-manylinux_*_x86_64.whl 2>/dev/null | head -1)
  sdist=$(ls "$root"/build/dist/gongkai-*.tar.gz 2>/dev/null | head -1)
  [ -n "$whl" ] || { ls build/dist; fail "no py3-none-manylinux_*_x86_64 wheel"; return 1; }
  ok "$(basename "$whl") ($(du -k "$whl" | cut -f1) KiB), built from $(basename "$sdist")"
  grep -q '/native/lib/parse/parse.cpp$' <(tar tzf "$sdist") || { fail "the sdist lacks the C++ sources"; return 1; }
  ok "the sdist carries the C++ sources (and the wheel was built from it)"
  local unpacked=$work/wheel
  python3 -m zipfile -e "$whl" "$unpacked"
  mapfile -t elves < <(find "$unpacked" -name '*.so*' -type f)
  "${native_deps[@]}" check "${elves[@]}" || { fail "a NEEDED entry outside glibc, libstdc++, libgcc_s, libz"; return 1; }
  ok "${#elves[@]} ELF files, every NEEDED entry allowed or bundled"
  build/pack-venv/bin/auditwheel show "$whl" >"$work/auditwheel-show.log" 2>&1 || { cat "$work/auditwheel-show.log"; fail "auditwheel show"; return 1; }
  # auditwheel wraps its sentences: read them as one line.
  local tag
  tag=$(tr -s ' \n' ' ' <"$work/auditwheel-show.log" | grep -o 'is consistent with the following platform tag: "manylinux_[0-9_]*x86_64"' | grep -o 'manylinux_[0-9_]*x86_64')
  [ -n "$tag" ] && [[ $whl == *"-py3-none-$tag.whl" ]] || { cat "$work/auditwheel-show.log"; fail "auditwheel show does not find $(basename "$whl") consistent with its tag"; return 1; }
  ok "auditwheel show: consistent with $tag"
  check_licenses "$unpacked/gongkai/_lib/licenses" || return 1
  grep -q '^License-Expression: Apache-2.0' "$unpacked"/gongkai-*.dist-info/METADATA &&
    grep -q '^Project-URL: ' "$unpacked"/gongkai-*.dist-info/METADATA || { fail "METADATA lacks the licence or the URLs"; return 1; }
  ok "METADATA: License-Expression, Project-URL, classifiers"

  # A venv without the system's site-packages, the wheel installed from its
  # file alone, run from elsewhere with LD_LIBRARY_PATH pointing nowhere.
  local venv=$work/venv
  python3 -m venv "$venv" && "$venv/bin/pip" install --quiet --disable-pip-version-check --no-index "$whl" ||
    { fail "pip install $(basename "$whl")"; return 1; }
  local site
  site=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["platlib"])')
  (cd "$work" && LD_LIBRARY_PATH=/nonexistent LD_DEBUG=libs LD_DEBUG_OUTPUT=$work/py-baseline \
    "$venv/bin/python" -c 'import ctypes, json, pathlib')
  local out bundled=$work/wheel-bundled.txt
  cut -f1 "$unpacked/gongkai/_lib/licenses/README.txt" | grep '\.so' >"$bundled"
  out=$(cd "$work" && without_system_copies "$bundled" "$(gather "$work/py-baseline")" \
    env LD_LIBRARY_PATH=/nonexistent LD_DEBUG=libs LD_DEBUG_OUTPUT=$work/py-ld "$venv/bin/python" -c '
import pathlib, sys, gongkai
r = gongkai.parse_file(pathlib.Path(sys.argv[1]))
print(r.meta.format, len(r.fields), r.fields["applications.received.total"])
' "$sample") || { fail "import gongkai / parse_file in the fresh venv"; return 1; }
  [[ $out =~ ^gk2021\ [0-9]+\ [0-9]+$ ]] || { fail "unexpected parse: $out"; return 1; }
  ok "fresh venv, system copies hidden: import gongkai; parse_file -> $out"
  foreign_loads "$(gather "$work/py-ld")" "$site/gongkai" "$bundled" "$work/py-baseline.all" ||
    { fail "a bundled library was loaded from the system"; return 1; }
  ok "LD_DEBUG=libs: no bundled library (libre2, libutf8proc, libsimdjson, libqpdf...) from the system"
}

check_licenses() {  # DIR: README.txt names each bundled library's licence file, which is there
  local dir=$1 n=0 soname pkg file
  [ -f "$dir/README.txt" ] || { fail "no $dir/README.txt"; return 1; }
  while IFS=$'\t' read -r soname pkg file; do
    [[ $soname == *.so* ]] || continue
    [ -s "$dir/$file" ] || { fail "licence of $soname ($file) missing"; return 1; }
    n=$((n + 1))
  done <"$dir/README.txt"
  for lib in libre2 libutf8proc libsimdjson libqpdf libzip libgumbo libpugixml; do
    grep -q "^$lib\.so" "$dir/README.txt" || { fail "no licence listed for $lib"; return 1; }
  done
  ok "$n bundled libraries, each with its Debian copyright file"
}

check_jar() {
  local jar
  jar=$(ls "$root"/bindings/java/target/gongkai-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1)
  if [ -z "$jar" ]; then
    bash scripts/package.sh jar >"$work/package-jar.log" 2>&1 || { tail -30 "$work/package-jar.log"; fail "scripts/package.sh jar"; return 1; }
    jar=$(ls "$root"/bindings/java/target/gongkai-*.jar | grep -v -e sources -e javadoc | head -1)
  fi
  for extra in sources javadoc; do
    [ -s "${jar%.jar}-$extra.jar" ] || { fail "no ${jar%.jar}-$extra.jar"; return 1; }
  done
  ok "$(basename "$jar") ($(du -k "$jar" | cut -f1) KiB) with its -sources and -javadoc jars"
  local unpacked=$work/jar
  python3 -m zipfile -e "$jar" "$unpacked"
  local native=$unpacked/native/linux-x86_64
  mapfile -t elves < <(find "$native" -name '*.so*' -type f)
  "${native_deps[@]}" check "${elves[@]}" || { fail "a NEEDED entry outside glibc, libstdc++, libgcc_s, libz"; return 1; }
  local listed
  listed=$(wc -l <"$native/bundled-libraries.txt")
  [ "$listed" -ge 7 ] && [ "${#elves[@]}" -eq $((listed + 1)) ] || { fail "bundled-libraries.txt lists $listed, the jar has ${#elves[@]} ELF files"; return 1; }
  ok "${#elves[@]} ELF files, every NEEDED entry allowed or bundled"
  check_licenses "$native/licenses" || return 1
  grep -q '<scm>' "$unpacked"/META-INF/maven/*/*/pom.xml && grep -q '<developers>' "$unpacked"/META-INF/maven/*/*/pom.xml ||
    { fail "the pom lacks scm or developers"; return 1; }
  ok "pom: licence, scm, developers"

  # The JVM's own libraries are the baseline: Main's usage loads no gongkai.
  (cd "$work" && LD_LIBRARY_PATH=/nonexistent LD_DEBUG=libs LD_DEBUG_OUTPUT=$work/java-baseline java -cp "$jar" org.gongkai.Main --help >/dev/null 2>&1)
  local out
  mkdir -p "$work/java-tmp"
  out=$(cd "$work" && without_system_copies "$native/bundled-libraries.txt" "$(gather "$work/java-baseline")" \
    env LD_LIBRARY_PATH=/nonexistent LD_DEBUG=libs LD_DEBUG_OUTPUT=$work/java-ld java -Djava.io.tmpdir="$work/java-tmp" -cp "$jar" org.gongkai.Main "$sample" 2>&1) ||
    { echo "$out" | tail -5; fail "java -cp $(basename "$jar") org.gongkai.Main"; return 1; }
  grep -q '"template":"gk2021"' <<<"$out" || { echo "$out" | head -c 400; fail "the jar's parse"; return 1; }
  ok "system copies hidden: java -cp $(basename "$jar") org.gongkai.Main sample -> gk2021 JSON"
  [ -z "$(ls -A "$work/java-tmp")" ] || { ls -la "$work/java-tmp"; fail "the JNI library's temporary folder was left behind"; return 1; }
  foreign_loads "$(gather "$work/java-ld")" "$work/java-tmp/" "$native/bundled-libraries.txt" "$work/java-baseline.all" ||
    { fail "a bundled library was loaded from the system"; return 1; }
  ok "LD_DEBUG=libs: no bundled library from the system"
}

checks=("$@")
[ ${#checks[@]} -gt 0 ] || checks=(docs cmake vendored wheel jar)
for c in "${checks[@]}"; do
  case $c in
    docs|cmake|vendored|wheel|jar) run_check "$c" "check_$c" ;;
    *) echo "packaging: no check '$c' (docs, cmake, vendored, wheel, jar)" >&2; exit 2 ;;
  esac
done
echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
