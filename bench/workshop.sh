#!/usr/bin/env bash
# Measurement of a workshop (not a test): 30 participants answer the Digital-Check at the same time on
# 127.0.0.1 while the consultant's live view polls; prints page and save times, the live view's poll
# times and how far the live view was behind each save. Exit code 1 if it was more than 2 s behind.
# Arguments: [participants] [pause-ms between pages] [poll-ms] [questionnaire id]; defaults 30 2000 1500 digital-check.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B clean package -DskipTests
exec java -Xmx1g -cp target/digitalcheck.jar:target/test-classes \
  de.digitalezukunfthagen.digitalcheck.workshop.WorkshopBenchmark "$@"
