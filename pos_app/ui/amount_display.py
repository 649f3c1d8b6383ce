"""A big amount (sale and payment screens): as large as the type scale allows, smaller rather than clipped."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Property, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

_FLOOR_PX = 8  # below this nothing is readable anyway


class AmountDisplay(QFrame):
    """Right-aligned text drawn at the largest pixel size (maxPixelSize … minPixelSize) that fits the width.

    The sizes come from the theme (`qproperty-maxPixelSize` in theme.qss), so the type scale stays in one
    file. The text is painted here rather than by a QLabel because a stylesheet font size would override
    the fitted one; colour, weight, family, background and border still come from the theme.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        name: str = "amountDisplay",
        align: QtCore.Qt.AlignmentFlag | None = None,
        inset: int = 20,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        # A QFrame: the theme draws its background and border (Qt styles a QFrame's background itself, not
        # a QWidget subclass's), and paintEvent only the text. The sale screen's display is in the till's
        # first frame, so no Qt enum nor QStyle class (~8 ms to build in PySide) is touched before it has text.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._align = align  # None: right-aligned
        self._inset = inset
        self._text = ""
        self._max_px = 96
        self._min_px = 32
        self._update_height()

    def _get_max(self) -> int:
        return self._max_px

    def _set_max(self, px: int) -> None:
        self._max_px = max(8, int(px))
        self._update_height()
        self.update()

    def _get_min(self) -> int:
        return self._min_px

    def _set_min(self, px: int) -> None:
        self._min_px = max(6, int(px))
        self.update()

    # Qt properties, named as the theme sets them (qproperty-maxPixelSize in QSS).
    maxPixelSize = Property(int, _get_max, _set_max)  # noqa: N815 - the QSS name
    minPixelSize = Property(int, _get_min, _set_min)  # noqa: N815 - the QSS name

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # QLabel's name, so tests read naturally
        if text != self._text:
            self._text = text
            self.setAccessibleName(self.tr("Amount {amount}").format(amount=text))
            self.update()

    def _font(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        return font

    def _room(self) -> QRect:
        return self.contentsRect().adjusted(self._inset, 0, -self._inset, 0)

    def fitted_pixel_size(self) -> int:
        """The largest size up to maxPixelSize at which the whole text fits.

        It shrinks in steps down to minPixelSize (the theme's smallest comfortable size), and below it
        only when even that would clip: a smaller amount is still readable, a clipped one is wrong.
        """
        room = self._room().width()
        size = self._max_px
        while size > _FLOOR_PX and QFontMetrics(self._font(size)).horizontalAdvance(self._text) > room:
            size = max(_FLOOR_PX, int(size * 0.92) if size > self._min_px else size - 1)
        return size

    def text_fits(self) -> bool:
        advance = QFontMetrics(self._font(self.fitted_pixel_size())).horizontalAdvance(self._text)
        return advance <= self._room().width()

    def _update_height(self) -> None:
        # The height is that of the largest size, so the layout does not jump while typing.
        self.setFixedHeight(int(QFontMetrics(self._font(self._max_px)).height() * 1.25))

    def sizeHint(self) -> QSize:
        return QSize(300, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame (the theme sets none; its border is the styled background's)
        if not self._text:
            return
        painter = QPainter(self)
        align = QtCore.Qt.AlignmentFlag
        painter.setFont(self._font(self.fitted_pixel_size()))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self._room(), (self._align or align.AlignRight) | align.AlignVCenter, self._text)
        painter.end()
