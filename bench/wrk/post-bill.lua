-- POST /api/bills/ of one customer's bill, a new billing date each time (CUSTOMER is its id); KEYED=1
-- sends a fresh Idempotency-Key with each. AUTH is the Authorization header's value.
local counter = 0
local keyed = os.getenv("KEYED") == "1"
local customer = os.getenv("CUSTOMER")
local prefix = ""
init = function()
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  prefix = tostring(math.random(1, 1e9))
end
request = function()
  counter = counter + 1
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = os.getenv("AUTH") }
  if keyed then headers["Idempotency-Key"] = prefix .. "-" .. counter .. "-" .. math.random(1, 1e9) end
  local day = string.format("%04d-%02d-%02d", 2000 + math.random(0, 99), math.random(1, 12), math.random(1, 28))
  return wrk.format("POST", "/api/bills/", headers, '{"customer":' .. customer .. ',"billing_date":"' .. day
    .. '","iig_qt":"10","iig_qt_price":"100"}')
end
