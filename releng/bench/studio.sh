#!/bin/sh
# Benchmarks of issue 14 (OPP Studio), one measurement per name; without names, all of them:
#   markers  from a keystroke to updated markers on a 1,000-line format (< 100 ms), warm
#   assist   content assist after 'wanneer' on the same format (for reference)
# (the form preview and the cold start are to be added here as measurements of their own).
# Build first (./mvnw verify). Usage: releng/bench/studio.sh [markers] [assist]; LINES, ITERATIONS.
set -eu
. "$(dirname "$0")/classpath.sh"
exec "$JAVA_HOME/bin/java" -Xmx512m -Djava.awt.headless=true -Dlines="${LINES:-1000}" -Diterations="${ITERATIONS:-200}" \
  -cp "$classpath" nl.oppstudio.bench.StudioBenchmark "$@"
