#!/usr/bin/env bash
# Two builds side by side on the same data: the suite's read scenarios against a service of each jar,
# both running on one database of the machine's PostgreSQL 15 (kamdesk_compare, CUSTOMERS x 50 bills,
# generated once). Both are warmed up, then each round measures every scenario on one and then the
# other (the order alternates by round), so the machine's drift falls on both alike. Prints each
# pair's requests per second and the service's CPU per request (from /proc; steadier than the rate
# on a shared machine), their ratios (after / before), and per scenario the median ratios.
#
#   BEFORE=old.jar bench/compare.sh                  # against the current build's jar
#   BEFORE=old.jar AFTER=new.jar ROUNDS=5 RUN=8 CUSTOMERS=2000 bench/compare.sh
#   ONLY='Customer (list|detail)' bench/compare.sh   # the scenarios whose names match ONLY (a regex)
#   REUSE=1 bench/compare.sh                         # the database of the previous run, as it is
#
# The two builds must share the database's schema (the same changelog, or the older a prefix of it).
set -euo pipefail
cd "$(dirname "$0")/.."

customers=${CUSTOMERS:-20000}
rounds=${ROUNDS:-5}
run=${RUN:-8}
warmup=${WARMUP:-60}
connections=${CONNECTIONS:-64}
db=kamdesk_compare
. bench/common.sh
[ -n "${BEFORE:-}" ] || { echo "BEFORE=<jar of the build to compare with> is required" >&2; exit 2; }
[ -n "${AFTER:-}" ] || ensure_jar
before_jar=$BEFORE
after_jar=${AFTER:-$jar}

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
ensure_postgres
service_env "$db"
if [ "${REUSE:-0}" != 1 ] || ! psql_db "$db" -c 'select 1' >/dev/null 2>&1; then
  recreate_db "$db"
  echo "generating $customers customers x 50 bills..." >&2
  "$jdk/java" -jar "$after_jar" generate-data --customers "$customers" --bills-per-customer 50 --users 50 \
    --seed 42 >"$work/generate.log" 2>&1 || { cat "$work/generate.log" >&2; exit 1; }
  psql_db "$db" -c 'vacuum analyze' >/dev/null
fi
customers=$(psql_db "$db" -c 'select count(*) from customer')

pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
start() { # jar port
  "$jdk/java" -jar "$1" --server.port="$2" >"$work/service-$2.log" 2>&1 &
  service_pid=$!
  pids+=("$service_pid")
  until curl -fs "localhost:$2/actuator/health/readiness" >/dev/null; do
    kill -0 "$service_pid" 2>/dev/null || { cat "$work/service-$2.log" >&2; exit 1; }
    sleep 0.1
  done
}
start "$before_jar" 18201
start "$after_jar" 18202
until [ "$(psql_db "$db" -c 'select count(*) from revenue_change')" -lt 1000 ]; do sleep 2; done
token=$(login_token 18202)
read -r min_id max_id < <(psql_db "$db" -F ' ' -c 'select min(id), max(id) from customer')
read -r min_bill_id max_bill_id < <(psql_db "$db" -F ' ' -c 'select min(id), max(id) from bill')
month=$(date -u +%Y-%m-01)

scenarios=(
  "users/me|/api/users/me/|"
  "Customer detail|/api/customers/|record-detail.lua"
  "Bill detail|/api/bills/|record-detail.lua"
  "Customer list|/api/customers/?page=1&page_size=25&ordering=-created_at|"
  "Bill list|/api/bills/?status=Active&billing_date_after=$month&page=1&page_size=25&ordering=-total_bill|"
  "Customer-wise|/api/dashboard/customer-wise-revenue/?page=1&page_size=25|"
  "KPIs|/api/dashboard/kpis/|"
  "Activity log|/api/activity-logs/?page=1&page_size=25|"
  "Activity log of payments|/api/activity-logs/?action=create_payment&page=1&page_size=25|"
)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# requests per second, errors, and the service's CPU per request in microseconds (from /proc)
rate() { # seconds port path script
  local pid=${pids[$(($2 - 18201))]} before result requests
  cat ${4:+"bench/wrk/$4"} bench/wrk/report.lua >"$work/script.lua"
  before=$(cpu_ticks "$pid")
  result=$(BENCH_MIN_ID=$min_id BENCH_MAX_ID=$max_id BENCH_MIN_BILL_ID=$min_bill_id BENCH_MAX_BILL_ID=$max_bill_id \
    wrk -t 2 -c "$connections" -d "$1s" --timeout 10s \
    -s "$work/script.lua" -H "Authorization: Bearer $token" "http://localhost:$2$3" | grep '^RESULT')
  requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$result")
  echo "$(sed -n 's/.*rps=\([0-9.]*\).*errors=\([0-9]*\).*/\1 \2/p' <<<"$result")" \
    "$(awk -v t=$(($(cpu_ticks "$pid") - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { printf "%.0f", t / hz * 1e6 / n }')"
}

selected=()
for entry in "${scenarios[@]}"; do
  IFS='|' read -r name _ <<<"$entry"
  [[ "$name" =~ ${ONLY:-.} ]] && selected+=("$entry")
done
echo "warming up both services, $warmup s per scenario each..." >&2
for port in 18201 18202; do
  for entry in "${selected[@]}"; do
    IFS='|' read -r _ path script <<<"$entry"
    rate "$warmup" "$port" "$path" "$script" >/dev/null
  done
done

echo "$(date -u +%F) $(git rev-parse --short HEAD): $customers customers, $connections connections, $rounds rounds of $run s"
echo "before: $before_jar; after: $after_jar"
: >"$work/ratios"
for round in $(seq 1 "$rounds"); do
  for entry in "${selected[@]}"; do
    IFS='|' read -r name path script <<<"$entry"
    if [ $((round % 2)) = 1 ]; then
      read -r b b_errors b_cpu < <(rate "$run" 18201 "$path" "$script")
      read -r a a_errors a_cpu < <(rate "$run" 18202 "$path" "$script")
    else
      read -r a a_errors a_cpu < <(rate "$run" 18202 "$path" "$script")
      read -r b b_errors b_cpu < <(rate "$run" 18201 "$path" "$script")
    fi
    ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }')
    cpu_ratio=$(awk -v a="$a_cpu" -v b="$b_cpu" 'BEGIN { printf "%.3f", a / b }')
    echo "$name|$ratio" >>"$work/ratios"
    echo "$name cpu|$cpu_ratio" >>"$work/ratios"
    echo "round $round, $name: before $b req/s ($b_errors errors, $b_cpu µs of the service's CPU each)," \
      "after $a req/s ($a_errors errors, $a_cpu µs), ratio $ratio (CPU per request $cpu_ratio)"
  done
done
for entry in "${selected[@]}"; do
  IFS='|' read -r name _ <<<"$entry"
  for measure in "$name" "$name cpu"; do
    awk -F'|' -v m="$measure" '$1 == m { print $2 }' "$work/ratios" | sort -n \
      | awk -v name="$measure" '{ r[NR] = $1 } END { m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2;
          printf "%s: median ratio %.3f over %d pairs (%.3f to %.3f)\n", name, m, NR, r[1], r[NR] }'
  done
done
