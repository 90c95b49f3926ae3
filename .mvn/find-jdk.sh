# Sourced (POSIX sh) by mvnw, opp and .ci/run: sets and exports JAVA_HOME to a JDK >= 21.
# Order: JAVA_HOME, the java on PATH, then /usr/lib/jvm/* and macOS JDKs (newest first).

opp_jdk_major() {
  # Prints the feature version of the JDK at $1, or nothing when $1 is no JDK.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  v=""
  if [ -f "$1/release" ]; then
    # read by the shell itself: every start of ./opp passes here, and a fork costs
    while IFS= read -r line; do
      case "$line" in
        JAVA_VERSION=\"[0-9]*) v=${line#JAVA_VERSION=\"}; v=${v%%[!0-9]*}; break ;;
      esac
    done < "$1/release"
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = 1 ] && v=8
  printf '%s' "$v"
}

opp_find_jdk() {
  # A good JAVA_HOME ends the search before PATH and /usr/lib/jvm are looked at (no forks).
  if [ -n "${JAVA_HOME-}" ]; then
    major=$(opp_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      printf '%s' "$JAVA_HOME"
      return 0
    fi
  fi
  for candidate in \
      "$(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")")" \
      $( { find /usr/lib/jvm -mindepth 1 -maxdepth 1; \
          find /Library/Java/JavaVirtualMachines -mindepth 3 -maxdepth 3 -name Home; } 2>/dev/null | sort -r -V); do
    [ -n "$candidate" ] || continue
    major=$(opp_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      printf '%s' "$candidate"
      return 0
    fi
  done
  return 1
}

if OPP_JDK=$(opp_find_jdk); then
  JAVA_HOME=$OPP_JDK
  export JAVA_HOME
else
  echo "OPP Studio heeft een JDK 21 of nieuwer nodig, maar vond er geen." >&2
  echo "Gezocht in JAVA_HOME, PATH en /usr/lib/jvm. Installeer een JDK >= 21 (bijv. Temurin 21) en zet JAVA_HOME." >&2
  exit 1
fi
