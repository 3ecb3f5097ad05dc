# Sourced by scripts/ci-fuzz.sh and scripts/fuzz-long.sh: the libFuzzer options and the
# seed directories (absolute, since the fuzzers run in their own work directories) of one
# target, in the arrays fuzz_args and fuzz_seeds.
# usage: source scripts/fuzz-args.sh TARGET
# Limits: 10 s per input (a hang is a finding), 2 GB of memory, inputs up to 64 KB
# (1 MB strings and deep nesting are covered by tests/bad_inputs instead).
fuzz_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fuzz_args=(-timeout=10 -rss_limit_mb=2048 -max_len=65536)
# Leaks are findings, but not those fontconfig, Graphviz, GLib and cairo keep for the
# process's life (the same suppressions as the sanitizer test suite).
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS=suppressions=$fuzz_root/tests/lsan.supp:print_suppressions=0
case "$1" in
  json_document_fuzzer)
    fuzz_seeds=(corpus/json regressions/json_document) ;;
  zone_loader_fuzzer)
    fuzz_args+=(-dict="$fuzz_root/tests/fuzz/zone.dict")
    fuzz_seeds=(corpus/zone regressions/zone_loader) ;;
  zone_roundtrip_fuzzer)
    fuzz_args+=(-dict="$fuzz_root/tests/fuzz/zone.dict")
    fuzz_seeds=(corpus/zone regressions/zone_roundtrip) ;;
  zone_analysis_fuzzer)
    fuzz_args+=(-dict="$fuzz_root/tests/fuzz/zone.dict")
    fuzz_seeds=(corpus/zone regressions/zone_analysis) ;;
  enterprise_csv_fuzzer)
    fuzz_args+=(-dict="$fuzz_root/tests/fuzz/csv.dict")
    fuzz_seeds=(corpus/csv regressions/enterprise_csv) ;;
  label_escape_fuzzer)
    fuzz_args+=(-dict="$fuzz_root/tests/fuzz/labels.dict")
    fuzz_seeds=(corpus/labels regressions/label_escape) ;;
  *) echo "fuzz-args.sh: unknown target '$1'" >&2; return 2 ;;
esac
# Directories that do not exist (yet) are left out: libFuzzer would stop on them.
existing=()
for d in "${fuzz_seeds[@]}"; do
  [[ -d $fuzz_root/tests/fuzz/$d ]] && existing+=("$fuzz_root/tests/fuzz/$d")
done
fuzz_seeds=("${existing[@]}")
