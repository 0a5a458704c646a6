#!/usr/bin/env bash
# Start to first 200 of the app and of the bare stack, interleaved (not a test): the start row of
# bench/compare.sh alone, with the server's CPU time and the load average of each start.
# Arguments are key=value, e.g. rounds=7 heap="-Xms64m -Xmx256m" app.before=/tmp/before/digitalcheck.jar:/tmp/before/test-classes
# cds=true also starts both with a class-data-sharing archive (the app's made by warm-up, as the README says).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -q -B clean package -DskipTests
fi
exec java -Xmx256m -cp target/digitalcheck.jar:target/test-classes \
  de.digitalezukunfthagen.digitalcheck.bench.StartBenchmark "$@"
