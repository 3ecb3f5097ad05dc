#!/bin/sh
# chainmap import --dry-run of a generated export of ROWS local firms into a copy of ZONE:
# time and peak RSS. usage: bench/registry_import.sh BUILD_DIR ROWS [ZONE]
set -e
build=$1
rows=$2
zone=${3:-chains}
here=$(dirname "$0")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
/usr/bin/python3 "$here/make_registry_export.py" "$rows" "$dir/local.csv" --local
cp -r "$zone" "$dir/zone"
/usr/bin/time -v "$build/chainmap" import "$dir/zone" --enterprises "$dir/local.csv" --dry-run \
  >"$dir/out" 2>"$dir/time" || true
tail -2 "$dir/out"
grep -E 'Elapsed|Maximum resident' "$dir/time"
