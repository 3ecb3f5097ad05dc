#!/usr/bin/env bash
# clang-tidy (the checks in .clang-tidy, every warning an error) over chainmap's own code in
# src/ and render/, with the compile commands of a configured build.
# usage: scripts/check-tidy.sh BUILD_DIR
# Takes about 3 CPU-minutes; runs one clang-tidy per core.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/check-tidy.sh BUILD_DIR}
[[ -f $build/compile_commands.json ]] || { echo "check-tidy: no $build/compile_commands.json" >&2; exit 2; }
# run-clang-tidy takes regular expressions over the files in the compile commands.
if ! run-clang-tidy-14 -p "$build" -j "$(nproc)" -quiet "$PWD/(src|render)/" >"$build/tidy.log" 2>&1 ||
    grep -qE '(warning|error): ' "$build/tidy.log"; then
  grep -E -A3 '(warning|error): ' "$build/tidy.log" >&2 || tail -20 "$build/tidy.log" >&2
  echo "check-tidy: findings above (full log: $build/tidy.log)" >&2
  exit 1
fi
echo "check-tidy: $(grep -c '^clang-tidy' "$build/tidy.log" || true) files clean"
