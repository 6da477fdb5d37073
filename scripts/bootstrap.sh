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

need_cmds=()            # commands the tests call
need_debs=()            # their Debian packages
if [ "$mode" = test ]; then
  command -v pdftotext >/dev/null 2>&1 || { need_cmds+=(pdftotext); need_debs+=(poppler-utils); }
  command -v hb-shape  >/dev/null 2>&1 || { need_cmds+=(hb-shape);  need_debs+=(libharfbuzz-bin); }
  command -v soffice   >/dev/null 2>&1 || { need_cmds+=(soffice);   need_debs+=(libreoffice-writer-nogui); }
  command -v fc-list   >/dev/null 2>&1 || { need_cmds+=(fc-list);   need_debs+=(fontconfig); }
fi
python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1; then
  need_cmds+=(python3); need_debs+=(python3 python3-venv)
elif ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  need_cmds+=("python3 venv"); need_debs+=(python3-venv)
fi

if [ "${#need_debs[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "bootstrap: installing ${need_debs[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_debs[@]}" >/dev/null
  elif command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: missing ${need_cmds[*]}; run: sudo apt-get install ${need_debs[*]}" >&2
    exit 1
  elif command -v brew >/dev/null 2>&1; then
    echo "bootstrap: missing ${need_cmds[*]}; run: brew install poppler harfbuzz fontconfig python@3.12" \
         "&& brew install --cask libreoffice" >&2
    exit 1
  else
    echo "bootstrap: missing ${need_cmds[*]}; install poppler (pdftotext) and harfbuzz (hb-shape) utilities" >&2
    exit 1
  fi
fi

venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  echo "bootstrap: creating $venv" >&2
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
fi
extras=""
[ "$mode" = test ] && extras="[test]"
stamp="$venv/.installed-$mode"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "bootstrap: installing Thadin$extras into $venv" >&2
  "$venv/bin/python" -m pip install -q -e ".$extras"
  touch "$stamp"
fi
