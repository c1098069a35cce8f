-- wrk script of scripts/bench: POSTs GraphQL requests read from a file (one JSON body a line), each connection
-- cycling through them from its own starting point, so requests vary; a response that is not 200 or whose body
-- holds "errors" counts as an error. Prints one line "WRK {...}" with the counts, the run's time in microseconds,
-- each latency as recorded ("recorded": "microseconds:count,..."), and wrk's own p50 / p95 / p99 in ms.
--   wrk -t T -c C -d Ds -s bench/wrk/graphql.lua URL -- BODIES_FILE C
-- wrk corrects its latency histogram for coordinated omission before a script sees it: with E the run's time over
-- the requests each connection completed, every latency n of at least 2E also counts at n - E, n - 2E, ... while
-- above E. The floor, timed in Java, is not corrected; so done() takes the correction out again (from the top
-- down, each count less the recorded counts E, 2E, ... above it), and the benchmark gives both (Latencies.java).
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
  connections = tonumber(args[2]) or 0
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

-- The histogram as recorded, wrk's correction undone: walking down from the longest latency, above[m mod E] holds
-- the recorded counts at m + E, m + 2E, ..., which is what the correction added at m. wrk's script interface gives
-- percentiles only, so the counts are read from wrk's own histogram (stats.h: count, limit, min, max, then a count
-- per microsecond) through LuaJIT's FFI; the minimum and maximum must agree with what the interface says.
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { uint64_t count; uint64_t limit; uint64_t min; uint64_t max; uint64_t data[?]; } wrk_stats;
]]

local function recorded(summary, latency, connections)
  if summary.requests == 0 then return "" end
  local histogram = ffi.cast("wrk_stats**", latency)[0]
  local min, max = tonumber(histogram.min), tonumber(histogram.max)
  if min ~= latency.min or max ~= latency.max then
    error("this wrk keeps its latency histogram in a layout bench/wrk/graphql.lua does not know")
  end
  local per_connection = connections > 0 and math.floor(summary.requests / connections) or 0
  local expected = per_connection > 0 and math.floor(summary.duration / per_connection) or 0
  local above = {}
  local cells = {}
  for m = max, min, -1 do
    local count = tonumber(histogram.data[m])
    if expected > 0 and m > expected then
      local r = m % expected
      local s = above[r] or 0
      count = count - s
      above[r] = s + count
    end
    if count > 0 then cells[#cells + 1] = string.format("%d:%d", m, count) end
  end
  return table.concat(cells, ",")
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("errors") end
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests":%d,"micros":%d,"errors":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f,"recorded":"%s"}\n',
    summary.requests, summary.duration, failed + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    recorded(summary, latency, tonumber(threads[1]:get("connections")))))
end
