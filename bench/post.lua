-- wrk script for bench/run.sh: POSTs the JSON in $BODY_FILE; with NO_CACHE=1 adds "Cache-Control: no-cache"
-- (tolk then skips its cache and calls the backend for every request). done() prints one JSON line that
-- run.sh reads: requests, duration, req/s, latency percentiles in microseconds, errors.
-- A body with the marker 00000000 is a new article on every request (NEW_ARTICLE runs): the marker becomes a number
-- unique to this thread and request, written in the letters a-j (0-9), so every paragraph is one tolk has not seen
-- without every paragraph gaining a number for the fidelity checks to read, which news paragraphs mostly lack.
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
local template = wrk.body
local numbered = string.find(template, "00000000", 1, true) ~= nil
local counter = 0
local offset = 0

function setup(thread)
   thread:set("base", (os.time() % 900) * 100000 + math.random(0, 99) * 1000000)
end

function init(args)
   offset = tonumber(base) or 0 -- the global set by setup()
end

function request()
   if not numbered then
      return wrk.format()
   end
   counter = counter + 1
   local n = string.format("%08d", (offset + counter) % 100000000):gsub("%d", function(d)
      return string.char(97 + tonumber(d))
   end)
   return wrk.format(nil, nil, nil, (string.gsub(template, "00000000", n)))
end
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
