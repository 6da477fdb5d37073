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
{ sed -n '/^#/p' constraints.txt; "$tmp/venv/bin/python" -m pip freeze --exclude-editable; } > constraints.txt.new
mv constraints.txt.new constraints.txt
echo "constraints.txt refreshed; now run scripts/test"
