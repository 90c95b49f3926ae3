#!/bin/sh
# Screenshots of the OPP Editor for the user guide (docs/nl/handleiding-editor.md); run again after a change to a screen:
#   releng/screenshots/editor.sh [OUT_DIR]        (default docs/images; needs xvfb-run and ImageMagick's convert)
#   MAVEN_ARGS=-o releng/screenshots/editor.sh    (offline, when the build has run once)
# Builds the editor's test bundle and runs EditorScreenshotsTest on a virtual 24-bit screen of 1280 × 800 (so the window is
# 1240 × 760, the smallest it opens at). The test opens the
# editor on a copy of dsl-examples (with an overdue OPP and a broken one), drives it through its widgets and writes
# editor-*.png (overzicht, nieuw-opp, csv-import, document, melding, doelen, cyclus, logboek, tabel, levensloop,
# instemming, in-gebruik, anoniem, bijwerken, over) at full size; here they are scaled to at most 900 px wide with 256 colours (each well under 150 KB).
# Look at every picture after a change: labels cut off, English words, empty panes, overlapping widgets.
set -eu
cd "$(dirname "$0")/../.."
out=${1:-docs/images}
for tool in xvfb-run convert; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ontbreekt: $tool (apt-get install -y xvfb xauth imagemagick)" >&2; exit 2; }
done
raw=$(mktemp -d "${TMPDIR:-/tmp}/opp-editor-shots.XXXXXX")
trap 'rm -rf "$raw"' EXIT
xvfb-run -a --server-args="-screen 0 1280x800x24" ./mvnw -q verify -pl bundles/nl.oppstudio.editor.tests -am \
  -Dtest=EditorScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dopp.test.argLine="-Dopp.screenshots=$raw"
mkdir -p "$out"
for picture in "$raw"/editor-*.png; do
  convert "$picture" -resize '900x>' -colors 256 "PNG8:$out/$(basename "$picture")"
done
ls -l "$out"/editor-*.png
