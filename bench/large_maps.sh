#!/usr/bin/env bash
# Maps of large chains: steel + N generated links (bench/large_chain.py, a realistic DAG).
# usage: bench/large_maps.sh [BUILD_DIR]
#   400 links:     chainmap render (index + detail maps, SVG)        target ≤ 10 s
#   2,000 links:   chainmap build --maps svg (index + detail maps)   target ≤ 60 s
#   100,000 links: chainmap render: a clean exit 2 before any layout  target ≤ 60 s
# Prints wall seconds, peak RSS and the exit code of each, with the number of maps.
set -uo pipefail
build=${1:-build}; here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
run() {  # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"; local code=$?
  read -r secs kb <"$tmp/time"
  printf '%-28s %6.1f s  %5d MB  exit %d\n' "$name" "$secs" $((kb / 1024)) "$code"
  [[ $code -eq 2 ]] && head -c 300 "$tmp/err" && echo
}
python3 "$here/large_chain.py" "$here/../chains" "$tmp/z400" 400
mkdir -p "$tmp/m400"
run "400 links, render svg" "$build/chainmap" render "$tmp/z400" --chain steel -o "$tmp/m400/steel.svg"
echo "  maps: $(ls "$tmp/m400" | wc -l)"
python3 "$here/large_chain.py" "$here/../chains" "$tmp/z2000" 2000
run "2,000 links, build svg" "$build/chainmap" build "$tmp/z2000" --maps svg --lists csv -o "$tmp/out2000"
echo "  maps: $(ls "$tmp/out2000/maps" 2>/dev/null | wc -l)"
if [[ ${SKIP_100K:-} != 1 ]]; then
  python3 "$here/large_chain.py" "$here/../chains" "$tmp/z100k" 100000
  run "100,000 links, render" timeout 600 "$build/chainmap" render "$tmp/z100k" --chain steel -o "$tmp/x.svg"
fi
