"""Settings → Shop database: the address without its password, the password in the keyring, Test connection,
a prefix another till uses refused with a sentence, and the state of the queue."""

from __future__ import annotations

import json

from pg_cluster import SUPERUSER_PASSWORD

from pos_app import paths
from pos_app.credentials import SERVICE
from pos_app.settings import Settings, load_settings
from pos_app.shop.database import SHOP_DB_USERNAME, ShopTarget, register_terminal
from pos_app.shop.replication import SyncState
from pos_app.ui.settings_dialog import SettingsDialog


def open_dialog(qtbot, tasks, settings=None, **options):
    from pos_app.credentials import CredentialStore

    dialog = SettingsDialog(settings or Settings(), CredentialStore(), tasks, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_address_saved_without_password_and_password_in_the_keyring(qtbot, tasks, memory_keyring, shop_db):
    dialog = open_dialog(qtbot, tasks)
    dialog.shop_db.address.setText(shop_db.target.address)
    dialog.shop_db.password.setText(SUPERUSER_PASSWORD)
    qtbot.mouseClick(dialog.shop_db.test_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.shop_db.test_result.text().startswith("Connected"), timeout=10000)
    assert "0 other tills use it" in dialog.shop_db.test_result.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    stored = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert stored["shop_db"] == shop_db.target.address
    assert SUPERUSER_PASSWORD not in paths.settings_file().read_text(encoding="utf-8")
    assert memory_keyring.passwords[(SERVICE, SHOP_DB_USERNAME)] == SUPERUSER_PASSWORD
    assert dialog.shop_changed


def test_wrong_password_is_one_sentence(qtbot, tasks, memory_keyring, shop_db):
    dialog = open_dialog(qtbot, tasks)
    dialog.shop_db.address.setText(shop_db.target.address)
    dialog.shop_db.password.setText("not-the-password")
    dialog.shop_db.test_button.click()
    qtbot.waitUntil(
        lambda: "refused the user name or password" in dialog.shop_db.test_result.text(), timeout=10000
    )


def test_a_prefix_another_till_uses_is_refused_on_save(qtbot, tasks, memory_keyring, shop_db):
    import psycopg

    with psycopg.connect(shop_db.cluster.admin(shop_db.name)) as conn:
        register_terminal(conn, "other-till", "Bar", "T1-")
    dialog = open_dialog(qtbot, tasks, Settings(order_prefix="T1-"))
    dialog.shop_db.address.setText(shop_db.target.address)
    dialog.shop_db.password.setText(SUPERUSER_PASSWORD)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "already used by till “Bar”" in dialog.status.text(), timeout=10000)
    assert load_settings()[0].shop_db == ""  # nothing saved
    dialog.order_prefix.setText("T2-")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    assert load_settings()[0].order_prefix == "T2-"


def test_plain_text_to_another_computer_cannot_be_saved(qtbot, tasks, memory_keyring):
    dialog = open_dialog(qtbot, tasks)
    dialog.shop_db.address.setText("postgresql://till@db.myshop.example/kupay?sslmode=disable")
    assert dialog.shop_db.error.isVisible() and "must be encrypted" in dialog.shop_db.error.text()
    assert not dialog.save_button.isEnabled()


def test_queue_state_is_shown_and_refreshed(qtbot, tasks, memory_keyring):
    from datetime import datetime

    states = iter(
        [
            SyncState(waiting=12, unreachable_since=datetime(2026, 11, 30, 10, 42), problem="It is away."),
            SyncState(waiting=0),
        ]
    )
    last = SyncState(waiting=0)

    def state():
        return next(states, last)

    dialog = open_dialog(qtbot, tasks, queue_state=state)
    qtbot.waitUntil(
        lambda: "12 sales waiting — shop database not reachable since 10:42" in dialog.shop_db.queue.text()
    )
    qtbot.waitUntil(
        lambda: dialog.shop_db.queue.text() == "All sales sent to the shop database.", timeout=5000
    )


def test_without_a_shop_database_the_till_says_it_keeps_its_sales(qtbot, tasks, memory_keyring):
    dialog = open_dialog(qtbot, tasks)
    assert dialog.shop_db.queue.text() == "No shop database: this till keeps its sales to itself."


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_target_reads_the_keyring_password(memory_keyring):
    from pos_app.shop.database import keyring_password

    memory_keyring.passwords[(SERVICE, SHOP_DB_USERNAME)] = "pw-from-keyring"
    assert keyring_password() == "pw-from-keyring"
    assert (
        ShopTarget("postgresql://t@127.0.0.1/s", keyring_password()).conninfo().count("pw-from-keyring") == 1
    )
