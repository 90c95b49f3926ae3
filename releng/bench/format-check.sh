#!/bin/sh
# Benchmark of issue 4: parse + link + all checks of a 1,000-line format versus a bare parse + link.
set -eu
. "$(dirname "$0")/classpath.sh"
exec "$JAVA_HOME/bin/java" -Xms512m -Xmx512m -cp "$classpath" nl.oppstudio.bench.FormatCheckBenchmark "${1:-1000}" "${2:-500}"
