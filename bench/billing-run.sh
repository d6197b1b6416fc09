#!/usr/bin/env bash
# The monthly billing run on the dashboard benchmark data (bench/dashboard-data.sql: 20,000 customers,
# 1,000,000 bills to 2026-12) in the machine's PostgreSQL 15, as the admin: a dry run of 2027-01, the
# run itself (every Active customer's December bills copied, with their draft invoices), the same
# month again (creating nothing), and one invoice's PDF. Wall time of each request, from curl.
#
#   bench/billing-run.sh            # loads the data set into kamdesk_billing_run first
#   KEEP=1 bench/billing-run.sh     # reuses kamdesk_billing_run and runs a month not billed yet
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-18104}
db=kamdesk_billing_run
. bench/common.sh

ensure_postgres
ensure_jar
if [ -z "${KEEP:-}" ] || [ "$(psql_db "$db" -c 'select count(*) from customer' 2>/dev/null || echo 0)" = 0 ]; then
  recreate_db "$db"
  fresh=1
fi
service_env "$db"
"$jdk/java" -jar "$jar" --server.port="$port" >"$work/service.log" 2>&1 &
service_pid=$!
wait_ready "$port"
if [ -n "${fresh:-}" ]; then
  echo "loading 1,000,000 bills and their payments..." >&2
  psql_db "$db" -f bench/dashboard-data.sql >/dev/null
fi
token=$(login_token "$port")
month=$(psql_db "$db" -c "select to_char(max(billing_date) + interval '1 month', 'YYYY-MM') from bill")
active=$(psql_db "$db" -c "select count(*) from customer where status = 'Active'")

call() { # method path body -> "seconds body"
  curl -s -o "$work/answer.json" -w '%{time_total}' -X "$1" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' ${3:+-d "$3"} "localhost:$port$2"
}
field() { python3 -c "import json,sys; print(json.load(open('$work/answer.json')).get('$1'))"; }

echo
echo "Billing run of $month, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores,"
echo "$(psql_db "$db" -c 'select count(*) from bill') bills, $active Active customers of $(psql_db "$db" -c 'select count(*) from customer')"
echo
echo "| Request | seconds | bills_created | existing | skipped | invoices_created |"
echo "|---|---:|---:|---:|---:|---:|"
for step in "dry run|{\"month\": \"$month\", \"dry_run\": true}" \
    "run with invoices|{\"month\": \"$month\", \"create_invoices\": true}" \
    "the same month again|{\"month\": \"$month\", \"create_invoices\": true}"; do
  seconds=$(call POST /api/billing-runs/ "${step#*|}")
  skipped=$(python3 -c "import json; print(len(json.load(open('$work/answer.json'))['skipped']))")
  printf '| %s | %s | %s | %s | %s | %s |\n' "${step%%|*}" "$seconds" "$(field bills_created)" \
    "$(field existing)" "$skipped" "$(field invoices_created)"
done
invoice=$(psql_db "$db" -c "select max(id) from invoice")
seconds=$(call GET "/api/invoices/$invoice/?format=pdf")
echo
echo "One invoice's PDF: $seconds s, $(stat -c %s "$work/answer.json") bytes."
