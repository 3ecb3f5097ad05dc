#!/bin/sh
# chainmap import of a generated export of ROWS local firms into a copy of ZONE: wall and
# CPU time and peak RSS. usage: bench/registry_import.sh BUILD_DIR ROWS [ZONE]
#   APPLY=1  import for real (write the zone copy) instead of --dry-run
set -e
build=$1
rows=$2
zone=${3:-chains}
here=$(dirname "$0")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/python3 "$here/make_registry_export.py" "$rows" "$dir/local.csv" --local
cp -r "$zone" "$dir/zone"
dry=--dry-run
[ "${APPLY:-0}" = 1 ] && dry=
/usr/bin/time -v "$build/chainmap" import "$dir/zone" --enterprises "$dir/local.csv" $dry \
  >"$dir/out" 2>"$dir/time" || true
tail -2 "$dir/out"
grep -E 'Elapsed|Maximum resident' "$dir/time"
awk -F': ' '/User time|System time/ { s += $2 } END { printf "\tCPU (user + system): %.2f s\n", s }' \
  "$dir/time"
