#!/bin/sh
# Runs analysis_bench and its NetworkX peer on the same synthetic zone, one after the
# other, each under /usr/bin/time -v for its peak RSS, then compares their summaries
# (exit 1 when they differ). Usage:
#   bench/compare.sh BUILD_DIR [RUNS] [analysis_bench options...]
# e.g. bench/compare.sh /tmp/build 5 --chains 50 --links 200 --enterprises 1000000
set -e
build=$1
runs=${2:-5}
shift 2 || shift $#
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
here=$(dirname "$0")
date -u '+%Y-%m-%d %H:%M UTC'; uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo
echo "== chainmap (C++, BGL)"
/usr/bin/time -v "$build/bench/analysis_bench" --runs "$runs" --export "$dir" "$@" \
  2>"$dir/time-cpp" | tee "$dir/out-cpp"
grep -E 'Maximum resident|Elapsed' "$dir/time-cpp"
echo "== NetworkX $(/usr/bin/python3 -c 'import networkx; print(networkx.__version__)')"
/usr/bin/time -v /usr/bin/python3 "$here/analysis_networkx.py" "$dir" "$runs" \
  2>"$dir/time-py" | tee "$dir/out-py"
grep -E 'Maximum resident|Elapsed' "$dir/time-py"
summary='^(completeness|gaps|gain|departures|targets|rows|lost) '
grep -E "$summary" "$dir/out-cpp" >"$dir/summary-cpp"
grep -E "$summary" "$dir/out-py" >"$dir/summary-py"
if diff "$dir/summary-cpp" "$dir/summary-py" >"$dir/summary-diff"; then
  echo "== summaries identical"
else
  echo "== summaries DIFFER (< chainmap, > NetworkX)"
  cat "$dir/summary-diff"
  exit 1
fi
