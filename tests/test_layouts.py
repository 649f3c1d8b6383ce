"""Layouts that hold in every language: in the pseudo language (every string bracketed and 40 % longer) no
screen or dialog cuts off a text or shows one that was not translated, at 800×600 and at 1280×800."""

from __future__ import annotations

import pytest
from layout_check import assert_layout_holds, layout_problems
from PySide6.QtCore import Qt
from till_harness import charge, open_till, press, type_keys

SIZES = [(800, 600), (1280, 800)]


@pytest.fixture
def pseudo(language):
    language("pseudo")


def _sized(qtbot, window, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1], timeout=3000)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_cashier_screens_hold_in_the_pseudo_language(qtbot, sandbox, tmp_path, pseudo, size):
    till = open_till(qtbot, sandbox, tmp_path, demo=True)  # the DEMO badge takes the toolbar's room too
    _sized(qtbot, till, size)
    assert_layout_holds(qtbot, till, "sale screen")
    sale = charge(qtbot, till)
    assert_layout_holds(qtbot, till, "waiting screen")
    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: till.result_screen.isVisible(), timeout=10000)
    assert_layout_holds(qtbot, till, "paid screen")
    press(qtbot, till, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: till.sale_screen.last_sale.isVisible(), timeout=5000)
    assert_layout_holds(qtbot, till, "sale screen with the last sale")


def _shown(qtbot, widget, size):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_unpaid_and_failed_screens_hold_in_the_pseudo_language(qtbot, pseudo, size):
    from pos_app.kupay.errors import NetworkError
    from pos_app.kupay.models import PaymentState
    from pos_app.terminal import unpaid_outcome
    from pos_app.ui.payment_screen import PaymentScreen
    from pos_app.ui.result_screen import ResultScreen

    result = _shown(qtbot, ResultScreen(), size)
    outcome = unpaid_outcome(PaymentState.EXPIRED)
    result.show_unpaid("$12.50", "T1-0007", outcome.reason, outcome.advice)
    problems = layout_problems(result, "not paid screen")
    failed = _shown(qtbot, PaymentScreen(demo=True), size)
    failed.show_create_failed(str(NetworkError()), "T1-0008")
    problems += layout_problems(failed, "payment not created")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_failed_create_screen_holds_in_the_till_window(qtbot, sandbox, tmp_path, pseudo, size):
    # In the till's own window the error panel is narrower than the screen alone: at 800 px its one-line
    # title ("The payment was not created") was cut at both ends, in English too.
    till = open_till(qtbot, sandbox, tmp_path, demo=True)
    _sized(qtbot, till, size)
    sandbox.set_faults(fail_next=3, status_code=500)
    type_keys(qtbot, till, "12.50")
    press(qtbot, till, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.flow.state == "failed", timeout=10000)
    assert_layout_holds(qtbot, till, "payment not created")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_owner_windows_hold_in_the_pseudo_language(qtbot, tasks, journal, pseudo, size):
    from keyring_memory import MemoryKeyring, installed

    from pos_app.credentials import CredentialStore
    from pos_app.settings import Settings, hash_pin
    from pos_app.ui.about import AboutDialog
    from pos_app.ui.history_view import HistoryWindow
    from pos_app.ui.owner_pin import PinDialog
    from pos_app.ui.report_dialog import ReportDialog
    from pos_app.ui.settings_dialog import SettingsDialog
    from pos_app.ui.setup_screen import SetupScreen

    with installed(MemoryKeyring()):
        settings = Settings(owner_pin_hash=hash_pin("1234", iterations=1))
        assert_layout_holds(
            qtbot, _shown(qtbot, SettingsDialog(settings, CredentialStore(), tasks), size), "settings"
        )
        assert_layout_holds(
            qtbot, _shown(qtbot, SetupScreen(CredentialStore(), settings, tasks), size), "setup"
        )
    assert_layout_holds(qtbot, _shown(qtbot, PinDialog(settings), (min(size[0], 520), 260)), "owner PIN")
    assert_layout_holds(qtbot, _shown(qtbot, AboutDialog(keyring_backend=""), size), "about")
    history = _shown(qtbot, HistoryWindow(journal, tasks), size)
    qtbot.waitUntil(lambda: history.model.total is not None, timeout=5000)
    assert_layout_holds(qtbot, history, "history")
    from datetime import datetime
    from decimal import Decimal

    from pos_app.sale import Sale, new_sale_id
    from pos_app.ui.history_view import SaleDialog

    sale = Sale(new_sale_id(), "T1-0001", datetime.now().astimezone(), Decimal("12.50"), "USD")
    journal.record_new(sale)
    details = _shown(qtbot, SaleDialog(journal.get(sale.id), journal, tasks), size)
    qtbot.waitUntil(lambda: details.timeline.rowCount() > 0, timeout=5000)
    assert_layout_holds(qtbot, details, "a sale's details")
    report = _shown(qtbot, ReportDialog(journal, tasks), size)
    qtbot.waitUntil(lambda: report.totals is not None, timeout=5000)
    assert_layout_holds(qtbot, report, "end of day")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_customer_display_holds_in_the_pseudo_language(qtbot, pseudo, size):
    from pos_app.customer import DEFAULT_WELCOME, PAY_LINE, CustomerFace, Face
    from pos_app.ui.customer_view import CustomerView

    view = _shown(qtbot, CustomerView(), size)
    view.set_shop("", DEFAULT_WELCOME)
    assert_layout_holds(qtbot, view, "customer idle")
    view.set_face(CustomerFace(Face.PAY, PAY_LINE, "$12.50", "https://pay.example/p/1"))
    assert_layout_holds(qtbot, view, "customer pays")
