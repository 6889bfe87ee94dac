-- wrk script for samizdat-serve's /api/search, or with BENCH_TARGET=omega
-- for the peer, Xapian's omega CGI over omindex's database: cycles through a
-- fixed query set (URL-encoded), or sends only the N-th query when the
-- environment has BENCH_QUERY=N, and prints one summary line
-- "BENCH_JSON {...}" at the end. (Environment variables, not script
-- arguments: wrk gives arguments only to its threads' scripts, not to the
-- one that runs done().)
-- Each query as samizdat and as omega take it (with run_bench.sh's "bench"
-- template, omega's query page with wildcards on): omega has no facets or
-- timeline (the phrase alone there), and sorts by its value 0 (the file's
-- modification time; samizdat sorts by the document's date).
local queries = {
  {"q=workers", "P=workers"},
  {"q=strike+AND+wages+AND+factory", "P=strike+AND+wages+AND+factory"},
  {"q=%22working+class%22", "P=%22working+class%22"},
  {"q=%22nothing+to+lose+but%22", "P=%22nothing+to+lose+but%22"},
  {"q=%22working+class%22&facet=all&timeline=1", "P=%22working+class%22"},
  {"q=revol*", "P=revol*"},
  {"q=strike&sort=date", "P=strike&SORT=0"},
}
local omega = os.getenv("BENCH_TARGET") == "omega"
local function path(number)
  if omega then return "/omega?DB=omindex.db&FMT=bench&DEFAULTOP=and&" .. queries[number][2] end
  return "/api/search?" .. queries[number][1]
end

local only = os.getenv("BENCH_QUERY")
if only then
  local number = tonumber(only)
  if not number or not queries[number] then
    io.stderr:write("api_search.lua: BENCH_QUERY=" .. only .. " is not a query number (1 to "
        .. #queries .. ")\n")
    os.exit(2)
  end
  only = number
end
local counter = 0

request = function()
  counter = only or counter % #queries + 1
  return wrk.format("GET", path(counter))
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  local query = only and queries[only][1] or "mixed"
  io.write(string.format(
      'BENCH_JSON {"query": "%s", "requests": %d, "duration_us": %d, "errors": %d, '
      .. '"p50_us": %d, "p90_us": %d, "p95_us": %d, "p99_us": %d, "mean_us": %.1f, "max_us": %d}\n',
      query, summary.requests, summary.duration, errors,
      latency:percentile(50), latency:percentile(90), latency:percentile(95),
      latency:percentile(99), latency.mean, latency.max))
end
