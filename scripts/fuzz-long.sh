#!/usr/bin/env bash
# Runs the fuzz targets for a long time, one after the other, by hand (CI runs them for a
# minute each: scripts/ci-fuzz.sh). New inputs go to a working corpus outside the tree;
# crashes go to $FUZZ_WORK/<target>/artifacts/: turn each into a regression input under
# tests/fuzz/regressions/<target>/ (replayed by tests/fuzz/fuzz_regression_test.cc) and fix it.
# usage: scripts/fuzz-long.sh [SECONDS_PER_TARGET] [TARGET...]   (default: 600, all)
# env:   BUILD (default /tmp/build-chainmap-fuzz), FUZZ_WORK (default /tmp/chainmap-fuzz),
#        JOBS (default 1: the machine is shared)
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-600}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(json_document_fuzzer zone_loader_fuzzer zone_roundtrip_fuzzer
  zone_analysis_fuzzer enterprise_csv_fuzzer label_escape_fuzzer)
build=$(realpath -m "${BUILD:-/tmp/build-chainmap-fuzz}")
work=$(realpath -m "${FUZZ_WORK:-/tmp/chainmap-fuzz}")
jobs=${JOBS:-1}

if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DCHAINMAP_SANITIZE=ON -DCHAINMAP_FUZZ=ON -DCHAINMAP_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j2 --target fuzzers >/dev/null

status=0
for target in "${targets[@]}"; do
  source scripts/fuzz-args.sh "$target"
  mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
  log=$work/$target/log.txt
  echo "== $target: ${seconds}s, log in $log" >&2
  parallel=()
  # With -jobs libFuzzer writes each job's log to fuzz-<n>.log in the current directory.
  [[ $jobs -gt 1 ]] && parallel=(-jobs="$jobs" -workers="$jobs")
  start=$(date +%s)
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
  (cd "$work/$target" && "$build/tests/fuzz/$target" "${fuzz_args[@]}" "${parallel[@]}" \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$work/$target/artifacts/" \
    "$work/$target/corpus" "${fuzz_seeds[@]}") >"$log" 2>&1 || status=1
  # One line of figures per target: the time it really ran (a finding stops it early),
  # executions, corpus size, crashes.
  elapsed=$(($(date +%s) - start))
  logs=("$log" "$work/$target"/fuzz-*.log)
  execs=$(awk '/stat::number_of_executed_units/ {s += $2} END {print s + 0}' "${logs[@]}")
  units=$(find "$work/$target/corpus" -type f | wc -l)
  crashes=$(find "$work/$target/artifacts" -type f | wc -l)
  echo "$(date -u +%FT%TZ) $commit $target: ran ${elapsed}s of ${seconds}s," \
    "$execs executions, corpus $units inputs, $crashes crashes" | tee -a "$work/summary.txt"
done
exit $status
