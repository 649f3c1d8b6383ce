#!/usr/bin/env bash
# CI guard for packaging (Linux): build the bundle from this checkout, check it is under the size limit,
# run its self-test offscreen, then again with --strict on a private X screen and GNOME Keyring to prove
# the bundled xcb plugin and SecretService backend work. Exit non-zero on any failure, so packaging can
# never silently rot.
#   bash packaging/ci_bundle_check.sh            (from .ci/run, after `make setup`)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
export QT_QPA_PLATFORM=offscreen

# PyInstaller comes from the hashed lock like everything else (`make setup`): nothing is installed here.
"$PY" packaging/build.py --check --package

echo "== frozen self-test --strict: on an X screen (xcb) with a private Secret Service (gnome-keyring)"
bash packaging/linux/strict_self_test.sh dist/kupay-pos/kupay-pos
echo "== packaging OK"
