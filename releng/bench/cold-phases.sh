#!/bin/sh
# The phases of one cold `opp render` (JVM to main, FOP set-up and warm-up, format, document, first
# render), each in a fresh JVM with the options of ./opp, RUNS (default 3) times; see ColdPhases.java.
# Usage: releng/bench/cold-phases.sh [serial|overlap] [FORMAT DOC]   (default: serial, the example)
# Run ./opp once first, so that its class-data archive and format cache exist as for a user.
set -eu
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
mode=${1:-serial}
format=${2:-dsl-examples/swv-voorbeeld-opp.oppformat}
document=${3:-dsl-examples/sem-de-vries.opp}
work=$(mktemp -d "${TMPDIR:-/tmp}/opp-phases.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The JVM options and class path of ./opp, as it prints them.
# OPTIONS and CLASSPATH replace them, e.g. to time the command line as it was before issue 11.
options=${OPTIONS:-$(OPP_PRINT_JVM_OPTIONS=1 ./opp --help 2> /dev/null | sed -n 's/^jvm: //p')}
classpath=${CLASSPATH:-$(OPP_PRINT_JVM_OPTIONS=1 ./opp --help 2> /dev/null | sed -n 's/^classpath: //p')}
"$JAVA_HOME/bin/javac" -nowarn -d "$work" -cp "$classpath" releng/bench/ColdPhases.java
echo "belasting / load: $(cut -d ' ' -f 1-3 /proc/loadavg)"
i=1
while [ "$i" -le "${RUNS:-3}" ]; do
  echo "run $i ($mode)"
  # shellcheck disable=SC2086 # options are words
  "$JAVA_HOME/bin/java" $options -cp "$classpath:$work" ColdPhases "$mode" "$format" "$document" "$work/x.pdf" ${AGAIN:+again}
  i=$((i + 1))
done
