#!/usr/bin/env bash
# Profiles one full samizdat-index build with perf and prints where the time
# goes: by shared object, by function (self time), by caller chain, by thread
# and, for the main thread (the writer), by caller chain within it. With
# --xapian PREFIX (tools/bench/xapian_symbols.sh) Xapian's functions are named.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: tools/bench/profile_index.sh [--docs N] [--threads N] [--build DIR] [--out DIR]
                                    [--xapian PREFIX]
  --docs N         documents to generate (default 5000; env BENCH_PROFILE_DOCS)
  --threads N      samizdat-index --threads (default 0: one per core)
  --build DIR      CMake build folder with the binaries (default build; env BUILD)
  --out DIR        output folder (default BUILD/bench/profile)
  --xapian PREFIX  run with the libxapian of PREFIX (xapian_symbols.sh prints it)
Writes OUT/perf.data and the reports of perf_reports.sh: OUT/report-dso.txt,
report-self.txt, report-children.txt, report-threads.txt, report-thread-TID.txt.
EOF
}

DOCS=${BENCH_PROFILE_DOCS:-5000}
THREADS=0
BUILD_DIR=${BUILD:-build}
OUT=""
XAPIAN=""
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tools/bench/perf_reports.sh
source "$HERE/perf_reports.sh"
die() { echo "profile_index: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --docs) DOCS=${2:?--docs needs a number}; shift 2 ;;
    --threads) THREADS=${2:?--threads needs a number}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) take_profile_option "$@" || { usage >&2; die "unknown argument '$1'"; }; shift 2 ;;
  esac
done
OUT=${OUT:-$BUILD_DIR/bench/profile}
INDEX=$BUILD_DIR/indexer/samizdat-index
GENERATE=$BUILD_DIR/tools/samizdat-generate
[[ -x $INDEX && -x $GENERATE ]] || die "build samizdat-index and samizdat-generate in $BUILD_DIR first"
command -v perf >/dev/null || die "perf is missing (apt-get install linux-perf)"
LIBRARY_PATH=$(xapian_library_path "$XAPIAN") || die "--xapian $XAPIAN: no lib/libxapian.so.30 there"

mkdir -p "$OUT"
CORPUS=$OUT/corpus-$DOCS
if [[ ! -f $CORPUS/.bench-complete ]]; then
  rm -rf "$CORPUS"
  "$GENERATE" --out "$CORPUS" --docs "$DOCS" --seed 42 >&2
  touch "$CORPUS/.bench-complete"
fi
rm -rf "$OUT/archive"
# DWARF unwinding: the Release build has no frame pointers.
LD_LIBRARY_PATH=$LIBRARY_PATH perf record -q -F 250 --call-graph dwarf,16384 -o "$OUT/perf.data" -- \
  "$INDEX" --db "$OUT/archive" --full --threads "$THREADS" --json "$CORPUS" >"$OUT/index.json"
# The main thread writes the archive: its thread id is the process id.
WRITER=$(perf script -i "$OUT/perf.data" -F pid,tid 2>/dev/null | awk -F/ '$1 + 0 == $2 + 0 { print $1 + 0; exit }' || true)
perf_reports "$OUT/perf.data" "$OUT" "$WRITER"
cat "$OUT/index.json" "$OUT/report-dso.txt" "$OUT/report-threads.txt" "$OUT/report-self.txt"
