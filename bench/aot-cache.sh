#!/usr/bin/env bash
# Builds the fast-starting layout of the service: the jar extracted (Spring Boot's jarmode tools) and
# a JDK 25 ahead-of-time cache (JEP 483/514) recorded by a training start that stops as soon as the
# application context is ready (-Dspring.context.exit=onRefresh). The training start runs on a
# throw-away embedded PostgreSQL in a temporary home, so no real database is touched.
#
#   bench/aot-cache.sh [JAR] [OUT]        # defaults: bootstrap/target/kamdesk.jar, bootstrap/target/aot
#   java -XX:AOTCache=OUT/kamdesk.aot -jar OUT/kamdesk.jar      # then start as usual
#
# The cache belongs to this JDK build and this jar: build it again after either changes (the JVM
# warns and starts without it when they no longer match).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-bootstrap/target/kamdesk.jar}
out=${2:-bootstrap/target/aot}
java_bin=$(ls -d /usr/lib/jvm/*25*/bin/java | head -n 1)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

rm -rf "$out"
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
env -u SPRING_DATASOURCE_URL "$java_bin" -XX:AOTCacheOutput="$out/kamdesk.aot" -Dspring.context.exit=onRefresh \
  -Duser.home="$home" -jar "$out/kamdesk.jar" --server.port=0 >"$home/training.log" 2>&1 \
  || { tail -n 20 "$home/training.log" >&2; exit 1; }
echo "start with: java -XX:AOTCache=$out/kamdesk.aot -jar $out/kamdesk.jar" >&2
