"""The sale screen as a cashier uses it: keys, keypad, currency, Charge and its reason, exact amounts."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from till_harness import charge, open_till, press, type_keys

from pos_app.money import AmountEntry
from pos_app.ui.sale_screen import SaleScreen, display_text


@pytest.fixture
def screen(qtbot):
    from pos_app.ui.launch import load_theme

    QApplication.instance().setStyleSheet(load_theme())  # the product's type scale, as at the till
    widget = SaleScreen("USD")
    widget.set_blocked(None)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.focus_amount()
    return widget


def test_typed_amount_is_shown_formatted_and_charge_names_it(qtbot, screen):
    qtbot.keyClicks(screen, "12.5")
    assert screen.display.text() == "$12.5"
    assert screen.charge_button.isEnabled()
    assert screen.charge_button.text() == "Charge $12.50"
    qtbot.keyClicks(screen, "0")
    assert screen.display.text() == "$12.50"
    assert screen.amount() == Decimal("12.50")


def test_display_shows_only_what_was_typed():
    entry = AmountEntry("USD")
    for key in "12":
        entry.press(key)
    assert display_text(entry, "USD") == "$12"
    entry.press(".")
    assert display_text(entry, "USD") == "$12."
    entry.clear()
    assert display_text(entry, "USD") == "$0.00"


def test_keypad_is_in_phone_order_with_touch_sized_keys(screen):
    def pos(key):
        return screen.keys[key].mapTo(screen, screen.keys[key].rect().center())

    assert pos("1").y() < pos("4").y() < pos("7").y() < pos("0").y()
    assert pos("1").x() < pos("2").x() < pos("3").x()
    for key in "0123456789":
        button = screen.keys[key]
        assert button.width() >= 64 and button.height() >= 56


def test_clicked_keys_build_the_amount(qtbot, screen):
    for key in ["1", "2", ".", "5", "0"]:
        qtbot.mouseClick(screen.keys[key], Qt.MouseButton.LeftButton)
    assert screen.amount() == Decimal("12.50")
    qtbot.mouseClick(screen.keys["back"], Qt.MouseButton.LeftButton)
    assert screen.display.text() == "$12.5"
    qtbot.mouseClick(screen.keys["clear"], Qt.MouseButton.LeftButton)
    assert screen.amount() is None


def test_backspace_and_escape(qtbot, screen):
    qtbot.keyClicks(screen, "45.6")
    qtbot.keyClick(screen, Qt.Key.Key_Backspace)
    assert screen.entry.text == "45."
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.entry.text == ""
    assert not screen.charge_button.isEnabled()


def test_charge_disabled_with_a_reason_when_amount_is_not_valid(qtbot, screen):
    assert not screen.charge_button.isEnabled()
    assert screen.reason.text()  # e.g. "Type an amount."
    qtbot.keyClicks(screen, "0")
    assert not screen.charge_button.isEnabled()
    assert screen.reason.text()


def test_comma_is_a_decimal_separator_too(qtbot, screen):
    qtbot.keyClicks(screen, "3,25")
    assert screen.amount() == Decimal("3.25")


def test_yen_has_no_decimal_key_and_a_typed_point_is_refused_not_dropped(qtbot, screen):
    """Issue #18: 1234.50 typed in yen showed and charged ¥123,450."""
    screen.set_currency("JPY")
    assert not screen.keys["."].isVisible()
    qtbot.keyClicks(screen, "1234.50")
    assert screen.display.text() == "1234.50"  # as typed, not formatted as if it were an amount
    assert screen.amount() is None
    assert not screen.charge_button.isEnabled()
    assert screen.reason.text() == "Japanese Yen has no decimals: type whole amounts, e.g. 1200."
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.amount() is None
    for _ in range(3):
        qtbot.keyClick(screen, Qt.Key.Key_Backspace)
    assert screen.amount() == Decimal(1234)
    assert screen.display.text() == "¥1,234"


def test_a_thousands_separator_is_shown_and_refused_with_the_way_to_type_it(qtbot, screen):
    """Issue #18: 1,234.50 typed in dollars showed and charged $1.23."""
    charges = []
    screen.charge_requested.connect(lambda: charges.append(1))
    qtbot.keyClicks(screen, "1,234.50")
    assert screen.display.text() == "1,234.50"
    assert screen.display.property("refused") is True
    assert screen.reason.text() == "Use one separator, for the decimals: type 1234.50."
    assert not screen.charge_button.isEnabled()
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert charges == []


@pytest.mark.parametrize("width", [640, 800, 1280])
def test_long_amount_shrinks_rather_than_clips(qtbot, screen, width):
    screen.resize(width, 600)
    qtbot.keyClicks(screen, "999999999999.99")
    display = screen.display
    assert display.fitted_pixel_size() < display.maxPixelSize
    assert display.text_fits()


def test_email_takes_keys_only_once_clicked(qtbot, screen):
    qtbot.keyClicks(screen, "7")
    assert screen.email.text() == ""
    qtbot.mouseClick(screen.email, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.email, "a@b.co")
    assert screen.customer_email() == "a@b.co"
    assert screen.entry.text == "7"
    qtbot.keyClick(screen.email, Qt.Key.Key_Escape)  # hands the keyboard back to the amount
    assert QApplication.focusWidget() is screen


def test_typed_amount_reaches_the_sandbox_exactly(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path)
    assert QApplication.focusWidget() is window.sale_screen  # no click needed before typing
    charge(qtbot, window, "12.50")
    body = sandbox.create_requests[0]
    assert body["amount"] == Decimal("12.50")
    assert body["currency"] == "USD"
    assert body["order_number"].startswith("T1-")


def test_clicked_amount_and_email_reach_the_sandbox(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path, currency="EUR")
    screen = window.sale_screen
    for key in ["7", ".", "0", "5"]:
        qtbot.mouseClick(screen.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.email, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.email, "customer@example.com")
    qtbot.mouseClick(screen.charge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.flow.state == "waiting")
    body = sandbox.create_requests[0]
    assert body["amount"] == Decimal("7.05")
    assert body["currency"] == "EUR"
    assert body["email"] == "customer@example.com"


def test_yen_amount_reaches_the_sandbox_as_a_whole_number(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path, currency="JPY")
    type_keys(qtbot, window, "1500")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.flow.state == "waiting")
    assert sandbox.create_requests[0]["amount"] == 1500
    assert sandbox.create_requests[0]["currency"] == "JPY"


def test_cents_first_keypad_point_key_works(qtbot):
    """Issue #18: with Cents first on, the keypad's . key was shown and did nothing."""
    screen = SaleScreen("USD", cents_first=True)
    screen.set_blocked(None)
    qtbot.addWidget(screen)
    screen.show()
    for key in ["1", "2", "5", "0"]:
        qtbot.mouseClick(screen.keys[key], Qt.MouseButton.LeftButton)
    assert screen.amount() == Decimal("12.50")
    qtbot.mouseClick(screen.keys["clear"], Qt.MouseButton.LeftButton)
    assert screen.keys["."].isVisible()
    for key in ["1", "2", ".", "5"]:
        qtbot.mouseClick(screen.keys[key], Qt.MouseButton.LeftButton)
    assert screen.display.text() == "$12.5"
    assert screen.amount() == Decimal("12.50")


def _type_email(qtbot, screen, address):
    qtbot.mouseClick(screen.email, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.email, address)
    qtbot.keyClick(screen.email, Qt.Key.Key_Escape)  # hands the keyboard back to the amount, address kept
    assert screen.customer_email() == address


def test_escape_clears_the_email_with_the_amount_so_the_next_customer_is_not_mailed(qtbot, sandbox, tmp_path):
    """Issue #18: Escape cleared the amount, and the next customer's payment went to anna@example."""
    window = open_till(qtbot, sandbox, tmp_path)
    screen = window.sale_screen
    type_keys(qtbot, window, "5")
    _type_email(qtbot, screen, "anna@example.com")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert screen.customer_email() == "" and screen.entry.text == ""
    charge(qtbot, window, "7.00")
    assert "email" not in sandbox.create_requests[-1]
    assert not window.payment_screen.email.isVisible()


def test_cancel_keeps_the_amount_but_forgets_the_email(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path)
    screen = window.sale_screen
    type_keys(qtbot, window, "9.50")
    _type_email(qtbot, screen, "anna@example.com")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.flow.state == "waiting")
    assert sandbox.create_requests[-1]["email"] == "anna@example.com"
    assert window.payment_screen.email.isVisible()
    assert window.payment_screen.email.text() == "Payment link e-mailed to anna@example.com"
    press(qtbot, window, Qt.Key.Key_Escape)  # cancel
    qtbot.waitUntil(lambda: window.flow.state == "entering")
    assert screen.amount() == Decimal("9.50") and screen.customer_email() == ""
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.flow.state == "waiting")
    assert "email" not in sandbox.create_requests[-1]


def test_the_keypad_clear_key_clears_the_email_too(qtbot, screen):
    _type_email(qtbot, screen, "a@b.co")
    qtbot.mouseClick(screen.keys["clear"], Qt.MouseButton.LeftButton)
    assert screen.customer_email() == ""


def test_the_currency_changes_from_the_keyboard_by_its_letters_and_arrows(qtbot, screen):
    """Issue #18: Tab, arrows, letters and Alt+C did nothing; a keyboard-only cashier was stuck in USD."""
    qtbot.keyClicks(screen, "eur")
    assert screen.currency() == "EUR"
    qtbot.keyClicks(screen, "12.50")
    qtbot.keyClick(screen, Qt.Key.Key_J)
    qtbot.keyClick(screen, Qt.Key.Key_Down)  # JPY -> GBP (the order of the list)
    assert screen.currency() == "GBP"
    qtbot.keyClick(screen, Qt.Key.Key_Up)
    assert screen.currency() == "JPY"
    assert screen.entry.text == "12.50"  # letters and arrows never touch the amount


def test_alt_c_opens_the_currency_list_below_the_box(qtbot, screen):
    from pos_app.ui.sale_screen import currency_for_letters

    assert currency_for_letters("n") == "NZD" and currency_for_letters("NO") == "NOK"
    assert currency_for_letters("x") is None
    qtbot.keyClick(screen, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    view = screen.currency_box.view()
    qtbot.waitUntil(view.isVisible)
    box_bottom = screen.currency_box.mapToGlobal(screen.currency_box.rect().bottomLeft()).y()
    assert view.mapToGlobal(view.rect().topLeft()).y() >= box_bottom - 2  # nothing opens under the pointer
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert screen.currency() == "EUR"
    qtbot.keyClicks(screen, "7")
    assert screen.entry.text == "7"  # the keyboard is back on the amount


def test_a_point_typed_first_is_the_start_of_cents_not_an_error(qtbot, screen):
    qtbot.keyClicks(screen, ".")
    assert screen.display.text() == "$0." and not screen.display.property("refused")
    qtbot.keyClicks(screen, "50")
    assert screen.amount() == Decimal("0.50")


@pytest.mark.skipif(sys.platform == "darwin", reason="Qt marks a Mac's arrow keys as keypad keys; no NumLock")
def test_the_numeric_keypad_with_numlock_off_types_its_digits_never_another_currency(
    qtbot, sandbox, tmp_path
):
    """NumLock off, the keypad sends the keys printed under its digits: 1 2 . 5 0 arrived as End, ↓
    (the currency stepped from USD to EUR, the amount kept), Delete (the amount cleared), Clear, Insert."""
    window = open_till(qtbot, sandbox, tmp_path)
    screen = window.sale_screen
    keypad = Qt.KeyboardModifier.KeypadModifier
    pad = [Qt.Key.Key_Home, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Clear]
    pad += [Qt.Key.Key_Right, Qt.Key.Key_End, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Insert]
    for key in pad:  # 7 8 9 / 4 5 6 / 1 2 3 / 0
        qtbot.keyClick(QApplication.focusWidget() or window, key, keypad)
    assert screen.entry.text == "7894561230"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    for key in (Qt.Key.Key_End, Qt.Key.Key_Down, Qt.Key.Key_Delete, Qt.Key.Key_Clear, Qt.Key.Key_Insert):
        qtbot.keyClick(QApplication.focusWidget() or window, key, keypad)
    assert screen.currency() == "USD"
    assert screen.display.text() == "$12.50"
    press(qtbot, window, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.flow.state == "waiting")
    assert sandbox.create_requests[0]["amount"] == Decimal("12.50")
    assert sandbox.create_requests[0]["currency"] == "USD"
    qtbot.keyClick(screen, Qt.Key.Key_Down)  # the arrow keys themselves still step the currency
    assert screen.currency() == "EUR"


@pytest.mark.parametrize("cents_first", [False, True])
def test_a_minus_is_shown_and_refused_never_dropped_into_a_charge(qtbot, sandbox, tmp_path, cents_first):
    """A cashier refunding $5 typed -5: the minus was dropped and Enter asked the customer to pay $5."""
    from till_harness import fast_settings

    window = open_till(qtbot, sandbox, tmp_path, fast_settings(cents_first=cents_first))
    type_keys(qtbot, window, "-5")
    screen = window.sale_screen
    assert screen.display.text() == "-5"
    assert screen.reason.text() == "The amount must be more than zero."
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.flow.state == "entering" and sandbox.create_requests == []
