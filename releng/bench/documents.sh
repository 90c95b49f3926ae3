#!/bin/sh
# Benchmark of issue 5: validate 10,000 documents, and load + save one, on the product's jars.
# Needs a built tree (./mvnw verify).
set -eu
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
product=releng/nl.oppstudio.product/target/products/nl.oppstudio.product/linux/gtk/x86_64
bench=$(ls bundles/nl.oppstudio.bench/target/nl.oppstudio.bench-*.jar | head -n 1)
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' ! -name 'org.eclipse.swt*' | sort | tr '\n' ':')
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$classpath$bench" nl.oppstudio.bench.DocumentBenchmark \
  dsl-examples/swv-voorbeeld-opp.oppformat dsl-examples/sem-de-vries.opp "${1:-10000}"
