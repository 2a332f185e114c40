#!/usr/bin/env bash
# Installs gongkai from a build tree into a temporary prefix, then builds and
# runs the C++ example (find_package(gongkai), target gongkai::gongkai) and the
# C example (pkg-config --cflags --libs gongkai) against that prefix only.
# Usage: check_package.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -euo pipefail
build=$1 src=$2 work=$3
prefix=$work/prefix
report=$src/tests/c/data/example_county_2021.txt
rm -rf "$work"
mkdir -p "$work"

cmake --install "$build" --prefix "$prefix" --component gongkai >"$work/install.log"
libdir=$(dirname "$(find "$prefix" -name 'libgongkai.so' -print -quit)")
test -f "$prefix/include/gongkai.h"
test -f "$libdir/cmake/gongkai/gongkaiConfig.cmake"
test -f "$libdir/cmake/gongkai/gongkaiConfigVersion.cmake"
test -f "$libdir/pkgconfig/gongkai.pc"
# The soname is the ABI major.
soname=$(objdump -p "$libdir/libgongkai.so" | awk '/SONAME/ {print $2}')
[ "$soname" = "libgongkai.so.1" ] || { echo "soname is '$soname', expected libgongkai.so.1"; exit 1; }

# C++: the CMake package.
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$src/examples/cpp" -B "$work/cpp" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF >"$work/cpp-configure.log"
grep -q "$prefix" "$work/cpp/CMakeCache.txt" || { echo "find_package did not use $prefix"; exit 1; }
cmake --build "$work/cpp" >"$work/cpp-build.log"
"$work/cpp/report_to_json" "$report" >"$work/cpp.json" 2>"$work/cpp.err"
grep -q '"schema":"gongkai.report/1"' "$work/cpp.json"
grep -q '"organ":"示例县统计局"' "$work/cpp.json"
# A library from the prefix, not the build tree, was loaded.
# (ldd to a file: grep -q closing the pipe early would fail the pipeline.)
ldd "$work/cpp/report_to_json" >"$work/cpp.ldd"
grep -q "$libdir/libgongkai.so.1" "$work/cpp.ldd" || { cat "$work/cpp.ldd"; exit 1; }

# C: pkg-config, strict C99.
export PKG_CONFIG_PATH=$libdir/pkgconfig
flags=$(pkg-config --cflags --libs gongkai)
[ "$(pkg-config --modversion gongkai)" = "$(sed -n 's/^#define GK_VERSION_STRING "\(.*\)"/\1/p' "$prefix/include/gongkai.h")" ]
# shellcheck disable=SC2086
cc -std=c99 -Wall -Wextra -Werror -pedantic "$src/examples/c/report_summary.c" $flags -o "$work/report_summary"
LD_LIBRARY_PATH=$libdir "$work/report_summary" "$report" >"$work/c.out"
grep -q '^organ: *示例县统计局$' "$work/c.out"
grep -q '^format: *gk2021$' "$work/c.out"
LD_LIBRARY_PATH=$libdir ldd "$work/report_summary" >"$work/c.ldd"
grep -q "$libdir/libgongkai.so.1" "$work/c.ldd" || { cat "$work/c.ldd"; exit 1; }

echo "package: installed to $prefix; C++ (find_package) and C (pkg-config) examples built and ran"
