"""`kupay-pos self-test`: one line per check, exit 0 only when all pass, and it never touches the shop's data.

The frozen bundle runs the same code (packaging/build.py --check); these tests pin down what it reports
and that a broken installation really fails it.
"""

from __future__ import annotations

import argparse

import babel.localedata
import keyring.backends.fail
import pytest
from keyring_memory import ForgetfulKeyring, LockedKeyring, MemoryKeyring, installed

from pos_app import selftest
from pos_app.app import main
from pos_app.credentials import SERVICE
from pos_app.selftest import REPORT_ENV, run_self_test

CHECKS = (
    "qt-platform",
    "keyring",
    "qr-render",
    "receipt",
    "sandbox-roundtrip",
    "journal",
    "babel",
    "tls-ca",
    "shop-db-driver",
    "resources",
)


def _run(capsys, **options) -> tuple[int, list[str]]:
    code = run_self_test(argparse.Namespace(strict=options.pop("strict", False), **options))
    return code, capsys.readouterr().out.splitlines()


def _line(lines: list[str], check: str) -> str:
    found = [line for line in lines if line.split()[1:2] == [check]]
    assert len(found) == 1, lines
    return found[0]


def test_every_check_passes_in_a_working_checkout(qapp, capsys, memory_keyring):
    code, lines = _run(capsys)

    assert code == 0, "\n".join(lines)
    assert lines[0].startswith("KuPay POS ") and "self-test" in lines[0]
    for check in CHECKS:
        assert _line(lines, check).startswith("PASS "), lines
    assert _line(lines, "qt-platform").startswith("PASS qt-platform offscreen")
    assert "Memory (tests)" in _line(lines, "keyring")
    assert "open -> paid" in _line(lines, "sandbox-roundtrip")
    assert "1.234,50" in _line(lines, "babel") and "$1,234.50" in _line(lines, "babel")
    assert "psycopg 3." in _line(lines, "shop-db-driver") and "libpq " in _line(lines, "shop-db-driver")
    assert lines[-1].startswith("OK: 10 of 10 checks passed")


def test_the_command_line_runs_it_and_writes_the_report_file(
    qapp, capsys, memory_keyring, tmp_path, monkeypatch
):
    # The Windows bundle has no console: the report file is the only way CI hears the result.
    report = tmp_path / "self-test.txt"
    monkeypatch.setenv(REPORT_ENV, str(report))

    assert main(["self-test"]) == 0

    printed = capsys.readouterr().out.splitlines()
    assert report.read_text(encoding="utf-8").splitlines() == printed
    assert len(printed) == len(CHECKS) + 2


def test_no_password_store_is_a_warning_unless_strict(qapp, capsys):
    with installed(keyring.backends.fail.Keyring()):
        code, lines = _run(capsys)
        assert code == 0
        assert _line(lines, "keyring").startswith("WARN keyring none")
        assert "session only" in _line(lines, "keyring")

        code, lines = _run(capsys, strict=True)
        assert code == 1
        assert _line(lines, "keyring").startswith("FAIL keyring")
        assert "keyring" in lines[-1].split("(failed: ")[1]


class RecordingKeyring(MemoryKeyring):
    """Remembers every service name it was asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.services: set[str] = set()

    def get_password(self, service, username):
        self.services.add(service)
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self.services.add(service)
        super().set_password(service, username, password)


class UndeletableKeyring(MemoryKeyring):
    """Says it deleted, keeps the secret."""

    def delete_password(self, service, username):
        return None


def test_the_password_store_is_proved_by_a_round_trip_under_a_throw_away_name(qapp, capsys):
    shops_token = "the-shops-real-token"
    with installed(RecordingKeyring()) as backend:
        backend.passwords[(SERVICE, "api-token")] = shops_token

        code, lines = _run(capsys, strict=True)

    assert _line(lines, "keyring").startswith(
        "PASS keyring Memory (tests): a throw-away secret stored, read back"
    )
    assert code == 1  # offscreen is not a screen (see below), but the keyring passed
    # Written, read and deleted under its own name; the shop's entry untouched and never even read.
    assert backend.passwords == {(SERVICE, "api-token"): shops_token}
    assert backend.services and all(s.startswith("kupay-pos-self-test-") for s in backend.services)


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        (ForgetfulKeyring(), "did not keep"),
        (LockedKeyring(), "Failed to unlock"),
        (UndeletableKeyring(), "a deleted secret is still there"),
    ],
)
def test_a_password_store_that_names_itself_but_cannot_keep_a_secret_fails_strict(
    qapp, capsys, backend, words
):
    with installed(backend):
        code, lines = _run(capsys)
        assert _line(lines, "keyring").startswith("WARN keyring")
        assert code == 0

        code, lines = _run(capsys, strict=True)
    line = _line(lines, "keyring")
    assert line.startswith("FAIL keyring") and backend.name in line and words in line, line
    assert code == 1


def test_strict_requires_this_computers_own_screen(qapp, capsys, memory_keyring, monkeypatch):
    # The tests run offscreen: what a release job that forgot to unset QT_QPA_PLATFORM looks like.
    code, lines = _run(capsys, strict=True)
    line = _line(lines, "qt-platform")
    assert line.startswith("FAIL qt-platform") and "'offscreen'" in line and "unset QT_QPA_PLATFORM" in line
    assert code == 1 and "(failed: qt-platform)" in lines[-1]

    code, lines = _run(capsys)  # without --strict offscreen is fine (the build's quick check)
    assert code == 0

    # Where offscreen were this OS's own platform, strict passes: the check is about the name Qt reports.
    monkeypatch.setitem(selftest.NATIVE_PLATFORMS, "linux", {"offscreen"})
    monkeypatch.setitem(selftest.NATIVE_PLATFORMS, "win32", {"offscreen"})
    monkeypatch.setitem(selftest.NATIVE_PLATFORMS, "darwin", {"offscreen"})
    code, lines = _run(capsys, strict=True)
    assert _line(lines, "qt-platform").startswith("PASS qt-platform offscreen")
    assert code == 0, lines


def test_missing_resources_fail_the_run(qapp, capsys, memory_keyring, tmp_path, monkeypatch):
    # What a bundle without the resources/ folder looks like to resource_path().
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)

    code, lines = _run(capsys)

    assert code == 1
    assert _line(lines, "resources").startswith("FAIL resources")
    assert "(failed: resources)" in lines[-1]


def test_missing_babel_locale_data_fails_the_run(qapp, capsys, memory_keyring, tmp_path, monkeypatch):
    # What a bundle without babel's locale-data folder looks like to babel.
    monkeypatch.setattr(babel.localedata, "_dirname", str(tmp_path / "no-locale-data"))
    monkeypatch.setattr(babel.localedata, "_cache", {})
    babel.localedata.locale_identifiers.cache_clear()
    try:
        code, lines = _run(capsys)
    finally:
        babel.localedata.locale_identifiers.cache_clear()

    assert code == 1
    assert _line(lines, "babel").startswith("FAIL babel")


def test_it_leaves_the_shops_journal_and_keyring_alone(qapp, capsys, memory_keyring, pos_home):
    code, _ = _run(capsys)

    assert code == 0
    assert memory_keyring.passwords == {}  # the backend was named, never written
    written = [p for p in pos_home.rglob("*") if p.is_file()] if pos_home.exists() else []
    assert not [p for p in written if "journal" in p.name], written


def test_a_missing_platform_plugin_is_named_instead_of_crashing(monkeypatch):
    # Qt itself would abort the process; the self-test looks for the plugin first and says what is there.
    from pos_app.selftest import _find_platform_plugin

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    _find_platform_plugin()

    monkeypatch.setenv("QT_QPA_PLATFORM", "nosuch;offscreen")  # a fallback list: any one will do
    _find_platform_plugin()

    monkeypatch.setenv("QT_QPA_PLATFORM", "nosuch")
    with pytest.raises(RuntimeError, match=r"no Qt platform plugin 'nosuch' in .*\(have: .*qoffscreen"):
        _find_platform_plugin()


def test_without_a_postgresql_client_library_the_shop_db_check_only_warns(
    qapp, capsys, memory_keyring, monkeypatch
):
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name, *args, **kwargs):
        if name == "psycopg" or name.startswith("psycopg."):
            raise ImportError("no pq wrapper available")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    code, lines = _run(capsys)
    assert code == 0
    assert _line(lines, "shop-db-driver").startswith("WARN shop-db-driver no PostgreSQL client library")


def test_a_bundle_without_its_sounds_fails_the_resources_check(
    qapp, capsys, memory_keyring, tmp_path, monkeypatch
):
    # A bundle with the theme and icons but no sounds/ folder (a packaging rule that dropped the WAV files).
    import shutil

    from pos_app.resources import resources_root

    bundle = tmp_path / "bundle"
    shutil.copytree(resources_root(), bundle / "resources", ignore=shutil.ignore_patterns("sounds"))
    monkeypatch.setattr("sys._MEIPASS", str(bundle), raising=False)

    code, lines = _run(capsys)

    assert code == 1
    assert "cannot read the sounds" in _line(lines, "resources")


def test_a_qt_without_widgets_fails_the_platform_check_instead_of_aborting():
    # Found by mypy: QApplication.instance() may be a QCoreApplication, and a QLabel on one aborts the
    # process (a qFatal), so the report would stop without a FAIL line.
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from pos_app.selftest import check_qt_platform\n"
        "try:\n"
        "    check_qt_platform()()\n"
        "except RuntimeError as error:\n"
        "    print('FAIL', error)\n"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("FAIL Qt started as QCoreApplication")
