#!/usr/bin/env bash
# The bounded load test of samizdat-serve (ctest label soak): generates a
# 2,000-document corpus, indexes it, and runs tools/bench/soak_serve.sh on it
# for SAMIZDAT_SOAK_SECONDS (default 60) with 8 wrk connections, sampling the
# server's RSS every 5 s. Fails if wrk sees any socket error or non-2xx answer,
# if the server dies, or if RSS grows by more than 16 MB after the warm-up
# sample. Missing wrk or curl is a failure, not a skip: make -f Makefile.dist
# deps installs them.
# Usage: serve_soak_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail

SOURCE_DIR=${1:?usage: serve_soak_test.sh SOURCE_DIR BUILD_DIR}
BUILD_DIR=${2:?usage: serve_soak_test.sh SOURCE_DIR BUILD_DIR}
SOAK_SECONDS=${SAMIZDAT_SOAK_SECONDS:-60}

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$BUILD_DIR/tools/samizdat-generate" --out "$WORK/corpus" --docs 2000 --seed 7 >/dev/null
"$BUILD_DIR/indexer/samizdat-index" --db "$WORK/archive" "$WORK/corpus" 2>"$WORK/index.log" ||
  { cat "$WORK/index.log" >&2; exit 1; }
"$SOURCE_DIR/tools/bench/soak_serve.sh" --db "$WORK/archive" --build "$BUILD_DIR" \
  --seconds "$SOAK_SECONDS" --connections 8 --sample 5 --max-growth-kb 16384
