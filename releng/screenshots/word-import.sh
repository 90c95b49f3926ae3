#!/bin/sh
# Pictures of the Word import for the Dutch guide (docs/nl/handleiding-import.md); run again after a change:
#   releng/screenshots/word-import.sh [OUT_DIR]        (default docs/images; needs xvfb-run, ImageMagick's convert,
#   MAVEN_ARGS=-o releng/screenshots/word-import.sh     LibreOffice (soffice) and Ghostscript (gs) for the "before")
# Before: the example template dsl-examples/word/opp-sjabloon.docx as Word users see it, its first two pages laid
# out by LibreOffice (PDF, then PNG at 80 dpi by Ghostscript, side by side): word-sjabloon.png.
# After: WordImportScreenshotsTest on a virtual 24-bit screen of 1600 × 1000 opens the Studio on a copy of
# dsl-examples, runs "Formaat uit Word…" on the same template and writes studio-formaat-uit-word.png (the report)
# and studio-word-concept.png (the draft open, its to-do list under Problemen). All scaled to at most 1200 px
# wide with 256 colours. Look at every picture after a change: labels cut off, English words, empty panes.
set -eu
cd "$(dirname "$0")/../.."
out=${1:-docs/images}
for tool in xvfb-run convert soffice gs; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ontbreekt: $tool (apt-get install -y xvfb xauth imagemagick libreoffice-writer-nogui ghostscript)" >&2; exit 2; }
done
raw=$(mktemp -d "${TMPDIR:-/tmp}/opp-word-shots.XXXXXX")
trap 'rm -rf "$raw"' EXIT
mkdir -p "$out"

# before: LibreOffice lays the Word file out as Word would print it (its own profile: no clash with a running one)
soffice -env:UserInstallation="file://$raw/lo-profile" --headless --convert-to pdf --outdir "$raw" \
  dsl-examples/word/opp-sjabloon.docx > /dev/null
# Ghostscript draws the pages (ImageMagick's default policy refuses to read PDF)
gs -q -dNOPAUSE -dBATCH -sDEVICE=png16m -r80 -dFirstPage=1 -dLastPage=2 -dTextAlphaBits=4 -dGraphicsAlphaBits=4 \
  -sOutputFile="$raw/pagina-%d.png" "$raw/opp-sjabloon.pdf"
convert "$raw/pagina-1.png" "$raw/pagina-2.png" -bordercolor '#b0b0b0' -border 1 +append -resize '1200x>' -colors 256 \
  "PNG8:$out/word-sjabloon.png"

# after: the Studio
xvfb-run -a --server-args="-screen 0 1600x1000x24" ./mvnw -q verify -pl bundles/nl.oppstudio.ui.tests -am \
  -Dtest=WordImportScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dopp.test.argLine="-Dopp.screenshots=$raw"
for picture in "$raw"/studio-*.png; do
  convert "$picture" -resize '1200x>' -colors 256 "PNG8:$out/$(basename "$picture")"
done
ls -l "$out"/word-sjabloon.png "$out"/studio-formaat-uit-word.png "$out"/studio-word-concept.png
