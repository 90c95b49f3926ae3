#!/bin/sh
# Benchmark against today's route: a school fills in a Word file and converts it to PDF. Times
# LibreOffice headless converting an equivalent .docx of each example document (written by
# nl.oppstudio.bench.WordExport, laid out like our PDF) against `opp render` of the same document:
#   a) per document, a cold process each time: soffice --convert-to pdf X.docx versus ./opp render
#   b) in bulk: the examples COPIES times over, one soffice call for all versus one opp render for all
# Needs LibreOffice Writer, hyperfine and jq, and a built product with the benchmark bundle
# (./mvnw verify). Usage: releng/bench/libreoffice.sh [DOC.opp...]  (default: dsl-examples/*.opp);
# RUNS (default 10) runs per document, COPIES (default 8) and BULK_RUNS (default 3) for the bulk run,
# KEEP=1 keeps the files made, BULK=0 skips the bulk run. Measure on a quiet machine: the load average
# is printed first and after (a). opp runs as a user runs it, with its class archive and format cache.
set -eu
. "$(dirname "$0")/classpath.sh"
if ! command -v soffice > /dev/null 2>&1; then
  echo "libreoffice.sh: LibreOffice (soffice) ontbreekt / is missing." >&2
  echo "  Installeer / install (Debian, als root / as root): apt-get update && apt-get install -y libreoffice-writer-nogui" >&2
  exit 2
fi
for tool in hyperfine jq; do
  if ! command -v "$tool" > /dev/null 2>&1; then
    echo "libreoffice.sh: $tool ontbreekt / is missing: apt-get install -y $tool" >&2
    exit 2
  fi
done
runs=${RUNS:-10}
copies=${COPIES:-8}
[ $# -gt 0 ] || set -- dsl-examples/*.opp
work=$(mktemp -d "${TMPDIR:-/tmp}/opp-lo.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
# A profile of its own, made before timing: a school's LibreOffice has one too, and no other running
# LibreOffice can take the conversions over.
soffice="soffice -env:UserInstallation=file://$work/profiel --headless --convert-to pdf"

# The format of a document: the one its namespace names (urn:oppstudio:format:ID:VERSION), beside it.
format_of() {
  echo "$(dirname "$1")/$(sed -n 's/.*urn:oppstudio:format:\([^:"]*\):.*/\1/p' "$1" | head -n 1).oppformat"
}

echo "LibreOffice: $(soffice --version | head -n 1); $(nproc) cores, belasting / load: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "Word-bestanden maken / making .docx files ..."
# Guice (in the format loader) uses sun.misc.Unsafe; JDK 24+ warns about it unless told it is allowed.
java_options=""
[ "$(opp_jdk_major "$JAVA_HOME")" -ge 24 ] && java_options="--sun-misc-unsafe-memory-access=allow"
wordexport_args=""
for doc in "$@"; do
  wordexport_args="$wordexport_args --format $(format_of "$doc") $doc"
done
# shellcheck disable=SC2086 # the example paths hold no spaces
"$JAVA_HOME/bin/java" $java_options -cp "$classpath" nl.oppstudio.bench.WordExport -o "$work/docx" $wordexport_args

# Once, untimed: both PDFs of every document, so that the profile exists and the content is compared.
mkdir -p "$work/lo" "$work/opp"
$soffice --outdir "$work/lo" "$work"/docx/*.docx > /dev/null 2>&1
for doc in "$@"; do
  ./opp render --format "$(format_of "$doc")" "$doc" -o "$work/opp/$(basename "$doc" .opp).pdf" > /dev/null
done
if command -v pdftotext > /dev/null 2>&1; then
  # Same text on the pages? The characters of the page bodies, counted: line breaks, hyphenation and the
  # order of table cells may differ, the content may not. Left out: running header and footer, the
  # watermark, and what only our PDF has (the logo's text "SWV", FOP's hyphen U+2010, the ligatures of
  # DejaVu Serif).
  characters() {
    pdftotext -enc UTF-8 "$1" - | grep -vx -e CONCEPT -e SWV |
      grep -v -e '· versie ' -e '^Status: ' -e '^Leeg formulier · ' -e '^Pagina [0-9]* van [0-9]*$' |
      sed -e 's/\xe2\x80\x90//g' -e 's/ﬁ/fi/g' -e 's/ﬂ/fl/g' | tr -d ' \n\f\t-' | grep -o . | sort | uniq -c
  }
  for doc in "$@"; do
    name=$(basename "$doc" .opp)
    if [ "$(characters "$work/lo/$name.pdf")" = "$(characters "$work/opp/$name.pdf")" ]; then same="zelfde tekst"; else same="TEKST VERSCHILT"; fi
    printf '  %-36s %s; pagina'"'"'s LibreOffice %s, opp %s\n' "$name" "$same" \
      "$(pdfinfo "$work/lo/$name.pdf" | awk '/^Pages:/ {print $2}')" "$(pdfinfo "$work/opp/$name.pdf" | awk '/^Pages:/ {print $2}')"
  done
fi

echo
echo "a) Per document, elk een nieuw proces / each a new process ($runs runs after 1 warm-up)"
echo "   opp: render with --format, render as a user types it (the format found beside the document), validate"
for doc in "$@"; do
  name=$(basename "$doc" .opp)
  # -i: validate exits with 1 when it finds errors in the document (the example dates lie in the past)
  hyperfine -N -i --style none --warmup 1 --runs "$runs" --export-json "$work/$name.json" \
    -n soffice "$soffice --outdir $work/lo $work/docx/$name.docx" \
    -n opp "./opp render --format $(format_of "$doc") $doc -o $work/opp/$name.pdf" \
    -n opp-found "./opp render $doc -o $work/opp/$name.pdf" \
    -n opp-validate "./opp validate $doc" > /dev/null
done
printf '%-36s %18s %18s %18s %18s\n' document "LibreOffice" "render --format" "render" "validate"
printf '%-36s %18s %18s %18s %18s\n' "(median, ratio LO/opp)" "" "" "" ""
for doc in "$@"; do
  name=$(basename "$doc" .opp)
  jq -r --arg name "$name" '[$name] + ([.results[] | .median] | map(. * 1000)) | @tsv' "$work/$name.json"
done | awk -F '\t' '{
    printf "%-36s %15.0f ms %8.0f ms %5.2fx %8.0f ms %5.2fx %8.0f ms %5.2fx\n", $1, $2, $3, $2 / $3, $4, $2 / $4, $5, $2 / $5
    lo += $2; r += $3; f += $4; v += $5; n++
  }
  END { printf "%-36s %15.0f ms %8.0f ms %5.2fx %8.0f ms %5.2fx %8.0f ms %5.2fx\n", "mean of medians (" n ")", lo / n, r / n, lo / r, f / n, lo / f, v / n, lo / v }'
echo "belasting na / load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"

[ "${BULK:-1}" != 0 ] || exit 0
echo
total=$(($# * copies))
echo "b) In bulk: $total documenten ($# voorbeelden x $copies) / documents"
mkdir -p "$work/bulk/docx" "$work/bulk/opp" "$work/bulk/uit-lo" "$work/bulk/uit-opp"
: > "$work/bulk/opp.sh"
for doc in "$@"; do
  name=$(basename "$doc" .opp)
  k=1
  while [ "$k" -le "$copies" ]; do
    cp "$work/docx/$name.docx" "$work/bulk/docx/$name-$k.docx"
    cp "$doc" "$work/bulk/opp/$name-$k.opp"
    k=$((k + 1))
  done
done
# opp render finds each document's format in its folder: one call for all, like LibreOffice's one call.
cp dsl-examples/*.oppformat dsl-examples/*.svg "$work/bulk/opp/"
echo "./opp render $work/bulk/opp/*.opp -o $work/bulk/uit-opp/ > /dev/null" > "$work/bulk/opp.sh"
echo "$soffice --outdir $work/bulk/uit-lo $work/bulk/docx/*.docx > /dev/null 2>&1" > "$work/bulk/lo.sh"
# A failing run stops hyperfine (no figures from half the work); see docs/benchmarks.md on opp render.
hyperfine --style none --warmup 1 --runs "${BULK_RUNS:-3}" --export-json "$work/bulk.json" \
  -n soffice "sh $work/bulk/lo.sh" -n opp "sh $work/bulk/opp.sh" > /dev/null
jq -r '.results[] | [.command, .median, .min, .max] | @tsv' "$work/bulk.json" | awk -F '\t' -v n="$total" '{
    label = $1 == "opp" ? "opp render (1 call)" : "LibreOffice (1 call)"
    printf "%-30s %7.1f s (%5.1f-%5.1f) = %4.0f ms per document\n", label, $2, $3, $4, $2 * 1000 / n
    t[$1] = $2
  }
  END { printf "ratio LibreOffice / opp per document: %.2fx\n", t["soffice"] / t["opp"] }'
