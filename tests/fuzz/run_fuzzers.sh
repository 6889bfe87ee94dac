#!/bin/sh
# Runs the fuzz targets built in BUILD_DIR for SECONDS each, one after the
# other (all targets, or the ones named). Each starts from its seeds
# (tests/fuzz/seeds/<target>/) and the inputs earlier runs kept
# (BUILD_DIR/fuzz-corpus/<target>/). Exits non-zero at the first crash, leak,
# timeout or broken invariant; the input is in BUILD_DIR/fuzz-artifacts/<target>/.
#   usage: run_fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]
set -eu
build=${1:?usage: run_fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]}
seconds=${2:-60}
shift $(( $# < 2 ? $# : 2 ))
seeds=$(cd "$(dirname "$0")" && pwd)/seeds
targets=${*:-$(ls "$seeds")}
# UBSan only reports and carries on unless told to halt.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for target in $targets; do
  corpus=$build/fuzz-corpus/$target
  artifacts=$build/fuzz-artifacts/$target/
  mkdir -p "$corpus" "$artifacts"
  echo "== $target: ${seconds}s"
  "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus" "$seeds/$target"
done
