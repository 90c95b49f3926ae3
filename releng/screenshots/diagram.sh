#!/bin/sh
# Screenshots of the diagram in the OPP Editor for the user guide (docs/nl/handleiding-editor.md, "Het diagram"):
#   releng/screenshots/diagram.sh [OUT_DIR]        (default docs/images; needs xvfb-run and ImageMagick's convert)
#   MAVEN_ARGS=-o releng/screenshots/diagram.sh    (offline, when the build has run once)
# Builds the editor's test bundle and runs DiagramScreenshotsTest on a virtual 24-bit screen of 1680 × 1050 (a window of
# 1600 × 1000, so that the diagram's text is readable beside the form and its navigation): the editor on
# a copy of dsl-examples with an example OPP open, the form and beside it the goals (diagram-doelen.png), then the cycle
# (diagram-cyclus.png); kept at full size (the boxes' small type stays readable) with 256 colours, each about 100 KB.
# Look at both pictures after a change: text cut off in a box, boxes over each other, English words, an empty pane.
set -eu
cd "$(dirname "$0")/../.."
out=${1:-docs/images}
for tool in xvfb-run convert; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ontbreekt: $tool (apt-get install -y xvfb xauth imagemagick)" >&2; exit 2; }
done
raw=$(mktemp -d "${TMPDIR:-/tmp}/opp-diagram-shots.XXXXXX")
trap 'rm -rf "$raw"' EXIT
xvfb-run -a --server-args="-screen 0 1680x1050x24" ./mvnw -q verify -pl bundles/nl.oppstudio.editor.tests -am \
  -Dtest=DiagramScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dopp.test.argLine="-Dopp.screenshots=$raw"
mkdir -p "$out"
for picture in "$raw"/diagram-*.png; do
  convert "$picture" -colors 256 "PNG8:$out/$(basename "$picture")"
done
ls -l "$out"/diagram-*.png
