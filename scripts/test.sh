#!/usr/bin/env bash
# The whole test suite from a fresh clone: install what is missing, build, run CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
# Line tables only (-g1): a failing test's backtrace still names files and lines, and the
# build from scratch takes about a quarter less than with full debug information.
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCHAINMAP_TESTS=ON >/dev/null
cmake --build build-test -j"$(nproc)"
ctest --test-dir build-test --output-on-failure -j"$(nproc)"
