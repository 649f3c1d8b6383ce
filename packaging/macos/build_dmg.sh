#!/usr/bin/env bash
# Make the KuPay POS disk image: the .app next to a link to /Applications, so installing is one drag.
#   packaging/macos/build_dmg.sh "dist/KuPay POS.app" dist/KuPay-POS-<version>-macos.dmg "KuPay POS <version>"
# Called by `python packaging/build.py --package` on macOS (after the .app is signed, when it is).
set -euo pipefail

app=${1:?usage: build_dmg.sh APP OUT.dmg VOLUME_NAME}
out=${2:?usage: build_dmg.sh APP OUT.dmg VOLUME_NAME}
volume=${3:-"KuPay POS"}

[ -d "$app" ] || { echo "build_dmg: $app does not exist (build the bundle first)" >&2; exit 1; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps symlinks, extended attributes and the code signature intact (cp -R can break them).
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"

rm -f "$out"
# UDZO: zlib-compressed, read-only. -fs HFS+ mounts on every macOS we support (12+).
# hdiutil on CI runners fails now and then with "Resource busy": try a few times before giving up.
for attempt in 1 2 3; do
  if hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$out"; then
    break
  fi
  [ "$attempt" -lt 3 ] || { echo "build_dmg: hdiutil create failed 3 times" >&2; exit 1; }
  sleep $((attempt * 5))
done
hdiutil verify "$out"
echo "build_dmg: wrote $out"
