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
jar=bootstrap/target/kamdesk.jar
jdk=$(ls -d /usr/lib/jvm/*25* | head -n 1)/bin
work=$(mktemp -d)
admin=root@bench.example
password=Correct-Horse-Battery-9
service_pid=
trap '[ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null; rm -rf "$work"' EXIT

psql_perf() { PGPASSWORD=kamdesk psql -qAt -h localhost -U kamdesk -d "$db" "$@"; }
rss_mib() { echo $(($(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024)); }

psql_perf -c 'select 1 from bill limit 1' 2>/dev/null | grep -q 1 \
  || { echo "no benchmark data in $db: run bench/run.sh first" >&2; exit 1; }
[ -f "$jar" ] || ./mvnw -q -DskipTests package

SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$db SPRING_DATASOURCE_USERNAME=kamdesk \
  SPRING_DATASOURCE_PASSWORD=kamdesk KAMDESK_ADMIN_EMAIL=$admin KAMDESK_ADMIN_PASSWORD=$password \
  KAMDESK_SECURITY_ACCESS_TOKEN_LIFETIME=2h KAMDESK_SECURITY_JWT_SECRET=bench-run-secret-0123456789abcdef0123456789 \
  "$jdk/java" -jar "$jar" --server.port="$port" >"$work/service.log" 2>&1 &
service_pid=$!
until curl -fs "localhost:$port/actuator/health/readiness" >/dev/null; do
  kill -0 "$service_pid" 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
  sleep 0.2
done
token=$(curl -fs -X POST "localhost:$port/api/auth/login/" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$admin\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access"])')
read -r min_id max_id < <(psql_perf -F ' ' -c 'select min(id), max(id) from customer')
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
