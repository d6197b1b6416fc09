#!/usr/bin/env bash
# What versions and idempotency keys cost per request: one client, keep-alive, sequential requests
# against the service jar on the machine's PostgreSQL 15 (database kamdesk_conditional, a few
# customers and bills): GET of one bill without and with If-None-Match (304), PATCH with and without
# If-Match, POST of a customer without and with a fresh Idempotency-Key. Requests per second.
# Then POSTs under load (wrk, 16 connections), of a customer and of a bill: ROUNDS pairs of 5 s runs
# without and with a key, alternating, after a warm-up; the medians and the median of the pairs' ratios.
#
#   bench/conditional.sh               # N=2000 requests per line; ROUNDS=10 pairs of RUN=5 s runs
#   JAR=/path/to/other.jar bench/conditional.sh   # the same against another build (no headers known)
set -euo pipefail
cd "$(dirname "$0")/.."

n=${N:-2000}
port=${PORT:-18105}
db=kamdesk_conditional
. bench/common.sh
jar=${JAR:-$jar}

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
ensure_postgres
[ -n "${JAR:-}" ] || ensure_jar
recreate_db "$db"
service_env "$db"
"$jdk/java" -jar "$jar" --server.port="$port" >"$work/service.log" 2>&1 &
service_pid=$!
wait_ready "$port"
token=$(login_token "$port")

python3 - "$port" "$token" "$n" "$work/customer" <<'PY'
import http.client, json, sys, time, uuid
port, token, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = http.client.HTTPConnection("localhost", port)
def call(method, path, body=None, headers=None):
    h = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    h.update(headers or {})
    conn.request(method, path, json.dumps(body) if body is not None else None, h)
    r = conn.getresponse(); data = r.read()
    return r.status, r.getheader("ETag"), data
s, _, d = call("POST", "/api/customers/", {"name": "Bench", "email": "bench@cond.test", "phone": "01711000047"})
customer = json.loads(d)["id"]
open(sys.argv[4], "w").write(str(customer))
s, _, d = call("POST", "/api/bills/", {"customer": customer, "billing_date": "2026-02-01", "iig_qt": "10",
                                        "iig_qt_price": "100"})
bill = "/api/bills/%d/" % json.loads(d)["id"]
def rate(label, make):
    for _ in range(n // 2):
        make()
    t0 = time.perf_counter()
    statuses = set()
    for i in range(n):
        statuses.add(make())
    seconds = time.perf_counter() - t0
    print("| %s | %.0f | %s |" % (label, n / seconds, ",".join(str(x) for x in sorted(statuses))))
print("| Request | requests/s | statuses |")
print("|---|---:|---|")
rate("GET bill", lambda: call("GET", bill)[0])
etag = call("GET", bill)[1]
if etag:
    rate("GET bill, If-None-Match (304)", lambda: call("GET", bill, headers={"If-None-Match": etag})[0])
rate("PATCH bill", lambda: call("PATCH", bill, {"remarks": "x"})[0])
def patch_if_match():
    tag = call("GET", bill)[1]
    return call("PATCH", bill, {"remarks": "y"}, {"If-Match": tag})[0]
if etag:
    rate("GET + PATCH with If-Match", patch_if_match)
count = [0]
def post(key):
    count[0] += 1
    body = {"name": "B%d" % count[0], "email": "b%d.%s@cond.test" % (count[0], key and "k" or "n"),
            "phone": "01711000048"}
    return call("POST", "/api/customers/", body, {"Idempotency-Key": str(uuid.uuid4())} if key else {})[0]
rate("POST customer", lambda: post(False))
rate("POST customer, Idempotency-Key", lambda: post(True))
PY

export AUTH="Bearer $token" CUSTOMER
CUSTOMER=$(cat "$work/customer")
for target in customer bill; do
  for round in 1 2 3; do for keyed in 0 1; do
    TARGET=$target KEYED=$keyed wrk -t2 -c16 -d8s -s bench/wrk/post.lua "http://localhost:$port/" >/dev/null
  done; done
  for round in $(seq 1 "${ROUNDS:-10}"); do for keyed in 0 1; do
    echo "$keyed $(TARGET=$target KEYED=$keyed wrk -t2 -c16 -d"${RUN:-5}"s -s bench/wrk/post.lua "http://localhost:$port/" \
      | awk '/Requests\/sec/ {print $2}')"
  done; done >"$work/rounds"
  python3 - "$work/rounds" "$target" <<'PY'
import statistics, sys
runs = {"0": [], "1": []}
for line in open(sys.argv[1]):
    keyed, rate = line.split()
    runs[keyed].append(float(rate))
plain, keyed = statistics.median(runs["0"]), statistics.median(runs["1"])
pairs = statistics.median(k / p for p, k in zip(runs["0"], runs["1"]))
print("POST %s at 16 connections: without a key median %.0f req/s, with a key %.0f (%+.1f %%); "
      "median ratio of the pairs %.3f" % (sys.argv[2], plain, keyed, (keyed / plain - 1) * 100, pairs))
print("  pairs (without, with): " + ", ".join("%.0f/%.0f" % pair for pair in zip(runs["0"], runs["1"])))
PY
done
