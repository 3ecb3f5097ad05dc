#!/usr/bin/env bash
# Runs every fuzz target for a short bounded time (CI); for long runs see
# scripts/fuzz-long.sh. Fails on any crash, leak, sanitizer report or timeout; a failing
# input is left in BUILD_DIR/fuzz/<target>/ to become a regression under
# tests/fuzz/regressions/<target>/. The targets run one per core at a time (each is a
# single process), so each still gets its SECONDS of a core; results print in a fixed order.
# usage: scripts/ci-fuzz.sh BUILD_DIR [SECONDS_PER_TARGET]   (a build by ci-sanitize.sh; 60)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:?usage: scripts/ci-fuzz.sh BUILD_DIR [SECONDS]}")
seconds=${2:-60}
cmake --build "$build" -j"$(nproc)" --target fuzzers >/dev/null
targets=(json_document_fuzzer zone_loader_fuzzer zone_roundtrip_fuzzer zone_analysis_fuzzer
         enterprise_csv_fuzzer label_escape_fuzzer)

# One target's run, in a subshell of its own (fuzz-args.sh exports its options); the
# outcome goes to WORK/result, the fuzzer's output to WORK/log.txt.
run_target() {
  local target=$1 work=$build/fuzz/$1
  source scripts/fuzz-args.sh "$target"
  if (cd "$work" && "$build/tests/fuzz/$target" "${fuzz_args[@]}" -max_total_time="$seconds" \
      -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "${fuzz_seeds[@]}") \
      >"$work/log.txt" 2>&1; then
    echo ok >"$work/result"
  else
    echo FAILED >"$work/result"
  fi
}

running=0
for target in "${targets[@]}"; do
  work=$build/fuzz/$target
  rm -rf "$work" && mkdir -p "$work/corpus"
  if ((running >= $(nproc))); then
    wait -n || true
    running=$((running - 1))
  fi
  (run_target "$target") &
  running=$((running + 1))
done
wait

status=0
for target in "${targets[@]}"; do
  work=$build/fuzz/$target
  result=$(cat "$work/result" 2>/dev/null || echo FAILED)
  if [[ $result != ok ]]; then
    status=1
    grep -A30 -E '^==[0-9]+==|runtime error|deadly signal|Test unit written' "$work/log.txt" >&2 || true
  fi
  execs=$(awk '/stat::number_of_executed_units/ {print $2}' "$work/log.txt")
  echo "ci-fuzz: $target $result: ${seconds}s, ${execs:-?} executions," \
    "corpus $(find "$work/corpus" -type f | wc -l) new inputs"
done
exit $status
