#!/bin/sh
# Screenshots of the OPP Studio window under Xvfb, to look at after a change to a screen:
#   releng/screenshots/studio.sh [OUT_DIR]    (needs xvfb, imagemagick and xdotool; builds nothing itself)
# 1. the window on dsl-examples as it opens; 2. the structure of revius-wijk-opp.oppformat (third row);
# 3. the same structure scrolled to its end (the cycle and the ondertekening block), reached by keyboard.
set -eu
cd "$(dirname "$0")/../.."
out=${1:-target/screenshots}
mkdir -p "$out"
for tool in Xvfb import xdotool; do
  command -v "$tool" >/dev/null 2>&1 || { echo "ontbreekt: $tool (apt-get install -y xvfb imagemagick xdotool)" >&2; exit 2; }
done
display=:77
Xvfb "$display" -screen 0 1280x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
export DISPLAY="$display"
sleep 2
./opp studio dsl-examples > "$out/studio.log" 2>&1 &
app=$!
sleep 15
import -window root "$out/studio-1-start.png"
xdotool mousemove 95 144 click 1
sleep 2
import -window root "$out/studio-2-revius.png"
xdotool mousemove 600 75 click 1
sleep 1
xdotool key End
sleep 1
import -window root "$out/studio-3-revius-end.png"
echo "$out/studio-1-start.png $out/studio-2-revius.png $out/studio-3-revius-end.png"
