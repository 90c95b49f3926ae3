#!/bin/sh
# Benchmark of issue 17: import a 10-page Word template (< 2 s) and 100 filled-in OPPs (< 10 s).
#   releng/bench/word-import.sh [RUNS]       (needs the product: ./mvnw -DskipTests verify, or a first ./opp call)
# 1. The files, and figures in one process (WordImportBenchmark): the first call and warm calls, the Word files
#    built with POI by nl.oppstudio.testing.word.WordExamples (not in the product: its jar is put on the class path).
# 2. The headline, checked: the command line, each a whole process start (a cold JVM) as a user runs it,
#    ./opp import-word on the same files, RUNS times each (default 5) with hyperfine (apt-get install hyperfine).
#    Exits 1 when a mean passes its target (review finding 14): the warm figures of 1. are not what a user gets.
set -eu
. "$(dirname "$0")/classpath.sh"
words=$(ls bundles/nl.oppstudio.testing.word/target/nl.oppstudio.testing.word-*.jar | head -n 1)
files=$(mktemp -d "${TMPDIR:-/tmp}/opp-word-bench.XXXXXX")
trap 'rm -rf "$files"' EXIT
"$JAVA_HOME/bin/java" -Xmx1g -cp "$classpath:$words" nl.oppstudio.bench.WordImportBenchmark "$files"

./opp --help > /dev/null
hyperfine --runs "${1:-5}" --export-markdown "$files/cli.md" --export-csv "$files/cli.csv" \
  --prepare "rm -rf $files/cli-uit $files/cli-concept.oppformat" \
  -n "opp import-word template (10 pages)" "./opp import-word $files/sjabloon-10-paginas.docx -o $files/cli-concept.oppformat" \
  -n "opp import-word --format (100 filled-in OPPs)" \
  "./opp import-word --format $files/bench-bijlage2.oppformat $files/ingevuld -o $files/cli-uit"
echo "Cold, as a user runs it (the issue's targets are checked against these means):"
cat "$files/cli.md"
# cli.csv: command,mean,stddev,... in seconds, one row per command in the order above (no comma in the names)
awk -F, 'NR == 2 { target = 2; name = "template of 10 pages" } NR == 3 { target = 10; name = "100 filled-in OPPs" }
  NR > 1 { ok = $2 + 0 < target; printf "%s: cold mean %.2f s, target < %d s: %s\n", name, $2, target, ok ? "met" : "NOT MET"
           if (!ok) failed = 1 }
  END { exit failed }' "$files/cli.csv"
