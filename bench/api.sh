#!/usr/bin/env bash
# Benchmark of the JSON API and the pages (not a test): starts the app on 127.0.0.1 with a temporary
# database and the questionnaires of questionnaires/, then runs 50 concurrent clients for a bounded
# time per phase. Arguments: [clients] [seconds per phase] [questionnaire id]; defaults 50 10 quick-check.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B clean package -DskipTests
exec java -Xmx1g -cp target/digitalcheck.jar:target/test-classes \
  de.digitalezukunfthagen.digitalcheck.bench.ApiBenchmark "$@"
