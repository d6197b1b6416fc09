#!/usr/bin/env bash
# The benchmark suite: one command, one machine, one run. For each data size (100,000 and 1,000,000
# bills by default) it fills a PostgreSQL database with the data generator, starts the service on it
# and measures, with wrk and authenticated requests, the throughput and latency of the main reads
# and of the dashboard at 64 connections, and each one's latency for a single client; measures
# PostgreSQL's own limit in the same run (pgbench select-only at the same concurrency); records
# start-to-ready and resident memory idle and under load; runs the import/export benchmark
# (bench/import-export.sh, against COPY) unless SKIP_IMPORT=1; prints a table of ratios, including
# how much slower each scenario is on the larger data (flat: within 1.5×), and writes it into
# docs/benchmarks.md between the "bench/run.sh" markers, with the machine, date and commit.
#
#   bench/run.sh                                  # 2,000 and 20,000 customers x 50 bills, 30 s per scenario
#   SHORT=1 bench/run.sh                          # the quick check, under 5 minutes: 200 and 2,000 customers,
#                                                 # 3 s per scenario (1 s for one client), one warm-up round of
#                                                 # 2 s, no import, nothing written
#   SIZES="20000" BILLS=50 DURATION=20 bench/run.sh   # one size only
#   Before anything is recorded, the scenarios run in rounds of WARMUP seconds each (10 by default)
#   until a round no longer keeps the JIT compiler busy (its compile time grew by less than a second,
#   at most WARMUP_ROUNDS rounds, 8 by default): on two cores the JIT needs minutes of load before a
#   request runs compiled code, and measuring earlier measures the compiler.
#
# Needs the machine's PostgreSQL 15 (started when down, shared_buffers raised to 2 GB: see
# bench/common.sh), wrk and pgbench (installed when missing, from Debian), python3, the JDK 25 and
# the jar (built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${SHORT:-0}" = 1 ]; then
  sizes=${SIZES:-200 2000}; duration=${DURATION:-3}; warmup=${WARMUP:-2}; warmup_rounds=${WARMUP_ROUNDS:-1}
  one_client=${ONE_CLIENT:-1}; SKIP_IMPORT=1
else
  sizes=${SIZES:-2000 20000}; duration=${DURATION:-30}; warmup=${WARMUP:-10}; warmup_rounds=${WARMUP_ROUNDS:-8}
  one_client=${ONE_CLIENT:-10}
fi
bills=${BILLS:-50}
users=${USERS:-50}
connections=${CONNECTIONS:-64}
port=${PORT:-18110}
db=kamdesk_perf
. bench/common.sh
psql_perf() { psql_db "$db" "$@"; }

# --- set-up
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
command -v pgbench >/dev/null || apt-get install -y postgresql-contrib >/dev/null
ensure_postgres
ensure_jar
bash bench/aot-cache.sh "$jar" "$work/aot" 2>/dev/null

# --- PostgreSQL's own limit: pgbench select-only at the same concurrency, in a database of its own
recreate_db kamdesk_pgbench
PGPASSWORD=kamdesk pgbench -q -i -s 10 -h localhost -U kamdesk kamdesk_pgbench >/dev/null 2>&1
pgbench_tps=$(PGPASSWORD=kamdesk pgbench -S -c "$connections" -j 2 -T "$duration" -h localhost -U kamdesk \
  kamdesk_pgbench 2>/dev/null | awk '/^tps/ { printf "%d", $3 }')

start_service() {
  local t0
  t0=$(now_ms)
  "$jdk/java" "$@" --server.port="$port" >"$work/service.log" 2>&1 &
  service_pid=$!
  wait_ready "$port"
  echo $(($(now_ms) - t0))
}
run_wrk() { # seconds connections path script
  cat ${4:+"bench/wrk/$4"} bench/wrk/report.lua >"$work/script.lua"
  BENCH_EMAIL=$admin BENCH_PASSWORD=$password BENCH_MIN_ID=$min_id BENCH_MAX_ID=$max_id \
    BENCH_MIN_BILL_ID=$min_bill_id BENCH_MAX_BILL_ID=$max_bill_id \
    wrk -t "$(($2 < 2 ? 1 : 2))" -c "$2" -d "$1s" --timeout 10s -s "$work/script.lua" \
    -H "Authorization: Bearer $token" "http://localhost:$port$3"
}
compile_seconds() { "$jdk/jstat" -compiler "$service_pid" | awk 'NR == 2 { print $4 }'; }

# --- one data size: generate, start (timed), warm up, measure every scenario; results in $work/<size>.results
measure_size() {
  local customers=$1
  recreate_db "$db"
  service_env "$db"
  echo "generating $customers customers x $bills bills, $users users..." >&2
  local t0
  t0=$(now_ms)
  "$jdk/java" -jar "$jar" generate-data --customers "$customers" --bills-per-customer "$bills" --users "$users" \
    --seed 42 >"$work/generate.log" 2>&1 || { cat "$work/generate.log" >&2; exit 1; }
  echo "generate_s=$((($(now_ms) - t0) / 1000))" >"$work/$customers.facts"
  psql_perf -c 'vacuum analyze' >/dev/null
  # start to ready: the single-file jar, the extracted jar the build leaves beside it (both plain java -jar;
  # the idle memory is the extracted one's, 5 s after ready), then the extracted jar with its AOT cache,
  # which serves the scenarios
  start_service -jar "$jar" >"$work/ready"  # not in a subshell: it sets service_pid
  echo "plain_ready_ms=$(cat "$work/ready")" >>"$work/$customers.facts"
  echo "plain_rss=$(rss_mib "$service_pid")" >>"$work/$customers.facts"
  kill "$service_pid"; wait "$service_pid" 2>/dev/null || true
  start_service -jar "$extracted_jar" >"$work/ready"
  echo "extracted_ready_ms=$(cat "$work/ready")" >>"$work/$customers.facts"
  sleep 5
  echo "idle_rss=$(rss_mib "$service_pid")" >>"$work/$customers.facts"
  kill "$service_pid"; wait "$service_pid" 2>/dev/null || true
  start_service -XX:AOTCache="$work/aot/kamdesk.aot" -jar "$work/aot/kamdesk.jar" >"$work/ready"
  echo "ready_ms=$(cat "$work/ready")" >>"$work/$customers.facts"
  # generated bills reach the dashboard's rollup as pending changes; measure the dashboards at rest,
  # once the service's compactor has folded them in (the generator leaves tens of thousands)
  t0=$(now_ms)
  until [ "$(psql_perf -c 'select count(*) from revenue_change')" -lt 1000 ] \
      || [ $(($(now_ms) - t0)) -gt 900000 ]; do
    sleep 2
  done
  echo "compacted_s=$((($(now_ms) - t0) / 1000))" >>"$work/$customers.facts"
  token=$(login_token "$port")
  read -r min_id max_id < <(psql_perf -F ' ' -c 'select min(id), max(id) from customer')
  read -r min_bill_id max_bill_id < <(psql_perf -F ' ' -c 'select min(id), max(id) from bill')
  local month
  month=$(date -u +%Y-%m-01)
  scenarios=(
    "GET /api/users/me/|/api/users/me/|"
    "Customer detail|/api/customers/|record-detail.lua"
    "Bill detail|/api/bills/|record-detail.lua"
    "Customer list, page of 25|/api/customers/?page=1&page_size=25&ordering=-created_at|"
    "Bill list, filtered page of 25|/api/bills/?status=Active&billing_date_after=$month&page=1&page_size=25&ordering=-total_bill|"
    "User list, page of 25|/api/users/?page=1&page_size=25|"
    "Payment list, page of 25|/api/payments/?page=1&page_size=25|"
    "Activity log, page of 25|/api/activity-logs/?page=1&page_size=25|"
    "Activity log of payments, page of 25|/api/activity-logs/?action=create_payment&page=1&page_size=25|"
  )
  local endpoint query
  for endpoint in kpis weekly-revenue monthly-revenue yearly-revenue customer-wise-revenue kam-performance; do
    query=""
    [ "$endpoint" = customer-wise-revenue ] && query="?page=1&page_size=25"
    scenarios+=("Dashboard $endpoint|/api/dashboard/$endpoint/$query|")
  done
  # last: the hashes of logins wrk gave up on keep the cores busy after the run, and would slow the next
  scenarios+=("Login (Argon2id)|/api/auth/login/|login.lua")
  # the warm-up: rounds over every scenario but the login until the JIT compiler has settled
  local rounds=0 before grown=0 entry name path script
  t0=$(now_ms)
  while [ "$rounds" -lt "$warmup_rounds" ]; do
    before=$(compile_seconds)
    for entry in "${scenarios[@]:0:${#scenarios[@]}-1}"; do
      IFS='|' read -r _ path script <<<"$entry"
      run_wrk "$warmup" "$connections" "$path" "$script" >/dev/null
    done
    rounds=$((rounds + 1))
    grown=$(awk -v a="$before" -v b="$(compile_seconds)" 'BEGIN { print b - a }')
    echo "warm-up round $rounds: the JIT compiled for $grown s" >&2
    awk -v g="$grown" 'BEGIN { exit !(g < 1) }' && break
  done
  { echo "warmup_rounds=$rounds"; echo "warmup_s=$((($(now_ms) - t0) / 1000))"; echo "grown=$grown"; } \
    >>"$work/$customers.facts"
  local peak_rss
  peak_rss=$(rss_mib "$service_pid")
  : >"$work/$customers.results"
  for entry in "${scenarios[@]}"; do
    IFS='|' read -r name path script <<<"$entry"
    (while sleep 1; do rss_mib "$service_pid"; done >"$work/rss") & local sampler=$!
    local loaded single rps p50_ms p99_ms errors single_p50
    loaded=$(run_wrk "$duration" "$connections" "$path" "$script" | grep '^RESULT' | sed 's/^RESULT //')
    kill "$sampler" 2>/dev/null || true
    local rss
    rss=$(sort -n "$work/rss" | tail -n 1)
    [ -n "$rss" ] && [ "$rss" -gt "$peak_rss" ] && peak_rss=$rss
    eval "$loaded"
    local load_rps=$rps load_p50=$p50_ms load_p99=$p99_ms load_errors=$((errors))
    single=$(run_wrk "$one_client" 1 "$path" "$script" | grep '^RESULT' | sed 's/^RESULT //')
    eval "$single"
    echo "$name|$load_rps|$load_p50|$load_p99|$load_errors|$p50_ms" >>"$work/$customers.results"
    echo "$customers customers, $name: $load_rps req/s, p50 $load_p50 ms, p99 $load_p99 ms, errors $load_errors;" \
      "one client p50 $p50_ms ms" >&2
  done
  echo "peak_rss=$peak_rss" >>"$work/$customers.facts"
  kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; service_pid=
}

for size in $sizes; do
  measure_size "$size"
done

# --- imports and exports against COPY
import_table=""
if [ "${SKIP_IMPORT:-0}" != 1 ]; then
  import_table=$(bash bench/import-export.sh | sed -n '/^| /p' | tail -n +2)
fi

# --- the report: the largest size against PostgreSQL's limit, and against the smallest size
read -r -a size_list <<<"$sizes"
small=${size_list[0]}
large=${size_list[${#size_list[@]}-1]}
. "$work/$large.facts"
commit=$(git rev-parse --short HEAD)
report="$work/report.md"
{
  echo "Run of $(date -u +%Y-%m-%d) at commit $commit on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(. /etc/os-release && echo "$PRETTY_NAME"), $("$jdk/java" -version 2>&1 | head -n 1), PostgreSQL $(psql_perf -c 'show server_version')"
  echo "(shared_buffers $(psql_perf -c 'show shared_buffers'), on the same host)."
  echo "Data: $small and $large customers × $bills bills ($users users; the larger generated in $generate_s s). wrk:"
  echo "$connections connections, 2 threads, $duration s per scenario, after a warm-up of $warmup_rounds rounds over the"
  echo "scenarios ($warmup_s s on the larger data, after $compacted_s s for the rollup's compaction; the JIT compiled"
  echo "for $grown s in the last); then one client"
  echo "for $one_client s. PostgreSQL's limit: \`pgbench -S -c $connections -j 2\` at scale 10: **$pgbench_tps tps**."
  echo
  echo "| Scenario | Requests/s, $large customers | p50 / p99 (ms) | Errors | Of pgbench's tps | Requests/s, $small customers | One client p50 (ms), $small / $large | Larger ÷ smaller |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  python3 - "$work/$small.results" "$work/$large.results" "$pgbench_tps" <<'PY'
import sys
small = {l.split("|")[0]: l.strip().split("|") for l in open(sys.argv[1])}
tps = float(sys.argv[3])
for line in open(sys.argv[2]):
    name, rps, p50, p99, errors, single = line.strip().split("|")
    s = small.get(name, [name, "0", "0", "0", "0", "0"])
    ratio = float(single) / float(s[5]) if float(s[5]) > 0 else 0
    print("| %s | %.0f | %s / %s | %s | %.0f %% | %.0f | %s / %s | %.2f |" % (
        name, float(rps), p50, p99, errors, 100 * float(rps) / tps, float(s[1]), s[5], single, ratio))
PY
  echo
  echo "Start to ready (external PostgreSQL, $large customers), each a plain \`java -jar\`: $plain_ready_ms ms"
  echo "the single-file jar (RSS $plain_rss MiB when ready), $extracted_ready_ms ms the extracted jar the build"
  echo "leaves beside it ($idle_rss MiB idle, 5 s after ready); $ready_ms ms the extracted jar with the AOT cache"
  echo "of bench/aot-cache.sh, which served the scenarios ($peak_rss MiB at the peak under load)."
  if [ -n "$import_table" ]; then
    echo
    echo "| Import / export | Rows | Time (ms) | Rows/s | Of PostgreSQL's COPY |"
    echo "|---|---:|---:|---:|---:|"
    echo "$import_table"
  fi
} >"$report"
cat "$report"
if [ "${SHORT:-0}" != 1 ]; then
  python3 bench/write_block.py "bench/run.sh" "$report" "## Latest run of bench/run.sh"
  echo "written to docs/benchmarks.md" >&2
fi
