#!/usr/bin/env bash
# CI guard for packaging (Linux): build the bundle from this checkout, check it is under the size limit,
# run its self-test offscreen, then again with --strict against a private GNOME Keyring to prove the
# bundled SecretService backend works. Exit non-zero on any failure, so packaging can never silently rot.
#   bash packaging/ci_bundle_check.sh            (from .ci/run, after `make setup`)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
export QT_QPA_PLATFORM=offscreen

# PyInstaller comes from the hashed lock like everything else (`make setup`): nothing is installed here.
"$PY" packaging/build.py --check --package

exe=dist/kupay-pos/kupay-pos
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  echo "== frozen self-test --strict with a private Secret Service (gnome-keyring in dbus-run-session)"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -m 700 "$tmp/run"
  # A private HOME, runtime dir and bus: the builder's own keyring and journal are never touched.
  # shellcheck disable=SC2016  # $0 is expanded by the inner shell: the bundle's program
  out=$(env -u DBUS_SESSION_BUS_ADDRESS HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/share" \
    KUPAY_POS_HOME="$tmp/pos" dbus-run-session -- sh -c \
    'echo -n kupay-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" self-test --strict' \
    "$exe" 2>/dev/null) || { echo "$out"; echo "FAILED: frozen self-test --strict"; exit 1; }
  echo "$out"
  grep -q "^PASS keyring SecretService" <<<"$out" || { echo "FAILED: the bundle did not use SecretService"; exit 1; }
else
  echo "== skipped the --strict keyring run: dbus-run-session or gnome-keyring-daemon missing"
fi
echo "== packaging OK"
