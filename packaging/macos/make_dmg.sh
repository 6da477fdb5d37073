#!/usr/bin/env bash
# Wrap dist/Thadin.app in a compressed disk image: dist/Thadin-VERSION[-SUFFIX].dmg (macOS only).
#   packaging/macos/make_dmg.sh VERSION [SUFFIX]      # SUFFIX: macos-arm64, macos-x86_64
# The image holds the app, an Applications link to drag it onto, and the licence and the
# third-party notices beside them (the notices are also inside the app: Help ▸ About).
set -euo pipefail
version="${1:?usage: make_dmg.sh VERSION [SUFFIX]}"
name="Thadin-$version${2:+-$2}"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R dist/Thadin.app "$staging/"
ln -s /Applications "$staging/Applications"
cp LICENSE "$staging/LICENSE.txt"
cp dist/Thadin/THIRD-PARTY-NOTICES "$staging/THIRD-PARTY-NOTICES.txt"
hdiutil create -volname "Thadin $version" -srcfolder "$staging" -ov -format UDZO "dist/$name.dmg"
