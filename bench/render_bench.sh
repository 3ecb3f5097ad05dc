#!/usr/bin/env bash
# The whole zone (seven chain maps + the overview, SVG) rendered in one chainmap process,
# against the `dot -Tsvg` command line run once per map on the same DOT files.
# usage: bench/render_bench.sh [BUILD_DIR] [ZONE] [ROUNDS]   (best of ROUNDS, in ms)
set -euo pipefail
build=${1:-build}; zone=${2:-chains}; rounds=${3:-5}
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
inproc=$("$build/bench/render_bench" "$zone" "$out" "$rounds")
best=
for ((r = 0; r < rounds; r++)); do
  start=$(date +%s%N)
  for f in "$out"/*.dot; do dot -Tsvg "$f" >/dev/null; done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [[ -z $best || $ms -lt $best ]]; then best=$ms; fi
done
echo "maps: $(ls "$out"/*.dot | wc -l)"
printf 'one process (chainmap, gvc): %.0f ms\n' "$inproc"
echo "dot -Tsvg per map:            $best ms"
awk -v a="$inproc" -v b="$best" 'BEGIN { printf "ratio: %.2f\n", a / b }'
