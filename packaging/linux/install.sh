#!/bin/sh
# Add KuPay POS to your desktop's application menu (for you only; no root needed), from the unpacked
# kupay-pos-<version>/ folder. Run it again after moving the folder; `./install.sh --uninstall` removes
# the menu entry and icon (the unpacked folder, your settings and your sales journal stay).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
desktop="$apps/kupay-pos.desktop"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$desktop" "$icons/kupay-pos.png"
  echo "Removed the KuPay POS menu entry."
  exit 0
fi

exe="$here/kupay-pos/kupay-pos"
[ -x "$exe" ] || { echo "install.sh: $exe not found; run this from the unpacked kupay-pos folder" >&2; exit 1; }

mkdir -p "$apps" "$icons"
cp "$here/kupay-pos.png" "$icons/kupay-pos.png"
# Point Exec/TryExec at this folder's program; quote it, the path may contain spaces.
sed -e "s|^Exec=kupay-pos|Exec=\"$exe\"|" -e "s|^TryExec=kupay-pos|TryExec=$exe|" \
  "$here/kupay-pos.desktop" > "$desktop"
chmod 644 "$desktop"
# Refresh the menu and icon caches where the desktop keeps them (harmless where it does not).
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$apps" || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "${icons%/256x256/apps}" || true; fi
echo "KuPay POS is in your applications menu (runs $exe)."
