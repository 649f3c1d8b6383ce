"""Where the terminal keeps its files: the platform's config, data and log directories (platformdirs).

`KUPAY_POS_HOME`, when set, puts all three under one folder: tests and side-by-side installs use it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_APP = "kupay-pos"
_AUTHOR = "KuPay"


def _home_override() -> Path | None:
    value = os.environ.get("KUPAY_POS_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    home = _home_override()
    return home / "config" if home else Path(platformdirs.user_config_dir(_APP, _AUTHOR))


def data_dir() -> Path:
    home = _home_override()
    return home / "data" if home else Path(platformdirs.user_data_dir(_APP, _AUTHOR))


def log_dir() -> Path:
    home = _home_override()
    return home / "logs" if home else Path(platformdirs.user_log_dir(_APP, _AUTHOR))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def demo_settings_file() -> Path:
    """--demo's own settings: an owner can try every setting without touching the shop's."""
    return config_dir() / "demo-settings.json"


def journal_file() -> Path:
    return data_dir() / "journal.sqlite3"
