#!/bin/sh
# Benchmark of issue 6: a 5-page OPP with two diagrams, whole pipeline against raw FOP on the same FO,
# and 1,000 such PDFs over all cores (argument: how many, default 1000).
set -eu
. "$(dirname "$0")/classpath.sh"
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$classpath" nl.oppstudio.bench.PdfBenchmark \
  dsl-examples/swv-voorbeeld-opp.oppformat dsl-examples/sem-de-vries.opp "${1:-1000}"
