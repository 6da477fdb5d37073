#!/usr/bin/env bash
# Refresh constraints.txt after a change to pyproject.toml's dependencies: install the project
# with its test extra into a fresh virtual environment (no constraints), then freeze it.
# Run the whole suite afterwards: output bytes may change with HarfBuzz, ReportLab or fontTools.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --upgrade pip
"$tmp/venv/bin/python" -m pip install -q -e ".[test]"
# Lines with an environment marker (macOS's own Qt and ICU, packages only Windows or macOS
# install) are kept as they are, and this
# platform's freeze of those packages is left out (the marked lines already say it).
freeze="$("$tmp/venv/bin/python" -m pip freeze --exclude-editable)"
for name in $(sed -n '/^[^#].*;/s/[=;].*//p' constraints.txt | sort -u); do
  freeze="$(printf '%s\n' "$freeze" | grep -v -i "^$name==" || true)"
done
{ sed -n '/^#/p' constraints.txt; { printf '%s\n' "$freeze"; sed -n '/^[^#].*;/p' constraints.txt; } | sort -f; } \
  > constraints.txt.new
mv constraints.txt.new constraints.txt
echo "constraints.txt refreshed; now run scripts/test"
