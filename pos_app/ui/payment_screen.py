"""Screen 2, the customer pays: "Creating payment…", then the QR code, the amount and a plain-words status.

Three faces on one screen: creating (shown the instant Charge is pressed), failed to create (one
sentence, Retry / Back, the amount kept), and waiting (QR, amount, order number, elapsed time, status).
The screen renders what it is told; the window's flow decides.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.terminal import RETRYING_LINE, WAITING_LINE, StatusLine, Tone, elapsed_text, time_left_text
from pos_app.ui.amount_display import AmountDisplay
from pos_app.ui.form import plain_label, set_style_property
from pos_app.ui.i18n import say
from pos_app.ui.qr_widget import QrWidget
from pos_app.ui.state_icon import StateIcon

# No check mark before the sale is paid: "payment seen" and "partly paid" keep the hourglass (in teal).
_TONE_ICON = {Tone.WAITING: "waiting", Tone.PROGRESS: "waiting", Tone.TROUBLE: "trouble"}


class PaymentScreen(QWidget):
    cancel_requested = Signal()  # Cancel / Escape while creating or waiting
    check_now_requested = Signal()  # Check now / F5 while waiting: the customer says "I paid"
    retry_requested = Signal()  # Retry after a failed create
    back_requested = Signal()  # Back to the keypad after a failed create (the amount is kept)
    open_page_requested = Signal(str)  # demo: open the pay page in the browser
    show_customer_requested = Signal()  # one-screen tills: turn the whole window to the customer

    def __init__(self, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._demo = demo
        self._mode = "creating"
        self._pay_url = ""
        self._started = time.monotonic()
        self._created_at: datetime | None = None

        # Left: what the customer looks at (QR), or the creating / failed panels in its place.
        self.left = QStackedWidget()
        self.left.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.creating_panel = plain_label(self.tr("Creating payment…"))
        self.creating_panel.setObjectName("creatingPanel")
        self.creating_panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_panel = QWidget()
        self.error_panel.setObjectName("errorPanel")
        error_layout = QVBoxLayout(self.error_panel)
        error_layout.addStretch(1)
        self.error_icon = StateIcon("trouble", 64)
        self.error_icon.setObjectName("errorIcon")
        error_layout.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error_title = plain_label(self.tr("The payment was not created"))
        self.error_title.setObjectName("errorTitle")
        self.error_title.setWordWrap(True)  # one line is wider than the panel on an 800 px till
        self.error_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_text = plain_label()
        self.error_text.setObjectName("errorText")
        self.error_text.setWordWrap(True)
        self.error_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        error_layout.addWidget(self.error_title)
        error_layout.addWidget(self.error_text)
        error_layout.addStretch(1)
        self.qr = QrWidget()
        qr_page = QWidget()
        qr_page.setObjectName("qrPage")
        qr_layout = QVBoxLayout(qr_page)
        qr_layout.setContentsMargins(0, 0, 0, 0)
        qr_layout.setSpacing(6)
        qr_layout.addWidget(self.qr, 1)
        self.link = plain_label()
        self.link.setObjectName("payLink")
        self.link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        qr_layout.addWidget(self.link)
        for page in (self.creating_panel, self.error_panel, qr_page):
            self.left.addWidget(page)
        self._qr_page = qr_page

        # Right: amount, order, status, actions.
        self.order = plain_label()
        self.order.setObjectName("orderNumber")
        # Shrinks rather than clips: at 800 px "$12,345.60" lost its last digit in a 40 px label.
        self.amount = AmountDisplay(name="payAmount", align=Qt.AlignmentFlag.AlignLeft, inset=0)
        self.email = plain_label("", "payEmail")  # typed by a person
        self.email.setWordWrap(True)
        self.email.hide()
        self.status_icon = StateIcon("waiting", 40)
        self.status_icon.setObjectName("statusIcon")
        self.status = plain_label(say(WAITING_LINE.text))
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.setSpacing(12)
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status, 1)
        self.detail = plain_label()
        self.detail.setObjectName("statusDetail")
        self.detail.setWordWrap(True)
        self.clock = plain_label()
        self.clock.setObjectName("elapsed")
        self.time_left = plain_label()
        self.time_left.setObjectName("timeLeft")

        self.open_page = QPushButton(self.tr("Open payment page"))
        self.open_page.setObjectName("openPageButton")
        self.open_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_page.setToolTip(self.tr("Demo: pay this sale in the browser on this computer"))
        self.open_page.clicked.connect(lambda: self.open_page_requested.emit(self._pay_url))
        self.show_customer = QPushButton(
            self.tr("Show to customer")
        )  # F2 / Space: in the tooltip (800 px tills)
        self.show_customer.setObjectName("showCustomerButton")
        self.show_customer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_customer.setToolTip(
            self.tr(
                "F2 or Space. Only one screen? Turn it round: the customer sees the amount and the QR code."
            )
        )
        self.show_customer.clicked.connect(self.show_customer_requested)
        self.retry = QPushButton(self.tr("Retry"))
        self.retry.setObjectName("retryButton")
        self.retry.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retry.clicked.connect(self.retry_requested)
        self.check_now = QPushButton(self.tr("Check now  (F5)"))
        self.check_now.setObjectName("checkNowButton")
        self.check_now.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_now.setToolTip(self.tr("Ask KuPay right away whether this sale is paid"))
        self.check_now.clicked.connect(self.check_now_requested)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelButton")
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel.clicked.connect(self._cancel_clicked)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.order)
        right.addWidget(self.amount)
        right.addWidget(self.email)
        right.addSpacing(12)
        right.addLayout(status_row)
        right.addWidget(self.detail)
        right.addWidget(self.clock)
        right.addWidget(self.time_left)
        right.addStretch(1)
        right.addWidget(self.show_customer)
        right.addWidget(self.open_page)
        right.addWidget(self.retry)
        right.addWidget(self.check_now)
        right.addWidget(self.cancel)
        right_box = QWidget()
        right_box.setObjectName("paymentInfo")
        right_box.setLayout(right)
        # At least 260 px, and never narrower than its longest button: a long word (German, French) must
        # not be cut off; the QR code gives way instead (an explicit minimum width would override that).
        right.addSpacerItem(QSpacerItem(260, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
        right_box.setMaximumWidth(440)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(28)
        layout.addWidget(self.left, 3)
        layout.addWidget(right_box, 2)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._apply_mode()

    # --- states --------------------------------------------------------------------------------------
    def mode(self) -> str:
        return self._mode

    def show_creating(self, amount_text: str, order_number: str = "") -> None:
        self._mode = "creating"
        self._pay_url = ""
        self.email.hide()
        self.qr.clear()
        self.link.clear()
        self.amount.setText(amount_text)
        self.order.setText(self._order_text(order_number) if order_number else self.tr("New sale"))
        self._set_line(StatusLine(self.tr("Creating payment…"), Tone.WAITING))
        self.detail.clear()
        self.clock.clear()
        self.time_left.clear()
        self._ticker.stop()
        self._apply_mode()

    def show_create_failed(self, message: str, order_number: str = "") -> None:
        self._mode = "failed"
        self.error_text.setText(say(message))
        if order_number:
            self.order.setText(self._order_text(order_number))
        self._set_line(StatusLine(self.tr("No QR code — nothing to pay yet"), Tone.TROUBLE))
        self._apply_mode()

    def show_waiting(
        self, pay_url: str, amount_text: str, order_number: str, created_at: datetime, email: str = ""
    ) -> bool:
        """The QR code and the waiting face; False (and nothing shown) when the link cannot be a QR code."""
        if not self.qr.set_text(pay_url):
            return False
        self._mode = "waiting"
        # Whose inbox gets the link, so a leftover address is noticed while the customer is still here.
        self.email.setText(self.tr("Payment link e-mailed to {email}").format(email=email) if email else "")
        self.email.setVisible(bool(email))
        self._pay_url = pay_url
        self._started = time.monotonic()
        self._created_at = created_at
        self.link.setText(pay_url)
        self.amount.setText(amount_text)
        self.order.setText(self._order_text(order_number))
        self.detail.clear()
        self._set_line(WAITING_LINE)
        self._tick()
        self._ticker.start()
        self._apply_mode()
        return True

    def show_status(self, line: StatusLine) -> None:
        self._set_line(line)
        self.detail.setText(say(line.detail))

    def show_connection_trouble(self, message: str) -> None:
        self._set_line(RETRYING_LINE)
        self.detail.setText(say(message))

    def show_token_refused(self, message: str) -> None:
        self._ticker.stop()
        self.check_now.hide()
        self._set_line(StatusLine(self.tr("Stopped checking: ask the owner"), Tone.TROUBLE))
        self.detail.setText(say(message) + " " + self.tr("The sale is kept in History."))
        self.cancel.setText(self.tr("Back to the keypad"))

    def stop_clock(self) -> None:
        self._ticker.stop()

    def status_text(self) -> str:
        return self.status.text()

    # --- internals -----------------------------------------------------------------------------------
    def _order_text(self, order_number: str) -> str:
        return self.tr("Order {order}").format(order=order_number)

    def _set_line(self, line: StatusLine) -> None:
        self.status.setText(say(line.text))
        self.status_icon.set_kind(_TONE_ICON[line.tone])
        set_style_property(self.status, "tone", line.tone.value)
        set_style_property(self.status_icon, "tone", line.tone.value)

    def _apply_mode(self) -> None:
        pages = {"creating": self.creating_panel, "failed": self.error_panel, "waiting": self._qr_page}
        self.left.setCurrentWidget(pages[self._mode])
        self.retry.setVisible(self._mode == "failed")
        self.open_page.setVisible(self._demo and self._mode == "waiting")
        self.check_now.setVisible(self._mode == "waiting")
        self.show_customer.setVisible(self._mode == "waiting")
        self.cancel.setText(self.tr("Back") if self._mode == "failed" else self.tr("Cancel"))
        set_style_property(self.cancel, "role", "secondary" if self._mode == "failed" else "danger")

    def _tick(self) -> None:
        self.clock.setText(
            self.tr("Waiting {time}").format(time=elapsed_text(time.monotonic() - self._started))
        )
        if self._created_at is not None:
            self.time_left.setText(say(time_left_text(self._created_at, datetime.now().astimezone())))

    def _cancel_clicked(self) -> None:
        if self._mode == "failed":
            self.back_requested.emit()
        else:
            self.cancel_requested.emit()

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._cancel_clicked()
            return True
        if key == Qt.Key.Key_F5:
            if self._mode == "waiting" and not event.isAutoRepeat():
                self.check_now_requested.emit()
            return True
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Space) and self._mode == "waiting":
            if not event.isAutoRepeat():
                self.show_customer_requested.emit()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._mode == "failed" and not event.isAutoRepeat():
                self.retry_requested.emit()
            return True  # Enter never creates a second payment from here
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)
