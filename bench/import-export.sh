#!/usr/bin/env bash
# Import and export benchmark against PostgreSQL's own COPY, in one run on one machine.
#
#   bench/import-export.sh            # 100,000 bill rows (2,000 customers) in, 1,000,000 bill rows out
#   ROWS=20000 EXPORT_ROWS=200000 bench/import-export.sh
#
# Needs: the machine's PostgreSQL 15 (started here with pg_ctlcluster when down; databases
# kamdesk_bench and kamdesk_copy are dropped and created), python3, curl, the JDK 25 and the jar
# (built when missing). The service and the command line run with -Xmx256m; their heap peak is
# sampled with jstat every 100 ms. Prints a markdown table for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-100000}
customers=${CUSTOMERS:-2000}
export_rows=${EXPORT_ROWS:-1000000}
port=${PORT:-18100}
. bench/common.sh
psql_bench() { psql_db "${DB:-kamdesk_bench}" "$@"; }

# --- set-up
ensure_postgres
for db in kamdesk_bench kamdesk_copy; do
  recreate_db "$db"
done
ensure_jar
echo "generating $rows bill rows for $customers customers..." >&2
python3 bench/import_data.py "$rows" "$customers" "$work"

service_env kamdesk_bench

# heap sampling: jstat prints the used heap every 100 ms until stopped; stop_heap_sampler answers the peak in MiB
start_heap_sampler() { "$jdk/jstat" -gc "$1" 100 >"$work/gc.txt" 2>/dev/null & sampler=$!; }
stop_heap_sampler() {
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  awk 'NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i; next }
    $1 ~ /^[0-9.]+$/ { used = 0; for (i = 1; i <= NF; i++) if (h[i] ~ /^(S0U|S1U|EU|OU)$/) used += $i
      if (used > max) max = used }
    END { printf "%d", max / 1024 }' "$work/gc.txt"
}

start_service() {
  "$jdk/java" -Xmx256m -jar "$jar" --server.port="$port" >"$work/service.log" 2>&1 &
  service_pid=$!
  wait_ready "$port"
  token=$(login_token "$port")
}

empty_tables() { psql_bench -c 'truncate bill, customer cascade' 2>/dev/null; }

results=()
record() { results+=("| $1 | $2 | $3 | $4 | $5 |"); }

# --- PostgreSQL's own COPY of the same rows (schema copied from the service's database)
start_service
as_postgres "pg_dump -s kamdesk_bench | psql -q kamdesk_copy" >/dev/null
copy_in() {
  DB=kamdesk_copy psql_bench -c 'truncate bill, customer cascade' 2>/dev/null
  local t0 t1
  t0=$(now_ms)
  # one transaction: the ledger's check at commit finds every received amount's payment
  DB=kamdesk_copy psql_bench -1 \
    -c "\\copy customer (id, customer_number, name, company_name, email, phone, address, status, joined_on, created_at, updated_at) from '$work/customer.copy.csv' csv" \
    -c "\\copy bill (id, bill_number, customer_id, nttn_cap, nttn_com, active_date, billing_date, termination_date, iig_qt, iig_qt_price, fna, fna_price, ggc, ggc_price, cdn, cdn_price, bdix, bdix_price, baishan, baishan_price, discount, total_received, total_bill, total_due, status, remarks, created_at, updated_at) from '$work/bill.copy.csv' csv" \
    -c "\\copy payment (bill_id, amount, paid_on, method, recorded_at) from '$work/payment.copy.csv' csv" >/dev/null
  t1=$(now_ms)
  echo $((t1 - t0))
}
copy_ms=$(copy_in)
copy_rate=$((rows * 1000 / copy_ms))
record "psql \\copy of the same rows (customers + bills + their payments)" "$rows" "$copy_ms" "$copy_rate" "100 %"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", 100 * a / b }'; }

# --- imports over HTTP
http_import() {
  local file=$1 label=$2 t0 t1 body
  empty_tables
  start_heap_sampler "$service_pid"
  t0=$(now_ms)
  body=$(curl -fs -H "Authorization: Bearer $token" -F "file=@$file" "localhost:$port/api/bills/import/")
  t1=$(now_ms)
  local heap
  heap=$(stop_heap_sampler)
  echo "$body" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["success"] and r["bills_created"] == '"$rows"', r' >&2
  local ms=$((t1 - t0)) rate
  rate=$((rows * 1000 / ms))
  record "$label (heap peak $heap MiB of 256)" "$rows" "$ms" "$rate" "$(ratio "$rate" "$copy_rate")"
}
http_import "$work/bills.csv" "HTTP import, CSV"
http_import "$work/bills.xlsx" "HTTP import, XLSX"

# the same XLSX again: every row unchanged, nothing written
t0=$(now_ms)
curl -fs -H "Authorization: Bearer $token" -F "file=@$work/bills.xlsx" "localhost:$port/api/bills/import/" >/dev/null
t1=$(now_ms)
record "HTTP re-import of the same XLSX (all rows unchanged)" "$rows" "$((t1 - t0))" "$((rows * 1000 / (t1 - t0)))" "-"

# --- export: the table filled up to EXPORT_ROWS bills by SQL, then COPY TO against our downloads
psql_bench -c "insert into bill (bill_number, customer_id, nttn_cap, nttn_com, billing_date, iig_qt, iig_qt_price,
    total_bill, total_due, status, remarks, created_at, updated_at)
  select 'KTL-BL-GEN-' || g, c.ids[1 + g % array_length(c.ids, 1)], '100 Mbps', 'Summit',
    date '2021-01-01' + (g % 1800)::int, g % 400, 12.50, round((g % 400) * 12.50, 2), round((g % 400) * 12.50, 2),
    'Active', 'generated', now(), now()
  from generate_series(1, $export_rows - (select count(*) from bill)) g,
    (select array_agg(id) ids from customer) c" >/dev/null
psql_bench -c 'vacuum analyze bill' >/dev/null
# The export's own rows: the CSV's columns, its join and its default order (newest first)
export_rows_sql="select b.bill_number, c.email, c.name, c.phone, b.nttn_cap, b.nttn_com, b.active_date, b.billing_date,
    b.termination_date, b.iig_qt, b.iig_qt_price, b.fna, b.fna_price, b.ggc, b.ggc_price, b.cdn, b.cdn_price, b.bdix,
    b.bdix_price, b.baishan, b.baishan_price, b.discount, b.total_received, b.total_bill, b.total_due, b.status,
    b.remarks
  from bill b join customer c on c.id = b.customer_id left join app_user k on k.id = c.kam_id
  order by b.created_at desc, b.id desc"
copy_out() {
  local t0 t1
  t0=$(now_ms)
  psql_bench -c "\\copy ($(echo "$1" | tr "\n" " ")) to '/dev/null' csv header" >/dev/null
  t1=$(now_ms)
  echo $((t1 - t0))
}
bare_ms=$(copy_out "select * from bill order by id")
record "psql \\copy (select * from bill order by id) to csv (the table alone, for reference)" "$export_rows" \
  "$bare_ms" "$((export_rows * 1000 / bare_ms))" "-"
copy_out_ms=$(copy_out "$export_rows_sql")
copy_out_rate=$((export_rows * 1000 / copy_out_ms))
record "psql \\copy of the export's rows (its columns, join and order) to csv" "$export_rows" "$copy_out_ms" \
  "$copy_out_rate" "100 %"

http_export() {
  local format=$1 label=$2 timing heap
  start_heap_sampler "$service_pid"
  timing=$(curl -fs -o "$work/export.$format" -w '%{time_starttransfer} %{time_total}' \
    -H "Authorization: Bearer $token" "localhost:$port/api/bills/export/?format=$format")
  heap=$(stop_heap_sampler)
  local first total ms rate
  first=$(echo "$timing" | awk '{ printf "%d", $1 * 1000 }')
  total=$(echo "$timing" | awk '{ printf "%d", $2 * 1000 }')
  rate=$((export_rows * 1000 / total))
  record "$label (first byte after $first ms; heap peak $heap MiB; $(($(stat -c %s "$work/export.$format") / 1048576)) MiB)" \
    "$export_rows" "$total" "$rate" "$(ratio "$rate" "$copy_out_rate")"
}
http_export csv "HTTP export, CSV"
http_export xlsx "HTTP export, XLSX"
kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; service_pid=

# --- the command line (each run includes starting the JVM and the application context)
cli_import() {
  local file=$1 label=$2 out
  empty_tables
  out=$("$jdk/java" -Xmx256m -jar "$jar" import bills "$file" --as "$admin" 2>/dev/null | tail -n 9)
  echo "$out" | grep -q 'bills created:      '"$rows" || { echo "$out" >&2; exit 1; }
  local seconds rate
  seconds=$(echo "$out" | awk '/time:/ { print $2 }')
  rate=$(awk -v s="$seconds" -v r="$rows" 'BEGIN { printf "%d", r / s }')
  record "$label (import alone, as the command reports it)" "$rows" "$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')" \
    "$rate" "$(ratio "$rate" "$copy_rate")"
}
cli_import "$work/bills.csv" "Command line, CSV"
cli_import "$work/bills.xlsx" "Command line, XLSX"

echo
echo "Import and export, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo
echo "| What | Rows | Time (ms) | Rows/s | Of PostgreSQL's COPY |"
echo "|---|---:|---:|---:|---:|"
printf '%s\n' "${results[@]}"
