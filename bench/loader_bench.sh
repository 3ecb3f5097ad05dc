#!/bin/sh
# Loading a large zone: `chainmap validate`, the loader alone, and nlohmann's DOM and SAX
# parsers on the same files, in turn, RUNS times each; prints medians and ratios.
#   bench/loader_bench.sh BUILD_DIR [RUNS] [ENTERPRISES]
# e.g. bench/loader_bench.sh build 5 1000000   (a zone of ~1M candidates)
set -e
build=$1
runs=${2:-5}
n=${3:-1000000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
date -u '+%Y-%m-%d %H:%M UTC'; uname -srm; nproc; uptime
"$build/bench/loader_bench" generate "$dir/zone" --enterprises "$n"
du -b "$dir/zone"/*.json | sort -n | tail -3
bytes=$(cat "$dir/zone"/*.json | wc -c)
i=0
while [ $i -lt "$runs" ]; do
  /usr/bin/time -f 'validate %e %M %U %S' "$build/chainmap" validate "$dir/zone" >/dev/null 2>"$dir/err" ||
    { cat "$dir/err"; exit 1; }
  tail -1 "$dir/err" >>"$dir/results"
  for mode in chainmap dom sax; do
    "$build/bench/loader_bench" $mode "$dir/zone" >>"$dir/results"
  done
  i=$((i + 1))
done
uptime
# validate: wall seconds, peak KB, user and system seconds from /usr/bin/time; the others:
# wall ms, cpu ms, peak KB. On a shared machine wall time grows with the load (printed
# before and after); CPU time much less so.
awk -v bytes="$bytes" '
  $1 == "validate" { v[++nv] = $2 * 1000; vm[nv] = $3; vc[nv] = ($4 + $5) * 1000 }
  $1 != "validate" { w[$1, ++n[$1]] = $2; c[$1, n[$1]] = $3; m[$1, n[$1]] = $4 }
  function median(a, k,   i, j, t, s) { for (i = 1; i <= k; i++) s[i] = a[i];
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
    return k % 2 ? s[(k + 1) / 2] : (s[k / 2] + s[k / 2 + 1]) / 2 }
  END {
    printf "JSON: %d bytes (%.1f MB)\n", bytes, bytes / 1e6
    printf "%-20s %10s %10s %12s %8s\n", "", "wall ms", "cpu ms", "peak MB", "RSS/JSON"
    printf "%-20s %10.0f %10.0f %12.0f %8.2f\n", "chainmap validate", median(v, nv), median(vc, nv), median(vm, nv) / 1024, median(vm, nv) * 1024 / bytes
    split("chainmap dom sax", modes, " ")
    for (k = 1; k <= 3; k++) { mo = modes[k]
      for (i = 1; i <= n[mo]; i++) { a[i] = w[mo, i]; b[i] = c[mo, i]; d[i] = m[mo, i] }
      wm[mo] = median(a, n[mo]); cm[mo] = median(b, n[mo]); printf "%-20s %10.0f %10.0f %12.0f %8.2f\n", "loader_bench " mo, wm[mo], median(b, n[mo]), median(d, n[mo]) / 1024, median(d, n[mo]) * 1024 / bytes }
    printf "ratio nlohmann DOM / chainmap loader (wall): %.2f\n", wm["dom"] / wm["chainmap"]
    printf "ratio nlohmann SAX / chainmap loader (wall): %.2f\n", wm["sax"] / wm["chainmap"]
    printf "ratio nlohmann DOM / chainmap loader (CPU): %.2f\n", cm["dom"] / cm["chainmap"]
    printf "ratio nlohmann SAX / chainmap loader (CPU): %.2f\n", cm["sax"] / cm["chainmap"]
  }' "$dir/results"
