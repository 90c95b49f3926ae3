#!/bin/sh
# Screenshots of the OPP Editor under Xvfb, to look at after a change to a screen:
#   releng/screenshots/editor.sh [OUT_DIR]    (needs xvfb, imagemagick and xdotool; ./opp editor builds when needed)
# On a copy of dsl-examples with two more documents, so that the marks show: an OPP not adopted six weeks
# after its start (overdue) and a broken one (a problem row).
# 1. the overview as it opens; 2. the "Nieuw OPP" dialog (Alt+N); 3. its message after Enter without a
# name (closed with Escape, so nothing is written); 4. the first OPP opened with Enter, in its own tab.
set -eu
cd "$(dirname "$0")/../.."
out=${1:-target/screenshots}
mkdir -p "$out"
for tool in Xvfb import xdotool; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ontbreekt: $tool (apt-get install -y xvfb imagemagick xdotool)" >&2; exit 2; }
done
display=:78
Xvfb "$display" -screen 0 1680x900x24 >/dev/null 2>&1 &
xvfb=$!
app=""
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
export DISPLAY="$display"
sleep 2
folder=$(mktemp -d "${TMPDIR:-/tmp}/opp-editor-shots.XXXXXX")
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$folder"' EXIT
cp dsl-examples/*.oppformat dsl-examples/*.opp dsl-examples/*.svg "$folder/"
sed -e '/<vaststelling>2026-10-09<\/vaststelling>/d' -e 's/Sem de Vries/Lotte Smit/' dsl-examples/sem-de-vries.opp > "$folder/lotte-smit.opp"
sed -e 's#</leerling>#</leerlin>#' dsl-examples/sem-de-vries.opp > "$folder/kapot.opp"
./opp editor "$folder" > "$out/editor.log" 2>&1 &
app=$!
sleep 12
import -window root "$out/editor-1-overzicht.png"
xdotool mousemove 300 150 click 1
sleep 1
xdotool key alt+n
sleep 3
import -window root "$out/editor-2-nieuw-opp.png"
xdotool key Return
sleep 1
import -window root "$out/editor-3-nieuw-opp-melding.png"
xdotool key Escape
sleep 1
xdotool mousemove 300 150 click 1 key Return
sleep 2
import -window root "$out/editor-4-document.png"
echo "$out"/editor-1-overzicht.png "$out"/editor-2-nieuw-opp.png "$out"/editor-3-nieuw-opp-melding.png "$out"/editor-4-document.png
