# Shared by bench/run.sh, bench/soak.sh and bench/import-export.sh (sourced, from the repository's
# root): the jar and JDK, the benchmark admin, a work directory removed on exit with the service
# stopped, and the machine's PostgreSQL.

jar=bootstrap/target/kamdesk.jar
extracted_jar=bootstrap/target/kamdesk/kamdesk.jar  # the same build extracted by ./mvnw package, beside its lib/
jdk=$(ls -d /usr/lib/jvm/*25* | head -n 1)/bin
work=$(mktemp -d)
admin=root@bench.example
password=Correct-Horse-Battery-9
service_pid=
trap '[ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null; rm -rf "$work"' EXIT

as_postgres() { su postgres -c "$*"; }
psql_db() { local db=$1; shift; PGPASSWORD=kamdesk psql -qAt -h localhost -U kamdesk -d "$db" "$@"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
rss_mib() { echo $(($(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024)); }

# The machine's PostgreSQL 15 running, with the superuser role the benchmarks connect as and
# shared_buffers of 2 GB (the default 128 MB keeps the 1M-bill data set, about 600 MB, on disk: the
# measurements in docs/benchmarks.md assume the larger setting).
ensure_postgres() {
  pg_lsclusters -h | awk '$1 == 15 && $2 == "main" && $4 == "online" { found = 1 } END { exit !found }' \
    || pg_ctlcluster 15 main start
  if [ "$(as_postgres "psql -qtAc 'show shared_buffers'")" != 2GB ]; then
    as_postgres "psql -qc \"alter system set shared_buffers = '2GB'\"" >/dev/null
    pg_ctlcluster 15 main restart
  fi
  as_postgres "psql -qtAc \"select 1 from pg_roles where rolname = 'kamdesk'\"" | grep -q 1 \
    || as_postgres "psql -qc \"create role kamdesk login superuser password 'kamdesk'\""
}

recreate_db() { as_postgres "dropdb --if-exists $1 && createdb -O kamdesk $1"; }

# The jar, built again when missing or older than any source: measuring a stale jar measures old code.
ensure_jar() {
  if [ ! -f "$jar" ] || [ ! -f "$extracted_jar" ] \
      || [ -n "$(find pom.xml domain application adapters-* bootstrap -path '*/target' -prune \
      -o -type f -newer "$jar" -print -quit)" ]; then
    echo "building the jar..." >&2
    rm -f "$jar" && ./mvnw -q -DskipTests package
  fi
}

# The service's settings for database $1, signed in as the benchmark admin.
service_env() {
  export SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$1 SPRING_DATASOURCE_USERNAME=kamdesk \
    SPRING_DATASOURCE_PASSWORD=kamdesk KAMDESK_ADMIN_EMAIL=$admin KAMDESK_ADMIN_PASSWORD=$password \
    KAMDESK_SECURITY_ACCESS_TOKEN_LIFETIME=2h KAMDESK_SECURITY_JWT_SECRET=bench-run-secret-0123456789abcdef0123456789
}

# Waits until the service on port $1 is ready; stops the script with its log if it died.
wait_ready() {
  until curl -fs "localhost:$1/actuator/health/readiness" >/dev/null; do
    kill -0 "$service_pid" 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
    sleep 0.05
  done
}

# An access token of the benchmark admin from the service on port $1.
login_token() {
  curl -fs -X POST "localhost:$1/api/auth/login/" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$admin\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access"])'
}
