#!/usr/bin/env bash
# The Java binding's suite: builds the JNI library (CMake, through Maven), the
# jar, and runs the JUnit 5 tests. Called from the repository root by
# scripts/test.sh; works from anywhere. Extra arguments go to Maven, e.g.
#   bash bindings/java/run_tests.sh -Dtest=ThreadsTest
# Prints "java: N passed, N failed, N skipped" at the end (mvn -q is silent).
#
# GONGKAI_JAVA_ASAN=1 runs the same tests against a JNI library built with
# AddressSanitizer and UBSan (target/native-asan; the test JVM preloads the
# sanitizer runtime and libstdc++). It compiles the engine once more: a few
# minutes on 2 cores.
set -uo pipefail
cd "$(dirname "$0")"
here=$(pwd)

for tool in mvn cmake java; do
  command -v "$tool" >/dev/null || { echo "java: '$tool' not found; run scripts/deps.sh" >&2; exit 1; }
done

mvn_args=(package)
if [ "${GONGKAI_JAVA_ASAN:-0}" = 1 ]; then
  asan_dir=$here/target/native-asan
  case $(uname -m) in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; *) arch=$(uname -m) ;; esac
  preload="$(gcc -print-file-name=libasan.so) $(g++ -print-file-name=libstdc++.so.6)"
  echo "java: sanitizer run (ASan + UBSan), library in $asan_dir/out, preloading $preload"
  mvn_args=(test
    "-Dgongkai.native.build.dir=$asan_dir/build"
    "-Dgongkai.native.output.dir=$asan_dir/out"
    "-Dgongkai.native.bundle.skip=true"
    "-Dgongkai.cmake.args=-DGONGKAI_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo"
    "-Dgongkai.library.path=$asan_dir/out/linux-$arch"
    "-Dgongkai.test.preload=$preload")
fi

rm -rf target/surefire-reports
start=$(date +%s)
mvn -q -B -Dstyle.color=never "${mvn_args[@]}" "$@"
status=$?
elapsed=$(( $(date +%s) - start ))

# Sum the Surefire reports ("Tests run: 11, Failures: 0, Errors: 0, Skipped: 0").
read -r run failures errors skipped < <(
  cat target/surefire-reports/*.txt 2>/dev/null |
  awk -F'[:,]' '/^Tests run:/ { r += $2; f += $4; e += $6; s += $8 }
                END { print r + 0, f + 0, e + 0, s + 0 }')
# -Xcheck:jni (see pom.xml) reports JNI misuse on the test JVM's stdout, which
# Surefire keeps in *.dumpstream: any such warning fails the suite.
jni_warnings=$(cat target/surefire-reports/*.dumpstream 2>/dev/null | grep -c "WARNING in native method" || true)
jni_warnings=${jni_warnings:-0}
if [ "$jni_warnings" -gt 0 ]; then
  echo "java: -Xcheck:jni reported ${jni_warnings} JNI warnings:" >&2
  grep -h "WARNING in native method" target/surefire-reports/*.dumpstream | sort | uniq -c >&2
  status=1
fi
failed=$(( failures + errors + (jni_warnings > 0 ? 1 : 0) ))
passed=$(( run - failures - errors - skipped ))
echo "java: built and tested in ${elapsed}s"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build itself failed: count it, so the line cannot read as a pass
  echo "java: mvn package failed (exit $status) before or outside the tests; see the output above" >&2
fi
echo "java: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
