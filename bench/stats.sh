#!/usr/bin/env bash
# Measurement (not a test): fills a database with N generated assessments of the Digital-Check (default
# 100,000; kept in target/stats-bench.db and reused) and runs the stats command on it with -Xmx64m,
# printing time and peak heap. Arguments: [N].
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
db="target/stats-bench-$n.db"
if [[ -z "${SKIP_BUILD:-}" ]]; then mvn -q -B -o package -DskipTests; fi
cp="target/digitalcheck.jar:target/test-classes"
if [[ ! -f "$db" ]]; then
  java -Xmx512m -cp "$cp" de.digitalezukunfthagen.digitalcheck.stats.StatsBenchmark fill "$db" "$n"
fi
for args in "" "--by=industry --format=csv" "--by=employees --format=json"; do
  # shellcheck disable=SC2086
  java -Xmx64m -cp "$cp" de.digitalezukunfthagen.digitalcheck.stats.StatsBenchmark stats "$db" $args
done
