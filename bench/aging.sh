#!/usr/bin/env bash
# Latency of the collections reads on the dashboard benchmark data (bench/dashboard-data.sql: 20,000
# customers, 1,000,000 bills and their payments) in the machine's PostgreSQL 15: the receivables aging
# summary (of all customers, and of the KAM with most customers), a page of its customers, a customer
# statement and the monthly collections, as the admin (every customer), one client, after a warm-up;
# median and p99 of CALLS calls.
#
#   bench/aging.sh            # CALLS=50
#   KEEP=1 bench/aging.sh     # reuse kamdesk_aging if it already holds the data
set -euo pipefail
cd "$(dirname "$0")/.."

calls=${CALLS:-50}
port=${PORT:-18103}
db=kamdesk_aging
. bench/common.sh

ensure_postgres
ensure_jar
fresh=1
if [ -n "${KEEP:-}" ] && [ "$(psql_db "$db" -c 'select count(*) from bill' 2>/dev/null || echo 0)" = 1000000 ]; then
  fresh=
else
  recreate_db "$db"
fi
service_env "$db"
"$jdk/java" -jar "$jar" --server.port="$port" >"$work/service.log" 2>&1 &
service_pid=$!
wait_ready "$port"
if [ -n "$fresh" ]; then
  echo "loading 1,000,000 bills and their payments..." >&2
  t0=$(now_ms)
  psql_db "$db" -f bench/dashboard-data.sql >/dev/null
  echo "loaded in $(( ($(now_ms) - t0) / 1000 )) s" >&2
fi
token=$(login_token "$port")
customer=$(psql_db "$db" -c "select customer_id from bill group by customer_id order by count(*) desc limit 1")
kam=$(psql_db "$db" -c "select kam_id from customer where kam_id is not null group by kam_id order by count(*) desc limit 1")

timed() { # path -> "median p99" in ms
  local path=$1 i
  for i in $(seq 1 10); do curl -fs -o /dev/null -H "Authorization: Bearer $token" "localhost:$port$path"; done
  for i in $(seq 1 "$calls"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "localhost:$port$path"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.1f %.1f\n", t[int((NR + 1) / 2)], t[int(NR * 0.99 + 0.5)] }'
}

echo
echo "Collections reads, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores, $(psql_db "$db" -c 'select count(*) from bill') bills, $(psql_db "$db" -c 'select count(*) from payment') payments"
echo
echo "| Endpoint | median ms | p99 ms |"
echo "|---|---:|---:|"
for path in /api/dashboard/receivables-aging/ "/api/dashboard/receivables-aging/?kam=$kam" \
    "/api/dashboard/receivables-aging/?as_of=2024-06-30" \
    "/api/dashboard/receivables-aging/customers/?page=1&page_size=25" \
    "/api/customers/$customer/statement/" /api/dashboard/monthly-collections/ /api/dashboard/kpis/; do
  read -r m p < <(timed "$path")
  shown=${path/$customer/{id\}}
  printf '| `%s` | %s | %s |\n' "${shown/kam=$kam/kam={id\}}" "$m" "$p"
done
