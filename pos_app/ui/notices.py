"""Notices for the cashier at the bottom of the window (a late payment, a sale to check, a printer problem).

Each stays until someone taps "OK" on it — a late payment gone after 15 s was never seen — and takes no
focus, so typing still reaches the amount. With no notice the bar is hidden: no empty strip is left on the
sale, payment or result screens (a QStatusBar left one, with a resize grip, on every screen after it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from pos_app.ui.i18n import say

MAX_NOTICES = 5  # the oldest goes when a sixth arrives
# About two notices tall; more scroll inside. Taller, it squeezed the sale screen on an 800×600 till until
# the reason line sat on top of the amount.
MAX_HEIGHT = 100


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self._inner = QWidget()
        self._inner.setObjectName("noticeRows")
        self._rows = QVBoxLayout(self._inner)
        self._rows.setContentsMargins(16, 6, 16, 6)
        self._rows.setSpacing(4)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(self._inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self._notices: list[tuple[str, QWidget]] = []
        self.hide()

    def add(self, text: str) -> None:
        """Show a sentence until it is dismissed; the same sentence twice is shown once."""
        if any(shown == text for shown, _row in self._notices):
            return
        row = QWidget()
        row.setObjectName("notice")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(say(text))  # a Sentence from the core is shown in the shop's language
        label.setObjectName("noticeText")
        label.setTextFormat(Qt.TextFormat.PlainText)  # order numbers and server words inside
        label.setWordWrap(True)
        seen = QPushButton(self.tr("OK"))
        seen.setObjectName("noticeSeen")
        seen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the amount
        seen.setToolTip(self.tr("Seen: remove this notice"))
        seen.clicked.connect(lambda: self.dismiss(text))
        line.addWidget(label, 1)
        line.addWidget(seen)
        self._rows.insertWidget(0, row)  # the newest on top, where the bar shows it without scrolling
        self._notices.append((text, row))
        while len(self._notices) > MAX_NOTICES:
            self.dismiss(self._notices[0][0])
        self._fit()
        self.show()

    def dismiss(self, text: str) -> None:
        for shown, row in list(self._notices):
            if shown == text:
                self._notices.remove((shown, row))
                self._rows.removeWidget(row)
                row.deleteLater()
        self._fit()
        self.setVisible(bool(self._notices))

    def _fit(self) -> None:
        self._rows.activate()
        self.setFixedHeight(min(MAX_HEIGHT, self._inner.sizeHint().height() + 2 * self.frameWidth() + 2))

    def texts(self) -> list[str]:
        return [text for text, _row in self._notices]
