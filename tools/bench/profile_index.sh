#!/usr/bin/env bash
# Profiles one full samizdat-index build with perf and prints where the time
# goes: by shared object, by function (self time) and by caller chain.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: tools/bench/profile_index.sh [--docs N] [--threads N] [--build DIR] [--out DIR]
  --docs N     documents to generate (default 5000; env BENCH_PROFILE_DOCS)
  --threads N  samizdat-index --threads (default 0: one per core)
  --build DIR  CMake build folder with the binaries (default build; env BUILD)
  --out DIR    output folder (default BUILD/bench/profile)
Writes OUT/perf.data, OUT/report-dso.txt, OUT/report-self.txt, OUT/report-children.txt.
EOF
}

DOCS=${BENCH_PROFILE_DOCS:-5000}
THREADS=0
BUILD_DIR=${BUILD:-build}
OUT=""
die() { echo "profile_index: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --docs) DOCS=${2:?--docs needs a number}; shift 2 ;;
    --threads) THREADS=${2:?--threads needs a number}; shift 2 ;;
    --build) BUILD_DIR=${2:?--build needs a folder}; shift 2 ;;
    --out) OUT=${2:?--out needs a folder}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done
OUT=${OUT:-$BUILD_DIR/bench/profile}
INDEX=$BUILD_DIR/indexer/samizdat-index
GENERATE=$BUILD_DIR/tools/samizdat-generate
[[ -x $INDEX && -x $GENERATE ]] || die "build samizdat-index and samizdat-generate in $BUILD_DIR first"
command -v perf >/dev/null || die "perf is missing (apt-get install linux-perf)"

mkdir -p "$OUT"
CORPUS=$OUT/corpus-$DOCS
if [[ ! -f $CORPUS/.bench-complete ]]; then
  rm -rf "$CORPUS"
  "$GENERATE" --out "$CORPUS" --docs "$DOCS" --seed 42 >&2
  touch "$CORPUS/.bench-complete"
fi
rm -rf "$OUT/archive"
# DWARF unwinding: the Release build has no frame pointers.
perf record -q -F 250 --call-graph dwarf,16384 -o "$OUT/perf.data" -- \
  "$INDEX" --db "$OUT/archive" --full --threads "$THREADS" --json "$CORPUS" >"$OUT/index.json"
# Each report is written whole, then cut: head closing a pipe would kill perf.
report() {
  local name=$1 lines=$2; shift 2
  perf report -i "$OUT/perf.data" --stdio -g none "$@" >"$OUT/$name.full" 2>/dev/null
  grep -v -e '^#' -e '^$' "$OUT/$name.full" | head -n "$lines" >"$OUT/$name.txt" || true
}
report report-dso 15 --no-children --sort dso
report report-self 50 --no-children --sort dso,symbol
report report-children 60 --children --sort symbol
cat "$OUT/index.json" "$OUT/report-dso.txt" "$OUT/report-self.txt"
