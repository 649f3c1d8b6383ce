"""The token in a real Secret Service: GNOME Keyring inside a private D-Bus session (Linux CI).

Stores the token through CredentialStore with keyring's SecretService backend, reads it back in a fresh
process in the same session (as after a restart), then removes it. The user's own keyring is never touched:
`dbus-run-session` starts a private bus and a private gnome-keyring-daemon for the test only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.keyring_integration

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "kp_live_integration_5c1f0e9d8b7a"

_missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]

STEP = textwrap.dedent(
    """
    import sys
    import keyring.backends.SecretService
    from pos_app.credentials import CredentialStore

    store = CredentialStore(backend=keyring.backends.SecretService.Keyring())
    action = sys.argv[1]
    if action == "store":
        assert store.get_token() is None, "the private keyring should start empty"
        store.set_token(sys.argv[2])
        print("stored in", store.backend_name())
    elif action == "read":
        print("token=" + (store.get_token() or "<none>"))
    elif action == "delete":
        store.delete_token()
        print("after delete:", store.get_token())
    """
)


@pytest.mark.skipif(
    bool(_missing),
    reason=f"needs {' and '.join(_missing)} (apt-get install dbus dbus-x11 gnome-keyring) for a real Secret Service",
)
def test_token_survives_a_restart_in_gnome_keyring(tmp_path, pos_home):
    pytest.importorskip(
        "secretstorage", reason="keyring's SecretService backend needs the secretstorage package"
    )
    script = tmp_path / "step.py"
    script.write_text(STEP, encoding="utf-8")
    # A private HOME and XDG dirs: gnome-keyring writes its keyring file there, never in the user's home.
    home = tmp_path / "home"
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        PYTHONPATH=str(ROOT),
    )
    (tmp_path / "run").mkdir(mode=0o700)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    py, step = sys.executable, str(script)
    # A non-empty unlock password: with an empty one, gnome-keyring (42) creates no login collection and
    # then asks a graphical prompter, which fails without a display.
    shell = (
        'echo -n "kupay-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && '
        f'"{py}" "{step}" store "{TOKEN}" && "{py}" "{step}" read && "{py}" "{step}" delete && "{py}" "{step}" read'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0] == "stored in SecretService Keyring"
    assert lines[1] == f"token={TOKEN}"  # a fresh process finds it: a restart needs nothing
    assert lines[2] == "after delete: None"
    assert lines[3] == "token=<none>"
    # The token is in the keyring's encrypted file, not as plain text anywhere, and nowhere in the app's home.
    for root in (home, pos_home):
        for path in (p for p in root.rglob("*") if p.is_file()) if root.exists() else ():
            assert TOKEN.encode() not in path.read_bytes(), path
