#!/bin/sh
# Issue 16, crash safety: kills a JVM that is saving a document (kill -9, SIGKILL) at a random moment,
# ${1:-1000} times, and checks each time that the document is the old or the new version, loads, passes
# its log check, that its .bak loads, that the folder's ledger agrees (opp audit) and that the editor's
# recovery file holds the unsaved work. Prints the runs and the documents lost (goal 0).
# Needs the built product (./mvnw -o -q -DskipTests verify). A run is a JVM start, a format load and a
# few saves: about 13 s on our 2 cores while other builds run, less on a quiet machine.
set -eu
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
./mvnw -o -q verify -pl releng/nl.oppstudio.e2e -Dtest=KillSaveTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dopp.killRuns="${1:-1000}" ${SEED:+-Dopp.killSeed=$SEED} 2>&1 | grep -E "kill -9|FAIL|run [0-9]+ " || true
