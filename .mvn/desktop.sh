# Sourced (POSIX sh) by opp and verify: what a window (SWT on GTK 3) needs, checked before any Java
# starts. Every command is looked up on PATH first, so a test can put fakes in front of ldconfig, id,
# sudo and apt-get (releng/bare-machine/check.sh).

# True when the dynamic loader finds GTK 3 (libgtk-3.so.0, which SWT opens at run time): in
# LD_LIBRARY_PATH, in the loader's cache (ldconfig -p; outside root's PATH it is in /sbin), or, on a
# system without ldconfig, in the usual library folders.
opp_has_gtk() {
  opp_ifs=$IFS
  IFS=:
  for opp_dir in ${LD_LIBRARY_PATH-}; do
    if [ -n "$opp_dir" ] && [ -e "$opp_dir/libgtk-3.so.0" ]; then
      IFS=$opp_ifs
      return 0
    fi
  done
  IFS=$opp_ifs
  opp_ldconfig=$(command -v ldconfig 2>/dev/null) || opp_ldconfig=""
  for opp_dir in /sbin /usr/sbin; do
    [ -z "$opp_ldconfig" ] && [ -x "$opp_dir/ldconfig" ] && opp_ldconfig="$opp_dir/ldconfig"
  done
  if [ -n "$opp_ldconfig" ]; then
    "$opp_ldconfig" -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'
    return
  fi
  for opp_lib in /usr/lib/*/libgtk-3.so.0 /usr/lib64/libgtk-3.so.0 /usr/lib/libgtk-3.so.0 /lib/*/libgtk-3.so.0; do
    [ -e "$opp_lib" ] && return 0
  done
  return 1
}

# True when a window can be shown: an X11 or a Wayland display.
opp_has_display() {
  [ -n "${DISPLAY-}" ] || [ -n "${WAYLAND_DISPLAY-}" ]
}

# True when xvfb-run can give a virtual display (it needs Xvfb and xauth).
opp_has_xvfb() {
  command -v xvfb-run >/dev/null 2>&1 && command -v Xvfb >/dev/null 2>&1
}

# "sudo " when installing needs it (not root), else nothing: the prefix of an install command we print.
opp_sudo() {
  [ "$(id -u)" = 0 ] || printf 'sudo '
}

# Checks what the window command $1 needs; prints one Dutch line with the fix and returns 2 when
# something is missing. $2 is the command as typed (for the xvfb-run advice).
opp_window_check() {
  if ! opp_has_gtk; then
    if command -v apt-get >/dev/null 2>&1; then
      echo "opp $1: GTK 3 ontbreekt; installeer het met: $(opp_sudo)apt-get install -y libgtk-3-0" >&2
    else
      echo "opp $1: GTK 3 ontbreekt (libgtk-3.so.0); installeer GTK 3 met de pakketbeheerder van uw systeem" >&2
    fi
    return 2
  fi
  if ! opp_has_display; then
    echo "opp $1: er is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn leeg); start het op een bureaublad, of zonder scherm met: xvfb-run -a $2" >&2
    return 2
  fi
  return 0
}
