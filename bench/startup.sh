#!/usr/bin/env bash
# Measures the service's start-to-ready time: from launching the jar until /actuator/health/readiness
# answers 200, on the embedded PostgreSQL: a first start (creates the database cluster),
# a restart on the same data, a restart of the extracted jar the build leaves beside it
# (bootstrap/target/kamdesk/kamdesk.jar); then, when bench/aot-cache.sh has built the extracted jar
# with its AOT cache (bootstrap/target/aot), a restart with it. Prints the times, the jar size and the
# resident memory when ready.
# Usage: bench/startup.sh [path/to/kamdesk.jar]   (build it first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-bootstrap/target/kamdesk.jar}
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! "$java_bin" -version 2>&1 | grep -q '"25'; then
  java_bin=$(ls -d /usr/lib/jvm/*25*/bin/java | head -n 1)
fi
home=$(mktemp -d)
port=${PORT:-18099}
trap 'rm -rf "$home"' EXIT

measure() {
  local label=$1 start end pid
  shift
  start=$(date +%s%N)
  "$java_bin" "$@" -Duser.home="$home" -jar "${run_jar:-$jar}" --server.port="$port" \
    --kamdesk.security.jwt.secret=startup-benchmark-secret-0123456789abcdef >"$home/$label.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the service died; see $home/$label.log" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  local rss
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  printf '%-10s start-to-ready %6d ms   RSS when ready %4d MiB\n' "$label" $(((end - start) / 1000000)) $((rss / 1024))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

printf 'jar %s: %d MiB\n' "$jar" $(($(stat -c %s "$jar") / 1024 / 1024))
measure first-start
measure restart
extracted=$(dirname "$jar")/$(basename "$jar" .jar)/$(basename "$jar")  # what ./mvnw package extracts beside it
if [ -f "$extracted" ]; then
  run_jar=$extracted measure extracted
  run_jar=
fi
if [ -f bootstrap/target/aot/kamdesk.aot ]; then
  run_jar=bootstrap/target/aot/kamdesk.jar measure aot-cache -XX:AOTCache=bootstrap/target/aot/kamdesk.aot
fi
