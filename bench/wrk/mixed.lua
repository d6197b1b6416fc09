-- A mix of every read the suite measures, as a screen full of users would send them: mostly
-- single-row reads, then list pages, then dashboard panels. Each request draws its path at random
-- (a fixed seed per wrk thread, so runs are alike). Needs BENCH_MIN_ID, BENCH_MAX_ID, BENCH_MONTH.
local low = tonumber(os.getenv("BENCH_MIN_ID"))
local high = tonumber(os.getenv("BENCH_MAX_ID"))
local month = os.getenv("BENCH_MONTH")
local fixed = {
  {30, "/api/users/me/"},
  {20, "/api/customers/?page=1&page_size=25&ordering=-created_at"},
  {10, "/api/bills/?status=Active&billing_date_after=" .. month .. "&page=1&page_size=25&ordering=-total_bill"},
  {5, "/api/dashboard/kpis/"},
  {5, "/api/dashboard/weekly-revenue/"},
  {5, "/api/dashboard/monthly-revenue/"},
  {5, "/api/dashboard/yearly-revenue/"},
  {2, "/api/dashboard/customer-wise-revenue/?page=1&page_size=25"},
  {2, "/api/dashboard/kam-performance/"},
}
local detail_weight = 60
local total = detail_weight
for _, entry in ipairs(fixed) do total = total + entry[1] end

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end

init = function(args)
  math.randomseed(41 + tonumber(wrk.thread:get("id")))
end

request = function()
  local draw = math.random(total)
  if draw <= detail_weight then
    return wrk.format("GET", "/api/customers/" .. math.random(low, high) .. "/")
  end
  draw = draw - detail_weight
  for _, entry in ipairs(fixed) do
    if draw <= entry[1] then return wrk.format("GET", entry[2]) end
    draw = draw - entry[1]
  end
end
