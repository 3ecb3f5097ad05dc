#!/bin/sh
# chainmap targets --pool on a generated registry export against a peer reading the same
# file in the same run (Python's csv.reader for CSV, openpyxl read_only for XLSX), each
# under /usr/bin/time -v for its peak RSS; ROUNDS rounds interleaved, then the medians.
# usage: bench/registry_pool.sh BUILD_DIR ROWS [csv|xlsx] [ZONE] [ROUNDS]
#   POOL_FILE=path  use this export instead of generating one (it is not deleted)
#   PEER_FILE=path  give the peer this (smaller) export instead, for a slow peer; its
#                   rows/s and MB/s are its own file's, the ratio compares those rates
# A generated file is deleted afterwards (exports of 10M rows are gigabytes).
# Wall-clock figures depend on the machine's load; "cpu" is user + system time, and
# "MB/cpu-s" the rate per second of CPU the process was given.
set -e
build=$1
rows=$2
kind=${3:-csv}
zone=${4:-chains}
rounds=${5:-1}
here=$(dirname "$0")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
date -u '+%Y-%m-%d %H:%M UTC'; uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$POOL_FILE" ]; then
  file=$POOL_FILE
else
  file="$dir/pool.$kind"
  /usr/bin/python3 "$here/make_registry_export.py" "$rows" "$file"
fi
peer_file=${PEER_FILE:-$file}
bytes=$(stat -c %s "$file")
peer_bytes=$(stat -c %s "$peer_file")
peer_rows=$rows
[ "$peer_file" = "$file" ] || peer_rows=$(($(/usr/bin/python3 -c '
import sys, zipfile, re
print(len(re.findall(rb"<row ", zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml"))) - 2)' "$peer_file")))
echo "file: $rows rows, $bytes bytes ($kind)"
[ "$peer_file" = "$file" ] || echo "peer file: $peer_rows rows, $peer_bytes bytes"
seconds() { sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1" |
  awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'; }
cpu() { awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$1"; }
rss() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
# report TIMEFILE NAME ROWS BYTES: one line, and "wall cpu rss" appended to $dir/NAME.runs
report() {
  s=$(seconds "$1"); c=$(cpu "$1"); k=$(rss "$1")
  echo "$s $c $k" >>"$dir/$2.runs"
  awk -v s="$s" -v c="$c" -v k="$k" -v r="$3" -v b="$4" -v n="$2" 'BEGIN {
    printf "%-10s %8.2f s %10.0f rows/s %7.1f MB/s  cpu %7.2f s %7.1f MB/cpu-s  peak RSS %7.1f MB\n",
      n, s, r / s, b / 1e6 / s, c, b / 1e6 / c, k / 1024 }'
}
# median NAME COLUMN
median() { cut -d' ' -f"$2" "$dir/$1.runs" | sort -g | awk '{ v[NR] = $1 } END {
  print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
round=1
while [ "$round" -le "$rounds" ]; do
  /usr/bin/time -v "$build/chainmap" targets "$zone" --pool "$file" --top 3 --format csv \
    >"$dir/targets.csv" 2>"$dir/time-cpp" || { cat "$dir/time-cpp"; exit 1; }
  [ "$round" -gt 1 ] || grep '^pool ' "$dir/time-cpp"
  report "$dir/time-cpp" chainmap "$rows" "$bytes"
  if [ "$kind" = csv ]; then
    /usr/bin/time -v /usr/bin/python3 -c '
import csv, sys
n = 0
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    for row in csv.reader(f):
        n += 1
print(n)' "$peer_file" >"$dir/py-count" 2>"$dir/time-py"
    report "$dir/time-py" python-csv "$peer_rows" "$peer_bytes"
  else
    /usr/bin/time -v /usr/bin/python3 -c '
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
print(sum(1 for _ in wb.active.iter_rows(values_only=True)))' "$peer_file" >"$dir/py-count" 2>"$dir/time-py"
    report "$dir/time-py" openpyxl "$peer_rows" "$peer_bytes"
  fi
  round=$((round + 1))
done
peer=python-csv
[ "$kind" = csv ] || peer=openpyxl
echo "medians of $rounds:"
for name in chainmap $peer; do
  r=$rows; b=$bytes
  [ "$name" = chainmap ] || { r=$peer_rows; b=$peer_bytes; }
  awk -v s="$(median $name 1)" -v c="$(median $name 2)" -v k="$(median $name 3)" -v r="$r" \
    -v b="$b" -v n="$name" 'BEGIN {
    printf "%-10s %8.2f s %10.0f rows/s %7.1f MB/s  cpu %7.2f s %7.1f MB/cpu-s  peak RSS %7.1f MB\n",
      n, s, r / s, b / 1e6 / s, c, b / 1e6 / c, k / 1024 }'
done
awk -v a="$(median chainmap 1)" -v b="$(median $peer 1)" -v c="$(median chainmap 2)" \
  -v d="$(median $peer 2)" -v ra="$rows" -v rb="$peer_rows" 'BEGIN {
  printf "chainmap / %s, rows per second: %.2fx wall, %.2fx cpu\n", "'$peer'", (ra / a) / (rb / b),
    (ra / c) / (rb / d) }'
echo "targets kept: $(($(wc -l <"$dir/targets.csv") - 1)) rows"
