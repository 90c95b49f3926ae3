#!/bin/sh
# releng/ci-recipe/test.sh: tests the CI recipe of docs/ci.md as an SWV would run it.
# Extracts ci/opp-recept.sh from the marked block of docs/ci.md (<!-- recept:begin --> ... <!-- recept:end -->),
# checks that both CI syntaxes call its steps, makes a temporary git repository with the example format and
# its document, publishes version 1.0.0 (tag ID/v1.0.0), then runs the recipe's steps against it: a clean
# check with valid SARIF, the example document, the version check passing for a right bump and failing for a
# too small one (a compatible change and a breaking change), a format error in the SARIF, and opp generate
# on the tag (required: a failing uitgeven step fails the test).
# Usage: releng/ci-recipe/test.sh      (OPP=/path/to/opp to use another opp than this repository's ./opp)
# Exit code 0 when every check passed, 1 when one failed.
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
OPP=${OPP:-$here/opp}
export OPP
doc="$here/docs/ci.md"
examples="$here/dsl-examples"
id=swv-voorbeeld-opp
failures=0
work=$(mktemp -d "${TMPDIR:-/tmp}/opp-ci-recept.XXXXXX")
trap 'rm -rf "$work"' EXIT
log="$work/uitvoer.txt"

ok() { echo "ok      $1"; }
fail() { echo "MISLUKT $1"; [ -f "$log" ] && sed 's/^/        | /' "$log" | tail -n 15; failures=$((failures + 1)); }
# expect CODE DESCRIPTION STEP: runs a recipe step in the repository, output in $log
expect() {
  want=$1; what=$2; shift 2
  (cd "$repo" && sh ci/opp-recept.sh "$@") > "$log" 2>&1
  got=$?
  if [ "$got" = "$want" ]; then ok "$what"; else fail "$what (afsluitcode $got, verwacht $want)"; fi
}
contains() { if grep -q -- "$1" "$log"; then ok "$2"; else fail "$2 (niet gevonden: $1)"; fi; }
valid_json() {
  if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"]=="2.1.0"; print(len(d["runs"][0]["results"]))' "$1" > "$work/results" 2>> "$log"; then
    ok "$2 (geldige SARIF 2.1.0, $(cat "$work/results") bevinding(en))"
  else
    fail "$2 (geen geldige SARIF-JSON)"
  fi
}
commit() { (cd "$repo" && git add -A && git commit -q -m "$1") || fail "git commit: $1"; }
set_version() { sed -i "s/^versie \"[0-9.]*\"/versie \"$1\"/" "$repo/formaten/$id.oppformat"; }

for tool in git python3; do
  command -v "$tool" > /dev/null 2>&1 || { echo "ontbreekt: $tool (nodig voor deze test)"; exit 1; }
done
start=$(date +%s)
echo "CI-recept uit $doc, opp: $OPP"

# 1. the recipe, extracted from docs/ci.md
repo="$work/swv-formaten"
mkdir -p "$repo/ci" "$repo/formaten"
sed -n '/<!-- recept:begin -->/,/<!-- recept:end -->/p' "$doc" | sed '1d;$d' | sed '1{/^```/d};${/^```/d}' > "$repo/ci/opp-recept.sh"
if [ -s "$repo/ci/opp-recept.sh" ] && head -n 1 "$repo/ci/opp-recept.sh" | grep -q '^#!/bin/sh' && sh -n "$repo/ci/opp-recept.sh"; then
  ok "recept uit docs/ci.md gehaald ($(wc -l < "$repo/ci/opp-recept.sh") regels, geldige shell)"
else
  fail "recept uit docs/ci.md halen"
  exit 1
fi
for syntax in github gitlab; do
  sed -n "/<!-- ci:$syntax:begin -->/,/<!-- ci:$syntax:end -->/p" "$doc" > "$work/$syntax.yml"
  missing=""
  for step in controleren documenten versie uitgeven; do
    grep -q "sh ci/opp-recept.sh $step\$" "$work/$syntax.yml" || missing="$missing $step"
  done
  if [ -s "$work/$syntax.yml" ] && [ -z "$missing" ]; then ok "$syntax roept elke stap van het recept aan"; else fail "$syntax roept niet aan:$missing"; fi
done
if python3 -c 'import yaml' 2> /dev/null; then
  for syntax in github gitlab; do
    sed '1d;$d' "$work/$syntax.yml" | sed '1d;$d' > "$work/$syntax.plain.yml"
    if python3 -c 'import yaml,sys; yaml.safe_load(open(sys.argv[1]))' "$work/$syntax.plain.yml" 2> "$log"; then
      ok "$syntax: geldige YAML"
    else
      fail "$syntax: geen geldige YAML"
    fi
  done
fi

# 1b. the cached OPP Studio follows OPP_STUDIO_VERSIE: GitHub keys the built product by commit, and GitLab's
# before_script (run here against a local "OPP Studio" repository) updates a cached clone and drops a product
# built from another commit
if grep -q "key: opp-studio-product-.*env.OPP_STUDIO_COMMIT" "$work/github.yml" \
  && grep -q 'OPP_STUDIO_COMMIT=$(git -C .opp-studio rev-parse HEAD)' "$work/github.yml"; then
  ok "github: gebouwde OPP Studio bewaard per commit"
else
  fail "github: de cachesleutel van de gebouwde OPP Studio noemt de commit niet"
fi
if python3 -c 'import yaml' 2> /dev/null; then
  studio="$work/oppstudio-bron"
  ci="$work/gitlab-run"
  mkdir -p "$studio" "$ci"
  python3 -c '
import sys, yaml
lines = yaml.safe_load(open(sys.argv[1]))["default"]["before_script"]
print("\n".join(l for l in lines if "apt-get" not in l))' "$work/gitlab.plain.yml" > "$work/before.sh" 2> "$log"
  studio_commit() {
    (cd "$studio" && echo "$1" > versie.txt && git add versie.txt && git -c user.name=t -c user.email=t@t.invalid \
      -c commit.gpgsign=false commit -q -m "$1" && git rev-parse HEAD)
  }
  before() { (cd "$ci" && OPP_STUDIO_GIT="file://$studio" OPP_STUDIO_VERSIE=main sh -eu "$work/before.sh") > "$log" 2>&1; }
  (cd "$studio" && git init -q -b main) > /dev/null
  first=$(studio_commit een)
  product="$ci/.opp-studio/releng/nl.oppstudio.product/target/products"
  if before && mkdir -p "$product/nl.oppstudio.product" && before && [ -d "$product" ]; then
    ok "gitlab: gebouwde OPP Studio blijft bij dezelfde commit"
  else
    fail "gitlab: gebouwde OPP Studio blijft bij dezelfde commit"
  fi
  second=$(studio_commit twee)
  if before && [ "$(git -C "$ci/.opp-studio" rev-parse HEAD)" = "$second" ] && [ ! -d "$product" ]; then
    ok "gitlab: nieuwe commit van OPP_STUDIO_VERSIE opgehaald, oud product weg"
  else
    fail "gitlab: nieuwe commit van OPP_STUDIO_VERSIE opgehaald, oud product weg (was $first)"
  fi
fi

# 2. a temporary repository with the example format, its base, logo and example document at 1.0.0
for f in "$id.oppformat" wettelijk-minimum.oppformat logo-swv-voorbeeld.svg sem-de-vries.opp; do
  cp "$examples/$f" "$repo/formaten/" || fail "voorbeeld $f kopiëren"
done
set_version 1.0.0
sed -i "s/urn:oppstudio:format:$id:0.2.0/urn:oppstudio:format:$id:1.0.0/" "$repo/formaten/sem-de-vries.opp"
printf 'rapport/\nuitgave/\n' > "$repo/.gitignore"
(cd "$repo" && git init -q -b main && git config user.name "SWV CI-test" && git config user.email ci@oppstudio.invalid \
  && git config commit.gpgsign false && git config tag.gpgsign false) || fail "git init"
commit "Formaat en voorbeeld"
(cd "$repo" && "$OPP" publish "formaten/$id.oppformat" --versie 1.0.0 -m "Versie 1.0.0") > "$log" 2>&1 \
  && (cd "$repo" && git rev-parse -q --verify "refs/tags/$id/v1.0.0" > /dev/null) \
  && ok "versie 1.0.0 gepubliceerd (label $id/v1.0.0)" || fail "opp publish 1.0.0"
export FORMAAT="formaten/$id.oppformat" PEILDATUM=2026-11-01

# 3. the steps on the published version
expect 0 "controleren: formaat zonder fouten" controleren
valid_json "$repo/rapport/opp-formaat.sarif" "controleren: rapport/opp-formaat.sarif"
expect 0 "documenten: voorbeelddocument klopt" documenten
expect 0 "versie: geen wijzigingen sinds het label" versie
contains "Geen wijzigingen sinds $id/v1.0.0" "versie: meldt geen wijzigingen"

# 4. a compatible change: the same version is too small, 1.0.1 fits
sed -i 's/"School"/"Naam van de school"/' "$repo/formaten/$id.oppformat"
commit "Label van school"
expect 1 "versie: compatibele wijziging zonder nieuwe versie faalt" versie
contains 'versie "1.0.1"' "versie: noemt de versie die past (1.0.1)"
set_version 1.0.1
commit "Versie 1.0.1"
expect 0 "versie: compatibele wijziging met 1.0.1 slaagt" versie

# 5. a breaking change: a minor bump is too small, 2.0.0 fits
sed -i '/^\t\tveld school "Naam van de school": tekst verplicht$/d' "$repo/formaten/$id.oppformat"
set_version 1.1.0
commit "School weg"
expect 1 "versie: brekende wijziging met 1.1.0 faalt" versie
contains "nieuwe hoofdversie (2.0.0)" "versie: noemt de nieuwe hoofdversie"
set_version 2.0.0
commit "Versie 2.0.0"
expect 0 "versie: brekende wijziging met 2.0.0 slaagt" versie

# 6. a format error: the step fails, and the SARIF names the file and line
cp "$repo/formaten/$id.oppformat" "$work/goed.oppformat"
printf 'onzin\n' >> "$repo/formaten/$id.oppformat"
expect 1 "controleren: formaat met een fout faalt" controleren
valid_json "$repo/rapport/opp-formaat.sarif" "controleren: SARIF ook bij een fout"
if python3 -c '
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
assert any(r["level"] == "error" and any(l["physicalLocation"]["artifactLocation"]["uri"] == sys.argv[2]
    and l["physicalLocation"]["region"]["startLine"] > 0 for l in r.get("locations", [])) for r in results)
' "$repo/rapport/opp-formaat.sarif" "formaten/$id.oppformat" 2> /dev/null; then
  ok "controleren: SARIF noemt bestand en regel van de fout"
else
  cp "$repo/rapport/opp-formaat.sarif" "$log"; fail "controleren: SARIF noemt bestand en regel van de fout"
fi
cp "$work/goed.oppformat" "$repo/formaten/$id.oppformat"

# 7. opp generate on the tag: required, as the recipe runs it on every tag
(cd "$repo" && git checkout -q "$id/v1.0.0") || fail "label uitchecken"
# one platform keeps the test fast; the others are made the same way
export PLATFORMS=linux EDITOR_NAAM="OPP Editor CI-test"
expect 0 "uitgeven: opp generate op het label" uitgeven
if ls "$repo/uitgave/repository/content.jar" "$repo/uitgave"/*-1.0.0-linux-x86_64.tar.gz \
  "$repo/uitgave/plugins/nl.oppstudio.formats.${id}_1.0.0.jar" > /dev/null 2>&1; then
  ok "uitgeven: p2-repository en archief in uitgave/"
else
  ls -R "$repo/uitgave" > "$log" 2>&1; fail "uitgeven: p2-repository en archief in uitgave/"
fi

seconds=$(($(date +%s) - start))
if [ "$failures" -gt 0 ]; then
  echo "CI-recept: $failures controle(s) mislukt ($seconds s)."
  exit 1
fi
echo "CI-recept: alle controles geslaagd ($seconds s)."
