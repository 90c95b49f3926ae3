#!/bin/sh
# What each step of issue 11 saves on one cold `opp render` (a new process each run), side by side with
# LibreOffice converting the equivalent .docx: the command line as it was (signed jars, a class-data
# archive, the format read through Xtext), then with the format cache, with unsigned jars, and with the
# AOT cache of JDK 25 (that is ./opp today). Every variant renders with --format, so that the old way of
# finding the format (every format in the folder read in full) is not counted against "before".
# Needs hyperfine, jq, LibreOffice Writer and a built product with the benchmark bundle (./mvnw verify).
# Usage: releng/bench/cold-steps.sh [DOC.opp]  (default: dsl-examples/sem-de-vries.opp); RUNS (default 10).
set -eu
. "$(dirname "$0")/classpath.sh"
doc=${1:-dsl-examples/sem-de-vries.opp}
runs=${RUNS:-10}
format="$(dirname "$doc")/$(sed -n 's/.*urn:oppstudio:format:\([^:"]*\):.*/\1/p' "$doc" | head -n 1).oppformat"
name=$(basename "$doc" .opp)
work=$(mktemp -d "${TMPDIR:-/tmp}/opp-steps.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
./opp --help > /dev/null   # makes the command line's folder (unsigned jars, archive) when missing
options=$(OPP_PRINT_JVM_OPTIONS=1 ./opp --help | sed -n 's/^jvm: //p')
unsigned=$(OPP_PRINT_JVM_OPTIONS=1 ./opp --help | sed -n 's/^classpath: //p')
base="--sun-misc-unsafe-memory-access=allow -XX:TieredStopAtLevel=1"
render="nl.oppstudio.cli.Main render --format $format $doc -o $work/x.pdf"
java="$JAVA_HOME/bin/java"
signed=$(find "$product/plugins" -maxdepth 1 -name '*.jar' ! -name 'org.eclipse.swt*' ! -name 'nl.oppstudio.*.nls.*' | sort | tr '\n' ':')
# The class-data archives of the earlier steps, made as ./opp made them.
# shellcheck disable=SC2086
"$java" $base -XX:ArchiveClassesAtExit="$work/signed.jsa" -cp "$signed" $render > /dev/null 2>&1
# shellcheck disable=SC2086
"$java" $base -Dnl.oppstudio.format.cache="$work/formats" -cp "$unsigned" $render > /dev/null 2>&1
# shellcheck disable=SC2086
"$java" $base -XX:ArchiveClassesAtExit="$work/unsigned.jsa" -Dnl.oppstudio.format.cache="$work/formats" \
  -cp "$unsigned" $render > /dev/null 2>&1
cds="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"

# The .docx of the document, and LibreOffice's profile, made before timing (as libreoffice.sh does).
"$java" --sun-misc-unsafe-memory-access=allow -cp "$classpath" nl.oppstudio.bench.WordExport -o "$work/docx" \
  --format "$format" "$doc" > /dev/null
soffice="soffice -env:UserInstallation=file://$work/profiel --headless --convert-to pdf --outdir $work/lo $work/docx/$name.docx"
$soffice > /dev/null 2>&1

echo "$name, $runs runs each after 1 warm-up; belasting / load: $(cut -d ' ' -f 1-3 /proc/loadavg)"
hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$work/steps.json" \
  -n "LibreOffice" "$soffice" \
  -n "before: Xtext, signed jars, CDS" "$java $base -XX:SharedArchiveFile=$work/signed.jsa $cds -cp $signed $render" \
  -n "+ format cache" "$java $base -XX:SharedArchiveFile=$work/signed.jsa $cds -Dnl.oppstudio.format.cache=$work/formats -cp $signed $render" \
  -n "+ unsigned jars (CDS)" "$java $base -XX:SharedArchiveFile=$work/unsigned.jsa $cds -Dnl.oppstudio.format.cache=$work/formats -cp $unsigned $render" \
  -n "+ AOT cache = ./opp" "$java $options -cp $unsigned $render" > /dev/null
jq -r '.results[] | [.command, .median, .min, .max, .user, .system] | @tsv' "$work/steps.json" | awk -F '\t' '
  NR == 1 { lo = $2 }
  { printf "%-34s %6.0f ms (%5.0f-%5.0f)  cpu %5.0f ms  LibreOffice/this %5.2fx\n", $1, $2 * 1000, $3 * 1000, $4 * 1000, ($5 + $6) * 1000, lo / $2 }'
echo "belasting na / load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
