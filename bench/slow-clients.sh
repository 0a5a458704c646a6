#!/usr/bin/env bash
# Slow clients against a running app (not a test): builds the jar, starts it on 127.0.0.1 with a
# temporary database, then keeps [connections] uploads going that send one body byte every
# [seconds between bytes] for [seconds], while a normal request is made twice a second. Exits with 1
# if a normal request failed or took 2 s or more. Defaults: 300 connections, 20 s, a byte every 5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-300}; seconds=${2:-20}; every=${3:-5}; port=${PORT:-7391}
mvn -q -B clean package -DskipTests
mvn -q -B test-compile
tmp=$(mktemp -d)
DIGITALCHECK_CREATE_LIMIT=0 DIGITALCHECK_CREATE_LIMIT_GLOBAL=0 java -jar target/digitalcheck.jar serve --host 127.0.0.1 --port "$port" --db "$tmp/bench.db" >"$tmp/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.5; done
java -cp target/digitalcheck.jar:target/test-classes de.digitalezukunfthagen.digitalcheck.web.SlowClients \
  "$port" "$connections" "$seconds" "$every"
