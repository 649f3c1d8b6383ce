"""The support log: written, rotated, and never holding the token or an Authorization header."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from urllib.parse import quote

import pytest
from keyring_memory import MemoryKeyring, installed

from pos_app import logs, paths
from pos_app.credentials import CredentialStore

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "kp_live_Zx81-secret+token/with=odd_chars"


@pytest.fixture
def support_log():
    path = logs.setup_logging(logging.DEBUG)
    yield path
    logs.shutdown_logging()
    logs.set_crash_notifier(None)


def _every_file_under(root) -> dict[str, str]:
    return {str(p): p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file()}


def test_log_file_lives_in_the_log_directory(support_log):
    logging.getLogger("pos_app.test").info("sale T1-0001 created in 0.42 s")
    assert support_log.parent == paths.log_dir()
    assert "sale T1-0001 created in 0.42 s" in support_log.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("Authorization: Bearer abc.def-123", "Authorization: Bearer [redacted]"),
        ("headers={'Authorization': 'Bearer abc.def-123', 'Accept': 'x'}", "'Accept': 'x'"),
        ("Authorization: Basic dXNlcjpwYXNz", "Authorization: [redacted]"),
        ('{"authorization": "Token abc"}', '{"authorization": "[redacted]"}'),
        ("curl -H 'Authorization:Bearer abc' https://x", "https://x"),
    ],
)
def test_authorization_values_are_scrubbed(raw, kept):
    out = logs.redact(raw)
    assert "abc" not in out and "dXNlcjpwYXNz" not in out
    assert kept in out


def test_registered_secret_is_scrubbed_even_url_encoded():
    logs.register_secret(TOKEN)
    from urllib.parse import quote

    out = logs.redact(f"token={TOKEN} url=/x?t={quote(TOKEN, safe='')}")
    assert TOKEN not in out and quote(TOKEN, safe="") not in out
    assert out.count("[redacted]") == 2


def test_short_strings_are_not_treated_as_secrets():
    logs.register_secret("ab")
    assert logs.redact("about a cab") == "about a cab"


def test_log_rotates_at_about_a_megabyte(support_log):
    log = logging.getLogger("pos_app.test")
    for i in range(3000):
        log.info("status read %05d: waiting %s", i, "x" * 400)
    files = sorted(p.name for p in paths.log_dir().iterdir())
    assert "kupay-pos.log.1" in files
    assert all(p.stat().st_size <= logs.MAX_BYTES + 1000 for p in paths.log_dir().iterdir())
    assert len(files) <= logs.BACKUP_COUNT + 1


def test_token_reaches_no_file_under_home(support_log, pos_home):
    """A flow that logs a lot, including the token everywhere a careless line might put it."""
    notified: list[str] = []
    logs.set_crash_notifier(notified.append)
    log = logging.getLogger("pos_app.kupay.client")
    with installed(MemoryKeyring()):
        store = CredentialStore()
        store.set_token(TOKEN)
        token = CredentialStore().get_token()  # a fresh read, as after a restart
    assert token == TOKEN
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    for i in range(200):
        log.debug("POST payment/create attempt %d headers=%s", i, headers)
        log.info("token in use: %s", token)
        log.info("Authorization: Bearer %s", token)
    try:
        raise RuntimeError(f"request failed for token {token}")
    except RuntimeError:
        log.exception("create failed")
    # an uncaught exception on the main thread and on a worker thread
    try:
        raise ValueError(f"bad header Authorization: Bearer {token}")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def worker():
        raise ConnectionError(f"dropped while sending {token}")

    t = threading.Thread(target=worker, name="status-poller")
    t.start()
    t.join()
    for h in logging.getLogger().handlers:
        h.flush()

    files = _every_file_under(pos_home)
    assert any(name.endswith("kupay-pos.log") for name in files)
    for name, text in files.items():
        assert TOKEN not in text, name
    text = logs.log_file().read_text(encoding="utf-8")
    assert "create failed" in text and "RuntimeError: request failed for token [redacted]" in text
    assert "Uncaught exception in thread status-poller" in text
    assert "Uncaught exception in the main thread" in text
    assert notified == [logs.CRASH_SENTENCE, logs.CRASH_SENTENCE]


def test_shutdown_gives_back_the_hooks_and_closes_the_file(pos_home):
    logs.setup_logging()
    assert sys.excepthook is not sys.__excepthook__
    logs.shutdown_logging()
    assert sys.excepthook is sys.__excepthook__
    assert threading.excepthook is threading.__excepthook__
    assert not [h for h in logging.getLogger().handlers if getattr(h, "_kupay_pos", False)]


def test_native_crash_leaves_a_stack_in_the_log_folder(pos_home):
    """A segfault (say, in Qt) runs no Python hook; faulthandler still leaves the stack for support."""
    script = "from pos_app import logs; logs.setup_logging(); import ctypes; ctypes.string_at(0)"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode != 0
    text = (paths.log_dir() / logs.NATIVE_CRASH_FILE_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in text


def test_crash_in_a_fresh_process_is_logged_redacted(pos_home):
    """The real sys.excepthook path: a process that dies with the token in its exception message."""
    script = textwrap.dedent(
        f"""
        from pos_app import logs
        logs.setup_logging()
        logs.register_secret({TOKEN!r})
        raise SystemError("crashed holding " + {TOKEN!r})
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode != 0
    assert TOKEN not in result.stderr and TOKEN not in result.stdout
    log_text = logs.log_file().read_text(encoding="utf-8")
    assert "SystemError: crashed holding [redacted]" in log_text
    for name, text in _every_file_under(pos_home).items():
        assert TOKEN not in text, name


@pytest.mark.parametrize(
    "written",
    [
        quote(TOKEN, safe="").replace("%2F", "%2f").replace("%2B", "%2b"),  # lowercase percent-encoding
        TOKEN[:12] + "\n    " + TOKEN[12:],  # a line wrapped inside the token
        "'" + TOKEN[:15] + "'\n    '" + TOKEN[15:] + "'",  # a repr split over lines
        TOKEN[:20] + "\\\n" + TOKEN[20:],  # a backslash-continued line
        TOKEN.replace("/", "\\/"),  # JSON's escaped slash
        TOKEN.replace("/", "\\x2f").replace("+", "\\x2B"),  # a bytes repr
        TOKEN.replace("/", "\\u002f"),  # a unicode escape
    ],
)
def test_the_token_is_scrubbed_however_it_is_written(written):
    logs.register_secret(TOKEN)
    out = logs.redact(f"answer: {written} end")
    assert "[redacted]" in out and out.startswith("answer: ") and out.endswith(" end")
    assert "Zx81" not in out and "odd_chars" not in out
