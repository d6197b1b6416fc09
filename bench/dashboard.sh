#!/usr/bin/env bash
# Latency of the six dashboard endpoints against a running service whose database holds the benchmark
# data set (bench/dashboard-data.sql): for each endpoint, as an admin (all 20,000 customers) and as a
# sales_person (about 200 customers), first one client in a loop (curl, median and p99 of N calls
# after a warm-up), then 32 concurrent clients (wrk, 2 threads, 20 s; its median and p99).
# Usage: BASE=http://localhost:18080 ADMIN_EMAIL=... ADMIN_PASSWORD=... KAM_EMAIL=... KAM_PASSWORD=... \
#        bench/dashboard.sh [calls per endpoint, default 200]
set -euo pipefail
base=${BASE:-http://localhost:18080}
calls=${1:-200}
endpoints=(kpis/ weekly-revenue/ monthly-revenue/ yearly-revenue/ "customer-wise-revenue/?page_size=25"
  customer-wise-revenue/ kam-performance/)

token() {
  curl -fs -X POST "$base/api/auth/login/" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["access"])'
}

single() { # token path -> "median p99" in ms
  local token=$1 path=$2 i
  for i in $(seq 1 20); do curl -fs -o /dev/null -H "Authorization: Bearer $token" "$base/api/dashboard/$path"; done
  for i in $(seq 1 "$calls"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base/api/dashboard/$path"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.1f %.1f\n", t[int((NR + 1) / 2)], t[int(NR * 0.99 + 0.5)] }'
}

concurrent() { # token path -> "median p99 requests/s" under 32 clients
  local token=$1 path=$2
  wrk -t2 -c32 -d20s --latency -H "Authorization: Bearer $token" "$base/api/dashboard/$path" | awk '
    / 50%/ { p50 = $2 } / 99%/ { p99 = $2 } /Requests\/sec/ { rps = $2 }
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END { printf "%.1f %.1f %.0f\n", ms(p50), ms(p99), rps }'
}

admin=$(token "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
kam=$(token "$KAM_EMAIL" "$KAM_PASSWORD")
printf '| Endpoint | Caller | 1 client median ms | 1 client p99 ms | 32 clients median ms | 32 clients p99 ms | 32 clients req/s |\n'
printf '|---|---|---|---|---|---|---|\n'
for path in "${endpoints[@]}"; do
  for who in admin sales_person; do
    if [ "$who" = admin ]; then t=$admin; else t=$kam; fi
    read -r m p < <(single "$t" "$path")
    read -r cm cp rps < <(concurrent "$t" "$path")
    printf '| `%s` | %s | %s | %s | %s | %s | %s |\n' "$path" "$who" "$m" "$p" "$cm" "$cp" "$rps"
  done
done
