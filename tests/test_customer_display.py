"""The customer's side of a real sale, against the sandbox over loopback: the customer display follows the
cashier's flow (same sale, same state, same moment), Show to customer turns a one-screen till round and
back, and the outcome is announced — all read from the real widgets, the QR codes decoded with zxing-cpp.

Placement on a second screen and hot-plug need several QScreens: tests/test_customer_screens.py."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QLabel
from till_harness import charge, decode, fast_settings, open_till, press

from pos_app.customer import PAID_LINE, CustomerSettings, Face
from pos_app.receipts.settings import ReceiptSettings

PAID_GREEN = QColor("#11703d")
ALARM_RED = QColor("#b3261e")


def till_with_display(qtbot, sandbox, tmp_path, shop_name="", **customer):
    settings = fast_settings(
        customer=CustomerSettings(display="window", **customer), receipts=ReceiptSettings(shop_name=shop_name)
    )
    window = open_till(qtbot, sandbox, tmp_path, settings)
    display = window.customer_side.display
    assert display is not None
    qtbot.waitUntil(lambda: display.window.isVisible())
    return window, display.view


def background(widget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(2, 2)


def test_customer_sees_the_cashiers_qr_then_thank_you_then_welcome(qtbot, sandbox, tmp_path):
    window, view = till_with_display(qtbot, sandbox, tmp_path, shop_name="Corner Café")
    assert window.customer_side.display.window.windowTitle().startswith("Customer display")
    assert view.title.text() == "Corner Café"
    window.apply_settings(dataclasses.replace(window.settings, auto_return_seconds=1))

    sale = charge(qtbot, window, "12.50")
    assert view.face().face is Face.PAY  # at the same moment as the cashier's QR
    assert view.amount.text() == "$12.50"
    assert decode(view.qr.grab().toImage()) == [sale.pay_url]
    assert window.payment_screen.qr.text() == sale.pay_url

    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: window.flow.state == "result", timeout=5000)
    assert view.face().face is Face.PAID
    assert view.line.text() == PAID_LINE and view.amount.text() == "$12.50"
    assert not view.qr.isVisible() and view.qr.text() == ""
    assert background(view) == PAID_GREEN

    # Back to the welcome after the cashier's own delay, not before and not after.
    qtbot.waitUntil(lambda: window.flow.state == "entering", timeout=5000)
    assert view.face().face is Face.IDLE
    assert view.title.text() == "Corner Café"


def test_never_an_older_sales_qr_code(qtbot, sandbox, tmp_path):
    window, view = till_with_display(qtbot, sandbox, tmp_path)
    first = charge(qtbot, window, "5")
    assert decode(view.qr.grab().toImage()) == [first.pay_url]

    press(qtbot, window, Qt.Key.Key_Escape)  # the cashier cancels
    assert view.face().face is Face.IDLE  # at once, not after a poll
    assert view.qr.text() == ""

    press(qtbot, window, Qt.Key.Key_Return)  # the amount is kept: charge it again, a new sale
    assert window.flow.state == "creating"
    assert view.qr.text() == "" and view.face().face is Face.PREPARING
    qtbot.waitUntil(lambda: window.flow.state == "waiting", timeout=5000)
    second = window.flow.sale
    assert second.pay_url != first.pay_url
    assert decode(view.qr.grab().toImage()) == [second.pay_url]


def test_not_paid_is_a_calm_message_not_a_red_alarm(qtbot, sandbox, tmp_path):
    window, view = till_with_display(qtbot, sandbox, tmp_path)
    sale = charge(qtbot, window)
    sandbox.force_status(sale.payment_id, "cancelled")
    qtbot.waitUntil(lambda: window.flow.state == "result", timeout=5000)
    assert view.face().face is Face.NOT_PAID
    assert view.line.text() == "This payment was cancelled"
    assert background(window.result_screen) == ALARM_RED  # the cashier's screen says it loudly…
    assert background(view) != ALARM_RED  # …the customer's does not
    assert not view.icon.isVisible()


def test_the_customer_window_never_takes_the_cashiers_keyboard(qtbot, sandbox, tmp_path):
    window, _view = till_with_display(qtbot, sandbox, tmp_path)
    assert QApplication.activeWindow() is window
    sale = charge(qtbot, window, "7.25")  # typed without clicking, after the display appeared
    assert sale.amount == 7.25


def test_show_to_customer_turns_the_window_round_and_back(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path)
    sale = charge(qtbot, window, "12.50")
    window.notice("! Order T1-0000: outcome unknown.")  # a notice for the cashier, not the customer
    assert window.payment_screen.show_customer.isVisible()

    press(qtbot, window, Qt.Key.Key_F2)
    turned = window.customer_side.turned
    assert window.current_screen() is turned
    assert not window.toolbar.isVisible()  # no owner buttons in the customer's face
    assert not window.notices.isVisible()  # nor the cashier's notices
    assert decode(turned.qr.grab().toImage()) == [sale.pay_url]
    assert turned.amount.text() == "$12.50"

    press(qtbot, window, Qt.Key.Key_A)  # a key (or a tap) gives the cashier the window back
    assert window.current_screen() is window.payment_screen
    assert window.toolbar.isVisible() and window.notices.isVisible()
    assert window.flow.state == "waiting"  # the sale goes on

    qtbot.mouseClick(window.payment_screen.show_customer, Qt.MouseButton.LeftButton)
    assert window.current_screen() is turned
    sandbox.pay(sale.payment_id)
    # The sale ends: back to the cashier's view by itself, green.
    qtbot.waitUntil(lambda: window.current_screen() is window.result_screen, timeout=5000)
    assert window.toolbar.isVisible()
    assert window.result_screen.outcome() == "paid"


def test_space_shows_the_customer_too_but_only_while_waiting(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path)
    window.customer_side.turn_to_customer()  # nothing to show on the keypad
    assert window.current_screen() is window.sale_screen
    charge(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.current_screen() is window.customer_side.turned
    qtbot.mouseClick(window.customer_side.turned, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.payment_screen


@pytest.fixture
def announcements(monkeypatch):
    """What the till hands Qt's accessibility layer to say (screen readers receive the same events)."""
    said: list[str] = []
    real = QAccessible.updateAccessibility

    def spy(event):
        message = getattr(event, "message", None)
        if message is not None:
            said.append(message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", spy)
    return said


def test_the_outcome_and_amount_are_announced(qtbot, sandbox, tmp_path, announcements):
    window, view = till_with_display(qtbot, sandbox, tmp_path)
    sale = charge(qtbot, window, "12.50")
    assert "Amount to pay $12.50. Scan with your crypto wallet to pay." in announcements
    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: window.flow.state == "result", timeout=5000)
    assert f"Paid $12.50. Order {sale.order_number}." in announcements  # the cashier's screen
    assert "Paid $12.50. Thank you." in announcements  # the customer's
    assert view.amount.accessibleName() == "Amount"
    assert view.qr.accessibleName() == ""  # no code left to describe


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_every_customer_text_passes_wcag_aa_contrast(qtbot, sandbox, tmp_path):
    """Rendered pixels, not the stylesheet: the colour farthest from the background is the text's."""
    window, view = till_with_display(qtbot, sandbox, tmp_path, shop_name="Corner Café")
    view.resize(1024, 768)

    def check_labels(face: str) -> None:
        shown = [label for label in view.findChildren(QLabel) if label.isVisible() and label.text()]
        assert shown, face
        for label in shown:
            # The label as the customer sees it: cut from the whole view, so its real background is in it.
            image = view.grab(QRect(label.mapTo(view, QPoint(0, 0)), label.size())).toImage()
            counts = Counter(
                image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
            )
            back = QColor.fromRgb(counts.most_common(1)[0][0])
            text = max((QColor.fromRgb(c) for c in counts), key=lambda c: contrast(c, back))
            assert contrast(text, back) >= 4.5, (face, label.objectName(), text.name(), back.name())

    check_labels("idle")
    sale = charge(qtbot, window)
    check_labels("pay")
    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: view.face().face is Face.PAID, timeout=5000)
    check_labels("paid")
    window.flow.new_sale()
    second = charge(qtbot, window)
    sandbox.expire(second.payment_id)
    qtbot.waitUntil(lambda: view.face().face is Face.NOT_PAID, timeout=5000)
    check_labels("not paid")


def test_a_newcomer_turns_the_display_on_in_settings(qtbot, sandbox, tmp_path):
    import keyring_memory

    from pos_app.settings import load_settings
    from pos_app.ui.settings_dialog import SettingsDialog

    window = open_till(qtbot, sandbox, tmp_path)
    assert window.customer_side.display is None  # off by default: nothing built, nothing shown
    with keyring_memory.installed(keyring_memory.MemoryKeyring()):
        from pos_app.credentials import CredentialStore

        dialog = SettingsDialog(window.settings, CredentialStore(), window.tasks, parent=window)
        qtbot.addWidget(dialog)
        section = dialog.customer_section
        assert section.title() == "Customer display and sounds"
        section.display.setCurrentIndex(section.display.findText("A window", Qt.MatchFlag.MatchStartsWith))
        dialog.receipts.shop_name.setText("Corner Café")  # one shop name: receipts and the customer display
        assert not section.volume.isEnabled()  # sounds are off until ticked
        section.sounds.setChecked(True)
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            dialog.save()
    window.settings_saved(dialog.settings)
    saved, _warning = load_settings()
    assert (saved.customer.display, saved.receipts.shop_name, saved.customer.sounds) == (
        "window",
        "Corner Café",
        True,
    )
    display = window.customer_side.display
    assert display is not None
    qtbot.waitUntil(lambda: display.window.isVisible())
    assert display.view.title.text() == "Corner Café"
    sale = charge(qtbot, window)
    assert decode(display.view.qr.grab().toImage()) == [sale.pay_url]


def test_show_to_customer_turns_back_when_checking_stops(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path)
    charge(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F2)
    assert window.current_screen() is window.customer_side.turned
    sandbox.set_faults(fail_next=50, status_code=401)  # the token was revoked while the customer paid
    qtbot.waitUntil(lambda: window.flow.state == "stopped", timeout=5000)
    assert window.current_screen() is window.payment_screen  # the cashier must read what happened
    assert window.toolbar.isVisible()


def test_time_left_shows_only_near_the_end_of_the_payment(qtbot):
    from datetime import datetime, timedelta

    from pos_app.customer import PAY_LINE, CustomerFace
    from pos_app.ui.customer_view import CustomerView

    view = CustomerView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    now = datetime.now().astimezone()
    view.set_face(CustomerFace(Face.PAY, PAY_LINE, "$12.50", "https://pay.example/p1", now, "s1"))
    assert not view.time_left.isVisible()
    view.set_face(
        CustomerFace(
            Face.PAY, PAY_LINE, "$12.50", "https://pay.example/p2", now - timedelta(minutes=13), "s2"
        )
    )
    assert view.time_left.isVisible() and "min left" in view.time_left.text()


def test_the_owners_logo_shows_between_sales_and_a_broken_one_is_said(qtbot, sandbox, tmp_path):
    from PySide6.QtGui import QImage

    logo = tmp_path / "logo.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4ed8"))
    image.save(str(logo))
    window, view = till_with_display(qtbot, sandbox, tmp_path, logo_path=str(logo))
    qtbot.waitUntil(
        lambda: view.logo.isVisible() and view.logo.pixmap() is not None and not view.logo.pixmap().isNull()
    )
    charge(qtbot, window)
    assert not view.logo.isVisible()  # the sale has the customer's attention: amount and code only

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    settings = dataclasses.replace(
        window.settings, customer=dataclasses.replace(window.settings.customer, logo_path=str(broken))
    )
    window.apply_settings(settings)
    qtbot.waitUntil(lambda: "logo could not be read" in window.notice_text(), timeout=5000)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert view.face().face is Face.IDLE
    assert not view.logo.isVisible()  # not the old logo either


def test_show_to_customer_is_readable_on_an_800_by_600_till(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path)
    window.resize(800, 600)
    charge(qtbot, window)
    button = window.payment_screen.show_customer
    qtbot.waitUntil(lambda: button.isVisible() and button.width() < 400)
    assert button.sizeHint().width() <= button.width(), button.text()  # the whole text fits, none cut off
