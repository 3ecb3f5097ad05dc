#!/usr/bin/env bash
# Installs chainmap from the build tree BUILD into a temporary prefix, then configures,
# builds and runs a consumer project against it with find_package(chainmap).
# Usage: tests/package/check_package.sh BUILD SOURCE_DIR
set -euo pipefail
build=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >"$work/install.log"
test -f "$work/prefix/lib/cmake/chainmap/chainmapConfig.cmake"
test -f "$work/prefix/include/chainmap/src/model/zone.h"
# The consumer is built by the compiler that built the library (a sanitizer build's library
# needs that compiler's sanitizer runtimes, which the exported target names).
compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
cmake -S "$source_dir/tests/package/consumer" -B "$work/consumer" \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release \
  ${compiler:+-DCMAKE_CXX_COMPILER="$compiler"} >"$work/configure.log" ||
  { cat "$work/configure.log"; exit 1; }
cmake --build "$work/consumer" >"$work/build.log" || { cat "$work/build.log"; exit 1; }
"$work/consumer/consumer" "$source_dir/chains"
