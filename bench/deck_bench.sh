#!/usr/bin/env bash
# The deck of the zone (`chainmap deck`) beside the SVG maps of the same zone (every chain
# and the overview through `chainmap render`), and `chainmap build` (which writes the deck
# too), each the median of ROUNDS runs, in ms.
# usage: bench/deck_bench.sh [BUILD_DIR] [ZONE] [ROUNDS]
set -euo pipefail
build=${1:-build}; zone=${2:-chains}; rounds=${3:-5}
bin="$build/chainmap"
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
chains=$(python3 -c "import json,sys; print(' '.join(json.load(open(sys.argv[1]+'/zone.json'))['chains']))" "$zone")

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ms() { local start=$(date +%s%N); "$@" >/dev/null; echo $(( ($(date +%s%N) - start) / 1000000 )); }
svg_maps() {
  for c in $chains; do "$bin" render "$zone" --chain "$c" -o "$out/$c.svg"; done
  "$bin" render "$zone" --overview -o "$out/overview.svg"
}

deck=(); svg=(); full=()
for ((r = 0; r < rounds; r++)); do
  deck+=("$(ms "$bin" deck "$zone" -o "$out/deck.pptx")")
  svg+=("$(ms svg_maps)")
  full+=("$(ms "$bin" build "$zone" -o "$out/build")")
done
d=$(printf '%s\n' "${deck[@]}" | median)
s=$(printf '%s\n' "${svg[@]}" | median)
b=$(printf '%s\n' "${full[@]}" | median)
echo "zone: $zone ($(wc -w <<<"$chains") chains), rounds: $rounds, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "deck (all slides, one process):        $d ms  ($(stat -c %s "$out/deck.pptx") bytes)"
echo "SVG maps (chains + overview, render):  $s ms"
awk -v a="$d" -v b="$s" 'BEGIN { printf "deck / SVG maps: %.2f\n", a / b }'
echo "build (everything, with the deck):     $b ms"
