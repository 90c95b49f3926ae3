#!/bin/sh
# Benchmark of issue 13: layout + SVG of a 200-node goal tree (warm), the live diagram's update after one
# change, and the SVG size of every example document's diagrams. Build first (./mvnw verify).
set -eu
. "$(dirname "$0")/classpath.sh"
exec "$JAVA_HOME/bin/java" -Xmx512m -Djava.awt.headless=true -cp "$classpath" nl.oppstudio.bench.DiagramBenchmark \
  dsl-examples "${1:-200}"
