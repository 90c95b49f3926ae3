#!/bin/sh
# Benchmark of issue 17: import a 10-page Word template (< 2 s) and 100 filled-in OPPs (< 10 s).
#   releng/bench/word-import.sh [RUNS]       (needs the product: ./mvnw -DskipTests verify, or a first ./opp call)
# 1. In one process (WordImportBenchmark): the first call and warm calls, the Word files built with POI by
#    nl.oppstudio.testing.word.WordExamples (not in the product: its jar is put on the class path here).
# 2. The command line, each a whole process start as a user runs it: ./opp import-word on the same files,
#    RUNS times each (default 5) with hyperfine (apt-get install hyperfine).
set -eu
. "$(dirname "$0")/classpath.sh"
words=$(ls bundles/nl.oppstudio.testing.word/target/nl.oppstudio.testing.word-*.jar | head -n 1)
files=$(mktemp -d "${TMPDIR:-/tmp}/opp-word-bench.XXXXXX")
trap 'rm -rf "$files"' EXIT
"$JAVA_HOME/bin/java" -Xmx1g -cp "$classpath:$words" nl.oppstudio.bench.WordImportBenchmark "$files"

./opp --help > /dev/null
hyperfine --runs "${1:-5}" --export-markdown "$files/cli.md" \
  --prepare "rm -rf $files/cli-uit $files/cli-concept.oppformat" \
  -n "opp import-word (template, 10 pages)" "./opp import-word $files/sjabloon-10-paginas.docx -o $files/cli-concept.oppformat" \
  -n "opp import-word --format (100 filled-in OPPs)" \
  "./opp import-word --format $files/bench-bijlage2.oppformat $files/ingevuld -o $files/cli-uit"
cat "$files/cli.md"
