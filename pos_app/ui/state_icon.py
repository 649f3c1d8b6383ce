"""State icons drawn as vectors (check, cross, hourglass, warning), in the widget's QSS `color`.

Drawn rather than typed as ✓/⏳ glyphs: a till's fonts may lack them, and a drawn mark scales cleanly.
The icon always sits next to a word (Paid, Not paid…), so no state is told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

KINDS = ("paid", "unpaid", "waiting", "trouble")


class StateIcon(QWidget):
    def __init__(self, kind: str = "waiting", side: int = 48, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._kind = kind
        self.setFixedSize(side, side)

    def kind(self) -> str:
        return self._kind

    def set_kind(self, kind: str) -> None:
        if kind != self._kind:
            self._kind = kind
            self.update()

    def sizeHint(self) -> QSize:
        return self.size()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        w = max(2.0, side * 0.09)
        p.setPen(QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        box = QRectF(w, w, side - 2 * w, side - 2 * w)
        p.drawEllipse(box)
        c = box.center()
        r = box.width() / 2
        if self._kind == "paid":
            path = QPainterPath(QPointF(c.x() - r * 0.45, c.y() + r * 0.02))
            path.lineTo(QPointF(c.x() - r * 0.12, c.y() + r * 0.35))
            path.lineTo(QPointF(c.x() + r * 0.48, c.y() - r * 0.35))
            p.drawPath(path)
        elif self._kind == "unpaid":
            d = r * 0.38
            p.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
            p.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
        elif self._kind == "trouble":
            p.drawLine(QPointF(c.x(), c.y() - r * 0.5), QPointF(c.x(), c.y() + r * 0.1))
            p.drawPoint(QPointF(c.x(), c.y() + r * 0.45))
        else:  # waiting: an hourglass
            t, b, d = c.y() - r * 0.5, c.y() + r * 0.5, r * 0.35
            path = QPainterPath(QPointF(c.x() - d, t))
            path.lineTo(QPointF(c.x() + d, t))
            path.lineTo(QPointF(c.x() - d, b))
            path.lineTo(QPointF(c.x() + d, b))
            path.closeSubpath()
            p.drawPath(path)
        p.end()
