#!/usr/bin/env bash
# Checks PDF reports with veraPDF against PDF/UA-1 and prints every failed rule with how often it
# failed. Not a test: veraPDF is a large download and not a dependency of the app.
#   bench/verapdf.sh                 # the short and the long report of the longest persona
#   bench/verapdf.sh a.pdf b.pdf     # given files
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B -f bench/verapdf/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
javac -cp "$(cat "$work/cp.txt")" -d "$work" bench/verapdf/Vera.java
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  mvn -q -B -DskipTests package >/dev/null
  persona=src/test/resources/de/digitalezukunfthagen/digitalcheck/report/personas/tischlerei-am-anfang.json
  java -jar target/digitalcheck.jar report --questionnaires questionnaires --answers "$persona" --company "Tischlerei Muster" --out "$work/short.pdf" >/dev/null
  java -jar target/digitalcheck.jar report --full --questionnaires questionnaires --answers "$persona" --company "Tischlerei Muster" --out "$work/full.pdf" >/dev/null
  files=("$work/short.pdf" "$work/full.pdf")
fi
for f in "${files[@]}"; do
  java -cp "$work:$(cat "$work/cp.txt")" Vera "$f" 2>/dev/null | grep -v '^WARN\|SLF4J'
done
