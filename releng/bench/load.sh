#!/bin/sh
# Load (issue 16): a whole SWV in one call with a 512 MB heap. Makes N varied documents (copies of the
# examples with other names and dates; every 40th with a birth date that is no date, every 1,000th not XML) in 10 school
# folders (each with the formats beside its documents) in a temp folder, then runs through ./opp:
#   opp validate --zonder-paginas MAP on all N, then on the first RENDER_N (default all: laying out
#   20,000 PDFs on 2 cores takes a long while) opp validate MAP (which counts pages: a layout per
#   document) and opp render MAP -o PDF/
# with OPP_JAVA_OPTIONS="-Xmx512m" and a GC log, and prints wall time, documents/s, max RSS
# (/usr/bin/time -v) and the most heap in use (the GC log's largest "before" figure).
# Usage: releng/bench/load.sh [N] [RENDER_N]     (defaults 20000 and N; build the product first)
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
n=${1:-20000}
render_n=${2:-$n}
work=$(mktemp -d "${TMPDIR:-/tmp}/opp-load.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
echo "documenten maken: $n in $work; $(uptime)" >&2
python3 - "$root/dsl-examples" "$work/swv" "$n" "$render_n" "$work/render" <<'PY'
import os, re, shutil, sys
examples, target, n, render_n, render = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
docs = sorted(f for f in os.listdir(examples) if f.endswith('.opp'))
support = [f for f in os.listdir(examples) if f.endswith('.oppformat') or f.endswith('.svg') or f.endswith('.png')]
texts = {d: open(os.path.join(examples, d), encoding='utf-8').read() for d in docs}
first = ['Noor', 'Daan', 'Lina', 'Milan', 'Sanne', 'Kevin', 'Yara', 'Tim', 'Eva', 'Amir', 'Fatima', 'Jesse', 'Sem']
last = ['Jansen', 'de Boer', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Jong', 'Mulder', 'Bos', 'Vos', 'Peters']
for school in range(10):
    for folder in (os.path.join(target, 'school-%02d' % school), os.path.join(render, 'school-%02d' % school)):
        os.makedirs(folder, exist_ok=True)
        for f in support:
            shutil.copy(os.path.join(examples, f), folder)
for i in range(n):
    name = docs[i % len(docs)]
    text = texts[name]
    pupil = '%s %s %d' % (first[i % len(first)], last[(i // 13) % len(last)], i)
    text = re.sub(r'<naam>[^<]*</naam>', '<naam>%s</naam>' % pupil, text, count=1)
    text = re.sub(r'<geboortedatum>(\d{4})-\d\d-\d\d', lambda m: '<geboortedatum>%s-%02d-%02d' % (m.group(1), 1 + i % 12, 1 + i % 28), text)
    if i % 40 == 39:
        text = re.sub(r'<geboortedatum>[^<]*', '<geboortedatum>onbekend', text, count=1)   # not a date: an error
    if i % 1000 == 999:
        text = text[: len(text) // 2]                              # not XML: skipped
    file = '%s-%05d.opp' % (name[:-4], i)
    school = 'school-%02d' % (i % 10)
    with open(os.path.join(target, school, file), 'w', encoding='utf-8') as out:
        out.write(text)
    if i < render_n:
        with open(os.path.join(render, school, file), 'w', encoding='utf-8') as out:
            out.write(text)
PY
measure() {
  label=$1
  shift
  gc="$work/gc-$(echo "$label" | tr ' /' '__').log"
  OPP_JAVA_OPTIONS="-Xmx512m -Xlog:gc:file=$gc" /usr/bin/time -v -o "$work/time" nice ./opp "$@" \
    > "$work/out" 2> "$work/err" || true
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")
  seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
  heap=$(sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$gc" | sort -n | tail -n 1)
  summary=$(grep 'Samenvatting' "$work/out" || echo "(geen samenvatting; zie hieronder)")
  printf '%s: %s s, %s documenten/s, max RSS %s MB, heap in gebruik max %s MB (van 512)\n  %s\n' "$label" "$seconds" \
    "$(awk -v n="$N_DOCS" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')" "$((rss / 1024))" "${heap:-?}" "$summary"
  [ -n "$heap" ] || tail -n 5 "$work/err"
  grep -m 1 ': fout: ' "$work/err" | sed 's/^/  eerste fout: /' || true
}
N_DOCS=$n
measure "validate $n --zonder-paginas" validate --zonder-paginas --at 2026-10-01 "$work/swv"
N_DOCS=$render_n
# Counting pages lays every document out with FOP, as render does: on the render folder.
measure "validate $render_n (pagina's geteld)" validate --at 2026-10-01 "$work/render"
measure "render $render_n -o MAP/" render "$work/render" -o "$work/pdf/"
echo "PDF's gemaakt: $(find "$work/pdf" -name '*.pdf' | wc -l)"
