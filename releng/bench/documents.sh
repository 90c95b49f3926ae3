#!/bin/sh
# Benchmark of issue 5: validate and migrate 10,000 documents, and load + save one.
set -eu
. "$(dirname "$0")/classpath.sh"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$classpath" nl.oppstudio.bench.DocumentBenchmark \
  dsl-examples/swv-voorbeeld-opp.oppformat dsl-examples/sem-de-vries.opp "${1:-10000}" \
  dsl-examples/versies/swv-voorbeeld-opp-1.0.0.oppformat
