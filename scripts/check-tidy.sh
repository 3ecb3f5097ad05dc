#!/usr/bin/env bash
# clang-tidy (the checks in .clang-tidy, every warning an error) over chainmap's own code in
# src/ and render/, their headers included, with the compile commands of a configured build.
# usage: scripts/check-tidy.sh BUILD_DIR
# Runs one clang-tidy per core: about 20 CPU-minutes (docs/reliability.md, "CI time").
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/check-tidy.sh BUILD_DIR}
[[ -f $build/compile_commands.json ]] || { echo "check-tidy: no $build/compile_commands.json" >&2; exit 2; }
# Each file as it is, without the build's precompiled header: that header brings the JSON
# and graph libraries into every file, and clang-tidy walks all it is given, which would
# triple its time on the files that include neither.
db=$build/tidy-db
mkdir -p "$db"
python3 - "$build/compile_commands.json" "$db/compile_commands.json" <<'PY'
import json, shlex, sys
entries = json.load(open(sys.argv[1]))
for e in entries:
    args = e.pop("arguments", None) or shlex.split(e.pop("command"))
    out, i = [], 0
    while i < len(args):
        if args[i] == "-Xclang" and i + 3 < len(args) and args[i + 1] in ("-include-pch", "-include") \
                and args[i + 2] == "-Xclang":
            i += 4
            continue
        if args[i] != "-Winvalid-pch":
            out.append(args[i])
        i += 1
    e["arguments"] = out
json.dump(entries, open(sys.argv[2], "w"), indent=1)
PY
# run-clang-tidy takes regular expressions over the files in the compile commands.
if ! run-clang-tidy-14 -p "$db" -j "$(nproc)" -quiet "$PWD/(src|render)/" >"$build/tidy.log" 2>&1 ||
    grep -qE '(warning|error): ' "$build/tidy.log"; then
  grep -E -A3 '(warning|error): ' "$build/tidy.log" >&2 || tail -20 "$build/tidy.log" >&2
  echo "check-tidy: findings above (full log: $build/tidy.log)" >&2
  exit 1
fi
echo "check-tidy: $(grep -c '^clang-tidy' "$build/tidy.log" || true) files clean"
