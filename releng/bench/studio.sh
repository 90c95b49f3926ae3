#!/bin/sh
# Benchmarks of issue 14 (OPP Studio), one measurement per name; without names, all of them:
#   markers  from a keystroke to updated markers on a 1,000-line format (< 100 ms), warm
#   assist   content assist after 'wanneer' on the same format (for reference)
#   preview  from a keystroke to an updated form preview on the largest example format (< 250 ms), warm
#   cold     the Studio ready with a format open, cold: a new JVM each run, from its start to the format
#            checked and the window painted (the product's own report of that moment), 10 runs (<= 2 s)
# Build first (./mvnw verify). preview and cold need a display: run under xvfb-run -a.
# Usage: releng/bench/studio.sh [markers] [assist] [preview] [cold]; LINES, ITERATIONS.
set -eu
. "$(dirname "$0")/classpath.sh"
java_options=""
[ "$(opp_jdk_major "$JAVA_HOME")" -ge 24 ] && java_options="--sun-misc-unsafe-memory-access=allow"
names=${*:-markers assist preview cold}
headless=""
for name in $names; do
  case "$name" in
    markers|assist) headless="$headless $name" ;;
    preview|cold) ;;
    *) echo "onbekende meting: $name (bekend: markers assist preview cold)" >&2; exit 2 ;;
  esac
done
if [ -n "$headless" ]; then
  # shellcheck disable=SC2086 # java_options and headless are lists of words
  "$JAVA_HOME/bin/java" $java_options -Xmx512m -Djava.awt.headless=true -Dlines="${LINES:-1000}" \
    -Diterations="${ITERATIONS:-200}" -cp "$classpath" nl.oppstudio.bench.StudioBenchmark $headless
fi
case " $names " in
  *" preview "*)
    swt=$(ls "$product"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
    # shellcheck disable=SC2086
    "$JAVA_HOME/bin/java" $java_options --enable-native-access=ALL-UNNAMED -Xmx1g -cp "$classpath:$swt" nl.oppstudio.bench.PreviewBenchmark dsl-examples 40 ;;
esac
case " $names " in
  *" cold "*) ;;
  *) exit 0 ;;
esac
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp dsl-examples/* "$scratch/" 2>/dev/null || true
format="$scratch/revius-wijk-opp.oppformat"
# As ./opp studio starts it (with its JVM options): one configuration area and a class archive, made by
# the first start after installing and reused after.
start() {
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $java_options -Xmx1g -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$scratch/studio.jsa" \
    -Xlog:cds=off -Xlog:cds+dynamic=off -Dnl.oppstudio.studio.benchmark=true -jar "$launcher" -install "$product" \
    -data "$scratch/data" -configuration "$scratch/configuration" -application nl.oppstudio.ui.application \
    -folder "$scratch" -open "$format" 2>/dev/null > "$scratch/times"
  sed -n 's/^opp.studio.phases=//p' "$scratch/times" >> "$scratch/phases"
  sed -n 's/^opp.studio.text=//p' "$scratch/times" >> "$scratch/text"
  sed -n 's/^opp.studio.ready=//p' "$scratch/times"
}
echo "Studio ready with revius-wijk-opp.oppformat open (checked, outline and preview filled, painted), ms from JVM start:"
echo "  first start after installing (new configuration area, no class archive): $(start) ms"
for run in 1 2 3 4 5 6 7 8 9 10; do
  start
done | sort -n | awk '{ v[NR] = $1 } END { printf "  every later start (new JVM): median %d ms, min %d ms, max %d ms (n=%d)\n", v[int((NR + 1) / 2)], v[1], v[NR], NR }'
tail -n 10 "$scratch/text" | sort -n | awk '{ v[NR] = $1 } END { printf "  of which the format'"'"'s text on screen and editable (before its first check): median %d ms, min %d ms, max %d ms\n", v[int((NR + 1) / 2)], v[1], v[NR] }'
tail -n 10 "$scratch/phases" | awk '{ a += $1; b += $2; c += $3 } END { printf "  of which, on average: JVM and OSGi to the application %d ms, window and folder %d ms, the format checked and shown %d ms\n", a / NR, b / NR, c / NR }'
