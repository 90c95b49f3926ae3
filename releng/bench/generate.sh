#!/bin/sh
# Benchmark of issue 15, the generated OPP Editor: (1) the time of `opp generate` for the largest example
# format, all three platforms, 3 runs; (2) the size of each archive and of the p2 repository; (3) the
# generated editor's start, from an unpacked Linux archive through its own start script: the first start
# after unpacking and 10 later ones (the product's own report of the document's form on screen, and the
# wall time of the script); (4) an update with the migration of 100 documents, 3 runs, each on a fresh
# install. Needs the built product (./mvnw -DskipTests verify) and a display: run under xvfb-run -a.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
. ./.mvn/find-jdk.sh
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home"
export XDG_CACHE_HOME="$HOME/.cache" XDG_DATA_HOME="$HOME/.local/share" XDG_STATE_HOME="$HOME/.local/state"
mkdir -p "$HOME"
ms() { date +%s%3N; }

format=dsl-examples/revius-wijk-opp.oppformat
./opp check-format "$format" > /dev/null 2>&1 || true   # the command line's class archive, made once
echo "opp generate $format (three platforms), wall time:"
for run in 1 2 3; do
  rm -rf "$scratch/dist"
  start=$(ms)
  ./opp generate "$format" -o "$scratch/dist" --update-locatie https://opp.example/updates/ > /dev/null
  echo $(( $(ms) - start ))
done | sort -n | awk '{ v[NR] = $1 } END { printf "  median %d ms, min %d ms, max %d ms (n=%d)\n", v[2], v[1], v[3], NR }'
echo "Sizes:"
for file in "$scratch"/dist/*.tar.gz "$scratch"/dist/*.zip; do
  printf '  %-60s %6.1f MB\n' "${file##*/}" "$(echo "$(stat -c %s "$file") / 1048576" | bc -l)"
done
printf '  %-60s %6.1f MB (%d files)\n' "repository/ (p2)" "$(echo "$(du -sb "$scratch/dist/repository" | cut -f1) / 1048576" | bc -l)" \
  "$(find "$scratch/dist/repository" -type f | wc -l)"

# The school's side: the small example format 0.2.0, its document, and 1.0.0 in a second repository.
mkdir -p "$scratch/v1" "$scratch/v2"
cp dsl-examples/swv-voorbeeld-opp.oppformat dsl-examples/logo-swv-voorbeeld.svg "$scratch/v1/"
cp dsl-examples/logo-swv-voorbeeld.svg "$scratch/v2/"
sed 's|"../logo-swv-voorbeeld.svg"|"logo-swv-voorbeeld.svg"|' dsl-examples/versies/swv-voorbeeld-opp-1.0.0.oppformat \
  > "$scratch/v2/swv-voorbeeld-opp.oppformat"
./opp generate "$scratch/v1/swv-voorbeeld-opp.oppformat" -o "$scratch/dist1" --platform linux > /dev/null
./opp generate "$scratch/v2/swv-voorbeeld-opp.oppformat" -o "$scratch/dist2" --platform linux > /dev/null
install() {
  rm -rf "$scratch/install" "$HOME"
  mkdir -p "$scratch/install" "$HOME"
  tar xzf "$scratch"/dist1/*.tar.gz -C "$scratch/install"
  script=$(ls "$scratch"/install/*/opp-editor.sh)
}
install
mkdir -p "$scratch/docs"
cp dsl-examples/sem-de-vries.opp "$scratch/docs/"
start() {
  begin=$(ms)
  OPP_EDITOR_JAVA_OPTIONS=-Dnl.oppstudio.editor.benchmark=true "$script" "$scratch/docs" "$scratch/docs/sem-de-vries.opp" \
    2> /dev/null | sed -n 's/^opp.editor.shown=//p' | tr '\n' ' '
  echo $(( $(ms) - begin ))
}
echo "The generated editor showing sem-de-vries.opp (its format installed, not beside it): ms from the JVM's start to the form painted, and the script's wall time:"
echo "  first start after unpacking: $(start | awk '{ printf "%d ms (wall %d ms)", $1, $2 }')"
for run in 1 2 3 4 5 6 7 8 9 10; do
  start
done | sort -n | awk '{ v[NR] = $1; w[NR] = $2 } END { printf "  every later start: median %d ms (wall %d ms), min %d ms, max %d ms (n=%d)\n", v[int((NR + 1) / 2)], w[int((NR + 1) / 2)], v[1], v[NR], NR }'

echo "Update from a second repository (0.2.0 -> 1.0.0) with the migration of 100 documents, a fresh install each run:"
for run in 1 2 3; do
  install
  rm -rf "$scratch/docs100"
  mkdir -p "$scratch/docs100"
  for n in $(seq 1 100); do cp dsl-examples/sem-de-vries.opp "$scratch/docs100/leerling-$n.opp"; done
  begin=$(ms)
  "$script" --bijwerken --van "file://$scratch/dist2/repository/" "$scratch/docs100" > "$scratch/update.out" 2>&1
  took=$(( $(ms) - begin ))
  migrated=$(grep -c 'urn:oppstudio:format:swv-voorbeeld-opp:1.0.0' "$scratch"/docs100/*.opp | grep -c ':1$')
  echo "$took $migrated"
done | sort -n | awk '{ v[NR] = $1; m = $2 } END { printf "  median %d ms, min %d ms, max %d ms (n=%d; %d of 100 documents at 1.0.0)\n", v[2], v[1], v[3], NR, m }'
