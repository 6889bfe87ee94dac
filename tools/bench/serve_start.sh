# shellcheck shell=bash disable=SC2034  # URL and SERVER_PID are for the caller
# Sourced by soak_serve.sh and profile_serve.sh: starts samizdat-serve.
# Needs SERVE, DB, PORT (0: any free port), THREADS, WORK and die(); sets
# SERVER_PID and URL once /healthz answers. The server's log is WORK/serve.log.
start_server() {
  "$SERVE" --db "$DB" --listen "127.0.0.1:$PORT" --threads "$THREADS" 2>"$WORK/serve.log" &
  SERVER_PID=$!
  local bound=""
  for _ in $(seq 100); do
    bound=$(sed -n 's|^samizdat-serve: listening on \(http://[^ ]*\)/$|\1|p' "$WORK/serve.log")
    [[ -n $bound ]] && curl -sf "$bound/healthz" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.2
  done
  [[ -n $bound ]] && curl -sf "$bound/healthz" >/dev/null ||
    die "samizdat-serve did not start: $(cat "$WORK/serve.log")"
  URL=$bound
}
