#!/usr/bin/env bash
# Shows how samizdat-index's peak memory grows with the corpus: generates
# corpora of several sizes (same seed), builds each with --full under
# /usr/bin/time -v, and prints a Markdown table of documents, raw MB, wall
# seconds, peak RSS, RSS per 1,000 files, and the slope: MB gained per 1,000
# files over the previous row. A slope near 0 means memory does not grow with
# the archive. Not part of CI: the default sizes take an
# hour on 2 cores and need about 5 GB of disk under OUT.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: tools/bench/rss_scale.sh [--sizes "N1 N2 ..."] [--seed S] [--build DIR] [--out DIR]
                                [--keep]
  --sizes "N ..."  documents per corpus (default "10000 40000 160000"; env RSS_SIZES)
  --seed S         generator seed (default 42; env RSS_SEED)
  --build DIR      CMake build folder holding the samizdat binaries (default build; env BUILD)
  --out DIR        work folder for corpora and archives (default BUILD/rss; env RSS_OUT)
  --keep           keep each corpus and archive (default: delete them once measured)
The table is printed on stdout and written to OUT/results.md.
EOF
}

SIZES=${RSS_SIZES:-"10000 40000 160000"}
SEED=${RSS_SEED:-42}
BUILD_DIR=${BUILD:-build}
OUT=${RSS_OUT:-}
KEEP=0

die() { echo "rss_scale: $*" >&2; exit 1; }
say() { echo "== $*" >&2; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) SIZES=${2:?--sizes needs a list of numbers}; shift 2 ;;
    --seed) SEED=${2:?--seed needs a number}; shift 2 ;;
    --build) BUILD_DIR=${2:?--build needs a folder}; shift 2 ;;
    --out) OUT=${2:?--out needs a folder}; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done
read -r -a SIZE_LIST <<<"$SIZES"
[[ ${#SIZE_LIST[@]} -gt 0 ]] || die "--sizes is empty"
for n in "${SIZE_LIST[@]}" "$SEED"; do
  [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || die "'$n' is not a positive whole number"
done
OUT=${OUT:-$BUILD_DIR/rss}

INDEX=$BUILD_DIR/indexer/samizdat-index
GENERATE=$BUILD_DIR/tools/samizdat-generate
for b in "$INDEX" "$GENERATE"; do
  [[ -x $b ]] || die "missing $b: build first (make -f Makefile.dist build, or --build DIR)"
done
[[ -x /usr/bin/time ]] || die "missing /usr/bin/time (apt-get install time)"
mkdir -p "$OUT" || die "cannot create $OUT"

# time_field FILE LABEL: the value of one line of /usr/bin/time -v's report.
time_field() { awk -F': ' -v label="$2" 'index($0, label) { print $2; exit }' "$1"; }

# wall_seconds "h:mm:ss" or "m:ss.ss" -> seconds.
wall_seconds() {
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }' <<<"$1"
}

# measure N: one table row for a corpus of N documents.
measure() {
  local docs=$1 corpus="$OUT/corpus-$1" archive="$OUT/archive-$1" report="$OUT/time-$1.txt"
  rm -rf "$corpus" "$archive"
  say "generating $docs documents"
  "$GENERATE" --docs "$docs" --seed "$SEED" --out "$corpus" >/dev/null \
    || die "samizdat-generate failed for $docs documents"
  local raw_mb
  raw_mb=$(du -sm --apparent-size "$corpus" | cut -f1)
  say "indexing $docs documents ($raw_mb MB)"
  /usr/bin/time -v -o "$report" "$INDEX" --db "$archive" --full "$corpus" \
    >"$OUT/index-$docs.out" 2>"$OUT/index-$docs.err" \
    || die "samizdat-index failed on $docs documents, see $OUT/index-$docs.err"
  local rss_kb wall
  rss_kb=$(time_field "$report" "Maximum resident set size")
  wall=$(wall_seconds "$(time_field "$report" "Elapsed (wall clock) time")")
  [[ $KEEP == 1 ]] || rm -rf "$corpus" "$archive"
  awk -v d="$docs" -v mb="$raw_mb" -v w="$wall" -v kb="$rss_kb" -v pd="$PREV_DOCS" -v pk="$PREV_KB" \
    'BEGIN {
      slope = pd == "" || d == pd ? "" : sprintf("%.2f", (kb - pk) / 1024 / ((d - pd) / 1000))
      printf "| %d | %d | %.1f | %.0f | %.2f | %s |\n", d, mb, w, kb / 1024, kb / 1024 / (d / 1000), slope
    }'
  PREV_DOCS=$docs
  PREV_KB=$rss_kb
}

PREV_DOCS=""
PREV_KB=""

{
  echo "| docs | raw MB | wall s | peak RSS MB | RSS MB per 1k files | slope MB per 1k files |"
  echo "|---:|---:|---:|---:|---:|---:|"
  for docs in "${SIZE_LIST[@]}"; do measure "$docs"; done
} | tee "$OUT/results.md"
