-- POST of a new record each time: TARGET=customer (a new customer) or TARGET=bill (a bill of the customer
-- CUSTOMER, a new billing date each time); KEYED=1 sends a fresh Idempotency-Key with each. AUTH is the
-- Authorization header's value (wrk.format drops wrk.headers when given its own).
local counter = 0
local keyed = os.getenv("KEYED") == "1"
local target = os.getenv("TARGET") or "customer"
local customer = os.getenv("CUSTOMER")
local prefix = ""
init = function()
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  prefix = tostring(math.random(1, 1e9))
end
local function body(id)
  if target == "bill" then
    local day = string.format("%04d-%02d-%02d", 2000 + math.random(0, 99), math.random(1, 12), math.random(1, 28))
    return "/api/bills/", '{"customer":' .. customer .. ',"billing_date":"' .. day
      .. '","iig_qt":"10","iig_qt_price":"100"}'
  end
  return "/api/customers/", '{"name":"C' .. id .. '","email":"c' .. id .. '@wrk.test","phone":"01711000048"}'
end
request = function()
  counter = counter + 1
  local id = prefix .. "-" .. counter
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = os.getenv("AUTH") }
  if keyed then headers["Idempotency-Key"] = id .. "-" .. math.random(1, 1e9) end
  local path, json = body(id)
  return wrk.format("POST", path, headers, json)
end
