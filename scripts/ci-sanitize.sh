#!/usr/bin/env bash
# Builds everything with clang under AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer, the fuzz targets included, and runs the whole test suite;
# fails on any sanitizer report, also one from a chainmap process a test starts.
# usage: scripts/ci-sanitize.sh [BUILD_DIR]   (default build-sanitize)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-sanitize}
# Line tables only: the sanitizers' reports still name functions, files and lines.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" \
  -DCHAINMAP_SANITIZE=ON -DCHAINMAP_FUZZ=ON -DCHAINMAP_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"

# Reports go to files as well as failing the process, so that none is lost in a child's
# captured stderr. UBSan reports are fatal (-fno-sanitize-recover=all). LeakSanitizer works
# in this CI (it needs ptrace-free /proc access, which the container allows).
reports=$(realpath -m "$build/sanitizer-reports")
rm -rf "$reports" && mkdir -p "$reports"
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:log_path=$reports/asan
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan
export LSAN_OPTIONS=log_path=$reports/lsan:suppressions=$PWD/tests/lsan.supp:print_suppressions=0
status=0
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" || status=1
if compgen -G "$reports/*" >/dev/null; then
  cat "$reports"/* >&2
  echo "ci-sanitize: sanitizer reports above" >&2
  status=1
fi
[[ $status -eq 0 ]] && echo "ci-sanitize: test suite clean under ASan+LSan+UBSan"
exit $status
