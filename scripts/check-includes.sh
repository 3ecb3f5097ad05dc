#!/usr/bin/env bash
# The house rules docs/architecture.md states, checked on the source tree:
#  1. a file includes only its own layer and the layers below it:
#       src/model    model
#       src/io       io, model
#       src/analysis analysis, io, model
#       src/extract  extract, io, model
#       render       render, analysis, io, model
#       src/report   report, render, analysis, extract, io, model
#       src/cli      anything
#     (tests/, bench/ and fuzz targets may include any layer);
#  2. no source file (src/, render/, tests/, bench/) is longer than 450 lines.
# Usage: scripts/check-includes.sh [ROOT]   (default: the checkout this script is in).
# Exit 0 when both rules hold; 1 with one line per offence otherwise.
set -euo pipefail
root=${1:-"$(dirname "$0")/.."}
cd "$root"
max_lines=450

# The layer a path belongs to: its folder under src/, or "render".
layer_of() {
  case "$1" in
    render/*) echo render ;;
    src/*/*) local rest=${1#src/}; echo "${rest%%/*}" ;;
    *) echo other ;;
  esac
}

# The layers a file of layer $1 may include (space-separated, surrounded by spaces).
allowed() {
  case "$1" in
    model) echo " model " ;;
    io) echo " io model " ;;
    analysis) echo " analysis io model " ;;
    extract) echo " extract io model " ;;
    render) echo " render analysis io model " ;;
    report) echo " report render analysis extract io model " ;;
    cli) echo " cli report render analysis extract io model " ;;
    *) echo "" ;;
  esac
}

failures=0
while IFS= read -r file; do
  from=$(layer_of "$file")
  ok=$(allowed "$from")
  if [[ -z "$ok" ]]; then
    echo "$file: in no layer (put sources under src/<layer>/ or render/)"
    failures=$((failures + 1))
    continue
  fi
  while IFS=: read -r line include; do
    to=$(layer_of "$include")
    [[ "$to" == other ]] && continue
    if [[ -z "$(allowed "$to")" ]]; then
      echo "$file:$line: includes \"$include\" from $to/, which is no layer"
      failures=$((failures + 1))
    elif [[ "$ok" != *" $to "* ]]; then
      echo "$file:$line: the $from layer includes \"$include\" from the $to layer above it" \
        "(see docs/architecture.md)"
      failures=$((failures + 1))
    fi
  done < <(grep -n -o -E '^[[:space:]]*#[[:space:]]*include[[:space:]]+"[^"]+"' "$file" |
    sed -E 's/^([0-9]+):.*"([^"]+)"/\1:\2/')
done < <(find src render -type f \( -name '*.h' -o -name '*.cc' \) | LC_ALL=C sort)

while IFS= read -r file; do
  lines=$(wc -l <"$file")
  if ((lines > max_lines)); then
    echo "$file: $lines lines, more than $max_lines: split it into two concepts"
    failures=$((failures + 1))
  fi
done < <(find src render tests bench -name node_modules -prune -o -type f \( -name '*.h' -o \
  -name '*.cc' -o -name '*.py' -o -name '*.js' -o -name '*.sh' \) -print | LC_ALL=C sort)

if ((failures > 0)); then
  echo "check-includes: $failures offence(s)"
  exit 1
fi
echo "check-includes: every include points down a layer; no source file over $max_lines lines"
