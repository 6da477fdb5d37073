#!/usr/bin/env bash
# The UI tests under macOS's Qt, on Linux (offscreen). macOS pins an older PySide6 than
# Linux and Windows (pyproject.toml: the newest with wheels for macOS 11), and the app's
# Qt code must work under both; CI's test job on macOS is the only other place that Qt runs.
#   tools/macos_qt_tests.sh                       # tests/ui and the pin test
#   tools/macos_qt_tests.sh -m "not slow" -x      # arguments replace that selection: here the whole suite
# Builds .venv-macos-qt beside .venv: the project and its test tools at constraints.txt's
# versions, then PySide6-Essentials/-Addons and shiboken6 at the versions constraints.txt
# pins for macOS (read from its sys_platform == "darwin" lines, never written here).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
scripts/bootstrap.sh test  # the system packages the tests need, and the Python to use
venv="$here/.venv-macos-qt"
python="$(.venv/bin/python -c 'import sys; print(sys._base_executable)')"
qt_pins=()
while IFS= read -r line; do qt_pins+=("$line"); done < <(
  sed -n 's/^\(PySide6_Essentials\|PySide6_Addons\|shiboken6\)==\([^;]*\); *sys_platform == "darwin".*/\1==\2/p' \
    constraints.txt)
[ "${#qt_pins[@]}" = 3 ] || { echo "macos_qt_tests: constraints.txt has no macOS pins of PySide6 and shiboken6" >&2; exit 1; }
stamp="$venv/.macos-qt"
key="$(cksum pyproject.toml constraints.txt | tr '\n' ' ')"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$key" ]; then
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$venv/bin/python" -m pip install -q -c constraints.txt -e ".[test]"
  # --no-deps: pyproject.toml asks Linux for its own Qt; this environment stands for a Mac.
  "$venv/bin/python" -m pip install -q --no-deps "${qt_pins[@]}"
  echo "$key" > "$stamp"
fi
echo "macos_qt_tests: $("$venv/bin/python" -c 'import PySide6; print("PySide6", PySide6.__version__)') (macOS's pin)" >&2
[ "$#" -gt 0 ] || set -- tests/ui tests/test_constraints.py
THADIN_QT_PINS=darwin QT_QPA_PLATFORM=offscreen exec "$venv/bin/python" -m pytest -p no:cacheprovider "$@"
