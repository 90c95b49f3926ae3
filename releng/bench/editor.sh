#!/bin/sh
# Benchmark of issue 12, the OPP Editor: (1) from a keystroke to updated validation on a 200-field
# document and opening a page with a 500-row table (nl.oppstudio.bench.FormBenchmark, in one JVM);
# (2) the editor window showing a document, cold: a new JVM each run, from its start to the document's
# form on screen (the product's own report of that moment), 10 runs. Needs a display: run under xvfb-run -a.
set -eu
. "$(dirname "$0")/classpath.sh"
swt=$(ls "$product"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
java_options=""
[ "$(opp_jdk_major "$JAVA_HOME")" -ge 24 ] && java_options="--sun-misc-unsafe-memory-access=allow"
# shellcheck disable=SC2086 # java_options is a list of words
"$JAVA_HOME/bin/java" $java_options -Xmx1g -cp "$classpath:$swt" nl.oppstudio.bench.FormBenchmark

editor=releng/nl.oppstudio.product/target/products/nl.oppstudio.editor.product/linux/gtk/x86_64
launcher=$(ls "$editor"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp dsl-examples/swv-voorbeeld-opp.oppformat dsl-examples/wettelijk-minimum.oppformat dsl-examples/logo-swv-voorbeeld.svg \
  dsl-examples/sem-de-vries.opp "$scratch/"
# As ./opp editor starts it (with its JVM options): the command line's format cache (an unchanged format is not read through
# Xtext again) and one configuration area, made by the first start after installing and reused after.
cache="-Dnl.oppstudio.format.cache=$scratch/formats"
start() {
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $java_options -Xmx1g -XX:TieredStopAtLevel=1 -XX:+AutoCreateSharedArchive \
    -XX:SharedArchiveFile="$scratch/editor.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off $cache -Dnl.oppstudio.editor.benchmark=true -jar "$launcher" -install "$editor" \
    -data "$scratch/data" -configuration "$scratch/configuration" -application nl.oppstudio.editor.application \
    -folder "$scratch" -open "$scratch/sem-de-vries.opp" 2>/dev/null > "$scratch/times"
  sed -n 's/^opp.editor.phases=//p' "$scratch/times" >> "$scratch/phases"
  sed -n 's/^opp.editor.shown=//p' "$scratch/times"
}
echo "Editor window showing sem-de-vries.opp, ms from JVM start to the form painted:"
echo "  first start after installing (new configuration area, no class archive, format not yet cached): $(start) ms"
for run in 1 2 3 4 5 6 7 8 9 10; do
  start
done | sort -n | awk '{ v[NR] = $1 } END { printf "  every later start (new JVM): median %d ms, min %d ms, max %d ms (n=%d)\n", v[int((NR + 1) / 2)], v[1], v[NR], NR }'
tail -n 10 "$scratch/phases" | awk '{ a += $1; b += $2; c += $3; d += $4 } END { printf "  of which, on average: JVM and OSGi to the application %d ms, window and overview %d ms, the document tab made %d ms, painted %d ms\n", a / NR, b / NR, c / NR, d / NR }'
