#!/usr/bin/env bash
# Benchmarks samizdat against its peers on one generated corpus, in one run:
# indexing (samizdat-index, omindex, SQLite FTS5), query latency
# (samizdat-search, quest, sqlite3) and HTTP throughput (samizdat-serve + wrk).
# Writes everything under OUT (default BUILD/bench); the summary is OUT/results.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: tools/bench/run_bench.sh [--docs N] [--seed S] [--runs R] [--http-seconds S]
                                [--build DIR] [--out DIR] [--no-install]
  --docs N          documents to generate (default 20000; env BENCH_DOCS)
  --seed S          generator seed (default 42; env BENCH_SEED)
  --runs R          timed runs per query and engine (default 30; env BENCH_RUNS)
  --http-seconds S  wrk duration per connection count, half of it per query alone
                    (default 10; env BENCH_HTTP_SECONDS)
  --build DIR       CMake build folder holding the samizdat binaries (default build; env BUILD)
  --out DIR         output folder (default BUILD/bench; env BENCH_OUT)
  --no-install      fail instead of apt-get installing missing tools (env BENCH_NO_INSTALL=1)
EOF
}

DOCS=${BENCH_DOCS:-20000}
SEED=${BENCH_SEED:-42}
RUNS=${BENCH_RUNS:-30}
HTTP_SECONDS=${BENCH_HTTP_SECONDS:-10}
BUILD_DIR=${BUILD:-build}
OUT=${BENCH_OUT:-}
NO_INSTALL=${BENCH_NO_INSTALL:-0}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "run_bench: $*" >&2; exit 1; }
say() { echo "== $*" >&2; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --docs) DOCS=${2:?--docs needs a number}; shift 2 ;;
    --seed) SEED=${2:?--seed needs a number}; shift 2 ;;
    --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
    --http-seconds) HTTP_SECONDS=${2:?--http-seconds needs a number}; shift 2 ;;
    --build) BUILD_DIR=${2:?--build needs a folder}; shift 2 ;;
    --out) OUT=${2:?--out needs a folder}; shift 2 ;;
    --no-install) NO_INSTALL=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done
for n in "$DOCS" "$SEED" "$RUNS" "$HTTP_SECONDS"; do
  [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || die "'$n' is not a positive whole number"
done
OUT=${OUT:-$BUILD_DIR/bench}

INDEX=$BUILD_DIR/indexer/samizdat-index
SEARCH=$BUILD_DIR/searcher/samizdat-search
SERVE=$BUILD_DIR/searcher/samizdat-serve
GENERATE=$BUILD_DIR/tools/samizdat-generate
OMEGA_CGI=/usr/lib/cgi-bin/omega/omega
for b in "$INDEX" "$SEARCH" "$SERVE" "$GENERATE"; do
  [[ -x $b ]] || die "missing $b: build first (make -f Makefile.dist build, or --build DIR)"
done

# Command -> Debian package, for the tools this script runs.
declare -A PACKAGE_OF=(
  [omindex]=xapian-omega [quest]=xapian-tools [xapian-compact]=xapian-tools [lighttpd]=lighttpd
  [xapian-delve]=xapian-tools [sqlite3]=sqlite3 [wrk]=wrk [hyperfine]=hyperfine
  [/usr/bin/time]=time [python3]=python3 [curl]=curl
)

ensure_tools() {
  local missing=() cmd
  for cmd in "${!PACKAGE_OF[@]}"; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("${PACKAGE_OF[$cmd]}")
  done
  [[ ${#missing[@]} -eq 0 ]] && return
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  [[ $NO_INSTALL == 1 ]] && die "missing packages: ${missing[*]} (apt-get install them)"
  local sudo=""
  [[ $(id -u) == 0 ]] || sudo=sudo
  say "installing ${missing[*]}"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

metric() { printf '%s\t%s\n' "$1" "$2" >>"$OUT/metrics.tsv"; }

# Runs a command under /usr/bin/time -v; records wall and CPU seconds and peak RSS
# under the key prefix $1. The command's stdout goes to OUT/index/$1.out.
timed() {
  local key=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$OUT/index/$key.time" "$@" >"$OUT/index/$key.out" 2>"$OUT/index/$key.err" \
    || { cat "$OUT/index/$key.err" >&2; die "$key failed: $*"; }
  end=$(date +%s%N)
  metric "$key.wall_s" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  metric "$key.cpu_s" "$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' \
    "$OUT/index/$key.time")"
  metric "$key.rss_kb" "$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$OUT/index/$key.time")"
}

size_of() { du -sb "$1" | cut -f1; }

xapian_docs() { xapian-delve "$1" | awk -F' = ' '/number of documents/ { print $2 }'; }

# Compacts the Xapian database $2 into $2-compacted; records its size and time.
compact() {
  local key=$1 db=$2 start end
  rm -rf "$db-compacted"
  start=$(date +%s%N)
  xapian-compact "$db" "$db-compacted" >/dev/null || die "xapian-compact $db failed"
  end=$(date +%s%N)
  metric "$key.compact_bytes" "$(size_of "$db-compacted")"
  metric "$key.compact_s" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
}

generate_corpus() {
  CORPUS=$OUT/corpus-$DOCS-s$SEED
  if [[ -f $CORPUS/.bench-complete ]]; then
    say "reusing corpus $CORPUS"
  else
    say "generating $DOCS documents (seed $SEED) into $CORPUS"
    rm -rf "$CORPUS"
    "$GENERATE" --out "$CORPUS" --docs "$DOCS" --seed "$SEED" >&2
    touch "$CORPUS/.bench-complete"
  fi
  metric corpus.docs "$DOCS"
  metric corpus.seed "$SEED"
  metric corpus.files "$(find "$CORPUS" -type f ! -name .bench-complete | wc -l)"
  metric corpus.raw_bytes "$(( $(size_of "$CORPUS") - $(size_of "$CORPUS/.bench-complete") ))"
}

index_samizdat() {
  say "samizdat-index"
  SAMIZDAT_DB=$OUT/samizdat.archive
  rm -rf "$SAMIZDAT_DB" "$SAMIZDAT_DB-compacted"
  timed index.samizdat "$INDEX" --db "$SAMIZDAT_DB" --full --json "$CORPUS"
  metric index.samizdat.size_bytes "$(size_of "$SAMIZDAT_DB")"
  metric index.samizdat.documents "$(xapian_docs "$SAMIZDAT_DB")"
  compact index.samizdat "$SAMIZDAT_DB"
}

# omindex keeps the full text (-E 16M) as samizdat does, so sizes compare like
# with like; .md and .json are read as plain text (omindex has no reader for them).
index_omindex() {
  say "omindex"
  OMINDEX_DB=$OUT/omindex.db
  rm -rf "$OMINDEX_DB" "$OMINDEX_DB-compacted"
  timed index.omindex omindex --db "$OMINDEX_DB" --url / --overwrite -E 16M \
    -Mmd:text/plain -Mjson:text/plain -Mjsonl:text/plain "$CORPUS"
  metric index.omindex.size_bytes "$(size_of "$OMINDEX_DB")"
  metric index.omindex.documents "$(xapian_docs "$OMINDEX_DB")"
  compact index.omindex "$OMINDEX_DB"
}

index_fts5() {
  say "SQLite FTS5"
  FTS5_DB=$OUT/fts5.sqlite
  timed index.fts5 python3 "$HERE/fts5_load.py" --db "$FTS5_DB" "$CORPUS"
  metric index.fts5.size_bytes "$(size_of "$FTS5_DB")"
  metric index.fts5.documents "$(sqlite3 "$FTS5_DB" 'SELECT count(*) FROM docs')"
}

# id | label | query | extra samizdat-search options | peers (quest, fts5 or -)
QUERIES=(
  "common|single common word|workers||quest fts5"
  "rare|rare word|${BENCH_RARE_WORD:-alborlansha}||quest fts5"
  "and3|3-word AND|strike AND wages AND factory||quest fts5"
  "phrase2|2-word phrase|\"working class\"||quest fts5"
  "phrase4|4-word phrase|\"nothing to lose but\"||quest fts5"
  "facets|phrase + all facets + timeline (peers: phrase only)|\"working class\"|--facet all --timeline|quest fts5"
  "wildcard|wildcard|revol*||quest fts5"
  "sortdate|sort by date|strike|--sort date|-"
)

quest_cmd() { printf '%q ' quest -d "$OMINDEX_DB" -m 10 -o and -f default,wildcard "$@"; }

fts5_sql() {
  local match=${1//\'/\'\'}
  printf "SELECT path, snippet(docs, 1, '<mark>', '</mark>', '...', 16) FROM docs"
  printf " WHERE docs MATCH '%s' ORDER BY rank LIMIT 10" "$match"
}

record_hits() {
  local id=$1 query=$2 peers=$3 count; shift 3
  # --facet type makes samizdat count every match (up to 100,000), as quest's
  # -c below does; a plain search gives a lower bound past 10,000.
  count=$("$SEARCH" --db "$SAMIZDAT_DB" --json --limit 1 --facet type "$@" -- "$query" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])') \
    || die "samizdat-search failed on query $id: $query"
  metric "query.$id.samizdat.hits" "$count"
  if [[ $peers == *quest* ]]; then
    count=$(quest -d "$OMINDEX_DB" -m 0 -c 100000000 -o and -f default,wildcard "$query" \
      | awk '/matches/ { print $2; exit }') || die "quest failed on query $id: $query"
    metric "query.$id.quest.hits" "$count"
  fi
  if [[ $peers == *fts5* ]]; then
    count=$(sqlite3 -readonly "$FTS5_DB" \
      "SELECT count(*) FROM docs WHERE docs MATCH '${query//\'/\'\'}'") \
      || die "sqlite3 failed on query $id: $query"
    metric "query.$id.fts5.hits" "$count"
  fi
}

time_queries() {
  local spec id label query extra peers
  mkdir -p "$OUT/queries"
  : >"$OUT/queries.tsv"
  for spec in "${QUERIES[@]}"; do
    IFS='|' read -r id label query extra peers <<<"$spec"
    say "query $id: $query $extra"
    printf '%s\t%s\t%s %s\n' "$id" "$label" "$query" "$extra" >>"$OUT/queries.tsv"
    local -a options=()
    read -r -a options <<<"$extra"
    record_hits "$id" "$query" "$peers" "${options[@]}"
    local -a commands=(-n samizdat "$(printf '%q ' "$SEARCH" --db "$SAMIZDAT_DB" --limit 10 \
      "${options[@]}" -- "$query")")
    [[ $peers == *quest* ]] && commands+=(-n quest "$(quest_cmd "$query")")
    [[ $peers == *fts5* ]] && commands+=(-n fts5 \
      "$(printf '%q ' sqlite3 -readonly "$FTS5_DB" "$(fts5_sql "$query")")")
    hyperfine -N --style none --warmup 3 --runs "$RUNS" --export-json "$OUT/queries/$id.json" \
      "${commands[@]}" >"$OUT/queries/$id.txt" || die "hyperfine failed for query $id"
  done
}

SERVER_PID=""
PEER_PID=""
stop_servers() {
  local pid
  for pid in "$SERVER_PID" "$PEER_PID"; do
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  SERVER_PID=""
  PEER_PID=""
}
trap stop_servers EXIT
trap 'stop_servers; exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() {
  local port tries
  port=$(free_port)
  SERVER_URL=http://127.0.0.1:$port
  "$SERVE" --db "$SAMIZDAT_DB" --listen "127.0.0.1:$port" >"$OUT/http/serve.log" 2>&1 &
  SERVER_PID=$!
  for tries in $(seq 100); do
    curl -fsS "$SERVER_URL/healthz" >/dev/null 2>&1 && return
    kill -0 "$SERVER_PID" 2>/dev/null || die "samizdat-serve exited: $(tail -n 3 "$OUT/http/serve.log")"
    sleep 0.1
  done
  die "samizdat-serve did not answer $SERVER_URL/healthz within 10 s"
}

# The HTTP peer: Xapian's omega CGI over omindex's database (api_search.lua
# asks for DB=omindex.db), run by lighttpd as one process per request, as
# omega is deployed.
start_peer() {
  local port tries dir
  dir=$(realpath -m "$OUT/http/omega")  # omega runs in its own folder: no relative paths
  [[ $(basename "$OMINDEX_DB") == omindex.db ]] || die "api_search.lua expects omindex.db, not $OMINDEX_DB"
  [[ -x $OMEGA_CGI ]] || die "$OMEGA_CGI is missing (apt-get install xapian-omega)"
  mkdir -p "$dir/www" "$dir/log" "$dir/templates"
  port=$(free_port)
  PEER_URL=http://127.0.0.1:$port
  # Omega's templates, and "bench": its query page with wildcards on (off by
  # default), as samizdat has them.
  ln -sf /usr/share/xapian-omega/templates/* "$dir/templates/"
  printf '%s' '$set{flag_wildcard,true}$include{query}' >"$dir/templates/bench"
  printf '%s\n' "database_dir $(realpath "$(dirname "$OMINDEX_DB")")" "template_dir $dir/templates" \
    "log_dir $dir/log" "cdb_dir $dir" >"$dir/omega.conf"
  printf '%s\n' "server.document-root = \"$dir/www\"" 'server.bind = "127.0.0.1"' \
    "server.port = $port" 'server.modules = ("mod_alias", "mod_cgi", "mod_setenv")' \
    "server.errorlog = \"$dir/log/error.log\"" "alias.url = (\"/omega\" => \"$OMEGA_CGI\")" \
    '$HTTP["url"] =~ "^/omega" { cgi.assign = ("" => "") }' \
    "setenv.add-environment = (\"OMEGA_CONFIG_FILE\" => \"$dir/omega.conf\")" \
    >"$dir/lighttpd.conf"
  lighttpd -D -f "$dir/lighttpd.conf" >"$dir/log/lighttpd.out" 2>&1 &
  PEER_PID=$!
  for tries in $(seq 100); do
    curl -fsS "$PEER_URL/omega?DB=omindex.db&FMT=bench&P=revol*" 2>/dev/null | grep -q 'of about' && return
    kill -0 "$PEER_PID" 2>/dev/null || die "lighttpd exited: $(tail -n 3 "$dir/log/lighttpd.out")"
    sleep 0.1
  done
  die "omega did not answer at $PEER_URL/omega within 10 s"
}

# wrk with api_search.lua against `url` for BENCH_TARGET `target`: the query
# set cycled at 1, 8 and 32 connections (OUT/http/PREFIXcN.txt), then each
# query alone on one connection (PREFIXqN.txt): its latency without queueing
# (the serve target is a p95 for the phrase with all facets and the timeline).
wrk_runs() {
  local prefix=$1 target=$2 url=$3 connections threads query
  for connections in 1 8 32; do
    threads=$(( connections < 2 ? connections : 2 ))
    say "wrk -c $connections ${target:-samizdat}"
    BENCH_TARGET=$target wrk -t "$threads" -c "$connections" -d "${HTTP_SECONDS}s" --timeout 10s \
      --latency -s "$HERE/api_search.lua" "$url" >"$OUT/http/${prefix}c$connections.txt" \
      || die "wrk failed at $connections connections (${target:-samizdat})"
  done
  for query in $(seq "$(grep -c '^  {"q=' "$HERE/api_search.lua")"); do
    say "wrk -c 1, query $query alone, ${target:-samizdat}"
    BENCH_TARGET=$target BENCH_QUERY=$query wrk -t 1 -c 1 -d "$(( (HTTP_SECONDS + 1) / 2 ))s" \
      --timeout 10s -s "$HERE/api_search.lua" "$url" >"$OUT/http/${prefix}q$query.txt" \
      || die "wrk failed on query $query alone (${target:-samizdat})"
  done
}

bench_http() {
  mkdir -p "$OUT/http"
  say "samizdat-serve + wrk"
  start_server
  curl -fsS "$SERVER_URL/api/search?q=%22working+class%22&facet=all&timeline=1" \
    | python3 -c 'import json, sys; assert "timeline" in json.load(sys.stdin)' \
    || die "/api/search did not return the expected JSON"
  wrk_runs "" "" "$SERVER_URL"
  stop_servers
  say "omega (lighttpd CGI) + wrk"
  start_peer
  wrk_runs omega- omega "$PEER_URL"
  stop_servers
}

record_machine() {
  metric machine.cpus "$(nproc)"
  metric machine.cpu "$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  metric machine.load_before "$(cut -d' ' -f1 /proc/loadavg)"
  metric versions.xapian "$(dpkg-query -W -f='${Version}' xapian-omega 2>/dev/null || echo '?')"
  metric versions.sqlite "$(sqlite3 --version | cut -d' ' -f1)"
}

main() {
  ensure_tools
  mkdir -p "$OUT/index"
  : >"$OUT/metrics.tsv"
  local started=$SECONDS
  record_machine
  generate_corpus
  index_samizdat
  index_omindex
  index_fts5
  # The builds' writes reach the disk now, not under the timed searches.
  sync
  time_queries
  bench_http
  metric machine.load_after "$(cut -d' ' -f1 /proc/loadavg)"
  metric bench.seconds "$(( SECONDS - started ))"
  python3 "$HERE/bench_report.py" "$OUT" >"$OUT/results.md"
  cat "$OUT/results.md"
  say "results: $OUT/results.md"
}

main
