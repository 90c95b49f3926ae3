#!/bin/sh
# Screenshots of the OPP Studio window for the guide (docs/nl/handleiding-studio.md); run again after a change to a screen:
#   releng/screenshots/studio.sh [OUT_DIR]        (default docs/images; needs xvfb-run and ImageMagick's convert)
#   MAVEN_ARGS=-o releng/screenshots/studio.sh    (offline, when the build has run once)
# Builds the Studio's test bundle and runs StudioScreenshotsTest on a virtual 24-bit screen of 1600 × 1000. The test
# opens the Studio on a copy of dsl-examples, drives it through its widgets and writes studio-*.png at full size
# (formaat: a format open with its outline and preview; probleem: a typed error with its mark and the problems
# table; voorstellen: content assist open after "wanneer"; pdf, cyclus, checklist: the preview's other tabs, the PDF
# after its pages were made; nieuw-formaat: the dialog filled in; geschiedenis: the history of a temporary git
# repository with two versions and their differences; publiceren: the five steps, one refused; editor-publiceren:
# "Editor publiceren…" filled in); here they are scaled to at most 1200 px wide with 256
# colours. Look at every picture after a change: labels cut off, English words, empty panes, overlapping widgets.
set -eu
cd "$(dirname "$0")/../.."
out=${1:-docs/images}
for tool in xvfb-run convert; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ontbreekt: $tool (apt-get install -y xvfb xauth imagemagick)" >&2; exit 2; }
done
raw=$(mktemp -d "${TMPDIR:-/tmp}/opp-studio-shots.XXXXXX")
trap 'rm -rf "$raw"' EXIT
xvfb-run -a --server-args="-screen 0 1600x1000x24" ./mvnw -q verify -pl bundles/nl.oppstudio.ui.tests -am \
  -Dtest=StudioScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dopp.test.argLine="-Dopp.screenshots=$raw"
mkdir -p "$out"
for picture in "$raw"/studio-*.png; do
  convert "$picture" -resize '1200x>' -colors 256 "PNG8:$out/$(basename "$picture")"
done
ls -l "$out"/studio-*.png
