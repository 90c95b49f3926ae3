#!/bin/sh
# Runs one fuzz target of bundles/nl.oppstudio.fuzz under Jazzer (libFuzzer in the JVM) for a set time.
#   releng/fuzz/fuzz.sh TARGET SECONDS      TARGET: format, document, render, migration, formatdiff
# Needs the product (./mvnw -o -q -DskipTests verify) and the fuzz bundle's jar; a bundle jar built in
# this tree (bundles/*/target/*.jar) is used before the product's copy, so a fix is fuzzed without
# rebuilding the product. OPP_PRODUCT=FOLDER names another product folder. Jazzer (Maven Central,
# com.code-intelligence:jazzer $JAZZER_VERSION) is fetched into ~/.m2 by ./mvnw when it is missing.
# Inputs: seeds written from dsl-examples/ by nl.oppstudio.fuzz.Targets, the stored corpus
# releng/fuzz/corpus/TARGET/, the dictionary releng/fuzz/dict/TARGET.dict. New inputs go to
# releng/fuzz/target/corpus/TARGET/, crashing ones (and hangs: > 1 s an input, 3 s for render) to
# releng/fuzz/target/findings/TARGET/. FUZZ_TIMEOUT, FUZZ_HEAP, FUZZ_RSS_MB, FUZZ_MAX_LEN, FUZZ_KEEP_GOING override.
set -eu
if [ $# -ne 2 ]; then
  echo "gebruik: releng/fuzz/fuzz.sh format|document|render|migration|formatdiff SECONDEN" >&2
  exit 2
fi
target=$1
seconds=$2
cd "$(dirname "$0")/../.."
root=$(pwd)
. ./.mvn/find-jdk.sh
timeout=1
case "$target" in
  format) class=FormatTarget; dict=format; includes='nl.oppstudio.**' ;;
  document) class=DocumentTarget; dict=document; includes='nl.oppstudio.**:org.eclipse.emf.**' ;;
  # FOP lays out two pages in 0.1-0.4 s; on a shared 2-core machine a GC pause can add a second: 3 s
  render) class=RenderTarget; dict=render; includes='nl.oppstudio.**'; timeout=3 ;;
  migration) class=MigrationTarget; dict=migration; includes='nl.oppstudio.**' ;;
  formatdiff) class=FormatDiffTarget; dict=format; includes='nl.oppstudio.**' ;;
  *) echo "onbekend doel: $target (format, document, render, migration, formatdiff)" >&2; exit 2 ;;
esac

JAZZER_VERSION=${JAZZER_VERSION:-0.30.0}
m2=${MAVEN_REPO:-$HOME/.m2/repository}
jazzer=$m2/com/code-intelligence/jazzer/$JAZZER_VERSION/jazzer-$JAZZER_VERSION.jar
jazzer_api=$m2/com/code-intelligence/jazzer-api/$JAZZER_VERSION/jazzer-api-$JAZZER_VERSION.jar
if [ ! -f "$jazzer" ] || [ ! -f "$jazzer_api" ]; then
  ./mvnw -q dependency:get -Dartifact=com.code-intelligence:jazzer:$JAZZER_VERSION >&2
fi

product=${OPP_PRODUCT:-$root/releng/nl.oppstudio.product/target/products/nl.oppstudio.product/linux/gtk/x86_64}
if [ ! -d "$product/plugins" ]; then
  echo "Geen product in $product: bouw het eerst met ./mvnw -o -q -DskipTests verify" >&2
  exit 2
fi
fuzzjar=$(ls bundles/nl.oppstudio.fuzz/target/nl.oppstudio.fuzz-*.jar 2>/dev/null | head -n 1)
if [ -z "$fuzzjar" ]; then
  echo "Geen fuzz-bundel: bouw hem met ./mvnw -o -q -DskipTests verify -pl bundles/nl.oppstudio.fuzz" >&2
  exit 2
fi
# bundle jars of this tree first (fresh fixes), then the product's plugins (no SWT, no language packs)
local_jars=$(find bundles/*/target -maxdepth 1 -name 'nl.oppstudio.*.jar' ! -name '*tests*' ! -name '*-sources.jar' \
  ! -name 'nl.oppstudio.fuzz-*' 2>/dev/null | sort | tr '\n' ':')
work=releng/fuzz/target
# copies, so that rebuilding a bundle while a campaign runs does not pull a jar from under it
mkdir -p "$work/jars/$target"
rm -f "$work/jars/$target"/*.jar
local_jars=$(for jar in $(echo "$local_jars" | tr ':' ' '); do cp "$jar" "$work/jars/$target/" 2>/dev/null && \
  printf '%s:' "$root/$work/jars/$target/$(basename "$jar")"; done; true)
cp "$fuzzjar" "$work/jars/$target/fuzz.jar"
classpath=$jazzer:$jazzer_api:$root/$work/jars/$target/fuzz.jar:$local_jars$(find "$product/plugins" -maxdepth 1 -name '*.jar' \
  ! -name 'org.eclipse.swt*' ! -name 'nl.oppstudio.*.nls.*' | sort | tr '\n' ':')

seeds=$work/seeds/$target
corpus=$work/corpus/$target
findings=$work/findings/$target
stored=releng/fuzz/corpus/$target
mkdir -p "$seeds" "$corpus" "$findings" "$stored"
"$JAVA_HOME/bin/java" -Dopp.examples="$root/dsl-examples" -cp "$classpath" nl.oppstudio.fuzz.Targets "$target" "$seeds"

log=$work/$target.log
echo "Fuzzen: $target, $seconds s (log: $log, vondsten: $findings/)"
status=0
"$JAVA_HOME/bin/java" -Xmx${FUZZ_HEAP:-1536m} -Xss4m -XX:+UseSerialGC -Dopp.examples="$root/dsl-examples" \
  -Dslf4j.internal.verbosity=ERROR -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
  --target_class=nl.oppstudio.fuzz.$class --instrumentation_includes="$includes" \
  --reproducer_path="$findings" --keep_going=${FUZZ_KEEP_GOING:-50} \
  -timeout=${FUZZ_TIMEOUT:-$timeout} -rss_limit_mb=${FUZZ_RSS_MB:-2560} -max_total_time="$seconds" -max_len=${FUZZ_MAX_LEN:-65536} \
  -dict=releng/fuzz/dict/$dict.dict -artifact_prefix="$findings/" -print_final_stats=1 \
  "$corpus" "$seeds" "$stored" >"$log" 2>&1 || status=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
crashes=$(find "$findings" -type f | wc -l)
echo "$target: ${runs:-?} uitvoeringen, ${rate:-?} per seconde, $crashes vondsten in $findings/ (Jazzer-status $status)"
grep -E '^== Java Exception|^ERROR: libFuzzer|^==[0-9]+== ERROR' "$log" | sort | uniq -c | head -n 20 || true
exit 0
