-- wrk script for bench/run.sh: POSTs the JSON in $BODY_FILE; with NO_CACHE=1 adds "Cache-Control: no-cache"
-- (tolk then skips its cache and calls the backend for every request). done() prints one JSON line that
-- run.sh reads: requests, duration, req/s, latency percentiles in microseconds, errors.
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
if os.getenv("NO_CACHE") == "1" then
   wrk.headers["Cache-Control"] = "no-cache"
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      '{"requests":%d,"duration_s":%.3f,"rps":%.1f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,'
         .. '"errors":%d,"non2xx":%d}\n',
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
      e.connect + e.read + e.write + e.timeout + e.status, e.status))
end
