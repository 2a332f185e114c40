#!/usr/bin/env bash
# Checks that a shared library exports exactly the gk_* functions declared in
# gongkai.h: nothing from the C++ core, RE2, simdjson or the C++ runtime, and
# no declared function missing. Usage: check_exports.sh LIB HEADER
set -euo pipefail
lib=$1 header=$2
# Defined dynamic symbols, without the version node (an absolute symbol named
# after the version script's node, GONGKAI_1).
exported=$(nm -D --defined-only "$lib" | awk '$2 != "A" {print $3}' | sed 's/@.*//' | sort -u)
declared=$(grep -oE 'GK_API [^(]*\b(gk_[a-z0-9_]+)\(' "$header" | grep -oE 'gk_[a-z0-9_]+\($' | tr -d '(' | sort -u)
status=0
stray=$(comm -23 <(echo "$exported") <(echo "$declared"))
missing=$(comm -13 <(echo "$exported") <(echo "$declared"))
if [ -n "$stray" ]; then echo "exported but not in gongkai.h:"; echo "$stray" | sed 's/^/  /'; status=1; fi
if [ -n "$missing" ]; then echo "declared in gongkai.h but not exported:"; echo "$missing" | sed 's/^/  /'; status=1; fi
n=$(echo "$exported" | grep -c . || true)
if [ $status -eq 0 ]; then echo "exports: $n gk_* symbols, all declared in gongkai.h, nothing else"; fi
exit $status
