#!/usr/bin/env bash
# The Spark suite: the example jobs of examples/python and examples/java/spark
# on local[2] over ../shared/corpus/dev, checked against `gongkai parse`.
#
# pyspark (which brings Spark's jars and spark-submit) goes into a venv cached
# at ~/.cache/gongkai/spark-venv-$SPARK_VERSION, so only the first run
# downloads it (~450 MB); gongkai is reinstalled into it from this checkout on
# every run. The Java example is built with Maven against spark-sql (cached in
# ~/.m2) and the binding's jar (bindings/java/target, built by
# bindings/java/run_tests.sh; built here when missing).
# Where pyspark or Spark's jars cannot be fetched, the suite reports that it
# was skipped and why, and passes. Needs build/ (scripts/build.sh) first.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
SPARK_VERSION=4.2.0   # also in bindings/java/spark-example/pom.xml
venv=${GONGKAI_SPARK_VENV:-$HOME/.cache/gongkai/spark-venv-$SPARK_VERSION}
py=$venv/bin/python
quiet=(--quiet --disable-pip-version-check --no-input)

skip() {
  echo "spark: skipped: $*"
  echo "spark: 0 passed, 0 failed, 2 skipped"
  exit 0
}

[ -x build/tools/gongkai ] && [ -f build/capi/libgongkai.so ] || { echo "spark: build/ is missing; run scripts/build.sh" >&2; exit 1; }
command -v java >/dev/null || skip "no java (Spark needs Java 17; scripts/deps.sh installs it)"

# (setuptools 77 or later: pyproject.toml's licence is an SPDX expression.)
if ! "$py" -c "import pyspark, pyarrow, pytest, setuptools, wheel; assert pyspark.__version__ == '$SPARK_VERSION'; assert int(setuptools.__version__.split('.')[0]) >= 77" 2>/dev/null; then
  echo "spark: installing pyspark $SPARK_VERSION into $venv (once)"
  rm -rf "$venv"; mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv" &&
    "$py" -m pip install "${quiet[@]}" "pyspark==$SPARK_VERSION" pyarrow pytest "setuptools>=77" wheel >"$venv.log" 2>&1 ||
    { tail -5 "$venv.log" >&2; rm -rf "$venv"; skip "pyspark $SPARK_VERSION could not be installed from PyPI (see above)"; }
fi
# gongkai from this checkout, with the library scripts/build.sh built.
GONGKAI_PREBUILT_LIBRARY=$root/build/capi/libgongkai.so \
  "$py" -m pip install "${quiet[@]}" --no-build-isolation --force-reinstall --no-deps "$root/bindings/python" >"$venv.gongkai.log" 2>&1 ||
  { cat "$venv.gongkai.log" >&2; echo "spark: pip install ./bindings/python FAILED" >&2; exit 1; }

# The Java example: the binding's jar, then the example against spark-sql.
jar=$root/bindings/java/target/gongkai-0.1.0.jar
if [ ! -f "$jar" ]; then
  echo "spark: building the Java binding's jar"
  (cd bindings/java && mvn -q -B -Dstyle.color=never package -DskipTests) || { echo "spark: the binding's jar did not build" >&2; exit 1; }
fi
example=$root/bindings/java/spark-example/target/gongkai-spark-example-0.1.0.jar
if (cd bindings/java/spark-example && mvn -q -B -Dstyle.color=never package -Dspark.version=$SPARK_VERSION) >"$root/build/spark-example-mvn.log" 2>&1; then
  export GONGKAI_JAR=$jar GONGKAI_SPARK_EXAMPLE_JAR=$example
elif grep -q "Could not resolve dependencies\|Could not transfer artifact" "$root/build/spark-example-mvn.log"; then
  echo "spark: the Java example is skipped: Maven could not fetch spark-sql $SPARK_VERSION (build/spark-example-mvn.log)"
else
  cat "$root/build/spark-example-mvn.log" >&2; echo "spark: the Java example did not build" >&2; exit 1
fi

export GONGKAI_CLI=$root/build/tools/gongkai
export SPARK_LOCAL_IP=127.0.0.1  # local[N] only: bind to the loopback
cd "$root/tests/spark"
"$py" -m pytest -p no:cacheprovider -q "$root/tests/spark" "$@"
