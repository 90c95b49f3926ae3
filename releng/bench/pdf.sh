#!/bin/sh
# Benchmark of issues 6 and 11: a 5-page OPP with two diagrams, whole pipeline against raw FOP on the
# same FO, and 1,000 such PDFs through PdfBatch on one thread, then over all cores (argument: how many,
# default 1000; a second argument keeps the PDFs in that folder).
set -eu
. "$(dirname "$0")/classpath.sh"
# Guice (in the format loader) uses sun.misc.Unsafe; JDK 24+ warns about it unless told it is allowed.
java_options=""
[ "$(opp_jdk_major "$JAVA_HOME")" -ge 24 ] && java_options="--sun-misc-unsafe-memory-access=allow"
# shellcheck disable=SC2086 # java_options is a list of words
exec "$JAVA_HOME/bin/java" $java_options -Xmx2g -cp "$classpath" nl.oppstudio.bench.PdfBenchmark \
  dsl-examples/swv-voorbeeld-opp.oppformat dsl-examples/sem-de-vries.opp "${1:-1000}" ${2:+"$2"}
