"""Screen 1, ringing up: the amount, a phone-order keypad, the currency, an optional e-mail, Charge.

The keyboard always goes to the amount (digits, . or , Backspace, Escape, Enter) unless the cashier
clicked into the e-mail field. The widget only edits an `AmountEntry` and asks for a charge; building the
sale and talking to KuPay belong to the main window's flow.
"""

from __future__ import annotations

import functools
import sys
import time
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_app.kupay.currencies import CURRENCIES
from pos_app.money import AmountEntry, decimal_separator, format_amount, minor_units
from pos_app.ui.amount_display import AmountDisplay
from pos_app.ui.form import plain_label, plain_text, set_enum
from pos_app.ui.i18n import say

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QMouseEvent


# The key maps are built at the first key, not at import: Qt's namespace of enums costs ~20 ms to build,
# which the first frame does without (see SaleScreen's `first_frame`).
@functools.cache
def _typing_keys() -> dict[int, str]:
    key = QtCore.Qt.Key
    return {
        **{getattr(key, f"Key_{d}"): str(d) for d in range(10)},
        key.Key_Period: ".",
        key.Key_Comma: ",",
        key.Key_Minus: "-",
    }


# NumLock off: the keypad's keys arrive as the navigation keys printed under their digits (2 as ↓, which
# stepped the currency with the amount kept; . as Delete, which cleared it). At a till the keypad is for
# amounts: read them as their digits. Not on macOS, where Qt marks the arrow keys as keypad keys too and a
# Mac keypad has no NumLock.
@functools.cache
def _keypad_without_numlock() -> dict[int, str]:
    if sys.platform == "darwin":
        return {}
    key = QtCore.Qt.Key
    return {
        key.Key_Insert: "0",
        key.Key_End: "1",
        key.Key_Down: "2",
        key.Key_PageDown: "3",
        key.Key_Left: "4",
        key.Key_Clear: "5",
        key.Key_Right: "6",
        key.Key_Home: "7",
        key.Key_Up: "8",
        key.Key_PageUp: "9",
        key.Key_Delete: ".",
    }


_TYPE_AHEAD_SECONDS = 1.0  # letters typed within this gap spell one currency code ("E", "U", "R")


def currency_for_letters(letters: str) -> str | None:
    """The first of KuPay's currencies whose code starts with the letters typed ("J" -> "JPY", "NO" -> "NOK")."""
    wanted = letters.upper()
    return next((code for code in CURRENCIES if code.startswith(wanted)), None)


def typed_key(event: QKeyEvent) -> str:
    """The amount key a key press types ("0".."9", "." or ","), or "" for any other key."""
    numlock_off = _keypad_without_numlock()
    if event.modifiers() & QtCore.Qt.KeyboardModifier.KeypadModifier and event.key() in numlock_off:
        return numlock_off[event.key()]
    return _typing_keys().get(event.key(), "")


def first_key(event: QKeyEvent) -> str:
    """What a key pressed on Paid / Not paid hands to the next sale: an amount key ("4"), a currency letter
    ("E"), or "" for any other key. A keyboard cashier types the next sale straight away, currency first."""
    return typed_key(event) or currency_letter(event)


def currency_letter(event: QKeyEvent) -> str:
    """The letter a key press types ("e", "E"), which picks a currency, or "" (shortcuts such as Alt+C too)."""
    text = event.text()
    if event.modifiers() & ~QtCore.Qt.KeyboardModifier.ShiftModifier or not (
        text.isascii() and text.isalpha()
    ):
        return ""
    return text


def display_text(entry: AmountEntry, currency: str) -> str:
    """The entry as the customer reads it, formatted in the currency but showing only what was typed.

    "12" shows "$12", "12." shows "$12.", "12.5" shows "$12.5", "12.50" shows "$12.50": the digits the
    cashier has not typed yet are not invented on the display (the Charge button shows the full amount).
    A text that is not a number in the currency is shown as typed, unformatted, so it cannot pass for one.
    """
    text = entry.text
    if not text:
        return format_amount(Decimal(0), currency)
    if not entry.readable():
        return text  # "1,234.50", "1234.50" in yen: exactly what was typed, next to the reason it is refused
    # Not entry.value: that is None for an amount over the limit, which must still show what was typed.
    value = Decimal((text.rstrip(".,") or "0").replace(",", "."))
    formatted = format_amount(value, currency)
    minor = minor_units(currency)
    sep_at = max(text.rfind("."), text.rfind(","))
    typed = 0 if sep_at < 0 else len(text) - sep_at - 1
    drop = minor - typed if sep_at >= 0 else minor
    if minor == 0 or drop <= 0:
        return formatted
    last = max(i for i, ch in enumerate(formatted) if ch.isdigit())
    head, tail = formatted[: last + 1], formatted[last + 1 :]
    head = head[:-drop]
    if sep_at < 0:
        head = head[:-1]  # no separator typed: drop the decimal separator as well
    return head + tail


class ClickableLabel(QLabel):
    clicked = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_text(self)  # shows journal text (order numbers)
        self.setText(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class EmailField(QLineEdit):
    """Takes the keyboard only once clicked; Enter or Escape hands it back to the amount."""

    leave = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == QtCore.Qt.Key.Key_Escape:
            self.leave.emit()
            return
        super().keyPressEvent(event)


class SaleScreen(QWidget):
    charge_requested = Signal()
    last_sale_clicked = Signal()

    def __init__(
        self,
        currency: str = "USD",
        *,
        min_amount: Decimal | None = None,
        max_amount: Decimal | None = None,
        cents_first: bool = False,
        first_frame: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`first_frame`: the till's first frame, on screen before Babel is loaded: call complete() once
        it is shown."""
        super().__init__(parent)
        self._first_frame = first_frame
        self.setObjectName("saleScreen")
        set_enum(self, "focusPolicy", "StrongFocus")
        if currency not in CURRENCIES:
            currency = "USD"
        self.entry = AmountEntry(currency, cents_first=cents_first, minimum=min_amount, maximum=max_amount)
        self._default_limits = (min_amount, max_amount)
        self._sale_limits: dict[str, tuple[Decimal | None, Decimal | None]] = {}  # the owner's, per currency
        self._blocked_reason = self.tr("Starting…")  # until the window says the terminal can take payments

        self.display = AmountDisplay()
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("currencyBox")
        self.currency_box.addItems(list(CURRENCIES))
        self.currency_box.setCurrentText(currency)
        set_enum(self.currency_box, "focusPolicy", "NoFocus")  # digits must keep reaching the amount
        self.currency_box.setMaxVisibleItems(18)
        self.currency_box.setToolTip(
            self.tr("Type the currency's letters (E U R), or ↑ ↓ to step through; Alt+C opens the list")
        )
        self.currency_box.setAccessibleName(self.tr("Currency"))
        self._letters, self._letters_at = "", 0.0
        self.currency_box.currentTextChanged.connect(self._currency_changed)
        self.reason = plain_label()
        self.reason.setObjectName("chargeReason")
        self.reason.setWordWrap(True)
        self.email = EmailField()
        self.email.setObjectName("emailField")
        self.email.setPlaceholderText(self.tr("Customer e-mail (optional)"))
        self.email.setToolTip(self.tr("KuPay e-mails the payment link to this address"))
        set_enum(self.email, "focusPolicy", "ClickFocus")
        self.email.leave.connect(self.focus_amount)
        self.email.returnPressed.connect(self._email_enter)
        self.charge_button = QPushButton(self.tr("Charge"))
        self.charge_button.setObjectName("chargeButton")
        set_enum(self.charge_button, "focusPolicy", "NoFocus")
        self.charge_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.charge_button.clicked.connect(self.request_charge)
        self.last_sale = ClickableLabel()
        self.last_sale.setObjectName("lastSale")
        self.last_sale.setToolTip(self.tr("Open the sales history"))
        self.last_sale.setWordWrap(True)  # a long language takes two lines rather than squeezing the keypad
        self.last_sale.clicked.connect(self.last_sale_clicked)
        self.last_sale.hide()

        top = QHBoxLayout()
        caption = plain_label(self.tr("Amount"))
        caption.setObjectName("caption")
        top.addWidget(caption)
        top.addStretch(1)
        top.addWidget(self.currency_box)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addLayout(top)
        left.addWidget(self.display)
        left.addWidget(self.reason)
        left.addStretch(1)
        left.addWidget(self.email)
        left.addWidget(self.charge_button)
        left.addWidget(self.last_sale)

        self.keys: dict[str, QPushButton] = {}
        pad = QGridLayout()
        pad.setSpacing(10)
        rows = [("1", "2", "3"), ("4", "5", "6"), ("7", "8", "9")]
        for r, row in enumerate(rows):
            for c, key in enumerate(row):
                pad.addWidget(self._key(key, key), r, c)
        self._sep_key = self._key(".", ".")
        pad.addWidget(self._sep_key, 3, 0)
        self._zero_key = self._key("0", "0")
        pad.addWidget(self._zero_key, 3, 1)
        back = self._key("⌫", "back")
        back.setToolTip(self.tr("Delete the last digit (Backspace)"))
        back.setAccessibleName(self.tr("Backspace"))
        pad.addWidget(back, 3, 2)
        clear = self._key(self.tr("Clear"), "clear")
        clear.setToolTip(self.tr("Clear the amount and the e-mail (Escape)"))
        clear.setAccessibleName(self.tr("Clear"))
        clear.setObjectName("clearKey")
        pad.addWidget(clear, 4, 0, 1, 3)
        self._pad = pad

        pad_box = QWidget()
        pad_box.setObjectName("keypad")
        pad_box.setLayout(pad)
        pad_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        pad_box.setMaximumWidth(640)  # on a full-HD screen the keys stay key-sized, the rest centres
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(820)
        left.setContentsMargins(0, 0, 0, 0)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(32)
        layout.addStretch(0)
        layout.addWidget(left_box, 5)
        layout.addWidget(pad_box, 4)
        layout.addStretch(0)
        if first_frame:
            # Babel (CLDR, ~40 ms with its locale data) comes after the first frame: until then the decimal
            # key reads Qt's copy of the same CLDR data, and the amount is empty.
            self._sep_key.setText(QLocale().decimalPoint())
            self._refresh_charge()
        else:
            self.complete()

    def complete(self) -> None:
        """What the first frame does without: the amount and the keypad in the currency's and the language's
        formats (the "$0.00", no decimal key for JPY) and the e-mail's clear button. A screen made with
        `first_frame` waits for this call, once that frame is on screen; others make it at once."""
        self._first_frame = False
        self.email.setClearButtonEnabled(True)  # loads an icon, and shows only once something is typed
        self._apply_currency_keys()
        self._refresh()

    # --- building -------------------------------------------------------------------------------------
    def _key(self, label: str, key: str) -> QPushButton:
        button = QPushButton(label)
        button.setProperty("role", "key")
        set_enum(button, "focusPolicy", "NoFocus")
        button.setAutoRepeat(key == "back")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMinimumSize(64, 56)  # touch-sized even at 800×600
        button.clicked.connect(lambda: self.press(key))
        self.keys[key] = button
        return button

    # --- what the window reads ----------------------------------------------------------------------
    def currency(self) -> str:
        return self.entry_currency

    @property
    def entry_currency(self) -> str:
        return self.currency_box.currentText()

    def amount(self) -> Decimal | None:
        return self.entry.value if self.problem() is None else None

    def customer_email(self) -> str:
        return self.email.text().strip()

    def problem(self) -> str | None:
        """Why Charge is not possible right now, as a sentence; None when it is."""
        if self._blocked_reason:
            return self._blocked_reason
        if self.entry.error:
            return say(self.entry.error)
        if self.entry.value is None:
            return self.tr("Type the amount to charge.")
        email = self.customer_email()
        if email and ("@" not in email or " " in email or email.startswith("@") or email.endswith("@")):
            return self.tr("The e-mail address does not look right; fix it or leave it empty.")
        return None

    # --- what the window tells it ------------------------------------------------------------------
    def set_blocked(self, reason: str | None) -> None:
        """A reason the till cannot charge at all (starting, no token…), or None when it can."""
        self._blocked_reason = reason or ""
        self._refresh_charge()

    def set_limits(self, min_amount: Decimal | None, max_amount: Decimal | None) -> None:
        """The same limits for every currency."""
        self._default_limits, self._sale_limits = (min_amount, max_amount), {}
        self._apply_limits()
        self._refresh()

    def set_sale_limits(self, limits: dict[str, tuple[Decimal | None, Decimal | None]]) -> None:
        """The owner's smallest and largest sale per currency, applied to whichever currency is chosen."""
        self._sale_limits = dict(limits)
        self._apply_limits()
        self._refresh()

    def _apply_limits(self) -> None:
        self.entry.set_limits(*self._sale_limits.get(self.entry_currency, self._default_limits))

    def set_cents_first(self, on: bool) -> None:
        """The owner's entry style, from the next key on; what is typed so far keeps its amount."""
        self.entry.set_cents_first(on)
        self._refresh()

    def set_currency(self, code: str) -> None:
        if code in CURRENCIES:
            self.currency_box.setCurrentText(code)

    def set_last_sale(self, text: str, state: str) -> None:
        # A pointing hand over the line that opens the sale (set here: hidden until now, and Qt's enums
        # are not built for the first frame).
        self.last_sale.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        self.last_sale.setText(text)
        self.last_sale.setProperty("state", state)
        self.last_sale.style().unpolish(self.last_sale)
        self.last_sale.style().polish(self.last_sale)
        self.last_sale.setVisible(bool(text))

    def forget_email(self) -> None:
        """The sale was cancelled: the next customer must not get this one's payment link."""
        self.email.clear()
        self._refresh_charge()

    def start_new_sale(self) -> None:
        """Empty amount and e-mail, keyboard on the amount: ready for the next customer."""
        self.entry.clear()
        self.email.clear()
        self._refresh()
        self.focus_amount()

    def focus_amount(self) -> None:
        self.setFocus()

    # --- input -----------------------------------------------------------------------------------------
    def press(self, key: str) -> None:
        if key == "clear":
            self.email.clear()  # Clear / Escape start over: the last customer's address never carries on
        self.entry.press(key)
        self._refresh()

    def request_charge(self) -> None:
        if self.problem() is None:
            self.charge_requested.emit()
        else:
            self._refresh()

    def _email_enter(self) -> None:
        self.focus_amount()
        self.request_charge()

    def handle_key(self, event: QKeyEvent) -> bool:
        key, keys = event.key(), QtCore.Qt.Key
        if key in (keys.Key_Return, keys.Key_Enter):
            if not event.isAutoRepeat():  # a held Enter charges once
                self.request_charge()
            return True
        typed = typed_key(event)
        if typed:
            self.press(typed)
            return True
        if self._currency_key(event):
            return True
        if key == keys.Key_Backspace:
            self.press("back")
            return True
        if key in (keys.Key_Escape, keys.Key_Delete):
            self.press("clear")
            return True
        return False

    def _currency_key(self, event: QKeyEvent) -> bool:
        """The currency from the keyboard: its letters, ↑ ↓, or Alt+C (F4) for the list."""
        key, mods, keys = event.key(), event.modifiers(), QtCore.Qt.Key
        if (key == keys.Key_C and mods & QtCore.Qt.KeyboardModifier.AltModifier) or key == keys.Key_F4:
            self.currency_box.showPopup()
            return True
        if key in (keys.Key_Up, keys.Key_Down):
            step = 1 if key == keys.Key_Down else -1
            index = (self.currency_box.currentIndex() + step) % self.currency_box.count()
            self.currency_box.setCurrentIndex(index)
            return True
        letter = currency_letter(event)
        if not letter:
            return False
        self.type_letter(letter)
        return True

    def type_key(self, key: str) -> None:
        """One key from `first_key`: an amount key, or a currency letter."""
        if key.isalpha():
            self.type_letter(key)
        else:
            self.press(key)

    def type_letter(self, text: str) -> None:
        """Letters typed within a second spell a currency code (E U R); each one picks the first match."""
        now = time.monotonic()
        letters = (self._letters if now - self._letters_at < _TYPE_AHEAD_SECONDS else "") + text
        code = currency_for_letters(letters) or currency_for_letters(text)
        self._letters, self._letters_at = (letters if currency_for_letters(letters) else text), now
        if code:
            self.set_currency(code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.focus_amount()  # a tap anywhere outside the e-mail field gives the keyboard back
        super().mousePressEvent(event)

    # --- rendering -------------------------------------------------------------------------------------
    def _currency_changed(self, code: str) -> None:
        self.entry.set_currency(code)
        self._apply_limits()
        self._apply_currency_keys()
        self._refresh()
        self.focus_amount()

    def _apply_currency_keys(self) -> None:
        # JPY and KRW have no minor unit: no decimal key; 0 takes its place so the pad stays tidy.
        has_decimals = minor_units(self.entry_currency) > 0
        self._sep_key.setVisible(has_decimals)
        self._pad.removeWidget(self._zero_key)
        if has_decimals:
            self._pad.addWidget(self._zero_key, 3, 1)
        else:
            self._pad.addWidget(self._zero_key, 3, 0, 1, 2)

    def _refresh(self) -> None:
        self._refresh_display()
        self._refresh_charge()

    def _refresh_display(self) -> None:
        if self._first_frame:
            return  # complete() draws it, right after the first frame
        # The key shows the separator the display writes ("," in German); either one types the decimals.
        self._sep_key.setText(decimal_separator())
        self.display.setText(display_text(self.entry, self.entry_currency))
        self.display.setProperty("empty", not self.entry.text)
        self.display.setProperty("refused", bool(self.entry.text) and not self.entry.readable())
        self.display.style().unpolish(self.display)
        self.display.style().polish(self.display)

    def _refresh_charge(self) -> None:
        currency = self.entry_currency
        problem = self.problem()
        value = self.entry.value if problem is None else None  # "Starting…" needs no parsing (nor Babel)
        self.charge_button.setEnabled(problem is None)
        if problem is None and value is not None:
            self.charge_button.setText(
                self.tr("Charge {amount}").format(amount=format_amount(value, currency))
            )
            self.reason.setText(self.tr("Press Enter or Charge to show the QR code."))
            self.reason.setProperty("problem", False)
        else:
            self.charge_button.setText(self.tr("Charge"))
            self.reason.setText(problem or "")
            self.reason.setProperty("problem", bool(self.entry.text) or bool(self._blocked_reason))
        if not self._first_frame:  # not yet shown: the theme reads the property when it first polishes it
            self.reason.style().unpolish(self.reason)  # (and these calls build Qt's enums: ~20 ms)
            self.reason.style().polish(self.reason)
