#!/bin/sh
# Issue 11: what the ServiceLoader look-up for figure providers adds to a cold opp render, five cold JVMs.
set -eu
. "$(dirname "$0")/classpath.sh"
for run in 1 2 3 4 5; do
  "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -cp "$classpath" nl.oppstudio.bench.FigureScan \
    dsl-examples/swv-voorbeeld-opp.oppformat dsl-examples/sem-de-vries.opp
done
