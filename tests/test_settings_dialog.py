"""The owner's settings: reasons for wrong values, Save only when all are right, token and PIN handling."""

from __future__ import annotations

import json

import keyring.backends.fail
import pytest
from keyring_memory import installed
from PySide6.QtWidgets import QApplication
from till_harness import answer_pin_dialog

from pos_app import paths
from pos_app.credentials import SERVICE, USERNAME, CredentialStore
from pos_app.settings import PIN_LOCKED, PinAttempts, Settings, hash_pin, load_settings, verify_pin
from pos_app.ui.owner_pin import WRONG_PIN, PinDialog, ask_owner_pin
from pos_app.ui.settings_dialog import TOKEN_SAVED, SettingsDialog

TOKEN = "kp_live_owner_token_41c2d9e8f7"
NEW_TOKEN = "kp_live_replacement_token_0a9b8c"


@pytest.fixture
def memory_keyring(memory_keyring):
    memory_keyring.passwords[(SERVICE, USERNAME)] = TOKEN  # a till that is already set up
    return memory_keyring


def open_dialog(qtbot, tasks, settings=None):
    dialog = SettingsDialog(settings or Settings(), CredentialStore(), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _every_file_under(root) -> str:
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file())


def test_plain_http_shop_address_shows_a_reason_and_save_stays_disabled(qtbot, memory_keyring, tasks):
    dialog = open_dialog(qtbot, tasks)
    assert dialog.save_button.isEnabled()
    dialog.shop_url.setText("http://myshop.example/")
    error = dialog._error_labels["shop_url"]
    assert error.isVisible() and "https://" in error.text()
    assert not dialog.save_button.isEnabled()
    dialog.shop_url.setText("https://myshop.example/")
    assert not error.isVisible()
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("http://api.kupay.finance/v1/", False),
        ("https://api.kupay.finance/v1/", True),
        ("http://127.0.0.1:8765/v1/", True),
        ("", False),
        ("https://user:pw@api.kupay.finance/v1/", False),  # the client refused it after Save
    ],
)
def test_api_address_must_be_https_or_this_computer(qtbot, memory_keyring, tasks, url, ok):
    dialog = open_dialog(qtbot, tasks)
    dialog.api_url.setText(url)
    assert dialog.save_button.isEnabled() is ok
    assert dialog._error_labels["api_url"].isVisible() is not ok


def test_smallest_sale_above_largest_is_refused(qtbot, memory_keyring, tasks):
    dialog = open_dialog(qtbot, tasks)
    dialog.min_amount.setText("50")
    dialog.max_amount.setText("10")
    assert not dialog.save_button.isEnabled()
    assert "minimum" in dialog._error_labels["max_amount"].text()


def test_save_writes_the_file_and_returns_the_new_settings(qtbot, memory_keyring, tasks, pos_home):
    dialog = open_dialog(qtbot, tasks)
    qtbot.waitUntil(lambda: dialog.token_state.text() == TOKEN_SAVED, timeout=5000)
    dialog.terminal_name.setText("Front desk")
    dialog.currency.setCurrentText("EUR")
    dialog.cents_first.setChecked(True)
    dialog.max_amount.setText("2500")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert dialog.settings.terminal_name == "Front desk"
    assert dialog.settings.default_currency == "EUR"
    assert dialog.settings.cents_first is True
    assert dialog.token_changed is False and dialog.token is None
    saved, warning = load_settings()
    assert warning is None and saved == dialog.settings
    assert memory_keyring.passwords[(SERVICE, USERNAME)] == TOKEN  # untouched
    assert TOKEN not in _every_file_under(pos_home)
    assert "token" not in json.dumps(json.loads(paths.settings_file().read_text())).lower()


def test_replacing_the_token_puts_the_new_one_in_the_keyring(qtbot, memory_keyring, tasks, pos_home):
    dialog = open_dialog(qtbot, tasks)
    assert dialog.new_token.echoMode() == dialog.new_token.EchoMode.Password
    qtbot.keyClicks(dialog.new_token, NEW_TOKEN)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert dialog.token_changed is True and dialog.token == NEW_TOKEN
    assert memory_keyring.passwords[(SERVICE, USERNAME)] == NEW_TOKEN
    files = _every_file_under(pos_home)
    assert NEW_TOKEN not in files and TOKEN not in files


def test_removing_the_token_empties_the_keyring(qtbot, memory_keyring, tasks):
    dialog = open_dialog(qtbot, tasks)
    qtbot.waitUntil(dialog.remove_token.isEnabled, timeout=5000)
    dialog.remove_token.click()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert dialog.token_changed is True and dialog.token is None
    assert memory_keyring.passwords == {}


def test_new_token_without_a_password_store_can_be_used_for_this_session(qtbot, tasks, pos_home):
    with installed(keyring.backends.fail.Keyring()):
        credentials = CredentialStore()
        dialog = SettingsDialog(Settings(), credentials, tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.new_token, NEW_TOKEN)
        dialog.save_button.click()
        qtbot.waitUntil(dialog.session_button.isVisible, timeout=5000)
        assert dialog.status.text().startswith("This computer has no password store")
        with qtbot.waitSignal(dialog.accepted, timeout=2000):
            dialog.session_button.click()
        assert dialog.token == NEW_TOKEN and credentials.get_token() == NEW_TOKEN
    assert NEW_TOKEN not in _every_file_under(pos_home)


def test_owner_pin_is_set_as_a_hash(qtbot, memory_keyring, tasks, pos_home):
    dialog = open_dialog(qtbot, tasks)
    qtbot.keyClicks(dialog.new_pin, "2580")
    assert not dialog.save_button.isEnabled()  # not repeated yet
    assert "not the same" in dialog.pin_error.text()
    qtbot.keyClicks(dialog.repeat_pin, "2580")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert verify_pin("2580", dialog.settings.owner_pin_hash)
    assert verify_pin("2580", load_settings()[0].owner_pin_hash)
    assert '"2580"' not in paths.settings_file().read_text()


def test_pin_must_be_digits(qtbot, memory_keyring, tasks):
    dialog = open_dialog(qtbot, tasks)
    qtbot.keyClicks(dialog.new_pin, "12ab")  # letters are not even accepted by the field
    assert dialog.new_pin.text() == "12"
    qtbot.keyClicks(dialog.repeat_pin, "12")
    assert "4 to 8 digits" in dialog.pin_error.text()
    assert not dialog.save_button.isEnabled()


def test_owner_pin_can_be_removed(qtbot, memory_keyring, tasks):
    dialog = open_dialog(qtbot, tasks, Settings(owner_pin_hash=hash_pin("1357", iterations=1000)))
    assert dialog.clear_pin.isVisible()
    dialog.clear_pin.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert dialog.settings.owner_pin_hash == ""


def test_cancel_changes_nothing(qtbot, memory_keyring, tasks):
    dialog = open_dialog(qtbot, tasks)
    dialog.terminal_name.setText("Changed")
    dialog.reject()
    assert dialog.settings == Settings()
    assert not paths.settings_file().exists()


def test_no_pin_lets_the_owner_straight_in(qtbot):
    assert ask_owner_pin(Settings(), None) is True


def test_pin_dialog_refuses_a_wrong_pin_then_accepts_the_right_one(qtbot):
    settings = Settings(owner_pin_hash=hash_pin("2468", iterations=1000))
    dialog = PinDialog(settings, attempts=PinAttempts())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "1111")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == WRONG_PIN and dialog.result() != PinDialog.DialogCode.Accepted
    assert dialog.pin.text() == ""
    qtbot.keyClicks(dialog.pin, "2468")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.buttons.accepted.emit()


def test_the_pin_is_checked_off_the_ui_thread(qtbot, tasks, monkeypatch):
    import threading

    from pos_app.ui import owner_pin

    checked_on: list[threading.Thread] = []
    real = owner_pin.verify_pin

    def pbkdf2(typed, stored):  # a real PIN hash takes a noticeable moment: never on the UI thread
        checked_on.append(threading.current_thread())
        return real(typed, stored)

    monkeypatch.setattr(owner_pin, "verify_pin", pbkdf2)
    dialog = PinDialog(Settings(owner_pin_hash=hash_pin("2468", iterations=1000)), tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "2468")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()
    assert checked_on and checked_on[0] is not threading.main_thread()


def test_five_wrong_pins_lock_the_dialog_for_a_minute_even_for_the_right_pin(qtbot):
    now = [1000.0]
    attempts = PinAttempts(clock=lambda: now[0])
    dialog = PinDialog(Settings(owner_pin_hash=hash_pin("2468", iterations=1000)), attempts=attempts)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        dialog.pin.setText("0000")
        dialog.check()
    dialog.pin.setText("2468")
    dialog.check()
    assert dialog.error.text() == "Too many wrong PINs. Try again in 60 seconds."
    assert dialog.result() != PinDialog.DialogCode.Accepted
    now[0] += 61  # a minute later the owner gets in
    dialog.pin.setText("2468")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.check()


def test_each_further_lockout_doubles_the_wait():
    now = [0.0]
    attempts = PinAttempts(clock=lambda: now[0])
    for _ in range(5):
        attempts.failed()
    assert attempts.wait_left() == 60.0
    now[0] += 60
    for _ in range(5):
        attempts.failed()
    assert attempts.wait_left() == 120.0
    attempts.succeeded()
    assert attempts.wait_left() == 0.0


@pytest.mark.parametrize(("typed", "expected"), [("2468", True), (None, False)])
def test_ask_owner_pin_answers_for_the_modal_dialog(qtbot, typed, expected):
    settings = Settings(owner_pin_hash=hash_pin("2468", iterations=1000))
    answer_pin_dialog(typed)
    assert ask_owner_pin(settings, None) is expected


def test_a_pin_that_could_not_be_read_opens_nothing(qtbot):
    settings = Settings(owner_pin_hash=PIN_LOCKED)
    dialog = PinDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.pin.isEnabled()
    assert "remove the settings file" in dialog.error.text()
    for typed in ("", "0000", "1234", PIN_LOCKED):
        dialog.pin.setText(typed)
        dialog.check()
        assert dialog.result() != PinDialog.DialogCode.Accepted


def test_test_connection_checks_the_new_token_before_saving(qtbot, memory_keyring, tasks, secret_sandbox):
    from pos_app.ui.setup_screen import ACCEPTED, NOT_ACCEPTED

    dialog = open_dialog(qtbot, tasks, Settings(api_url=secret_sandbox.base_url))
    dialog.test_button.click()  # the saved token is not the sandbox's
    qtbot.waitUntil(lambda: dialog.test_result.text() == NOT_ACCEPTED, timeout=10000)
    qtbot.keyClicks(dialog.new_token, "secret")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text() == ACCEPTED, timeout=10000)
    assert secret_sandbox.payments() == []
    assert memory_keyring.passwords[(SERVICE, USERNAME)] == TOKEN  # testing saved nothing


DEAD_ADDRESS = "http://127.0.0.1:9/v1/"  # nothing listens on the discard port


def test_the_address_in_use_from_the_command_line_is_shown_and_tested(
    qtbot, memory_keyring, tasks, secret_sandbox
):
    """Issue #18: Settings showed (and tested) the settings file's address, not the --api-url one in use."""
    from pos_app.ui.setup_screen import ACCEPTED

    settings = Settings(api_url=DEAD_ADDRESS)
    dialog = SettingsDialog(settings, CredentialStore(), tasks, api_url_in_use=secret_sandbox.base_url)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.api_url.text() == secret_sandbox.base_url
    assert any("--api-url" in label.text() for label in dialog.findChildren(type(dialog.token_state)))
    qtbot.keyClicks(dialog.new_token, "secret")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text() == ACCEPTED, timeout=10000)


def test_saving_keeps_the_file_address_unless_the_owner_typed_another(qtbot, memory_keyring, tasks, pos_home):
    in_use = "http://127.0.0.1:8765/v1/"
    dialog = SettingsDialog(Settings(api_url=DEAD_ADDRESS), CredentialStore(), tasks, api_url_in_use=in_use)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert dialog.settings.api_url == DEAD_ADDRESS and not dialog.api_url_changed  # --api-url not written

    dialog = SettingsDialog(Settings(api_url=DEAD_ADDRESS), CredentialStore(), tasks, api_url_in_use=in_use)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.api_url.setText("http://127.0.0.1:8766/v1/")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert dialog.settings.api_url == "http://127.0.0.1:8766/v1/" and dialog.api_url_changed


@pytest.fixture
def themed():
    from pos_app.ui.launch import load_theme

    QApplication.instance().setStyleSheet(load_theme())  # the till's look: the theme draws these controls


def _dark_pixels(widget, x0: int, width: int) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(max(0, x0), min(image.width(), x0 + width))
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 140
    )


def test_spin_boxes_show_their_arrows(qtbot, memory_keyring, tasks, themed):
    """Issue #18: the spin-box arrows were invisible under the theme."""
    from PySide6.QtWidgets import QScrollArea

    dialog = open_dialog(qtbot, tasks)
    viewport = dialog.findChild(QScrollArea).viewport()
    for spin in (dialog.poll_interval, dialog.auto_return):
        right = spin.mapTo(viewport, spin.rect().topRight()).x()
        assert right <= viewport.width()  # the arrows' end of the box is inside the window, not cut off
        assert _dark_pixels(spin, spin.width() - 30, 30) > 10  # the chevrons' strokes


def test_a_disabled_save_looks_disabled(qtbot, memory_keyring, tasks, themed):
    """Issue #18: Save stayed brand blue while disabled."""
    dialog = open_dialog(qtbot, tasks)
    button = dialog.save_button

    def colour():
        image = button.grab().toImage()
        return image.pixelColor(image.width() // 2, 3)

    enabled = colour()
    dialog.shop_url.setText("http://not-https.example/")
    assert not button.isEnabled()
    disabled = colour()
    assert enabled.saturation() > 100 and disabled.saturation() < 60  # blue, then grey


def test_the_wheel_scrolls_past_spin_boxes_without_changing_them(qtbot, memory_keyring, tasks, themed):
    """Issue #18: scrolling the form over "Back to the keypad after" turned 5 s into "Stay until tapped"."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    dialog = open_dialog(qtbot, tasks)
    dialog.resize(700, 500)
    spin = dialog.auto_return
    before = spin.value()
    from PySide6.QtWidgets import QScrollArea

    area = dialog.findChild(QScrollArea)
    area.verticalScrollBar().setValue(0)
    for _ in range(5):
        event = QWheelEvent(
            QPointF(5, 5),
            QPointF(spin.mapToGlobal(QPoint(5, 5))),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(spin, event)
    assert spin.value() == before
    assert area.verticalScrollBar().value() > 0  # the form scrolled instead
    spin.setFocus()  # once the owner clicked it, the wheel does change it
    qtbot.waitUntil(spin.hasFocus)
    QApplication.sendEvent(spin, event)
    assert spin.value() != before


def test_the_order_number_example_follows_the_prefix(qtbot, memory_keyring, tasks):
    dialog = open_dialog(qtbot, tasks)
    dialog.order_prefix.setText("BAR-")
    assert "BAR-0001" in dialog.order_example.text()


def test_settings_fit_the_screen_they_open_on(qtbot, memory_keyring, tasks, themed):
    """Issue #18: on an 800×600 screen Settings opened 760 px tall with Save off-screen, and the form was
    wider than the window (its right edge, spin arrows included, cut off)."""
    from PySide6.QtWidgets import QScrollArea

    dialog = open_dialog(qtbot, tasks)
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.frameGeometry())
    area = dialog.findChild(QScrollArea)
    assert area.widget().minimumSizeHint().width() <= area.viewport().width()


def test_windows_are_shrunk_to_a_small_screen():
    from PySide6.QtCore import QRect, QSize

    from pos_app.ui.placement import TITLE_BAR, fitted_rect

    room = QRect(0, 0, 800, 600)
    rect = fitted_rect(QSize(720, 760), room)
    assert rect.height() + TITLE_BAR <= 600 and room.contains(rect)
    assert fitted_rect(QSize(400, 300), QRect(1920, 0, 1280, 800)).center().x() > 1920  # on that screen


def test_a_wrong_pin_keeps_the_buttons_whole(qtbot, themed):
    """Issue #18: after a wrong PIN the dialog squeezed its buttons to make room for the message."""
    dialog = PinDialog(Settings(owner_pin_hash=hash_pin("1234", iterations=1)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wanted = dialog.buttons.sizeHint().height()
    qtbot.keyClicks(dialog.pin, "9999")
    dialog.check()
    qtbot.waitUntil(lambda: dialog.buttons.height() >= wanted)
    assert dialog.rect().contains(dialog.buttons.geometry())


def test_smallest_and_largest_sale_are_set_per_currency(qtbot, memory_keyring, tasks, pos_home):
    """Issue #18: one limit for every currency; a 500 limit meant dollars and refused ¥1,200."""
    from decimal import Decimal

    dialog = open_dialog(qtbot, tasks, Settings(default_currency="USD", max_amount=Decimal(500)))
    assert dialog.limits_currency.currentText() == "USD" and dialog.max_amount.text() == "500"
    dialog.limits_currency.setCurrentText("JPY")
    assert dialog.max_amount.text() == ""  # yen had no limit
    dialog.min_amount.setText("100")
    dialog.limits_currency.setCurrentText("EUR")
    dialog.min_amount.setText("abc")
    assert not dialog.save_button.isEnabled()
    dialog.min_amount.clear()
    assert "USD" in dialog.limits_summary.text() and "JPY" in dialog.limits_summary.text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert dialog.settings.sale_limits == (("JPY", Decimal(100), None), ("USD", None, Decimal(500)))
    assert dialog.settings.limits_for("JPY") == (Decimal(100), None)


def test_the_default_till_name_speaks_the_shops_language_a_typed_one_does_not(
    qtbot, memory_keyring, tasks, language
):
    """Issue #16: an untouched "Till 1" reads "Kasse 1" in German (and stays the default when saved as shown);
    a name the owner typed is shown as typed."""
    language("de")
    dialog = open_dialog(qtbot, tasks)
    assert dialog.terminal_name.text() == "Kasse 1"
    settings, errors = dialog._collect()
    assert not errors and settings is not None and settings.terminal_name == "Till 1"
    dialog.terminal_name.setText("Theke")
    settings, _ = dialog._collect()
    assert settings is not None and settings.terminal_name == "Theke"
    named = open_dialog(qtbot, tasks, Settings(terminal_name="Till 1 (Eingang)"))
    assert named.terminal_name.text() == "Till 1 (Eingang)"
