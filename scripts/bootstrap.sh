#!/usr/bin/env bash
# Prepare a checkout to run Thadin: system packages (when missing, and we may install
# them), then a virtual environment in .venv with the project installed into it.
#   scripts/bootstrap.sh          # to run the app
#   scripts/bootstrap.sh test     # to run the tests as well
# Used by scripts/thadin and scripts/test; safe to run again (it only adds what is missing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-run}"

# apt_install WHAT PACKAGE…: install Debian packages when we may (root with apt-get);
# return 1 when we may not, so the caller can say what to install.
apt_install() {
  local what="$1"; shift
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "bootstrap: installing $what" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    return 1
  fi
}

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
python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1; then
  need_cmds+=(python3); need_debs+=(python3 python3-venv)
elif ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  need_cmds+=("python3 venv"); need_debs+=(python3-venv)
fi

if [ "${#need_debs[@]}" -gt 0 ] && ! apt_install "${need_debs[*]}" "${need_debs[@]}"; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: missing ${need_cmds[*]}; run: sudo apt-get install ${need_debs[*]}" >&2
    exit 1
  elif command -v brew >/dev/null 2>&1; then
    echo "bootstrap: missing ${need_cmds[*]}; run: brew install poppler harfbuzz fontconfig pandoc python@3.12" \
         "&& brew install --cask libreoffice" >&2
    exit 1
  else
    echo "bootstrap: missing ${need_cmds[*]}; install poppler (pdftotext), harfbuzz (hb-shape) utilities and pandoc" >&2
    exit 1
  fi
fi

venv="$here/.venv"
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
if [ ! -x "$venv/bin/python" ]; then
  echo "bootstrap: creating $venv" >&2
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
fi
extras=""
[ "$mode" = test ] && extras="[test]"
stamp="$venv/.installed-$mode"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
  echo "bootstrap: installing Thadin$extras into $venv" >&2
  # Exactly the versions in constraints.txt: output bytes depend on HarfBuzz, ReportLab, fontTools …
  if ! "$venv/bin/python" -m pip install -q -c constraints.txt -e ".$extras"; then
    echo "bootstrap: pyproject.toml asks for versions constraints.txt does not pin; run tools/lock.sh" >&2
    exit 1
  fi
  touch "$stamp"
fi

# pdf.js (Firefox's PDF reader) for the reader tests: exactly the versions in package-lock.json.
if [ "$mode" = test ] && { [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "bootstrap: installing pdf.js (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error >/dev/null  # with @napi-rs/canvas: pdf.js needs its DOMMatrix in node
fi

# Qt's system libraries: the PySide6 wheels need them; a minimal Debian lacks some.
# Offscreen needs the first line (QtPdf links QtNetwork, which needs GSSAPI); a real window
# on X11 needs xcb's, and so does the test that freezes the app (build.spec refuses to
# ship a Qt plugin whose libraries are missing).
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
if ! qt_ok && ! apt_install "Qt's system libraries" "${qt_debs[@]}" && command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: Qt cannot start; run: sudo apt-get install ${qt_debs[*]}" >&2
  exit 1
fi
