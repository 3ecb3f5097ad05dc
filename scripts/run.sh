#!/usr/bin/env bash
# The main job from a fresh clone: install what is missing, build, and run chainmap on
# the default data in chains/: check it, then build the whole deliverable into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Line tables only (-g1): the first build takes about a quarter less than with full debug
# information (docs/reliability.md, "CI time").
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
  -DCHAINMAP_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target chainmap
./build/chainmap validate chains
./build/chainmap build chains -o out
echo "open out/index.html"
