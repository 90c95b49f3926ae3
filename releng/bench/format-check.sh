#!/bin/sh
# Benchmark of issue 4: parse + link + all checks of a 1,000-line format versus a bare parse + link.
# Needs a built tree (./mvnw verify): runs on the product's jars plus the benchmark bundle.
set -eu
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
product=releng/nl.oppstudio.product/target/products/nl.oppstudio.product/linux/gtk/x86_64
bench=$(ls bundles/nl.oppstudio.bench/target/nl.oppstudio.bench-*.jar | head -n 1)
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' ! -name 'org.eclipse.swt*' | sort | tr '\n' ':')
exec "$JAVA_HOME/bin/java" -Xms512m -Xmx512m -cp "$classpath$bench" nl.oppstudio.bench.FormatCheckBenchmark "${1:-1000}" "${2:-500}"
