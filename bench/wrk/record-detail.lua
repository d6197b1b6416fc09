-- GET {path}{id}/ for records spread over the data set. The scenario's path names the table
-- (/api/customers/ or /api/bills/); BENCH_MIN_ID .. BENCH_MAX_ID are the customers' ids and
-- BENCH_MIN_BILL_ID .. BENCH_MAX_BILL_ID the bills'.
local ranges = {
  customers = {tonumber(os.getenv("BENCH_MIN_ID")), tonumber(os.getenv("BENCH_MAX_ID"))},
  bills = {tonumber(os.getenv("BENCH_MIN_BILL_ID")), tonumber(os.getenv("BENCH_MAX_BILL_ID"))},
}
request = function()
  local range = ranges[wrk.path:match("^/api/(%a+)/")]
  return wrk.format("GET", wrk.path .. math.random(range[1], range[2]) .. "/")
end
