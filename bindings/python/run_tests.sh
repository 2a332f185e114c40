#!/usr/bin/env bash
# The Python suite: pip-installs ./bindings/python into a throwaway venv
# (build/python-venv) and runs pytest against the installed package, so the
# test proves that the package installs and finds its bundled library.
#
# After scripts/build.sh, the library built in build/ is bundled as it is
# (GONGKAI_PREBUILT_LIBRARY), which takes seconds; on a fresh clone without
# build/, pip builds it with CMake (a minute or two on 2 cores).
#
# GONGKAI_LIBRARY=/path/to/libgongkai.so skips the install and tests the
# package from the source tree with that library, e.g. a sanitizer build:
#   LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)" \
#   ASAN_OPTIONS=detect_leaks=0 GONGKAI_LIBRARY=build-asan/capi/libgongkai.so \
#   bash bindings/python/run_tests.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
python=${PYTHON:-python3}

if [ -n "${GONGKAI_LIBRARY:-}" ]; then
  echo "python: testing bindings/python/src with GONGKAI_LIBRARY=$GONGKAI_LIBRARY"
  cd "$root/bindings/python"
  PYTHONPATH=$root/bindings/python/src "$python" -m pytest -p no:cacheprovider -q tests "$@"
  exit
fi
venv=$root/build/python-venv

mkdir -p "$root/build"
rm -rf "$venv"
"$python" -m venv --system-site-packages "$venv"
py=$venv/bin/python

if [ -z "${GONGKAI_PREBUILT_LIBRARY:-}" ] && [ -f "$root/build/capi/libgongkai.so" ]; then
  export GONGKAI_PREBUILT_LIBRARY=$root/build/capi/libgongkai.so
fi
echo "python: installing ./bindings/python into $venv" \
     "(library: ${GONGKAI_PREBUILT_LIBRARY:-built by pip with CMake})"

# Build without isolation when the venv has what setuptools needs (no
# network); otherwise let pip fetch the build requirements from PyPI.
pip_flags=(--quiet --disable-pip-version-check --no-input)
# (pyproject.toml's SPDX licence needs setuptools 77 or later.)
if "$py" -c "import setuptools, wheel, sys; sys.exit(int(setuptools.__version__.split('.')[0]) < 77)" 2>/dev/null; then
  pip_flags+=(--no-build-isolation)
fi
if ! "$py" -m pip install "${pip_flags[@]}" "$root/bindings/python" >"$venv/pip.log" 2>&1; then
  cat "$venv/pip.log"
  echo "python: pip install ./bindings/python FAILED" >&2
  exit 1
fi
"$py" -c "import pytest" 2>/dev/null || "$py" -m pip install --quiet --disable-pip-version-check pytest

# Run from outside the source tree so `import gongkai` is the installed one.
cd "$venv"
GONGKAI_EXPECT_BUNDLED=1 "$py" -m pytest -p no:cacheprovider -q "$root/bindings/python/tests" "$@"
