#!/usr/bin/env bash
# Fails if any of chainmap's C++ files is not formatted by the repository's .clang-format.
# Re-run after merging; to fix: scripts/check-format.sh --fix  (runs clang-format -i).
# Covers *.cc and *.h under src/ render/ tests/ bench/, except tests/bad_inputs and
# test fixtures (data, not code).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src render tests bench -type f \( -name '*.cc' -o -name '*.h' \) \
  -not -path 'tests/bad_inputs/*' -not -path '*/fixtures/*' 2>/dev/null | sort)
if [[ "${1:-}" == "--fix" ]]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}"; then
  echo "check-format: files above are not formatted: run scripts/check-format.sh --fix" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
