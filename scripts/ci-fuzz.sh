#!/usr/bin/env bash
# Runs every fuzz target for a short bounded time (CI); for long runs see
# scripts/fuzz-long.sh. Fails on any crash, leak, sanitizer report or timeout; a failing
# input is left in BUILD_DIR/fuzz/<target>/ to become a regression under
# tests/fuzz/regressions/<target>/.
# usage: scripts/ci-fuzz.sh BUILD_DIR [SECONDS_PER_TARGET]   (a build by ci-sanitize.sh; 60)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:?usage: scripts/ci-fuzz.sh BUILD_DIR [SECONDS]}")
seconds=${2:-60}
cmake --build "$build" -j"$(nproc)" --target fuzzers >/dev/null
status=0
for target in json_document_fuzzer zone_loader_fuzzer zone_roundtrip_fuzzer zone_analysis_fuzzer \
    enterprise_csv_fuzzer label_escape_fuzzer; do
  source scripts/fuzz-args.sh "$target"
  work=$build/fuzz/$target
  rm -rf "$work" && mkdir -p "$work/corpus"
  if (cd "$work" && "$build/tests/fuzz/$target" "${fuzz_args[@]}" -max_total_time="$seconds" \
      -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "${fuzz_seeds[@]}") \
      >"$work/log.txt" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
    grep -A30 -E '^==[0-9]+==|runtime error|deadly signal|Test unit written' "$work/log.txt" >&2 || true
  fi
  execs=$(awk '/stat::number_of_executed_units/ {print $2}' "$work/log.txt")
  echo "ci-fuzz: $target $result: ${seconds}s, ${execs:-?} executions," \
    "corpus $(find "$work/corpus" -type f | wc -l) new inputs"
done
exit $status
