#!/usr/bin/env bash
# Soak test of samizdat-serve (not run in CI): wrk drives the mixed query set
# of api_search.lua against 127.0.0.1 for a few minutes while the server's
# resident memory (ps -o rss) is sampled every 10 s; reports request and error
# counts, latency and RSS growth, and fails if the server died or answered
# with errors.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: tools/bench/soak_serve.sh --db ARCHIVE [--seconds S] [--connections C]
                                 [--threads T] [--port P] [--build DIR]
  --db ARCHIVE      archive to serve (required; e.g. one made by samizdat-generate
                    and samizdat-index)
  --seconds S       how long wrk runs (default 180)
  --connections C   wrk connections (default 8)
  --threads T       samizdat-serve --threads (default 8)
  --port P          port on 127.0.0.1 (default 18080)
  --build DIR       CMake build folder holding samizdat-serve (default build; env BUILD)
EOF
}

DB=""
SECONDS_TOTAL=180
CONNECTIONS=8
THREADS=8
PORT=18080
BUILD_DIR=${BUILD:-build}
SAMPLE_SECONDS=10
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "soak_serve: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --db) DB=${2:?--db needs an archive}; shift 2 ;;
    --seconds) SECONDS_TOTAL=${2:?--seconds needs a number}; shift 2 ;;
    --connections) CONNECTIONS=${2:?--connections needs a number}; shift 2 ;;
    --threads) THREADS=${2:?--threads needs a number}; shift 2 ;;
    --port) PORT=${2:?--port needs a number}; shift 2 ;;
    --build) BUILD_DIR=${2:?--build needs a folder}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done
[[ -n $DB ]] || { usage >&2; die "--db ARCHIVE is required"; }
for n in "$SECONDS_TOTAL" "$CONNECTIONS" "$THREADS" "$PORT"; do
  [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || die "'$n' is not a positive whole number"
done
SERVE=$BUILD_DIR/searcher/samizdat-serve
[[ -x $SERVE ]] || die "missing $SERVE: build it first (or --build DIR)"
command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)"

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

"$SERVE" --db "$DB" --listen "127.0.0.1:$PORT" --threads "$THREADS" 2>"$WORK/serve.log" &
SERVER_PID=$!
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null || die "samizdat-serve did not start: $(cat "$WORK/serve.log")"

rss_kb() { ps -o rss= -p "$SERVER_PID" 2>/dev/null | tr -d ' '; }

echo "soak_serve: $SECONDS_TOTAL s, $CONNECTIONS connections, $THREADS threads, archive $DB"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TOTAL}s" --timeout 10s -s "$HERE/api_search.lua" \
  "http://127.0.0.1:$PORT" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
START_RSS=$(rss_kb)
MAX_RSS=$START_RSS
echo "  t=0s rss=${START_RSS} KB"
ELAPSED=0
while kill -0 "$WRK_PID" 2>/dev/null; do
  sleep "$SAMPLE_SECONDS"
  ELAPSED=$((ELAPSED + SAMPLE_SECONDS))
  RSS=$(rss_kb)
  [[ -n $RSS ]] || { echo "  t=${ELAPSED}s: samizdat-serve is gone"; break; }
  ((RSS > MAX_RSS)) && MAX_RSS=$RSS
  echo "  t=${ELAPSED}s rss=${RSS} KB"
done
wait "$WRK_PID" || true
END_RSS=$(rss_kb)

SUMMARY=$(grep '^BENCH_JSON' "$WORK/wrk.txt" | sed 's/^BENCH_JSON //')
NON_2XX=$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$WORK/wrk.txt")
SERVER_5XX=$(grep -c ' 5[0-9][0-9] ' "$WORK/serve.log" || true)
echo "wrk: ${SUMMARY:-no summary: $(tail -3 "$WORK/wrk.txt")}"
echo "non-2xx responses: ${NON_2XX:-0}; 5xx lines in the server log: $SERVER_5XX"
if [[ -z $END_RSS ]]; then
  echo "samizdat-serve DIED; last log lines:"; tail -5 "$WORK/serve.log"
  exit 1
fi
echo "rss: start ${START_RSS} KB, end ${END_RSS} KB, max ${MAX_RSS} KB," \
     "growth $((END_RSS - START_RSS)) KB"
ERRORS=$(sed -n 's/.*"errors": \([0-9]*\).*/\1/p' <<<"$SUMMARY")
[[ ${ERRORS:-1} -eq 0 && ${NON_2XX:-0} -eq 0 && $SERVER_5XX -eq 0 ]] || { echo "soak_serve: errors seen"; exit 1; }
echo "soak_serve: no errors"
