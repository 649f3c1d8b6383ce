"""The shop's files are private to the till's user account: folders 0700, files 0600."""

from __future__ import annotations

import logging
import stat
import sys

import pytest

from pos_app import logs, paths
from pos_app.journal import Journal
from pos_app.kupay.models import PaymentRequest
from pos_app.settings import Settings, save_settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix permissions")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_journal_settings_and_logs_are_readable_by_this_user_only(pos_home, tmp_path):
    from datetime import datetime
    from decimal import Decimal

    from pos_app.sale import Sale, new_sale_id

    journal = Journal.open()
    sale = Sale(new_sale_id(), "T1-0001", datetime.now().astimezone(), Decimal("1.00"), "USD")
    url = "https://kupay.finance/"
    journal.record_new(
        sale, PaymentRequest(sale.id, "T1-0001", sale.created_at, "USD", sale.amount, url, url, url)
    )
    save_settings(Settings())
    logs.setup_logging()
    try:
        logging.getLogger("pos_app").info("a line for the support log")
        for folder in (paths.data_dir(), paths.config_dir(), paths.log_dir()):
            assert mode(folder) == 0o700, folder
        files = [p for p in pos_home.rglob("*") if p.is_file()]
        names = {p.name for p in files}
        assert {"journal.sqlite3", "journal.sqlite3-wal", "settings.json", "kupay-pos.log"} <= names
        for path in files:
            assert mode(path) == 0o600, path
    finally:
        logs.shutdown_logging()
        journal.close()


def test_rotated_logs_stay_private(pos_home, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 200)
    logs.setup_logging()
    try:
        for n in range(20):
            logging.getLogger("pos_app").info("line %d %s", n, "x" * 50)
        rotated = list(paths.log_dir().glob("kupay-pos.log.*"))
        assert rotated
        for path in [*rotated, paths.log_dir() / "kupay-pos.log"]:
            assert mode(path) == 0o600, path
    finally:
        logs.shutdown_logging()


def test_an_old_world_readable_journal_is_tightened(pos_home):
    folder = paths.data_dir()
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    Journal.open().close()
    paths.journal_file().chmod(0o644)
    Journal.open().close()
    assert mode(folder) == 0o700 and mode(paths.journal_file()) == 0o600


def test_a_folder_the_owner_chose_is_not_changed(tmp_path):
    chosen = tmp_path / "my-books"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    Journal.open(chosen / "journal.sqlite3").close()
    assert mode(chosen) == 0o755  # not ours to tighten; the journal file itself is private
    assert mode(chosen / "journal.sqlite3") == 0o600
