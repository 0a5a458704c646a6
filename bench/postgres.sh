#!/usr/bin/env bash
# The speed benchmark's load (answer saves, step pages, result pages) against TWO app instances on ONE
# PostgreSQL database, requests spread across both, then a check that every acknowledged save is in the
# database (not a test; see bench/README.md, "Two instances on PostgreSQL").
#
#   bash bench/postgres.sh                       # PostgreSQL, 2 instances, 50 connections, 10 s per phase
#   bash bench/postgres.sh db=sqlite instances=1 # the same load on one instance with a SQLite file
#   SKIP_BUILD=1 bash bench/postgres.sh seconds=2 warmup=1 clients=4   # smoke, reuse target/
#
# Arguments are key=value (InstancesBenchmark): db, instances, port (7400), clients, seconds, warmup, heap, ...
# PostgreSQL: Debian's cluster (started if it is not running); role $PGUSER (digitalcheck, password
# digitalcheck-ci, created if missing, as .ci/run does) and a database of its own, $BENCH_DB
# (digitalcheck_bench), dropped and created afresh on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
sqlite=0
for a in "${args[@]}"; do [[ "$a" == db=sqlite ]] && sqlite=1; done

if [[ "$sqlite" == 0 ]]; then
  : "${PGHOST:=127.0.0.1}" "${PGUSER:=digitalcheck}" "${PGPASSWORD:=digitalcheck-ci}" "${BENCH_DB:=digitalcheck_bench}"
  export PGHOST PGUSER PGPASSWORD
  if command -v pg_lsclusters >/dev/null; then
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start
    : "${PGPORT:=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')}"
    export PGPORT
    as_postgres=(runuser -u postgres --)
    [ "$(id -u)" -eq 0 ] || as_postgres=(sudo -u postgres)
    (cd /tmp && "${as_postgres[@]}" psql -p "$PGPORT" -v ON_ERROR_STOP=1 -q) <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PGUSER') THEN
    CREATE ROLE $PGUSER LOGIN CREATEDB PASSWORD '$PGPASSWORD';
  END IF;
END \$\$;
SQL
  fi
  : "${PGPORT:=5432}"
  export PGPORT
  dropdb --if-exists "$BENCH_DB"
  createdb "$BENCH_DB"
  export DIGITALCHECK_DB_USER="$PGUSER" DIGITALCHECK_DB_PASSWORD="$PGPASSWORD"
  args=("db=jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" "${args[@]}")
fi

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -q -B clean package -DskipTests
fi
out="target/instances-$(date -u +%Y%m%dT%H%M%SZ).txt"
status=0
java -Xmx512m -cp target/digitalcheck.jar:target/test-classes \
  de.digitalezukunfthagen.digitalcheck.bench.InstancesBenchmark "${args[@]}" | tee "$out" || status=$?
echo "written to $out"
exit "$status"
