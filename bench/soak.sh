#!/usr/bin/env bash
# The soak: every read the suite measures, mixed (bench/wrk/mixed.lua), at 64 connections for five
# minutes against the database bench/run.sh filled, after a warm-up; counts errors and non-2xx
# answers and samples the service's resident memory every second. Writes its result into
# docs/benchmarks.md between the "bench/soak.sh" markers, with the machine, date and commit.
#
#   bench/run.sh && bench/soak.sh                 # DURATION=300 CONNECTIONS=64 WARMUP=120 by default
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-300}
connections=${CONNECTIONS:-64}
warmup=${WARMUP:-120}
port=${PORT:-18111}
db=kamdesk_perf
. bench/common.sh

ensure_postgres
psql_db "$db" -c 'select 1 from bill limit 1' 2>/dev/null | grep -q 1 \
  || { echo "no benchmark data in $db: run bench/run.sh first" >&2; exit 1; }
ensure_jar
service_env "$db"
"$jdk/java" -jar "$jar" --server.port="$port" >"$work/service.log" 2>&1 &
service_pid=$!
wait_ready "$port"
token=$(login_token "$port")
read -r min_id max_id < <(psql_db "$db" -F ' ' -c 'select min(id), max(id) from customer')
cat bench/wrk/mixed.lua bench/wrk/report.lua >"$work/script.lua"
mixed() {
  BENCH_MIN_ID=$min_id BENCH_MAX_ID=$max_id BENCH_MONTH=$(date -u +%Y-%m-01) \
    wrk -t 2 -c "$connections" -d "$1s" --timeout 10s -s "$work/script.lua" \
    -H "Authorization: Bearer $token" "http://localhost:$port/"
}

echo "warming up for $warmup s..." >&2
mixed "$warmup" >/dev/null
start_rss=$(rss_mib "$service_pid")
(while sleep 1; do rss_mib "$service_pid"; done >"$work/rss") & sampler=$!
echo "soaking for $duration s at $connections connections..." >&2
out=$(mixed "$duration" | grep '^RESULT')
kill "$sampler" 2>/dev/null || true
peak_rss=$(sort -n "$work/rss" | tail -n 1)
eval "$(echo "$out" | sed 's/^RESULT //')"

report="$work/report.md"
{
  echo "Soak of $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD) on $(nproc) cores, plain jar, the database of bench/run.sh:"
  echo "every read of the suite mixed (\`bench/wrk/mixed.lua\`: 60 % customer details, 30 % \`users/me\`, then list pages and"
  echo "17 % dashboard panels), $connections connections for $duration s after $warmup s of warm-up."
  echo
  echo "| Requests | Requests/s | p50 (ms) | p99 (ms) | Errors (socket, timeout) | Non-2xx | RSS at start → peak (MiB) |"
  echo "|---:|---:|---:|---:|---:|---:|---|"
  echo "| $requests | $(printf '%.0f' "$rps") | $p50_ms | $p99_ms | $((errors - non2xx)) | $non2xx | $start_rss → $peak_rss |"
} >"$report"
cat "$report"
python3 bench/write_block.py "bench/soak.sh" "$report" "### Soak"
echo "written to docs/benchmarks.md" >&2
