#!/bin/sh
# Benchmark of the opp command line on the bundled example: time to a finished check, validation and
# PDF, each a whole process start (what a user waits for). Needs hyperfine (apt-get install hyperfine)
# and a built product (./mvnw verify, or the first ./opp call).
set -eu
cd "$(dirname "$0")/../.."
format=dsl-examples/swv-voorbeeld-opp.oppformat
document=dsl-examples/sem-de-vries.opp
out=$(mktemp -d)
./opp --help > /dev/null
hyperfine --warmup 2 --runs "${RUNS:-10}" --export-markdown "$out/cli.md" \
  -n "opp --help" "./opp --help" \
  -n "opp check-format" "./opp check-format $format" \
  -n "opp validate" "./opp validate --format $format $document" \
  -n "opp render" "./opp render --format $format $document -o $out/sem.pdf"
cat "$out/cli.md"
