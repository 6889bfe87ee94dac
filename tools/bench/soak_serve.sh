#!/usr/bin/env bash
# Soak test of samizdat-serve: wrk drives the mixed query set of api_search.lua
# against 127.0.0.1 while the server's resident memory (ps -o rss) is sampled
# every few seconds. Reports request and error counts, latency and RSS, and
# exits 1 if the server died, if wrk saw any socket error, timeout or non-2xx
# answer, or if RSS grew by more than --max-growth-kb after the warm-up sample
# (the first sample, taken after one sampling interval under load). The ctest
# serve_soak_test (label soak) runs it; by hand it defaults to three minutes.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: tools/bench/soak_serve.sh --db ARCHIVE [--seconds S] [--connections C]
                                 [--threads T] [--port P] [--build DIR]
                                 [--sample S] [--max-growth-kb KB]
  --db ARCHIVE         archive to serve (required; e.g. one made by samizdat-generate
                       and samizdat-index)
  --seconds S          how long wrk runs (default 180; at least twice --sample)
  --connections C      wrk connections (default 8)
  --threads T          samizdat-serve --threads (default 8)
  --port P             port on 127.0.0.1 (default 0: any free port)
  --build DIR          CMake build folder holding samizdat-serve (default build; env BUILD)
  --sample S           seconds between RSS samples (default 10)
  --max-growth-kb KB   largest RSS growth over the warm-up sample that passes
                       (default 16384)
EOF
}

DB=""
SECONDS_TOTAL=180
CONNECTIONS=8
THREADS=8
PORT=0
BUILD_DIR=${BUILD:-build}
SAMPLE_SECONDS=10
MAX_GROWTH_KB=16384
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
    --sample) SAMPLE_SECONDS=${2:?--sample needs a number}; shift 2 ;;
    --max-growth-kb) MAX_GROWTH_KB=${2:?--max-growth-kb needs a number}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done
[[ -n $DB ]] || { usage >&2; die "--db ARCHIVE is required"; }
for n in "$SECONDS_TOTAL" "$CONNECTIONS" "$THREADS" "$SAMPLE_SECONDS" "$MAX_GROWTH_KB"; do
  [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || die "'$n' is not a positive whole number"
done
[[ $PORT =~ ^[0-9]+$ ]] || die "--port '$PORT' is not a whole number"
((SECONDS_TOTAL >= 2 * SAMPLE_SECONDS)) ||
  die "--seconds $SECONDS_TOTAL leaves no sample after the warm-up one (need >= 2 x --sample)"
SERVE=$BUILD_DIR/searcher/samizdat-serve
[[ -x $SERVE ]] || die "missing $SERVE: build it first (or --build DIR)"
for tool in wrk curl; do
  command -v "$tool" >/dev/null ||
    die "$tool is not installed (make -f Makefile.dist deps installs it)"
done

WORK=$(mktemp -d)
SERVER_PID=""
WRK_PID=""
# Keeps the verdict's exit status: the killed server's 143 must not replace it.
cleanup() {
  if [[ -n $WRK_PID ]]; then kill "$WRK_PID" 2>/dev/null || true; fi
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# shellcheck source=tools/bench/serve_start.sh
source "$HERE/serve_start.sh"

# The server's resident memory in KB; "" once it is gone.
rss_kb() { ps -o rss= -p "$SERVER_PID" 2>/dev/null | tr -d ' ' || true; }

# Samples RSS every SAMPLE_SECONDS while wrk runs; sets WARM_RSS (the first
# sample), MAX_RSS (the largest after it) and LAST_RSS ("" once the server is gone).
sample_rss() {
  local elapsed=0 rss
  WARM_RSS=""
  MAX_RSS=0
  while kill -0 "$WRK_PID" 2>/dev/null; do
    sleep "$SAMPLE_SECONDS"
    elapsed=$((elapsed + SAMPLE_SECONDS))
    rss=$(rss_kb)
    LAST_RSS=$rss
    [[ -n $rss ]] || { echo "  t=${elapsed}s: samizdat-serve is gone"; return; }
    if [[ -z $WARM_RSS ]]; then
      WARM_RSS=$rss
      echo "  t=${elapsed}s rss=${rss} KB (warm-up sample)"
    else
      ((rss > MAX_RSS)) && MAX_RSS=$rss
      echo "  t=${elapsed}s rss=${rss} KB"
    fi
  done
  LAST_RSS=$(rss_kb)
  [[ -n $LAST_RSS && $LAST_RSS -gt $MAX_RSS ]] && MAX_RSS=$LAST_RSS
  return 0
}

# Prints the verdict from wrk's output, the server log and the RSS samples;
# returns 1 on any failure.
verdict() {
  local summary non_2xx server_5xx errors failed=0
  summary=$(grep '^BENCH_JSON' "$WORK/wrk.txt" | sed 's/^BENCH_JSON //' || true)
  non_2xx=$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$WORK/wrk.txt")
  server_5xx=$(grep -c ' 5[0-9][0-9] ' "$WORK/serve.log" || true)
  errors=$(sed -n 's/.*"errors": \([0-9]*\).*/\1/p' <<<"$summary")
  echo "wrk: ${summary:-no summary: $(tail -3 "$WORK/wrk.txt")}"
  echo "non-2xx responses: ${non_2xx:-0}; 5xx lines in the server log: $server_5xx"
  if [[ ${errors:-1} -ne 0 || ${non_2xx:-0} -ne 0 || $server_5xx -ne 0 ]]; then
    echo "soak_serve: FAIL: errors seen"; failed=1
  fi
  if [[ -z $LAST_RSS ]]; then
    echo "soak_serve: FAIL: samizdat-serve died; last log lines:"; tail -5 "$WORK/serve.log"
    return 1
  fi
  local growth=$((MAX_RSS > WARM_RSS ? MAX_RSS - WARM_RSS : 0))
  echo "rss: warm-up ${WARM_RSS} KB, end ${LAST_RSS} KB, max after warm-up ${MAX_RSS} KB," \
       "growth ${growth} KB (bound ${MAX_GROWTH_KB} KB)"
  if ((growth > MAX_GROWTH_KB)); then
    echo "soak_serve: FAIL: resident memory grew by more than ${MAX_GROWTH_KB} KB"; failed=1
  fi
  return $failed
}

start_server
echo "soak_serve: $SECONDS_TOTAL s, $CONNECTIONS connections, $THREADS threads, $URL, archive $DB"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_TOTAL}s" --timeout 10s -s "$HERE/api_search.lua" \
  "$URL" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
echo "  t=0s rss=$(rss_kb) KB"
sample_rss
[[ -n $LAST_RSS ]] || kill "$WRK_PID" 2>/dev/null || true
wait "$WRK_PID" || true
WRK_PID=""
verdict || exit 1
echo "soak_serve: no errors, no memory growth"
