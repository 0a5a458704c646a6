#!/usr/bin/env bash
# Benchmark of migrate-db (not a test): fills a SQLite file with N assessments (default 100,000,
# answered as the report personas in turn), then times `migrate-db` into an empty PostgreSQL
# database and prints the command's own line (rows, tables, compared results, seconds).
#
#   bash bench/migrate-db.sh [count]
#   SKIP_BUILD=1 bash bench/migrate-db.sh 1000      # reuse target/ (after mvn package -DskipTests)
#
# PostgreSQL: the server of DIGITALCHECK_BENCH_POSTGRES_URL (a maintenance database such as
# jdbc:postgresql://127.0.0.1:5432/postgres, whose user DIGITALCHECK_DB_USER may create databases;
# password in DIGITALCHECK_DB_PASSWORD), else a throwaway cluster from Debian's binaries in a
# temporary folder (as user postgres when run as root: initdb refuses root), with PostgreSQL's
# default durability settings.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -q -B clean package -DskipTests
fi
work="$(mktemp -d)"
pg_stop() { :; }
cleanup() { pg_stop; rm -rf "$work"; }
trap cleanup EXIT

cp=target/digitalcheck.jar:target/test-classes
echo "== filling $work/source.db with $count assessments"
java -Xmx1g -cp "$cp" de.digitalezukunfthagen.digitalcheck.bench.ManyAssessments "$work/source.db" "$count" questionnaires
ls -l "$work/source.db"

if [ -n "${DIGITALCHECK_BENCH_POSTGRES_URL:-}" ]; then
  server="${DIGITALCHECK_BENCH_POSTGRES_URL%/*}"
  maintenance="$DIGITALCHECK_BENCH_POSTGRES_URL"
  user="${DIGITALCHECK_DB_USER:?set DIGITALCHECK_DB_USER}"
  export PGPASSWORD="${DIGITALCHECK_DB_PASSWORD:-}"
  hostport="${server#jdbc:postgresql://}"
  psql_args=(-h "${hostport%:*}" -p "${hostport##*:}" -U "$user" -d "${maintenance##*/}")
else
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  [ -x "$bin/initdb" ] || { echo "no PostgreSQL: apt-get install postgresql, or set DIGITALCHECK_BENCH_POSTGRES_URL" >&2; exit 1; }
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$work"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$work/pg" -A trust -U digitalcheck -E UTF8 --locale=C.UTF-8 >"$work/initdb.log"
  "${as[@]}" "$bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
    -o "-p $port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  pg_stop() { "${as[@]}" "$bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; }
  server="jdbc:postgresql://127.0.0.1:$port"
  user=digitalcheck
  export DIGITALCHECK_DB_USER=digitalcheck
  psql_args=(-h 127.0.0.1 -p "$port" -U digitalcheck -d postgres)
fi

target="bench_migrate_$$"
psql "${psql_args[@]}" -q -c "CREATE DATABASE $target" >/dev/null
echo "== migrate-db into $server/$target"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
start="$(date +%s.%N)"
java -Xmx1g -jar target/digitalcheck.jar migrate-db --from "$work/source.db" --to "$server/$target"
end="$(date +%s.%N)"
printf '== wall time of the java process: %.1f s (load average before: %s)\n' "$(echo "$end - $start" | bc)" "$load"
psql "${psql_args[@]}" -q -c "DROP DATABASE $target" >/dev/null
