-- GET /api/customers/{id}/ for ids spread over the data set (BENCH_MIN_ID .. BENCH_MAX_ID)
local low = tonumber(os.getenv("BENCH_MIN_ID"))
local high = tonumber(os.getenv("BENCH_MAX_ID"))
request = function()
  return wrk.format("GET", "/api/customers/" .. math.random(low, high) .. "/")
end
