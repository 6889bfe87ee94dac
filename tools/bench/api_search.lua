-- wrk script for samizdat-serve's /api/search: cycles through a fixed query
-- set (URL-encoded) and prints one summary line "BENCH_JSON {...}" at the end.
local queries = {
  "q=workers",
  "q=strike+AND+wages+AND+factory",
  "q=%22working+class%22",
  "q=%22nothing+to+lose+but%22",
  "q=%22working+class%22&facet=all&timeline=1",
  "q=revol*",
  "q=strike&sort=date",
}

local counter = 0

request = function()
  counter = counter % #queries + 1
  return wrk.format("GET", "/api/search?" .. queries[counter])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_us": %d, "errors": %d, '
      .. '"p50_us": %d, "p90_us": %d, "p99_us": %d, "mean_us": %.1f, "max_us": %d}\n',
      summary.requests, summary.duration, errors,
      latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.mean, latency.max))
end
