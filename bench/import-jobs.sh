#!/usr/bin/env bash
# What running an import as a background job costs: the same file imported synchronously and as a
# job (async=true), alternately, RUNS times each, into emptied tables; and the time from the start
# of the upload to the 202.
#
#   bench/import-jobs.sh                 # 100,000 bill rows (2,000 customers), 3 runs of each
#   ROWS=20000 RUNS=5 bench/import-jobs.sh
#
# Needs what bench/import-export.sh needs (the machine's PostgreSQL 15, python3, curl, the jar).
# A job's time runs from the start of its upload to its finished_at (read from the job, polled once
# a second so that the polling itself does not compete with the import for the CPU): it includes
# storing the upload, queueing, counting the file's rows and every checkpoint.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-100000}
customers=${CUSTOMERS:-2000}
runs=${RUNS:-3}
port=${PORT:-18101}
. bench/common.sh
psql_bench() { psql_db kamdesk_bench "$@"; }

ensure_postgres
recreate_db kamdesk_bench
ensure_jar
echo "generating $rows bill rows for $customers customers..." >&2
python3 bench/import_data.py "$rows" "$customers" "$work"
service_env kamdesk_bench
"$jdk/java" -Xmx256m -jar "$jar" --server.port="$port" >"$work/service.log" 2>&1 &
service_pid=$!
wait_ready "$port"
token=$(login_token "$port")
auth=(-H "Authorization: Bearer $token")

empty_tables() { psql_bench -c 'truncate bill, customer cascade' 2>/dev/null; }

sync_run() {
  empty_tables
  local t0 t1 body
  t0=$(now_ms)
  body=$(curl -fs "${auth[@]}" -F "file=@$work/bills.csv" "localhost:$port/api/bills/import/")
  t1=$(now_ms)
  echo "$body" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["bills_created"] == '"$rows"', r' >&2
  echo $((t1 - t0))
}

# prints "<ms to finish> <ms to 202>"
async_run() {
  empty_tables
  local t0 t202 t1 location status job
  t0=$(now_ms)
  location=$(curl -fs -o /dev/null -w '%header{location}' "${auth[@]}" -F "file=@$work/bills.csv" \
    "localhost:$port/api/bills/import/?async=true")
  t202=$(now_ms)
  while :; do
    sleep 1
    job=$(curl -fs "${auth[@]}" "localhost:$port$location")
    status=$(echo "$job" | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], j["bills_created"])')
    case "$status" in
      queued*|running*) ;;
      "succeeded $rows") break ;;
      *) echo "job ended as: $status" >&2; exit 1 ;;
    esac
  done
  t1=$(echo "$job" | python3 -c '
import json, sys
from datetime import datetime
print(int(datetime.fromisoformat(json.load(sys.stdin)["finished_at"].replace("Z", "+00:00")).timestamp() * 1000))')
  # where a job's time goes: queued until a worker took it, then counting and importing
  curl -fs "${auth[@]}" "localhost:$port$location" | python3 -c '
import json, sys
from datetime import datetime
j = json.load(sys.stdin)
t = lambda k: datetime.fromisoformat(j[k].replace("Z", "+00:00"))
print("  job %s: queued %d ms, running %d ms" % (j["id"], (t("started_at") - t("created_at")).total_seconds() * 1000,
      (t("finished_at") - t("started_at")).total_seconds() * 1000), file=sys.stderr)'
  echo "$((t1 - t0)) $((t202 - t0))"
}

sync_ms=()
async_ms=()
accepted_ms=()
for ((i = 1; i <= runs; i++)); do
  sync_ms+=("$(sync_run)")
  read -r done accepted < <(async_run)
  async_ms+=("$done")
  accepted_ms+=("$accepted")
  echo "run $i: synchronous ${sync_ms[-1]} ms, job ${async_ms[-1]} ms (202 after ${accepted_ms[-1]} ms)" >&2
done

grep -o 'Import of bills: .*' "$work/service.log" | sed 's/^/  /' >&2

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
sync=$(median "${sync_ms[@]}")
async=$(median "${async_ms[@]}")
accepted=$(median "${accepted_ms[@]}")
size_mib=$(awk -v b="$(stat -c %s "$work/bills.csv")" 'BEGIN { printf "%.1f", b / 1048576 }')

echo
echo "Import jobs, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, median of $runs"
echo
echo "| What | Rows | Time (ms) | Rows/s | Against the synchronous import |"
echo "|---|---:|---:|---:|---:|"
echo "| Synchronous HTTP import, CSV ($size_mib MiB) | $rows | $sync | $((rows * 1000 / sync)) | 100 % |"
echo "| Background job, upload to succeeded | $rows | $async | $((rows * 1000 / async)) | $(awk -v a="$sync" -v b="$async" 'BEGIN { printf "%.0f %%", 100 * a / b }') |"
echo "| Upload to 202 Accepted | | $accepted | | |"
echo
echo "runs (ms): synchronous ${sync_ms[*]}; job ${async_ms[*]}; 202 ${accepted_ms[*]}"
