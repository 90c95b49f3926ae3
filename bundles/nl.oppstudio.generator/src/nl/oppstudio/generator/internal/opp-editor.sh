#!/bin/sh
# @NAME@ @VERSION@: starts the OPP Editor (written by opp generate, see LEESMIJ.txt).
#   opp-editor.sh [MAP] [DOCUMENT.opp]         het venster, met de map (standaard Documenten/OPP)
#   opp-editor.sh --pdf DOCUMENT.opp UIT.pdf   een PDF maken, zonder venster
#   opp-editor.sh --bijwerken [--van ADRES] [MAP]   updates van het formaat installeren
set -u
name='@NAME@'
minimum=21
case "$0" in */*) here=${0%/*} ;; *) here=. ;; esac
here=$(cd "$here" && pwd -P)
install=@INSTALL@
launcher="$install/plugins/@LAUNCHER@"

fail() {
  echo "$name: $1" >&2
  exit 2
}

# Says what is wrong and what to do, also in a dialog when started from a menu or Finder (nobody reads the
# terminal there), and exits with 3.
give_up() {
  echo "$1" >&2
  echo "$2" >&2
  if [ ! -t 2 ]; then
    if command -v osascript > /dev/null 2>&1; then
      osascript -e "display alert \"$1\" message \"$2\"" > /dev/null 2>&1 || true
    elif [ -n "${DISPLAY-}${WAYLAND_DISPLAY-}" ] && command -v zenity > /dev/null 2>&1; then
      zenity --error --text="$1

$2" > /dev/null 2>&1 || true
    fi
  fi
  exit 3
}

# The program's own files: missing when only the start script (or on macOS the .app without its Eclipse
# folder) was copied.
if [ ! -f "$launcher" ]; then
  give_up "$name kan niet starten: het bestand $launcher ontbreekt." \
    "Pak het gedownloade pakket opnieuw helemaal uit en start $name vanuit die map (op een Mac: sleep het hele programma naar Programma's)."
fi

# The major version of a java program (8 for 1.8.0_x), nothing when it does not run.
java_major() {
  version=$("$1" -version 2>&1 | sed -n 's/^[^ ]* version "\([^"]*\)".*/\1/p' | head -n 1)
  case $version in 1.*) version=${version#1.} ;; esac
  major=${version%%[!0-9]*}
  [ -n "$major" ] && echo "$major"
}

# Java: a jre/ folder beside the program first, then JAVA_HOME, then macOS's java_home, then java on the PATH.
java=""
found=""
mac_home=""
[ -x /usr/libexec/java_home ] && mac_home=$(/usr/libexec/java_home -v "$minimum+" 2>/dev/null || true)
on_path=$(command -v java 2>/dev/null || true)
for candidate in "$install/jre/bin/java" "$install/jre/Contents/Home/bin/java" ${JAVA_HOME:+"$JAVA_HOME/bin/java"} \
    ${mac_home:+"$mac_home/bin/java"} ${on_path:+"$on_path"}; do
  [ -x "$candidate" ] || continue
  major=$(java_major "$candidate")
  [ -n "$major" ] || continue
  if [ "$major" -ge "$minimum" ]; then
    java=$candidate
    break
  fi
  [ -n "$found" ] || found="Java $major ($candidate)"
done
if [ -z "$java" ]; then
  if [ -n "$found" ]; then
    problem="$name heeft Java $minimum of nieuwer nodig. Op deze computer staat alleen $found."
  else
    problem="$name heeft Java $minimum of nieuwer nodig. Op deze computer is geen Java gevonden."
  fi
  give_up "$problem" "Installeer Java $minimum of nieuwer (gratis: Temurin, van https://adoptium.net/nl/) en start $name opnieuw. Of zet Java in een map jre naast het programma: $install/jre"
fi

absolute() {
  case $1 in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$(pwd)" "$1" ;;
  esac
}

# The user's Documents/OPP folder, made when missing.
default_folder() {
  documents=""
  command -v xdg-user-dir > /dev/null 2>&1 && documents=$(xdg-user-dir DOCUMENTS 2>/dev/null || true)
  if [ -z "$documents" ] || [ "$documents" = "$HOME" ]; then
    documents="$HOME/Documents"
  fi
  mkdir -p "$documents/OPP" || fail "kan de map $documents/OPP niet maken."
  printf '%s\n' "$documents/OPP"
}

case "${1-}" in
  --pdf)
    [ $# -eq 3 ] || fail "gebruik: $0 --pdf DOCUMENT.opp UIT.pdf"
    [ -f "$2" ] || fail "document bestaat niet: $2"
    set -- -open "$(absolute "$2")" -exportPdf "$(absolute "$3")" ;;
  --bijwerken)
    shift
    from=""
    if [ "${1-}" = "--van" ]; then
      [ $# -ge 2 ] || fail "gebruik: $0 --bijwerken [--van ADRES] [MAP]"
      from=$2
      shift 2
    fi
    [ $# -le 1 ] || fail "gebruik: $0 --bijwerken [--van ADRES] [MAP]"
    if [ $# -eq 1 ]; then
      [ -d "$1" ] || fail "map bestaat niet: $1"
      folder=$(absolute "$1")
    else
      folder=$(default_folder) || exit 2
    fi
    set -- -updateFormats ${from:+-updateFrom "$from"} -yes -folder "$folder" ;;
  -*) ;;   # the editor's own options, passed on as they are
  *)
    [ $# -le 2 ] || fail "gebruik: $0 [MAP] [DOCUMENT.opp]"
    folder=""
    document=""
    for argument in "$@"; do
      case $argument in
        *.opp)
          [ -f "$argument" ] || fail "document bestaat niet: $argument"
          document=$(absolute "$argument") ;;
        *)
          [ -d "$argument" ] || fail "map bestaat niet: $argument"
          folder=$(absolute "$argument") ;;
      esac
    done
    if [ -z "$folder" ] && [ -n "$document" ]; then
      folder=${document%/*}
    fi
    if [ -z "$folder" ]; then
      folder=$(default_folder) || exit 2
    fi
    if [ -n "$document" ]; then
      set -- -folder "$folder" -open "$document"
    else
      set -- -folder "$folder"
    fi ;;
esac

# The install may be read-only: OSGi writes into a configuration area of the user's own, with the
# install's configuration/ as its shared parent. userdata: downloaded format updates (the editor's
# nl.oppstudio.editor.data); cache: per product and version, a class archive that the JVM writes after the
# first start and checks at every start, and the checked formats, so that a start reads no Xtext.
@AREAS@
mkdir -p "$cache" 2> /dev/null || true
options="-Xmx1g -XX:TieredStopAtLevel=1@JVM_OPTIONS@ -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"
[ "$(java_major "$java")" -ge 24 ] && options="$options --sun-misc-unsafe-memory-access=allow"
# Extra JVM options of the user or the school's IT, e.g. a proxy: -Dhttps.proxyHost=... -Dhttps.proxyPort=...
[ -n "${OPP_EDITOR_JAVA_OPTIONS-}" ] && options="$options $OPP_EDITOR_JAVA_OPTIONS"
# shellcheck disable=SC2086 # the options are words
exec "$java" $options -XX:SharedArchiveFile="$cache/editor.jsa" -Dnl.oppstudio.format.cache="$cache/formats" \
  -Dnl.oppstudio.editor.data="$userdata" -Dosgi.sharedConfiguration.area="$install/configuration" \
  -Dosgi.configuration.cascaded=true -jar "$launcher" -install "$install" -configuration "$configuration" -data "$data" "$@"
