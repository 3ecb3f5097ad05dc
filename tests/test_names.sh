#!/usr/bin/env bash
# Refuses test-case names that CTest cannot run one by one: CatchAddTests hands each name to
# the test binary as a filter, so a ';' splits it into two filters that match nothing, and a
# leading '-' or '~' makes it an exclusion that runs every other test instead.
set -euo pipefail
binary=${1:?usage: test_names.sh CHAINMAP_TEST}
bad=$("$binary" --list-test-names-only | grep -E '(;|^[-~])' || true)
if [ -n "$bad" ]; then
  echo "test names CTest would mangle (remove ';', do not start with '-' or '~'):" >&2
  echo "$bad" >&2
  exit 1
fi
count=$("$binary" --list-test-names-only | grep -c . || true)
[ "$count" -gt 0 ] || { echo "no test names listed by $binary" >&2; exit 1; }
echo "$count test names, none mangled by CTest"
