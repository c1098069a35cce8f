-- wrk script of scripts/bench: POSTs GraphQL requests read from a file (one JSON body a line), each connection
-- cycling through them from its own starting point, so requests vary; a response that is not 200 or whose body
-- holds "errors" counts as an error. Prints one line "WRK {...}" with counts and latency percentiles in ms.
--   wrk -t T -c C -d Ds --latency -s bench/wrk/graphql.lua URL -- BODIES_FILE
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local bodies = {}
local position = 0
errors = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  position = ((id or 1) * 7) % #bodies
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  position = position % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[position])
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("errors") end
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests":%d,"seconds":%.3f,"errors":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f}\n',
    summary.requests, summary.duration / 1e6, failed + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
