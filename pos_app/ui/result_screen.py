"""Screens 3 and 4: the whole window green with ✓ Paid, or red with ✕ Not paid, the reason and what to do.

Any key, a tap, or (optionally) a few seconds start the next sale; a digit or a currency letter typed here is
also the next sale's first key (a cashier who types 45 straight away gets 45, not 5; E 1 2 gets €12, not $12).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pos_app.ui.form import plain_label
from pos_app.ui.i18n import say
from pos_app.ui.receipt_desk import ReceiptBar
from pos_app.ui.sale_screen import first_key
from pos_app.ui.state_icon import StateIcon

# Keys that must not dismiss the result (or the customer view): modifiers alone, and F11 (full screen).
IGNORED_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
    Qt.Key.Key_F11,
}


class ResultScreen(QWidget):
    next_sale = Signal(
        str
    )  # the key that started it ("4", or a currency letter), or "" for a tap, Enter, the timer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("outcome", "paid")
        self._outcome = "paid"
        self._seconds_left = 0

        self.icon = StateIcon("paid", 140)
        self.icon.setObjectName("resultIcon")
        self.title = plain_label(self.tr("Paid"))
        self.title.setObjectName("resultTitle")
        self.amount = plain_label()
        self.amount.setObjectName("resultAmount")
        self.order = plain_label()
        self.order.setObjectName("resultOrder")
        self.reason = plain_label()
        self.reason.setObjectName("resultReason")
        self.advice = plain_label()
        self.advice.setObjectName("resultAdvice")
        self.hint = plain_label()
        self.hint.setObjectName("resultHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 32)
        layout.setSpacing(10)
        layout.addStretch(2)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in (self.title, self.amount, self.order, self.reason, self.advice):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.receipt = ReceiptBar()  # Print receipt (P), and what the printer said
        layout.addWidget(self.receipt)
        # The cashier waits for the receipt: no new sale starts under it.
        self.receipt.print_requested.connect(self.hold)
        layout.addStretch(3)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._count_down)

    def outcome(self) -> str:
        return self._outcome

    def show_paid(self, amount_text: str, order_number: str, auto_return_seconds: int = 0) -> None:
        self._show("paid", self.tr("Paid"), amount_text, order_number, "", "", auto_return_seconds)

    def show_unpaid(
        self, amount_text: str, order_number: str, reason: str, advice: str, auto_return_seconds: int = 0
    ) -> None:
        # An unpaid sale needs reading: no auto-return, the cashier dismisses it.
        self._show("unpaid", self.tr("Not paid"), amount_text, order_number, reason, advice, 0)

    def show_needs_check(self, amount_text: str, order_number: str, reason: str, advice: str) -> None:
        # Neither green nor red: the outcome is the owner's to settle. No auto-return: it needs reading.
        self._show("check", self.tr("Needs check"), amount_text, order_number, reason, advice, 0)

    def _show(
        self, outcome: str, title: str, amount: str, order: str, reason: str, advice: str, seconds: int
    ) -> None:
        self._outcome = outcome
        self.setProperty("outcome", outcome)
        self.icon.set_kind("trouble" if outcome == "check" else outcome)  # "!" for the owner
        self.title.setText(title)
        self.amount.setText(amount)
        self.order.setText(self.tr("Order {order}").format(order=order) if order else "")
        self.reason.setText(say(reason))
        self.reason.setVisible(bool(reason))
        self.advice.setText(say(advice))
        self.advice.setVisible(bool(advice))
        for widget in (
            self,
            self.icon,
            self.title,
            self.amount,
            self.order,
            self.reason,
            self.advice,
            self.hint,
        ):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self._seconds_left = max(0, int(seconds))
        if self._seconds_left:
            self._timer.start()
        else:
            self._timer.stop()
        self._update_hint()

    def stop_timer(self) -> None:
        self._timer.stop()

    def hold(self) -> None:
        """Stay on this result until the cashier moves on (a receipt is printing, or failed to)."""
        self._timer.stop()
        self._seconds_left = 0
        self._update_hint()

    def _update_hint(self) -> None:
        text = self.tr("Press any key or tap for the next sale")
        if self._seconds_left:
            text += " · " + self.tr("new sale in {seconds} s").format(seconds=self._seconds_left)
        self.hint.setText(text)

    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._finish()
        else:
            self._update_hint()

    def _finish(self) -> None:
        self._timer.stop()
        if self.isVisible():
            self.next_sale.emit("")

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() in IGNORED_KEYS or event.isAutoRepeat():
            return False  # a held key from the sale must not skip the result
        if event.key() == Qt.Key.Key_P and self.receipt.offered():
            if self.receipt.can_print():  # while one prints, P is only swallowed: never a new sale
                self.receipt.print_requested.emit()
            return True
        self._finish_now(first_key(event))
        return True

    def _finish_now(self, first_key: str = "") -> None:
        self._timer.stop()
        self.next_sale.emit(first_key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._finish_now()
