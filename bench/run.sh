#!/usr/bin/env bash
# The benchmark suite: one command, one machine, one run. It fills a PostgreSQL database with the
# data generator, starts the service on it and measures, with wrk and authenticated requests, the
# throughput and latency of the main reads and of the dashboard; measures PostgreSQL's own limit in
# the same run (pgbench select-only at the same concurrency); records start-to-ready and resident
# memory idle and under load; runs the import/export benchmark (bench/import-export.sh) unless
# SKIP_IMPORT=1; prints a table of ratios and writes it into docs/benchmarks.md between the
# "bench/run.sh" markers, with the machine, date and commit.
#
#   bench/run.sh                                  # 20,000 customers x 50 bills, 50 users, 30 s per scenario
#   DURATION=300 CONNECTIONS=64 bench/run.sh      # the issue's 5-minute soak at 64 connections
#   Before anything is recorded, the scenarios run in rounds of WARMUP seconds each (10 by default)
#   until a round no longer keeps the JIT compiler busy (its compile time grew by less than a second,
#   at most WARMUP_ROUNDS rounds, 8 by default): on two cores the JIT needs minutes of load before a
#   request runs compiled code, and measuring earlier measures the compiler.
#   CUSTOMERS=2000 BILLS=12 DURATION=10 SKIP_IMPORT=1 bench/run.sh   # a quick look
#
# Needs the machine's PostgreSQL 15 (started when down), wrk and pgbench (installed when missing,
# from Debian), python3, the JDK 25 and the jar (built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

customers=${CUSTOMERS:-20000}
bills=${BILLS:-50}
users=${USERS:-50}
duration=${DURATION:-30}
connections=${CONNECTIONS:-64}
port=${PORT:-18110}
db=kamdesk_perf
. bench/common.sh
psql_perf() { psql_db "$db" "$@"; }

# --- set-up
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
command -v pgbench >/dev/null || apt-get install -y postgresql-contrib >/dev/null
ensure_postgres
recreate_db "$db"
ensure_jar
service_env "$db"

echo "generating $customers customers x $bills bills, $users users..." >&2
t0=$(now_ms)
"$jdk/java" -jar "$jar" generate-data --customers "$customers" --bills-per-customer "$bills" --users "$users" \
  --seed 42 >"$work/generate.log" 2>&1 || { cat "$work/generate.log" >&2; exit 1; }
generate_ms=$(($(now_ms) - t0))
psql_perf -c 'vacuum analyze' >/dev/null

# --- start to ready: the plain jar, then the extracted jar with its AOT cache (bench/aot-cache.sh),
# which then serves the scenarios
start_service() {
  local t0
  t0=$(now_ms)
  "$jdk/java" "$@" --server.port="$port" >"$work/service.log" 2>&1 &
  service_pid=$!
  wait_ready "$port"
  echo $(($(now_ms) - t0))
}
start_service -jar "$jar" >"$work/ready" && plain_ready_ms=$(cat "$work/ready")
plain_rss=$(rss_mib "$service_pid")
kill "$service_pid"; wait "$service_pid" 2>/dev/null || true
bash bench/aot-cache.sh "$jar" "$work/aot" 2>/dev/null
start_service -XX:AOTCache="$work/aot/kamdesk.aot" -jar "$work/aot/kamdesk.jar" >"$work/ready"
ready_ms=$(cat "$work/ready")
sleep 5
idle_rss=$(rss_mib "$service_pid")
token=$(login_token "$port")
read -r min_id max_id < <(psql_perf -F ' ' -c 'select min(id), max(id) from customer')
month=$(date -u +%Y-%m-01)

# --- PostgreSQL's own limit: pgbench select-only at the same concurrency, in a database of its own
recreate_db kamdesk_pgbench
PGPASSWORD=kamdesk pgbench -q -i -s 10 -h localhost -U kamdesk kamdesk_pgbench >/dev/null 2>&1
pgbench_tps=$(PGPASSWORD=kamdesk pgbench -S -c "$connections" -j 2 -T "$duration" -h localhost -U kamdesk \
  kamdesk_pgbench 2>/dev/null | awk '/^tps/ { printf "%d", $3 }')

# --- the API under wrk
rows=()
peak_rss=$idle_rss
scenarios=(
  "GET /api/users/me/|/api/users/me/|"
  "Customer detail|/api/customers/|customer-detail.lua"
  "Customer list, page of 25|/api/customers/?page=1&page_size=25&ordering=-created_at|"
  "Bill list, filtered page of 25|/api/bills/?status=Active&billing_date_after=$month&page=1&page_size=25&ordering=-total_bill|"
)
for endpoint in kpis weekly-revenue monthly-revenue yearly-revenue customer-wise-revenue kam-performance; do
  query=""
  [ "$endpoint" = customer-wise-revenue ] && query="?page=1&page_size=25"
  scenarios+=("Dashboard $endpoint|/api/dashboard/$endpoint/$query|")
done
# last: the hashes of logins wrk gave up on keep the cores busy after the run, and would slow the next
scenarios+=("Login (Argon2id)|/api/auth/login/|login.lua")
run_wrk() { # seconds path script
  cat ${3:+"bench/wrk/$3"} bench/wrk/report.lua >"$work/script.lua"
  BENCH_EMAIL=$admin BENCH_PASSWORD=$password BENCH_MIN_ID=$min_id BENCH_MAX_ID=$max_id \
    wrk -t 2 -c "$connections" -d "$1s" --timeout 10s -s "$work/script.lua" \
    -H "Authorization: Bearer $token" "http://localhost:$port$2"
}
compile_seconds() { "$jdk/jstat" -compiler "$service_pid" | awk 'NR == 2 { print $4 }'; }
scenario() {
  local name=$1 path=$2 script=$3
  (while sleep 1; do rss_mib "$service_pid"; done >"$work/rss") & local sampler=$!
  local out
  out=$(run_wrk "$duration" "$path" "$script" | grep '^RESULT')
  kill "$sampler" 2>/dev/null || true
  local rss
  rss=$(sort -n "$work/rss" | tail -n 1)
  [ -n "$rss" ] && [ "$rss" -gt "$peak_rss" ] && peak_rss=$rss
  eval "$(echo "$out" | sed 's/^RESULT //')"
  local ratio
  ratio=$(awk -v a="$rps" -v b="$pgbench_tps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  rows+=("| $name | $(printf '%.0f' "$rps") | $p50_ms | $p99_ms | $((errors)) | $ratio |")
  echo "$name: $rps req/s, p50 $p50_ms ms, p99 $p99_ms ms, errors $errors" >&2
}
# the warm-up: rounds over every scenario but the login (Argon2id is compiled after a few calls)
# until the JIT compiler has settled
warmup_rounds=0
warmup_t0=$(now_ms)
while [ "$warmup_rounds" -lt "${WARMUP_ROUNDS:-8}" ]; do
  before=$(compile_seconds)
  for entry in "${scenarios[@]:0:${#scenarios[@]}-1}"; do
    IFS='|' read -r _ path script <<<"$entry"
    run_wrk "${WARMUP:-10}" "$path" "$script" >/dev/null
  done
  warmup_rounds=$((warmup_rounds + 1))
  grown=$(awk -v a="$before" -v b="$(compile_seconds)" 'BEGIN { print b - a }')
  echo "warm-up round $warmup_rounds: the JIT compiled for $grown s" >&2
  awk -v g="$grown" 'BEGIN { exit !(g < 1) }' && break
done
warmup_s=$((($(now_ms) - warmup_t0) / 1000))
for entry in "${scenarios[@]}"; do
  IFS='|' read -r name path script <<<"$entry"
  scenario "$name" "$path" "$script"
done
kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; service_pid=

# --- imports and exports against COPY
import_table=""
if [ "${SKIP_IMPORT:-0}" != 1 ]; then
  import_table=$(bash bench/import-export.sh | sed -n '/^| /p' | tail -n +2)
fi

# --- the report
commit=$(git rev-parse --short HEAD)
report="$work/report.md"
{
  echo "Run of $(date -u +%Y-%m-%d) at commit $commit on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(. /etc/os-release && echo "$PRETTY_NAME"), $("$jdk/java" -version 2>&1 | head -n 1), PostgreSQL $(psql_perf -c 'show server_version')"
  echo "(shared_buffers $(psql_perf -c 'show shared_buffers'), on the same host)."
  echo "Data: $customers customers × $bills bills ($users users), generated in $((generate_ms / 1000)) s. wrk: $connections"
  echo "connections, 2 threads, $duration s per scenario, after a warm-up of $warmup_rounds rounds over the scenarios ($warmup_s s; the"
  echo "JIT compiled for $grown s in the last). PostgreSQL's limit: \`pgbench -S -c $connections -j 2\` at scale 10:"
  echo "**$pgbench_tps tps**."
  echo
  echo "| Scenario | Requests/s | p50 (ms) | p99 (ms) | Errors | Of pgbench's tps |"
  echo "|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Start to ready (external PostgreSQL): $plain_ready_ms ms as a plain jar (RSS $plain_rss MiB when ready), $ready_ms ms"
  echo "with the AOT cache of bench/aot-cache.sh, which served the scenarios. Resident memory of that service: $idle_rss MiB"
  echo "idle (5 s after ready), $peak_rss MiB at the peak under load."
  if [ -n "$import_table" ]; then
    echo
    echo "| Import / export | Rows | Time (ms) | Rows/s | Of PostgreSQL's COPY |"
    echo "|---|---:|---:|---:|---:|"
    echo "$import_table"
  fi
} >"$report"
cat "$report"
python3 bench/write_block.py "bench/run.sh" "$report" "## Latest run of bench/run.sh"
echo "written to docs/benchmarks.md" >&2
