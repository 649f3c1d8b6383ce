"""Which versions make up this copy of KuPay POS, for support ("which Qt is this?") and the release record.

From a source checkout they are read from the installed packages; a bundle carries `versions.txt`, written
at build time from the environment it was built in (PyInstaller keeps no package metadata).
"""

from __future__ import annotations

import platform
import sys
from importlib import metadata
from pathlib import Path

from pos_app import APP_NAME, __version__

VERSIONS_FILE = "versions.txt"
# What the terminal runs on, in the order support asks about it.
RUNTIME_DISTRIBUTIONS = (
    "PySide6-Essentials",
    "shiboken6",
    "requests",
    "urllib3",
    "certifi",
    "qrcode",
    "pillow",
    "keyring",
    "platformdirs",
    "babel",
)


def package_versions() -> list[str]:
    """`name version` per runtime package, as installed in this interpreter."""
    lines = []
    for name in RUNTIME_DISTRIBUTIONS:
        try:
            lines.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            lines.append(f"{name} (not installed)")
    return lines


def bundled_versions_file() -> Path | None:
    """The build's record inside a PyInstaller bundle, None when running from source."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / VERSIONS_FILE if getattr(sys, "frozen", False) and base else None


def versions_file_text() -> str:
    """What the bundle build writes: the app, the Python it was built with, and each runtime package."""
    header = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} ({sys.platform}, {platform.machine()})",
    ]
    return "\n".join(header + package_versions()) + "\n"


def version_report() -> list[str]:
    """`kupay-pos --version --verbose`: the recorded build (or this environment), plus the Qt actually loaded."""
    recorded = bundled_versions_file()
    if recorded is not None and recorded.is_file():
        lines = recorded.read_text(encoding="utf-8").splitlines()
    else:
        lines = versions_file_text().splitlines()
    from PySide6.QtCore import qVersion  # QtCore only: no window, no display needed

    return lines + [f"Qt {qVersion()} (loaded)"]
