"""Runtime hook (Linux): never abort because QT_QPA_PLATFORM asks for a platform the bundle lacks.

The bundle ships Qt's xcb and offscreen platform plugins, not Wayland's (bundle_rules.QT_PLUGINS).
Without QT_QPA_PLATFORM, Qt on a Wayland session falls back to xcb (XWayland) by itself; but a desktop
or user that sets QT_QPA_PLATFORM=wayland would make Qt abort at start. Add xcb as a fallback then.
"""

import os
import sys

SHIPPED_LINUX_PLATFORMS = {"xcb", "offscreen"}  # keep in step with bundle_rules.QT_PLUGINS["platforms"]


def _add_xcb_fallback() -> None:
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or not wanted:
        return
    names = {entry.split(":")[0].strip() for entry in wanted.split(";")}
    if not names & SHIPPED_LINUX_PLATFORMS:
        os.environ["QT_QPA_PLATFORM"] = wanted + ";xcb"


_add_xcb_fallback()
