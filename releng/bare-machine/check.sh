#!/bin/sh
# What a new user meets on a bare machine, checked on any machine: `./opp studio` and `./opp editor`
# without GTK 3 or without a display, and the README's test command (./verify) as root, through sudo, and without the
# right to install. Each case runs the real script with an empty environment and a PATH of its own, in
# which fakes replace ldconfig, id, sudo, apt-get, xvfb-run, Xvfb and xauth (a fake apt-get "installs"
# by adding the fakes it installs). Nothing is installed and Maven only prints its version.
# Usage: releng/bare-machine/check.sh; prints one line per case and exits 1 when one fails.
# Run by BareMachineTest in bundles/nl.oppstudio.cli.tests, so ./mvnw verify fails when a check breaks.
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/opp-bare.XXXXXX")
trap 'rm -rf "$work"' EXIT
. "$repo/.mvn/find-jdk.sh"   # the real JDK, for the one case that starts Maven
failures=0

# $work/base: every command of the caller's PATH, as links, except those a bare machine may lack or a
# case fakes. Made once; each case puts its fakes in front of it.
mkdir "$work/base"
old_ifs=$IFS
IFS=:
for dir in $PATH; do
  [ -d "$dir" ] && cp -s -n "$dir"/* "$work/base"/ 2>/dev/null
done
IFS=$old_ifs
rm -f "$work/base/ldconfig" "$work/base/id" "$work/base/sudo" "$work/base/apt-get" \
  "$work/base/xvfb-run" "$work/base/Xvfb" "$work/base/xauth"

# A fake JDK 25 whose java and javac only record that they ran: a check that fails to stop never
# builds or starts anything.
mkdir -p "$work/jdk/bin"
echo 'JAVA_VERSION="25"' > "$work/jdk/release"
printf '#!/bin/sh\necho "$0 $*" >> %s/case/state/java\nexit 3\n' "$work" > "$work/jdk/bin/java"
cp "$work/jdk/bin/java" "$work/jdk/bin/javac"
chmod +x "$work/jdk/bin/java" "$work/jdk/bin/javac"

# A fresh case in $work/case: bin/ holds its fakes (first on PATH), state/ what they were asked.
sandbox() {
  rm -rf "$work/case"
  mkdir -p "$work/case/bin" "$work/case/state" "$work/case/tmp"
  bin="$work/case/bin"
  state="$work/case/state"
  # ldconfig lists GTK 3 once the fake apt-get has installed it (or a case says it is there).
  fake ldconfig '[ -f "$STATE/gtk" ] && echo "	libgtk-3.so.0 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libgtk-3.so.0"; exit 0'
  fake id '[ "${1-}" = -u ] && cat "$STATE/uid" && exit 0; echo "uid=$(cat "$STATE/uid")"'
  echo 1000 > "$state/uid"
  java_home="$work/jdk"
}

# fake NAME BODY: an executable NAME in the sandbox running the sh code BODY, with STATE exported.
fake() {
  printf '#!/bin/sh\nSTATE=%s\n%s\n' "$state" "$2" > "$bin/$1"
  chmod +x "$bin/$1"
}

# apt-get that records its calls; "install" succeeds only after an update, as on a fresh machine
# without package lists, and then installs: GTK 3 for the fake ldconfig, and xvfb-run, Xvfb and xauth
# (xvfb-run records its arguments instead of starting Xvfb).
fake_apt_get() {
  fake apt-get 'echo "DEBIAN_FRONTEND=${DEBIAN_FRONTEND-} $*" >> "$STATE/apt-get"
case "$1" in
  update) touch "$STATE/updated" ;;
  install) [ -f "$STATE/updated" ] || { echo "E: Unable to locate package libgtk-3-0" >&2; exit 100; }
    touch "$STATE/gtk"; cp "$STATE/../installable/"* "$STATE/../bin/" ;;
esac'
  mkdir "$work/case/installable"
  printf '#!/bin/sh
echo "$*" > %s/xvfb-run
' "$state" > "$work/case/installable/xvfb-run"
  printf '#!/bin/sh
' > "$work/case/installable/Xvfb"
  printf '#!/bin/sh
' > "$work/case/installable/xauth"
  chmod +x "$work/case/installable/"*
}

# run DIR [VAR=VALUE...] COMMAND...: runs COMMAND in DIR with only the given environment; sets
# $code, $out (stdout) and $err (stderr). JAVA_HOME is $java_home: the fake JDK unless a case says.
run() {
  dir=$1
  shift
  set -- env -i "HOME=$work/case/home" "PATH=$bin:$work/base" "TMPDIR=$work/case/tmp" "JAVA_HOME=$java_home" "$@"
  out=$(cd "$dir" && "$@" 2> "$work/case/err")
  code=$?
  err=$(cat "$work/case/err")
}

pass() {
  echo "ok   $1"
}

fail() {
  echo "FAIL $1"
  echo "     exit $code; stderr:"
  printf '%s\n' "$err" | sed 's/^/       /'
  [ -z "$out" ] || { echo "     stdout:"; printf '%s\n' "$out" | sed 's/^/       /'; }
  failures=$((failures + 1))
}

# expect NAME CODE 'EXACT STDERR': the case passed when the exit code and the whole stderr match, and
# no Java ran.
expect() {
  if [ "$code" = "$2" ] && [ "$err" = "$3" ] && [ ! -f "$state/java" ]; then pass "$1"; else
    [ ! -f "$state/java" ] || echo "     java ran: $(cat "$state/java")"
    echo "     expected exit $2 and stderr: $3"
    fail "$1"
  fi
}

folder="$repo/dsl-examples"

# --- ./opp studio -----------------------------------------------------------------------------------
sandbox
fake_apt_get
run "$repo" ./opp studio dsl-examples
expect "opp studio without GTK 3: one line with the install command, exit 2 (no Java, no build)" 2 \
  "opp studio: GTK 3 ontbreekt; installeer het met: sudo apt-get install -y libgtk-3-0"

sandbox
fake_apt_get
echo 0 > "$state/uid"
run "$repo" DISPLAY=:0 ./opp studio dsl-examples
expect "opp studio without GTK 3 as root: the line has no sudo; checked even with a display" 2 \
  "opp studio: GTK 3 ontbreekt; installeer het met: apt-get install -y libgtk-3-0"

sandbox
run "$repo" ./opp studio dsl-examples
expect "opp studio without GTK 3 nor apt-get: one line naming the library, exit 2" 2 \
  "opp studio: GTK 3 ontbreekt (libgtk-3.so.0); installeer GTK 3 met de pakketbeheerder van uw systeem"

sandbox
touch "$state/gtk"
run "$repo" ./opp studio dsl-examples
expect "opp studio without a display: one line with xvfb-run, exit 2" 2 \
  "opp studio: er is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn leeg); start het op een bureaublad, of zonder scherm met: xvfb-run -a ./opp studio dsl-examples"

sandbox
mkdir "$work/case/lib"
touch "$work/case/lib/libgtk-3.so.0"
run "$repo" "LD_LIBRARY_PATH=/nergens:$work/case/lib" ./opp studio "$folder"
expect "opp studio finds GTK 3 in LD_LIBRARY_PATH too (then only the display is missing)" 2 \
  "opp studio: er is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn leeg); start het op een bureaublad, of zonder scherm met: xvfb-run -a ./opp studio $folder"

# With GTK 3 and a display the check lets the window start (the function alone: no Java here).
for display in DISPLAY=:99 WAYLAND_DISPLAY=wayland-0; do
  sandbox
  touch "$state/gtk"
  run "$repo" "$display" sh -c '. ./.mvn/desktop.sh && opp_window_check studio "./opp studio"'
  expect "opp studio with GTK 3 and $display: the check lets the window start" 0 ""
done

# --- ./opp editor (the OPP Editor for schools): the same checks, before any build or Java -------------
sandbox
fake_apt_get
run "$repo" ./opp editor dsl-examples
expect "opp editor without GTK 3: one line with the install command, exit 2 (no Java, no build)" 2 \
  "opp editor: GTK 3 ontbreekt; installeer het met: sudo apt-get install -y libgtk-3-0"

sandbox
touch "$state/gtk"
run "$repo" ./opp editor dsl-examples dsl-examples/sem-de-vries.opp
expect "opp editor without a display: one line with xvfb-run, exit 2" 2 \
  "opp editor: er is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn leeg); start het op een bureaublad, of zonder scherm met: xvfb-run -a ./opp editor dsl-examples dsl-examples/sem-de-vries.opp"

# --- ./verify ---------------------------------------------------------------------------------------
install_line="  sudo apt-get install -y libgtk-3-0 xvfb xauth"

sandbox
fake_apt_get
fake sudo 'echo "$*" >> "$STATE/sudo"; exit 1'
run "$repo" ./verify --version
if [ "$code" = 2 ] && [ "$err" = "verify: GTK 3 en Xvfb ontbreken (nodig voor de tests van het venster); installeer met deze regel en start ./verify opnieuw:
$install_line" ] && [ ! -f "$state/apt-get" ] && [ ! -f "$state/java" ] && [ -z "$out" ]; then
  pass "verify, not root and no sudo: stops at once with the apt-get line, exit 2 (no apt-get, no Maven)"
else
  fail "verify, not root and no sudo: stops at once with the apt-get line, exit 2 (no apt-get, no Maven)"
fi

sandbox
fake_apt_get
cp "$work/case/installable/xauth" "$bin/"
touch "$state/gtk"
run "$repo" ./verify --version
if [ "$code" = 2 ] && [ "$err" = "verify: Xvfb ontbreekt (nodig voor de tests van het venster); installeer met deze regel en start ./verify opnieuw:
  sudo apt-get install -y xvfb" ]; then
  pass "verify, not root, GTK 3 and xauth present: asks for xvfb alone"
else
  fail "verify, not root, GTK 3 and xauth present: asks for xvfb alone"
fi

sandbox
fake sudo 'exit 1'
run "$repo" ./verify --version
if [ "$code" = 2 ] && printf '%s\n' "$err" | grep -q 'pakketbeheerder' \
    && printf '%s\n' "$err" | grep -q 'libgtk-3-0 xvfb xauth' && [ "$(printf '%s\n' "$err" | wc -l)" -le 2 ]; then
  pass "verify without apt-get: names the packages, exit 2"
else
  fail "verify without apt-get: names the packages, exit 2"
fi

sandbox
echo 0 > "$state/uid"
fake_apt_get
run "$repo" ./verify --version
if [ "$code" = 0 ] && [ "$(cat "$state/apt-get" 2>/dev/null)" = "DEBIAN_FRONTEND=noninteractive install -y -q libgtk-3-0 xvfb xauth
DEBIAN_FRONTEND= update -q
DEBIAN_FRONTEND=noninteractive install -y -q libgtk-3-0 xvfb xauth" ] \
    && [ "$(cat "$state/xvfb-run" 2>/dev/null)" = "-a --server-args=-screen 0 1280x1024x24 ./mvnw verify --version" ]; then
  pass "verify as root: installs (after apt-get update) and runs ./mvnw verify under xvfb-run"
else
  echo "     apt-get: $(cat "$state/apt-get" 2>/dev/null)"
  echo "     xvfb-run: $(cat "$state/xvfb-run" 2>/dev/null)"
  fail "verify as root: installs (after apt-get update) and runs ./mvnw verify under xvfb-run"
fi

sandbox
fake_apt_get
touch "$state/updated"
fake sudo '[ "$1" = -n ] || exit 1; shift; echo "$*" >> "$STATE/sudo"; exec "$@"'
run "$repo" ./verify -o --version
if [ "$code" = 0 ] && [ "$(cat "$state/sudo" 2>/dev/null)" = "true
env DEBIAN_FRONTEND=noninteractive apt-get install -y -q libgtk-3-0 xvfb xauth" ] \
    && [ "$(cat "$state/xvfb-run" 2>/dev/null)" = "-a --server-args=-screen 0 1280x1024x24 ./mvnw verify -o --version" ]; then
  pass "verify with sudo without password: installs through sudo -n, passes its arguments to Maven"
else
  echo "     sudo: $(cat "$state/sudo" 2>/dev/null)"
  echo "     xvfb-run: $(cat "$state/xvfb-run" 2>/dev/null)"
  fail "verify with sudo without password: installs through sudo -n, passes its arguments to Maven"
fi

# With a display and GTK 3 nothing is installed and Maven runs at once (here it only prints its version).
sandbox
fake_apt_get
touch "$state/gtk"
java_home=$JAVA_HOME
run "$repo" DISPLAY=:99 ./verify -o --version
if [ "$code" = 0 ] && [ ! -f "$state/apt-get" ] && printf '%s\n' "$out" | grep -q '^Apache Maven'; then
  pass "verify with a display and GTK 3: installs nothing, needs no Xvfb, runs ./mvnw verify"
else
  fail "verify with a display and GTK 3: installs nothing, needs no Xvfb, runs ./mvnw verify"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures case(s) failed"
  exit 1
fi
echo "all cases passed"
