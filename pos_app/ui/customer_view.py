"""What the customer looks at: the shop's welcome, the amount and a big QR code, then the thank-you.

One widget for both places it appears: the customer display window on a second screen, and the cashier's
own window turned to the customer (one-screen tills). It has no controls; it renders a `CustomerFace`
(pos_app/customer.py) and its type scale follows its height, so a 1024×768 monitor and a 4K one both read
from a few steps away.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QImage, QKeyEvent, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pos_app.customer import DEFAULT_WELCOME, IDLE_FACE, CustomerFace, Face
from pos_app.terminal import time_left_text
from pos_app.ui.accessibility import announce
from pos_app.ui.i18n import Voice
from pos_app.ui.qr_widget import QrWidget
from pos_app.ui.result_screen import IGNORED_KEYS
from pos_app.ui.state_icon import StateIcon
from pos_app.wording import QT_TRANSLATE_NOOP

_WELCOME = QT_TRANSLATE_NOOP("CustomerDisplay", "Welcome")
_AMOUNT_TO_PAY = QT_TRANSLATE_NOOP("CustomerDisplay", "Amount to pay")
_AMOUNT = QT_TRANSLATE_NOOP("CustomerDisplay", "Amount")


def _label(name: str, accessible: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # shop names and amounts are typed text: never markup
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    if accessible:
        label.setAccessibleName(accessible)
    return label


class CustomerView(QWidget):
    dismissed = Signal()  # a tap or a key: the cashier wants the window back (one-screen mode)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._voice = Voice()  # the till's language until the owner picks the customer's
        self.setAccessibleName(self.tr("Customer display"))
        self._face = IDLE_FACE
        self._shop_name = ""
        self._welcome: str = DEFAULT_WELCOME  # or the owner's own line

        self.logo = QLabel()
        self.logo.setObjectName("customerLogo")
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setAccessibleName(self.tr("Shop logo"))
        self.logo.hide()
        self._logo_image: QImage | None = None
        self.icon = StateIcon("paid", 96)
        self.icon.setObjectName("customerIcon")
        self.title = _label("customerTitle", self.tr("Shop"))
        self.amount = _label("customerAmount", self.tr("Amount to pay"))
        self.line = _label("customerLine", self.tr("Message"))
        self.time_left = _label("customerTimeLeft", self.tr("Time left"))
        self.qr = QrWidget()
        self.qr.setObjectName("customerQr")

        # Text beside the QR code on a landscape screen, under it on a portrait one (see resizeEvent).
        self.text_box = QWidget()
        self.text_box.setObjectName("customerText")
        text = QVBoxLayout(self.text_box)
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(16)
        text.addStretch(1)
        text.addWidget(self.logo)
        text.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in (self.title, self.amount, self.line, self.time_left):
            text.addWidget(label)
        text.addStretch(1)
        self.text_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(32, 32, 32, 32)
        self.box.setSpacing(32)
        self.box.addWidget(self.qr, 3)
        self.box.addWidget(self.text_box, 2)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._render()

    # --- what it shows ---------------------------------------------------------------------------------
    def face(self) -> CustomerFace:
        return self._face

    def set_face(self, face: CustomerFace) -> None:
        changed = face != self._face
        self._face = face
        self._render()
        if changed:
            announce(self, self._voice.say(face.announcement))

    def set_language(self, language: str) -> None:
        """The customer's language ("" = the till's): every word on this view from now on."""
        if language != self._voice.language:
            self._voice = Voice(language)
            self._render()

    def set_shop(self, shop_name: str, welcome: str) -> None:
        self._shop_name = shop_name
        self._welcome = welcome
        if self._face.face is Face.IDLE:
            self._render()

    def set_logo(self, image: QImage | None) -> None:
        self._logo_image = image if image is not None and not image.isNull() else None
        self._render()

    def _render(self) -> None:
        face = self._face
        kind = face.face
        self.setProperty("face", kind.value)
        pay = kind is Face.PAY
        # The QR code belongs to this sale only: cleared on every other face, never left from an older sale.
        self.qr.set_text(face.pay_url if pay else "")
        self.qr.setVisible(pay)
        idle = kind is Face.IDLE
        self.logo.setVisible(idle and self._logo_image is not None)
        self._scale_logo()
        self.icon.setVisible(kind is Face.PAID)  # not paid: words only, no alarming cross
        if idle:
            say = self._voice.say
            self.title.setText(self._shop_name or say(_WELCOME))
            self.line.setText(say(self._welcome))
            self.amount.clear()
        else:
            self.title.setText("")
            self.amount.setText(face.amount)
            self.line.setText(self._voice.say(face.line))
        self.title.setVisible(bool(self.title.text()))
        self.amount.setVisible(bool(self.amount.text()))
        self.amount.setAccessibleName(
            self._voice.say(_AMOUNT_TO_PAY if kind in (Face.PAY, Face.PREPARING) else _AMOUNT)
        )
        self.line.setVisible(bool(self.line.text()))
        if pay:
            self._tick()
            self._ticker.start()
        else:
            self._ticker.stop()
            self.time_left.clear()
        self.time_left.setVisible(bool(self.time_left.text()))
        for widget in (self, self.icon, self.title, self.amount, self.line, self.time_left):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self._arrange()

    def _tick(self) -> None:
        created = self._face.created_at
        text = (
            self._voice.say(time_left_text(created, datetime.now().astimezone()))
            if created is not None
            else ""
        )
        self.time_left.setText(text)
        self.time_left.setVisible(bool(text))

    # --- size: the QR code as large as the screen allows, the type scaled to the height ---------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        width, height = max(1, self.width()), max(1, self.height())
        landscape = width >= height
        self.box.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        margin = max(16, min(width, height) // 24)
        self.box.setContentsMargins(margin, margin, margin, margin)
        self.box.setSpacing(margin)
        inner_w = width - 2 * margin
        if self._face.face is Face.PAY and landscape:
            # The QR code a square as tall as the screen allows; the text a column beside it.
            text_w = max(int(width * 0.30), inner_w - (height - 2 * margin) - margin)
            self.text_box.setFixedWidth(text_w)
        else:
            self.text_box.setMinimumWidth(0)
            self.text_box.setMaximumWidth(16777215)
            text_w = inner_w
        unit = min(height, width * 0.75)
        big = self._face.face in (Face.IDLE, Face.PAID, Face.NOT_PAID)
        self._font(self.title, unit * 0.10, QFont.Weight.Bold, text_w)
        self._font(self.amount, unit * (0.13 if big else 0.11), QFont.Weight.Bold, text_w)
        self._font(self.line, unit * (0.055 if big else 0.045), QFont.Weight.DemiBold)
        self._font(self.time_left, unit * 0.04, QFont.Weight.DemiBold)
        # A box layout gives a wrapped label only its one-line height; a long sentence (German, French)
        # needs the height of all its lines.
        for label in (self.title, self.line, self.time_left):
            label.setMinimumHeight(max(0, label.heightForWidth(text_w)))
        side = int(max(64, unit * 0.22))
        self.icon.setFixedSize(side, side)
        self._scale_logo()

    @staticmethod
    def _font(label: QLabel, pixels: float, weight: QFont.Weight, fit_width: int = 0) -> None:
        """Set the label's type size; with `fit_width`, shrink it until one line fits (an amount is never cut)."""
        font = label.font()
        font.setWeight(weight)
        size = max(14, int(pixels))
        font.setPixelSize(size)
        text = label.text()
        while fit_width and text and size > 14 and QFontMetrics(font).horizontalAdvance(text) > fit_width:
            size = max(14, int(size * 0.9))
            font.setPixelSize(size)
        label.setFont(font)

    def _scale_logo(self) -> None:
        image = self._logo_image
        if image is None or not self.logo.isVisibleTo(self):
            self.logo.clear()
            return
        box = int(min(self.height() * 0.3, self.width() * 0.5))
        dpr = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(
            image.scaled(
                int(box * dpr),
                int(box * dpr),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        pixmap.setDevicePixelRatio(dpr)
        self.logo.setPixmap(pixmap)

    # --- one-screen mode: the cashier takes the window back ---------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() in IGNORED_KEYS or event.isAutoRepeat():
            return False
        self.dismissed.emit()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.dismissed.emit()
