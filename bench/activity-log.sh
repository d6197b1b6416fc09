#!/usr/bin/env bash
# What recording the activity log costs: the same writes with the log's triggers enabled and
# disabled (ALTER TABLE … DISABLE TRIGGER on the *_activity_* triggers only; the dashboard's rollup
# trigger stays), alternately.
#
#   bench/activity-log.sh              # 100,000 bill rows imported 3 times each way; PATCHes: 1,000 to warm up,
#                                      # then 4 rounds of WRITES/4 each way
#   ROWS=20000 RUNS=5 WRITES=2000 bench/activity-log.sh
#
# Needs what bench/import-export.sh needs (the machine's PostgreSQL 15, python3, curl, the jar).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-100000}
customers=${CUSTOMERS:-2000}
runs=${RUNS:-3}
writes=${WRITES:-1000}
port=${PORT:-18102}
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

recording() {
  psql_bench -c "do \$\$ declare t record; begin
    for t in select c.relname, g.tgname from pg_trigger g join pg_class c on c.oid = g.tgrelid
             where g.tgname like '%\_activity\_%' and c.relname <> 'activity_log' loop
      execute format('alter table %I $1 trigger %I', t.relname, t.tgname);
    end loop; end \$\$" >/dev/null
}

import_ms() {
  psql_bench -c 'truncate bill, customer cascade' 2>/dev/null
  local t0 t1
  t0=$(now_ms)
  curl -fs -H "Authorization: Bearer $token" -F "file=@$work/bills.csv" "localhost:$port/api/bills/import/" \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["bills_created"] == '"$rows"', r'
  t1=$(now_ms)
  echo $((t1 - t0))
}

# milliseconds of sequential PATCHes of one customer over one kept-alive connection, one per line
patch_ms() {
  python3 - "$port" "$token" "$1" <<'PY'
import http.client, json, statistics, sys, time
port, token, writes = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
c = http.client.HTTPConnection("localhost", port)
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
c.request("POST", "/api/customers/", json.dumps({"name": "Bench", "email": "bench%d@activity.bench" % time.time_ns(),
          "phone": "01711000001"}), headers)
cid = json.loads(c.getresponse().read())["id"]
times = []
for i in range(writes):
    t0 = time.perf_counter()
    c.request("PATCH", "/api/customers/%d/" % cid, json.dumps({"monthly_revenue": "%d.00" % (1000 + i)}), headers)
    r = c.getresponse(); r.read()
    assert r.status == 200, r.status
    times.append((time.perf_counter() - t0) * 1000)
print("\n".join("%.3f" % t for t in times))
PY
}
stats_of() { python3 -c 'import statistics,sys; t=[float(x) for x in open(sys.argv[1])]; print("%.2f %.2f" % (statistics.mean(t), statistics.median(t)))' "$1"; }

with=(); without=(); patch_with=(); patch_without=()
for ((i = 1; i <= runs; i++)); do
  recording enable;  with+=("$(import_ms)")
  recording disable; without+=("$(import_ms)")
  echo "run $i: import with the log ${with[-1]} ms, without ${without[-1]} ms" >&2
done
recording enable; patch_ms 1000 >/dev/null
: >"$work/with.txt"; : >"$work/without.txt"
for ((i = 1; i <= 4; i++)); do
  recording enable;  patch_ms $((writes / 4)) >>"$work/with.txt"
  recording disable; patch_ms $((writes / 4)) >>"$work/without.txt"
done
recording enable
patch_with=($(stats_of "$work/with.txt"))
patch_without=($(stats_of "$work/without.txt"))

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
w=$(median "${with[@]}"); wo=$(median "${without[@]}")
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.0f %%", 100 * (a - b) / b }'; }

echo
echo "Activity log cost, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo
echo "| What | Without the log | With the log | Cost |"
echo "|---|---:|---:|---:|"
echo "| Import of $rows bill rows (CSV, creates $customers customers), median of $runs, ms | $wo | $w | $(pct "$w" "$wo") |"
echo "| PATCH of one customer, mean of $writes each way (4 alternating rounds after 1,000 to warm up), ms | ${patch_without[0]} | ${patch_with[0]} | $(pct "${patch_with[0]}" "${patch_without[0]}") |"
echo "| PATCH of one customer, median, ms | ${patch_without[1]} | ${patch_with[1]} | $(pct "${patch_with[1]}" "${patch_without[1]}") |"
echo
echo "runs (ms): with ${with[*]}; without ${without[*]}"
echo "entries: $(psql_bench -c 'select count(*) from activity_log')"
