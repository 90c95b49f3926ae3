# Sourced by the benchmark scripts: picks a JDK >= 21 and sets $classpath to the product's jars plus
# the benchmark bundle (build first with ./mvnw verify).
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
product=releng/nl.oppstudio.product/target/products/nl.oppstudio.product/linux/gtk/x86_64
bench=$(ls bundles/nl.oppstudio.bench/target/nl.oppstudio.bench-*.jar | head -n 1)
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' ! -name 'org.eclipse.swt*' ! -name 'nl.oppstudio.*.nls.*' | sort | tr '\n' ':')$bench
