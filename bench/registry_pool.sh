#!/bin/sh
# chainmap targets --pool on a generated registry export against Python's csv module
# reading the same file, in the same run; each under /usr/bin/time -v for its peak RSS.
# usage: bench/registry_pool.sh BUILD_DIR ROWS [csv|xlsx] [ZONE]
# The generated file is deleted afterwards (exports of 10M rows are gigabytes).
set -e
build=$1
rows=$2
kind=${3:-csv}
zone=${4:-chains}
here=$(dirname "$0")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
file="$dir/pool.$kind"
date -u '+%Y-%m-%d %H:%M UTC'; uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo
/usr/bin/python3 "$here/make_registry_export.py" "$rows" "$file"
bytes=$(stat -c %s "$file")
echo "file: $rows rows, $bytes bytes ($kind)"
seconds() { sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1" |
  awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'; }
rss() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
report() {
  s=$(seconds "$1"); k=$(rss "$1")
  awk -v s="$s" -v k="$k" -v r="$rows" -v b="$bytes" -v n="$2" 'BEGIN {
    printf "%-28s %8.2f s %12.0f rows/s %8.1f MB/s  peak RSS %6.1f MB\n", n, s, r / s, b / 1e6 / s, k / 1024 }'
}
/usr/bin/time -v "$build/chainmap" targets "$zone" --pool "$file" --top 3 --format csv \
  >"$dir/targets.csv" 2>"$dir/time-cpp" || { cat "$dir/time-cpp"; exit 1; }
grep '^pool ' "$dir/time-cpp"
report "$dir/time-cpp" "chainmap targets --pool"
if [ "$kind" = csv ]; then
  /usr/bin/time -v /usr/bin/python3 -c '
import csv, sys
n = 0
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    for row in csv.reader(f):
        n += 1
print(n)' "$file" >"$dir/py-count" 2>"$dir/time-py"
  report "$dir/time-py" "python3 csv.reader (count)"
else
  /usr/bin/time -v /usr/bin/python3 -c '
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
print(sum(1 for _ in wb.active.iter_rows(values_only=True)))' "$file" >"$dir/py-count" 2>"$dir/time-py"
  report "$dir/time-py" "openpyxl read_only (count)"
fi
echo "targets kept: $(($(wc -l <"$dir/targets.csv") - 1)) rows"
