#!/usr/bin/env bash
# Profiles samizdat-serve (8 threads) under load with perf: wrk sends
# api_search.lua's mixed query set (the bench's, at 8 connections) for a
# warm-up, then again while perf records the server; prints where the time
# goes by shared object and function. With --xapian PREFIX
# (tools/bench/xapian_symbols.sh) Xapian's functions are named.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: tools/bench/profile_serve.sh --db ARCHIVE [--seconds S] [--build DIR] [--out DIR]
                                    [--xapian PREFIX]
  --db ARCHIVE     archive to serve (e.g. one the bench built: BUILD/bench/samizdat.archive)
  --seconds S      seconds perf records, after as many of warm-up (default 10)
  --build DIR      CMake build folder holding samizdat-serve (default build; env BUILD)
  --out DIR        output folder (default BUILD/bench/profile-serve)
  --xapian PREFIX  run the server with the libxapian of PREFIX
Writes OUT/perf.data, OUT/wrk.txt and the reports of perf_reports.sh.
EOF
}

DB=""
SECONDS_TOTAL=10
CONNECTIONS=8
THREADS=8
PORT=0
BUILD_DIR=${BUILD:-build}
OUT=""
XAPIAN=""
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() { echo "profile_serve: $*" >&2; exit 1; }
# shellcheck source=tools/bench/perf_reports.sh
source "$HERE/perf_reports.sh"
# shellcheck source=tools/bench/serve_start.sh
source "$HERE/serve_start.sh"

while [[ $# -gt 0 ]]; do
  case $1 in
    --db) DB=${2:?--db needs an archive}; shift 2 ;;
    --seconds) SECONDS_TOTAL=${2:?--seconds needs a number}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) take_profile_option "$@" || { usage >&2; die "unknown argument '$1'"; }; shift 2 ;;
  esac
done
[[ -n $DB ]] || { usage >&2; die "--db ARCHIVE is required"; }
[[ $SECONDS_TOTAL =~ ^[0-9]+$ && $SECONDS_TOTAL -gt 0 ]] || die "--seconds '$SECONDS_TOTAL' is not a positive whole number"
SERVE=$BUILD_DIR/searcher/samizdat-serve
[[ -x $SERVE ]] || die "missing $SERVE: build it first (or --build DIR)"
for tool in perf wrk curl; do
  command -v "$tool" >/dev/null || die "$tool is not installed"
done
LD_LIBRARY_PATH=$(xapian_library_path "$XAPIAN") || die "--xapian $XAPIAN: no lib/libxapian.so.30 there"
export LD_LIBRARY_PATH
OUT=${OUT:-$BUILD_DIR/bench/profile-serve}
mkdir -p "$OUT"

WORK=$OUT
SERVER_PID=""
WRK_PID=""
cleanup() {
  if [[ -n $WRK_PID ]]; then kill "$WRK_PID" 2>/dev/null || true; fi
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
start_server

load() {
  wrk -t2 -c"$CONNECTIONS" -d"${1}s" --timeout 10s --latency -s "$HERE/api_search.lua" "$URL"
}
load "$SECONDS_TOTAL" >/dev/null
load $((SECONDS_TOTAL + 2)) >"$OUT/wrk.txt" &
WRK_PID=$!
sleep 1
perf record -q -F 499 --call-graph dwarf,16384 -p "$SERVER_PID" -o "$OUT/perf.data" -- sleep "$SECONDS_TOTAL"
wait "$WRK_PID"
WRK_PID=""
perf_reports "$OUT/perf.data" "$OUT"
grep -E 'Requests/sec|BENCH_JSON' "$OUT/wrk.txt"
cat "$OUT/report-dso.txt" "$OUT/report-self.txt"
