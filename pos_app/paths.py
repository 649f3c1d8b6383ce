"""Where the terminal keeps its files: the platform's config, data and log directories (platformdirs).

`KUPAY_POS_HOME`, when set, puts all three under one folder: tests and side-by-side installs use it.

The journal, settings and logs are the shop's business data: their folders are made 0700 and their files
0600 (`private_dir`, `private_file`), so another account on the computer cannot read them.
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


def private_dir(path: Path) -> Path:
    """Create `path` (and its parents) with the folder itself readable by this user only (0700).

    An existing folder is tightened only when it is one of the app's own, never a folder the owner chose.
    """
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not existed or path in (config_dir(), data_dir(), log_dir()):
        try:
            path.chmod(0o700)
        except OSError:
            pass  # a file system without Unix permissions (or not ours): nothing to tighten
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty if missing, readable and writable by this user only (0600); tighten an old one."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    try:
        path.chmod(0o600)
    except OSError:
        pass
    return path
