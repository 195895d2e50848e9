-- wrk script of the benchmark harness (bench/run). Prints one line, "BENCH {json}", that the harness
-- reads: requests, errors and latency percentiles from wrk's own histogram.
--
-- Without BENCH_BODIES it sends wrk's default request (GET of the URL). With BENCH_BODIES, each request
-- is the next of the pre-signed WhatsApp webhooks in that file, one "hex-signature<TAB>body" a line: wrk's
-- Lua has no HMAC, and Meta never sends the same wamid twice. The lines are split between the threads
-- (BENCH_THREADS of them), so no body goes out twice; a thread that runs out stops, and reports so.

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   sent = 0
   exhausted = 0
   local file = os.getenv("BENCH_BODIES")
   if file == nil or file == "" then
      return
   end
   local count = tonumber(os.getenv("BENCH_THREADS") or "1")
   bodies = {}
   local i = 0
   for line in io.lines(file) do
      if i % count == id then
         local tab = line:find("\t", 1, true)
         bodies[#bodies + 1] = wrk.format("POST", nil, {
            ["Content-Type"] = "application/json",
            ["X-Hub-Signature-256"] = "sha256=" .. line:sub(1, tab - 1)
         }, line:sub(tab + 1))
      end
      i = i + 1
   end
   -- What a thread sends after it ran out (wrk wants a request even from a stopping thread): no webhook.
   spare = wrk.format("GET", "/health/live")
end

function request()
   if bodies == nil then
      return wrk.request()
   end
   sent = sent + 1
   if sent > #bodies then
      exhausted = 1
      wrk.thread:stop()
      return spare
   end
   return bodies[sent]
end

function done(summary, latency, requests)
   local sent, exhausted = 0, 0
   for _, thread in ipairs(threads) do
      sent = sent + (thread:get("sent") or 0)
      exhausted = exhausted + (thread:get("exhausted") or 0)
   end
   local e = summary.errors
   io.write(string.format(
      'BENCH {"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,'
      .. '"write_errors":%d,"status_errors":%d,"timeouts":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,'
      .. '"max_us":%d,"sent":%d,"exhausted_threads":%d}\n',
      summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, sent, exhausted))
end
