"""The real till window with a shop database: sales reach it by themselves, and a missing one never slows
the cashier down."""

from __future__ import annotations

import pytest
from pg_cluster import SUPERUSER_PASSWORD
from till_harness import charge, fast_settings

from pos_app.credentials import SERVICE, USERNAME
from pos_app.shop.database import SHOP_DB_USERNAME
from pos_app.ui.main_window import MainWindow


@pytest.fixture
def keyring_with_secrets(memory_keyring):
    memory_keyring.set_password(SERVICE, USERNAME, "shop-token")
    memory_keyring.set_password(SERVICE, SHOP_DB_USERNAME, SUPERUSER_PASSWORD)
    return memory_keyring


def start_till(qtbot, settings, **options):
    window = MainWindow(settings, **options)
    qtbot.addWidget(window)
    window.show()
    window.start_backend()
    qtbot.waitUntil(lambda: window.backend is not None, timeout=10000)
    return window


def test_a_paid_sale_reaches_the_shop_database_by_itself(qtbot, sandbox, shop_db, keyring_with_secrets):
    settings = fast_settings(api_url=sandbox.base_url, shop_db=shop_db.target.address, terminal_name="Bar")
    window = start_till(qtbot, settings)
    assert window.backend.shop_sync is not None
    sale = charge(qtbot, window, "4.20")
    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: window.flow.state == "result", timeout=10000)
    qtbot.waitUntil(
        lambda: shop_db.query("SELECT amount::text, state FROM sales") == [("4.20", "paid")], timeout=15000
    )
    assert shop_db.query("SELECT name FROM terminals") == [("Bar",)]
    window.close()


def test_shop_db_on_the_command_line_wins_over_settings(qtbot, sandbox, shop_db, keyring_with_secrets):
    settings = fast_settings(api_url=sandbox.base_url, shop_db="postgresql://nobody@127.0.0.1:1/none")
    window = start_till(qtbot, settings, shop_db=shop_db.target.address)
    assert window.backend.shop_sync.target.address == shop_db.target.address
    window.close()


def test_an_unreachable_shop_database_never_slows_the_till(qtbot, sandbox, pg_cluster, keyring_with_secrets):
    nowhere = f"postgresql://postgres@127.0.0.1:{pg_cluster.port + 1}/shop"
    window = start_till(qtbot, fast_settings(api_url=sandbox.base_url, shop_db=nowhere))
    sale = charge(qtbot, window, "3.00")
    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: window.flow.state == "result", timeout=10000)
    sync = window.backend.shop_sync
    qtbot.waitUntil(lambda: "shop database not reachable" in sync.state().sentence(), timeout=10000)
    assert sync.state().waiting == 1
    window.close()


def test_saving_a_new_prefix_restarts_replication_with_it(qtbot, sandbox, shop_db, keyring_with_secrets):
    settings = fast_settings(api_url=sandbox.base_url, shop_db=shop_db.target.address, order_prefix="A-")
    window = start_till(qtbot, settings)
    qtbot.waitUntil(lambda: shop_db.query("SELECT order_prefix FROM terminals") == [("A-",)], timeout=10000)
    first = window.backend.shop_sync
    from dataclasses import replace

    window.settings_saved(replace(settings, order_prefix="B-"), shop_changed=True)
    qtbot.waitUntil(lambda: window.backend.shop_sync is not first, timeout=10000)
    qtbot.waitUntil(lambda: shop_db.query("SELECT order_prefix FROM terminals") == [("B-",)], timeout=10000)
    window.close()
