#!/usr/bin/env bash
# Speed of the app against a bare Javalin + SQLite + Pebble + OpenPDF app with the same I/O (not a test):
# starts each as its own JVM on 127.0.0.1, drives both with the same requests and prints req/s, p50/p99,
# report time, start time and memory side by side with the ratio app/baseline (medians of the rounds).
# Arguments are key=value, e.g. rounds=3 seconds=10 warmup=5 clients=50 reports=60 heap="-Xms64m -Xmx256m" jfr=true;
# see bench/README.md. The output is also written to target/speed-<time>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -q -B clean package -DskipTests
fi
out="target/speed-$(date -u +%Y%m%dT%H%M%SZ).txt"
java -Xmx512m -cp target/digitalcheck.jar:target/test-classes \
  de.digitalezukunfthagen.digitalcheck.bench.SpeedBenchmark "$@" | tee "$out"
echo "written to $out"
