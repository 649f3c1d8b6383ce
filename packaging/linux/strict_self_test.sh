#!/usr/bin/env bash
# `kupay-pos self-test --strict` of a built or installed Linux bundle, the way a till runs it: on a real X
# screen (a private Xvfb, so the bundled xcb plugin must load, not offscreen) with a real Secret Service
# (a private, unlocked GNOME Keyring in its own D-Bus session, so the bundled SecretService backend must
# store, read back and delete a throw-away secret). The builder's own HOME, keyring and journal are never
# touched. Used by packaging/ci_bundle_check.sh (every CI run) and the release workflow (the unpacked tarball).
#   bash packaging/linux/strict_self_test.sh dist/kupay-pos/kupay-pos
set -euo pipefail
exe=${1:?usage: strict_self_test.sh PATH/TO/kupay-pos}
for tool in xvfb-run dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "strict_self_test: $tool missing (bash packaging/linux/system-deps.sh test)" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
# shellcheck disable=SC2016  # $0 is expanded by the inner shell: the bundle's program
out=$(env -u QT_QPA_PLATFORM -u DBUS_SESSION_BUS_ADDRESS HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" \
  XDG_DATA_HOME="$tmp/share" KUPAY_POS_HOME="$tmp/pos" \
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- sh -c \
  'echo -n kupay-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" self-test --strict' \
  "$exe" 2>"$tmp/stderr") || { echo "$out"; tail -20 "$tmp/stderr"; echo "FAILED: self-test --strict"; exit 1; }
echo "$out"
grep -q "^PASS qt-platform xcb" <<<"$out" || { echo "FAILED: the bundle did not use the xcb screen"; exit 1; }
grep -q "^PASS keyring SecretService" <<<"$out" || { echo "FAILED: the bundle did not use SecretService"; exit 1; }
echo "strict self-test OK: native xcb screen and Secret Service round trip"
