#!/usr/bin/env bash
# Sign KuPay POS.app and its .dmg for Developer ID distribution, notarise and staple both, and check the
# result the way Gatekeeper will. Called by `python packaging/build.py --package` on macOS, in this order:
#
#   sign_and_notarize.sh sign-app "dist/KuPay POS.app"
#   sign_and_notarize.sh notarize "dist/KuPay POS.app"       # zipped, submitted, ticket stapled to the app
#   sign_and_notarize.sh sign-dmg dist/KuPay-POS-<version>-macos-arm64.dmg   (made from the stapled app)
#   sign_and_notarize.sh notarize dist/KuPay-POS-<version>-macos-arm64.dmg
#   sign_and_notarize.sh verify "dist/KuPay POS.app" dist/KuPay-POS-<version>-macos-arm64.dmg
#
# Every step fails loudly: a missing secret, a rejected submission or a Gatekeeper refusal exits non-zero.
#   MACOS_CERTIFICATE      base64 of the "Developer ID Application" certificate + key (.p12)
#   MACOS_CERTIFICATE_PWD  the .p12's password
#   MACOS_SIGN_IDENTITY    e.g. "Developer ID Application: KuPay Ltd (TEAMID1234)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password) for notarytool
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/entitlements.plist"

need() {
  local missing=()
  for name in "$@"; do [ -n "${!name:-}" ] || missing+=("$name"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "sign_and_notarize: not set: ${missing[*]}" >&2
    exit 1
  fi
}

# A throw-away keychain holding only our certificate, so CI never prompts and never uses the login keychain.
import_certificate() {
  keychain="$RUNNER_TEMP_DIR/kupay-signing.keychain-db"
  local password
  password=$(uuidgen)
  security create-keychain -p "$password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$password" "$keychain"
  echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP_DIR/certificate.p12"
  security import "$RUNNER_TEMP_DIR/certificate.p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PWD" -T /usr/bin/codesign
  rm -f "$RUNNER_TEMP_DIR/certificate.p12"
  security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" "$keychain" >/dev/null
  # Search our keychain first, keep the others (codesign needs the system roots).
  local others=() line
  while IFS= read -r line; do
    line=${line#"${line%%[![:space:]]*}"}  # trim leading blanks, then the quotes security prints
    others+=("${line//\"/}")
  done < <(security list-keychains -d user)
  security list-keychains -d user -s "$keychain" "${others[@]}"
}

sign() {  # hardened runtime, secure timestamp; --force replaces PyInstaller's ad-hoc signatures
  codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$@"
}

sign_app() {
  local app=$1
  need MACOS_CERTIFICATE MACOS_CERTIFICATE_PWD MACOS_SIGN_IDENTITY
  RUNNER_TEMP_DIR=$(mktemp -d)
  trap 'security delete-keychain "${keychain:-}" 2>/dev/null || true; rm -rf "$RUNNER_TEMP_DIR"' EXIT
  import_certificate
  # Inside out: every loose library and Python extension, then the Qt frameworks, then the app with its
  # entitlements. (codesign --deep is deprecated for signing and misses nested code in Resources.)
  # Mach-O files are found by content: PyInstaller's libpython is a plain "Python" with no extension.
  find "$app/Contents" -type f ! -path "$app/Contents/MacOS/*" -print0 | while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q "Mach-O"; then sign "$file"; fi
  done
  find "$app/Contents" -type d -name "*.framework" -prune -print0 | while IFS= read -r -d '' fw; do
    sign "$fw"
  done
  sign --entitlements "$entitlements" "$app/Contents/MacOS/kupay-pos"
  sign --entitlements "$entitlements" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
  echo "sign_and_notarize: signed $app as $MACOS_SIGN_IDENTITY"
}

sign_dmg() {
  local dmg=$1
  need MACOS_CERTIFICATE MACOS_CERTIFICATE_PWD MACOS_SIGN_IDENTITY
  RUNNER_TEMP_DIR=$(mktemp -d)
  trap 'security delete-keychain "${keychain:-}" 2>/dev/null || true; rm -rf "$RUNNER_TEMP_DIR"' EXIT
  import_certificate
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  codesign --verify --strict --verbose=2 "$dmg"
}

# Submit an .app (zipped with ditto, which keeps the signature) or a .dmg, wait for Apple's verdict, staple
# the ticket so Gatekeeper can check it offline, and validate the staple.
notarize() {
  local target=$1 upload=$1
  need APPLE_ID APPLE_TEAM_ID APPLE_APP_PASSWORD
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  if [ -d "$target" ]; then
    upload="$work/$(basename "$target" .app).zip"
    ditto -c -k --keepParent "$target" "$upload"
  fi
  # --wait: fail the build here, with Apple's log, rather than ship something Gatekeeper rejects.
  if ! xcrun notarytool submit "$upload" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait --timeout 30m --output-format json > "$work/notary.json"; then
    cat "$work/notary.json" >&2 || true
    exit 1
  fi
  cat "$work/notary.json"
  grep -q '"status" *: *"Accepted"' "$work/notary.json" || {
    id=$(sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' "$work/notary.json" | head -1)
    xcrun notarytool log "$id" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" >&2 || true
    exit 1
  }
  xcrun stapler staple "$target"
  xcrun stapler validate "$target"
  echo "sign_and_notarize: notarised and stapled $target"
}

# Gatekeeper's own verdict, as a Mac that downloaded the image will give it. An ad-hoc or expired signature,
# a missing ticket or a rejected assessment fails here (codesign --verify alone accepts ad-hoc signatures).
verify() {
  local app=$1 dmg=$2
  local info
  info=$(codesign -dv --verbose=2 "$app" 2>&1) || true
  grep -q "^Authority=Developer ID Application" <<<"$info" || {
    echo "sign_and_notarize: $app is not signed with a Developer ID Application certificate:" >&2
    echo "$info" >&2
    exit 1
  }
  spctl --assess --type exec --verbose=2 "$app"
  xcrun stapler validate "$app"
  xcrun stapler validate "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
  echo "sign_and_notarize: Gatekeeper accepts $app and $dmg"
}

case "${1:-}" in
  sign-app) sign_app "${2:?app path}" ;;
  sign-dmg) sign_dmg "${2:?dmg path}" ;;
  notarize) notarize "${2:?app or dmg path}" ;;
  verify) verify "${2:?app path}" "${3:?dmg path}" ;;
  *) echo "usage: $0 sign-app APP | notarize APP|DMG | sign-dmg DMG | verify APP DMG" >&2; exit 2 ;;
esac
