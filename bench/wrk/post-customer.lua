-- POST /api/customers/ with a new customer each time; KEYED=1 sends a fresh Idempotency-Key with each.
-- AUTH is the Authorization header's value (wrk.format drops wrk.headers when given its own).
local counter = 0
local keyed = os.getenv("KEYED") == "1"
local prefix = ""
init = function()
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  prefix = tostring(math.random(1, 1e9))
end
request = function()
  counter = counter + 1
  local id = prefix .. "-" .. counter
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = os.getenv("AUTH") }
  if keyed then headers["Idempotency-Key"] = id .. "-" .. math.random(1, 1e9) end
  return wrk.format("POST", "/api/customers/", headers,
    '{"name":"C' .. id .. '","email":"c' .. id .. '@wrk.test","phone":"01711000048"}')
end
