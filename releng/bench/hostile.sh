#!/bin/sh
# Hostile input (issue 16, docs/reliability.md § Hostile input): time and peak memory (max RSS, from
# /usr/bin/time -v) of the opp command line on each hostile case, each a whole process start. The hostile
# files are made in a temp folder, never committed. Needs a built product (./mvnw -DskipTests verify, or
# the first ./opp call) and GNU time (apt-get install time).
#   releng/bench/hostile.sh                 this tree's ./opp
#   OPP=/path/to/other/opp releng/bench/hostile.sh   another build (the "before" column)
#   LIMIT=60 ...                            seconds before a case is stopped (default 300)
set -eu
cd "$(dirname "$0")/../.."
here=$(pwd)
opp=${OPP:-$here/opp}
limit=${LIMIT:-300}
work=$(mktemp -d "${TMPDIR:-/tmp}/opp-hostile.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp dsl-examples/swv-voorbeeld-opp.oppformat dsl-examples/wettelijk-minimum.oppformat dsl-examples/logo-swv-voorbeeld.svg "$work/"
"$opp" --help > /dev/null 2>&1 || true # builds once, prepares the command line

python3 - "$work" "$here/dsl-examples/sem-de-vries.opp" <<'PY'
import sys, os
work, sem = sys.argv[1], sys.argv[2]
text = open(sem, encoding="utf-8").read()
def doc(name, body):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write(body)
name = "<naam>Sem de Vries</naam>"
doc("naam-52mb.opp", text.replace(name, "<naam>" + "Sem " * (13 * 1024 * 1024) + "</naam>"))
doc("naam-1mb.opp", text.replace(name, "<naam>" + "x" * 1_000_000 + "</naam>"))
head = text[:text.index("<leerling>")]
laughs = "<!DOCTYPE opp:Document [<!ENTITY l0 \"ha\">" + "".join(
    "<!ENTITY l%d \"%s\">" % (i, ("&l%d;" % (i - 1)) * 10) for i in range(1, 11)) + "]>\n"
doc("lachen.opp", head.replace("?>\n", "?>\n" + laughs) + "<leerling><naam>&l10;</naam></leerling></opp:Document>\n")
doc("extern.opp", head.replace("?>\n", "?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n")
    + "<leerling><naam>&x;</naam></leerling></opp:Document>\n")
doc("diep.opp", head + "<a>" * 100_000 + "</a>" * 100_000 + "</opp:Document>\n")
with open(os.path.join(work, "groot-100mb.opp"), "w", encoding="utf-8") as f:
    f.write(head)
    block = "<x>" + "y" * 1016 + "</x>\n"  # 1,024 bytes
    for _ in range(100 * 1024):
        f.write(block)
    f.write("</opp:Document>\n")
doc("miljoen.opp", head + "<x/>" * 1_000_000 + "</opp:Document>\n")
doc("regels-100000.oppformat", "formaat \"swv-lang\" versie \"1.0.0\" soort opp {\nsectie s \"S\" {\n"
    + "".join("veld v%d: tekst\n" % i for i in range(100_000)) + "}\n}\n")
doc("regels-5000.oppformat", "formaat \"swv-groot\" versie \"1.0.0\" soort handelingswijzer {\n"
    + "".join("sectie s%d \"S\" {\n" % s + "".join("veld v%d: tekst\n" % f for f in range(49)) + "}\n" for s in range(100)) + "}\n")
doc("haakjes.oppformat", "formaat \"swv-diep\" versie \"1.0.0\" soort opp {\nsectie s \"S\" {\nveld a: tekst\n"
    + "veld b: tekst zichtbaar wanneer " + "(" * 100_000 + "a = \"x\"" + ")" * 100_000 + "\n}\n}\n")
doc("niet.oppformat", "formaat \"swv-niet\" versie \"1.0.0\" soort opp {\nsectie s \"S\" {\nveld a: tekst\n"
    + "veld b: tekst zichtbaar wanneer " + "niet " * 100_000 + "a = \"x\"\n}\n}\n")
PY

format="$work/swv-voorbeeld-opp.oppformat"
echo "| case | command | exit | time (s) | peak RSS (MB) | first line of output |"
echo "|---|---|---|---|---|---|"
run() { # CASE ARGS...
  case_name=$1
  shift
  set +e
  /usr/bin/time -v -o "$work/time.txt" timeout "$limit" "$opp" "$@" > "$work/out.txt" 2>&1
  code=$?
  set -e
  seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  [ "$code" = 124 ] && code="stopped after ${limit} s"
  first=$(grep -v '^\s*$' "$work/out.txt" | head -n 1 | sed "s|$work/||g" | cut -c 1-110 | sed 's/|/\\|/g')
  printf '| %s | `opp %s` | %s | %.1f | %d | %s |\n' "$case_name" "$1" "$code" "$seconds" $((rss / 1024)) "$first"
}
run "Sem's OPP (reference)" validate --format "$format" dsl-examples/sem-de-vries.opp
run "pupil name of 52 MB" validate --format "$format" "$work/naam-52mb.opp"
run "pupil name of 52 MB" render --format "$format" "$work/naam-52mb.opp" -o "$work/naam-52mb.pdf"
run "pupil name of 1 MB" validate --format "$format" "$work/naam-1mb.opp"
run "pupil name of 1 MB" render --format "$format" "$work/naam-1mb.opp" -o "$work/naam-1mb.pdf"
run "entity expansion (billion laughs)" validate --format "$format" "$work/lachen.opp"
run "external entity (file:///etc/passwd)" validate --format "$format" "$work/extern.opp"
run "100,000 nested elements" validate --format "$format" "$work/diep.opp"
run "document of 100 MB" validate --format "$format" "$work/groot-100mb.opp"
run "1 million elements" validate --format "$format" "$work/miljoen.opp"
run "format of 100,000 lines" check-format "$work/regels-100000.oppformat"
run "format of 5,000 lines (100 sections)" check-format "$work/regels-5000.oppformat"
run "condition nested 100,000 deep" check-format "$work/haakjes.oppformat"
run "100,000 times niet" check-format "$work/niet.oppformat"
