#!/usr/bin/env bash
# Install the Debian/Ubuntu packages KuPay POS needs, only those missing. Used by `make demo`, `make test`
# and .ci/run, so a fresh machine needs nothing by hand.
#   system-deps.sh runtime   Qt's libraries for a real window (Qt >= 6.5 needs libxcb-cursor0), and libpq5
#                            for the shop database (the Linux bundle uses the system's PostgreSQL client)
#   system-deps.sh test      runtime + a virtual screen, xdotool, a real Secret Service and PostgreSQL (the
#                            shop-database tests start their own throwaway cluster) for the tests
set -euo pipefail
what=${1:-runtime}
command -v dpkg >/dev/null 2>&1 || exit 0  # not Debian/Ubuntu: Qt's wheels bring what macOS/Windows need

packages=(
  python3-venv libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 xdg-utils libusb-1.0-0 libpq5
)
if [ "$what" = test ]; then
  # fonts-droid-fallback: Japanese glyphs for the translation tests (a Japanese till wants fonts-noto-cjk)
  packages+=(xvfb xauth xdotool x11-xserver-utils dbus dbus-x11 gnome-keyring libsecret-tools binutils postgresql poppler-utils fonts-droid-fallback)
fi
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
