#!/usr/bin/env bash
# Set up and run 托育机构管理 (operator-app) from a checkout, on a fresh Debian/Ubuntu machine.
#
#   bash tools/bootstrap.sh run  [operator-app arguments...]   install, then start the program
#   bash tools/bootstrap.sh test [pytest arguments...]         install with test tools, run tests
#
# What it does, each step only when needed (a second run is quick):
#   1. installs the system libraries Qt (PySide6) needs on Debian, and python3-venv, through
#      apt-get, when they are missing and it may (root, or sudo: it asks for the password in a
#      terminal); otherwise it prints the apt-get command to run;
#   2. creates .venv with Python 3.11-3.13;
#   3. pip install -e . (run) or -e '.[test]' (test);
#   4. starts the program (no display found: runs `operator-app selftest` instead), or runs
#      pytest on Qt's offscreen platform. pytest finding no tests counts as a failure.
# Chinese fonts are not needed: the app ships and embeds Noto Sans SC.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
MODE="${1:-}"
[[ $# -gt 0 ]] && shift
case "$MODE" in
  run | test) ;;
  *)
    echo "usage: bash tools/bootstrap.sh run|test [arguments...]" >&2
    exit 2
    ;;
esac

VENV=.venv
say() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*" >&2; }

# --- 1. system libraries ---------------------------------------------------------------------
# soname:package. Offscreen Qt (tests, screenshots) needs the first group; a real display (run)
# also needs the xcb group (the wheel's xcb plugin links libxcb-icccm and -keysyms too).
QT_LIBS=(
  libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0
  libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6 libdbus-1.so.3:libdbus-1-3
  libglib-2.0.so.0:libglib2.0-0 libX11.so.6:libx11-6 libX11-xcb.so.1:libx11-xcb1
  libxcb.so.1:libxcb1 libpng16.so.16:libpng16-16 libgssapi_krb5.so.2:libgssapi-krb5-2
)
DISPLAY_LIBS=(
  libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0
  libxcb-image.so.0:libxcb-image0 libxcb-randr.so.0:libxcb-randr0
  libxcb-render-util.so.0:libxcb-render-util0 libxcb-render.so.0:libxcb-render0
  libxcb-shape.so.0:libxcb-shape0 libxcb-shm.so.0:libxcb-shm0 libxcb-sync.so.1:libxcb-sync1
  libxcb-util.so.1:libxcb-util1 libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-xkb.so.1:libxcb-xkb1
  libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
)

LIB_CACHE=""
have_lib() {
  # The cache is read once into a variable: `ldconfig -p | grep -q` under pipefail fails with
  # SIGPIPE whenever grep stops reading early, which would report present libraries missing.
  if [[ -z $LIB_CACHE ]]; then
    LIB_CACHE="$("$(command -v ldconfig || echo /sbin/ldconfig)" -p 2>/dev/null || true)"
  fi
  grep -q "[[:space:]]$1 " <<<"$LIB_CACHE"
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null && { sudo -n true 2>/dev/null || [[ -t 0 ]]; }; then
    sudo "$@" # asks for the password when run from a terminal
  else
    return 1
  fi
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || {
    say "not a Debian-like system: please install the equivalents of: $*"
    return 1
  }
  if [[ $APT_UPDATED -eq 0 ]]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

system_libraries() {
  local wanted=("${QT_LIBS[@]}") missing=() pair
  [[ $MODE == run ]] && wanted+=("${DISPLAY_LIBS[@]}")
  for pair in "${wanted[@]}"; do
    have_lib "${pair%%:*}" || missing+=("${pair#*:}")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  say "installing Qt runtime libraries: ${missing[*]}"
  apt_install "${missing[@]}" || say "could not install them; please run:" \
    "sudo apt-get install ${missing[*]}  (continuing; Qt may fail to load)"
}

# --- 2. Python and the virtual environment ---------------------------------------------------
python_ok() {
  "$1" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] < (3, 14)))' 2>/dev/null
}

find_python() {
  local candidate
  for candidate in ${PYTHON:-} python3 python3.11 python3.12 python3.13; do
    if command -v "$candidate" >/dev/null && python_ok "$candidate"; then
      echo "$candidate"
      return 0
    fi
  done
  say "Python 3.11-3.13 not found (set PYTHON=/path/to/python3.11)"
  return 1
}

make_venv() {
  if [[ -x $VENV/bin/python ]] && python_ok "$VENV/bin/python" \
    && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    return 0
  fi
  local python
  python="$(find_python)"
  rm -rf "$VENV"
  say "creating $VENV with $("$python" --version)"
  if ! "$python" -m venv "$VENV" 2>/dev/null; then
    rm -rf "$VENV"
    local minor
    minor="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    say "python venv support missing: installing python3-venv"
    apt_install python3-venv "python${minor}-venv" || apt_install python3-venv || {
      say "please run: sudo apt-get install python3-venv"
      exit 1
    }
    "$python" -m venv "$VENV"
  fi
}

# --- 3./4. install and run -------------------------------------------------------------------
system_libraries
make_venv
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check)
if [[ $MODE == test ]]; then
  say "installing operator-app with test tools into $VENV"
  "${PIP[@]}" install --quiet -e '.[test]'
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
  say "running the test suite (QT_QPA_PLATFORM=$QT_QPA_PLATFORM)"
  status=0
  "$VENV/bin/python" -m pytest "$@" || status=$?
  if [[ $status -eq 5 ]]; then
    say "pytest collected no tests: treated as a failure"
    exit 1
  fi
  exit "$status"
fi

say "installing operator-app into $VENV"
"${PIP[@]}" install --quiet -e .
if [[ $# -eq 0 && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  say "no display found (DISPLAY/WAYLAND_DISPLAY unset): running the self-test instead."
  say "On a desktop, run: $VENV/bin/operator-app   (or: bash tools/bootstrap.sh run)"
  exec "$VENV/bin/operator-app" selftest
fi
exec "$VENV/bin/operator-app" "$@"
