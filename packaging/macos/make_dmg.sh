#!/usr/bin/env bash
# Wrap dist/Thadin.app in a compressed disk image: dist/Thadin-VERSION.dmg (macOS only).
set -euo pipefail
version="${1:?usage: make_dmg.sh VERSION}"
staging="$(mktemp -d)"
cp -R dist/Thadin.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Thadin" -srcfolder "$staging" -ov -format UDZO "dist/Thadin-$version.dmg"
rm -rf "$staging"
