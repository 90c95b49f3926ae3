# Sourced by the benchmark scripts: picks a JDK >= 21 and sets $classpath to the product's jars plus
# the benchmark bundle (build first with ./mvnw verify).
cd "$(dirname "$0")/../.."
. ./.mvn/find-jdk.sh
product=releng/nl.oppstudio.product/target/products/nl.oppstudio.product/linux/gtk/x86_64
bench=$(ls bundles/nl.oppstudio.bench/target/nl.oppstudio.bench-*.jar | head -n 1)
# the newest commons-io only, as ./opp does (POI needs 2.21)
classpath=$(find "$product/plugins" -maxdepth 1 -name '*.jar' ! -name 'org.eclipse.swt*' ! -name 'nl.oppstudio.*.nls.*' | sort -V \
  | awk '/\/org\.apache\.commons\.commons-io_/ { io = $0; next } { print } END { if (io) print io }' | tr '\n' ':')$bench
