#!/usr/bin/env bash
# Prepare a checkout to run Thadin: a Python 3.11 or newer, system packages (when missing,
# and we may install them), then a virtual environment in .venv with the project in it.
#   scripts/bootstrap.sh          # to run the app
#   scripts/bootstrap.sh test     # to run the tests as well
# Used by scripts/thadin and scripts/test; safe to run again (it only adds what is missing).
# Once set up it probes nothing: a stamp in .venv records what the setup was made from
# (this script, pyproject.toml, the Python, the mode); while those are unchanged it exits
# at once. Windows: scripts/bootstrap.ps1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-run}"
venv="$here/.venv"

# The Python to build .venv with: $PYTHON, else the newest python3.X >= 3.11 on PATH.
find_python() {
  local candidate
  for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

# stamp_key: what a finished setup was made from, read without starting any program but cksum.
stamp_key() {
  local files=(scripts/bootstrap.sh pyproject.toml constraints.txt) file
  for file in package.json package-lock.json; do [ -f "$file" ] && files+=("$file"); done
  printf '%s|%s|%s|%s\n' "$mode" "$(cksum "${files[@]}" | tr '\n' ' ')" \
    "$(cat "$venv/pyvenv.cfg" 2>/dev/null | tr '\n' ' ')" "$(uname -sm)"
}
stamp="$venv/.bootstrap-$mode"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(stamp_key)" ]; then
  exit 0  # set up already, from the same files and the same Python
fi

# apt_install WHAT PACKAGE…: install Debian packages when we may (root, or passwordless
# sudo as on CI runners); return 1 when we may not, so the caller can say what to install.
apt_install() {
  local what="$1"; shift
  local sudo=()
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ "$(id -u)" != 0 ]; then
    sudo -n true >/dev/null 2>&1 || return 1
    sudo=(sudo -n)
  fi
  echo "bootstrap: installing $what" >&2
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- Python 3.11 or newer -----------------------------------------------------------------
if ! python="$(find_python)"; then
  # Ubuntu 22.04's python3 is 3.10; its archive has python3.11 (universe).
  if apt-cache show python3.11 >/dev/null 2>&1 && apt_install "Python 3.11" python3.11 python3.11-venv; then
    python="$(find_python)"
  else
    echo "bootstrap: Thadin needs Python 3.11 or newer; $(python3 --version 2>/dev/null || echo 'no python3') found." >&2
    if command -v apt-get >/dev/null 2>&1; then
      echo "  install one: sudo apt-get install python3.11 python3.11-venv   (then run this again)" >&2
    elif command -v brew >/dev/null 2>&1 || [ "$(uname)" = Darwin ]; then
      echo "  install one: brew install python@3.12   (or the installer from python.org)" >&2
    else
      echo "  install Python 3.11 or newer from your system's packages or python.org, then run this again" >&2
    fi
    echo "  or point PYTHON at one: PYTHON=/path/to/python3.12 $0 $mode" >&2
    exit 1
  fi
fi

need_cmds=()            # commands the tests call
need_debs=()            # their Debian packages
if [ "$mode" = test ]; then
  command -v pdftotext >/dev/null 2>&1 || { need_cmds+=(pdftotext); need_debs+=(poppler-utils); }
  command -v hb-shape  >/dev/null 2>&1 || { need_cmds+=(hb-shape);  need_debs+=(libharfbuzz-bin); }
  command -v soffice   >/dev/null 2>&1 || { need_cmds+=(soffice);   need_debs+=(libreoffice-writer-nogui); }
  command -v fc-list   >/dev/null 2>&1 || { need_cmds+=(fc-list);   need_debs+=(fontconfig); }
  command -v pandoc    >/dev/null 2>&1 || { need_cmds+=(pandoc);    need_debs+=(pandoc); }
  command -v node      >/dev/null 2>&1 || { need_cmds+=(node);      need_debs+=(nodejs); }
  command -v npm       >/dev/null 2>&1 || { need_cmds+=(npm);       need_debs+=(npm); }
  # The suite runs a second time under a Burmese locale compiled with localedef (glibc).
  if [ "$(uname)" = Linux ] && { ! command -v localedef >/dev/null 2>&1 || [ ! -f /usr/share/i18n/locales/my_MM ]; }; then
    need_cmds+=("localedef (with locale sources)"); need_debs+=(locales)
  fi
fi
if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  need_cmds+=("python$version venv"); need_debs+=("python$version-venv")
fi

if [ "${#need_debs[@]}" -gt 0 ] && ! apt_install "${need_debs[*]}" "${need_debs[@]}"; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: missing ${need_cmds[*]}; run: sudo apt-get install ${need_debs[*]}" >&2
    exit 1
  elif command -v brew >/dev/null 2>&1; then
    echo "bootstrap: missing ${need_cmds[*]}; run: brew install poppler harfbuzz fontconfig pandoc node" \
         "&& brew install --cask libreoffice" >&2
    exit 1
  else
    echo "bootstrap: missing ${need_cmds[*]}; install poppler (pdftotext), harfbuzz (hb-shape) utilities and pandoc" >&2
    exit 1
  fi
fi

# --- The virtual environment, rebuilt when another Python made it ------------------------
python_id() { "$1" -c 'import sys; print(sys.base_prefix, *sys.version_info[:3])' 2>/dev/null; }
if [ -e "$venv" ] && [ "$(python_id "$venv/bin/python" || true)" != "$(python_id "$python")" ]; then
  echo "bootstrap: $venv was made by another Python; rebuilding it with $python" >&2
  rm -rf "$venv"
fi
if [ ! -x "$venv/bin/python" ]; then
  echo "bootstrap: creating $venv with $("$python" --version)" >&2
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
fi
extras=""
[ "$mode" = test ] && extras="[test]"
echo "bootstrap: installing Thadin$extras into $venv" >&2
# Exactly the versions in constraints.txt: output bytes depend on HarfBuzz, ReportLab, fontTools …
if ! "$venv/bin/python" -m pip install -q -c constraints.txt -e ".$extras"; then
  echo "bootstrap: pyproject.toml asks for versions constraints.txt does not pin; run tools/lock.sh" >&2
  exit 1
fi

# pdf.js (Firefox's PDF reader) for the reader tests: exactly the versions in package-lock.json.
if [ "$mode" = test ] && { [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "bootstrap: installing pdf.js (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error >/dev/null  # with @napi-rs/canvas: pdf.js needs its DOMMatrix in node
fi

# Locales the tests run under (scripts/test, tests/locales.py), compiled without root: LOCPATH.
if [ "$mode" = test ] && [ "$(uname)" = Linux ]; then
  for name in my_MM fr_FR; do
    if [ ! -f "$venv/locale/$name.UTF-8/LC_CTYPE" ]; then
      mkdir -p "$venv/locale"
      localedef -i "$name" -f UTF-8 "$venv/locale/$name.UTF-8" >/dev/null 2>&1 || true
      [ -f "$venv/locale/$name.UTF-8/LC_CTYPE" ] || { echo "bootstrap: localedef could not compile $name.UTF-8" >&2; exit 1; }
    fi
  done
fi

# --- Qt's system libraries ----------------------------------------------------------------
# The PySide6 wheels need them; a minimal Debian lacks some. Offscreen needs the first line
# (QtPdf links QtNetwork, which needs GSSAPI); a real window on X11 needs xcb's, and so
# does the test that freezes the app (build.spec refuses to ship a Qt plugin whose
# libraries are missing).
qt_debs=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libdbus-1-3 libx11-6 libgssapi-krb5-2
         libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
xcb_ok() {  # every library the X11 platform plugin links is present
  local plugin
  plugin="$("$venv/bin/python" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt/plugins/platforms/libqxcb.so"))')"
  [ ! -f "$plugin" ] || ! ldd "$plugin" 2>/dev/null | grep -q "not found"
}
qt_ok() {
  QT_QPA_PLATFORM=offscreen "$venv/bin/python" -c "import PySide6.QtWidgets, PySide6.QtPdfWidgets" >/dev/null 2>&1 &&
    { [ "$(uname)" != Linux ] || xcb_ok; }
}
if ! qt_ok; then
  if ! apt_install "Qt's system libraries" "${qt_debs[@]}"; then
    if command -v apt-get >/dev/null 2>&1; then
      echo "bootstrap: Qt cannot start; run: sudo apt-get install ${qt_debs[*]}" >&2
      exit 1
    fi
  fi
fi

stamp_key > "$stamp"
