"""A QR code drawn module by module, sharp at any size and device-pixel ratio.

Why not a QPixmap scaled to fit: a smoothing-scaled bitmap blurs module edges, and on high-DPI screens
and under glare that made codes unreadable at other terminals. Here every module is a whole number of
*device* pixels, painted with hard edges into an image cached for the current size.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


Matrix = tuple[tuple[bool, ...], ...]


@functools.lru_cache(maxsize=16)
def qr_matrix(text: str) -> Matrix:
    """The code's modules (True = dark) including the quiet zone; error correction M, smallest version.

    Cached: encoding is ~8 ms of pure Python (qrcode tries all eight masks), and one pay link is shown by
    the cashier's screen, the customer display and Show to customer alike. Tuples, so no reader can spoil
    another's code."""
    import qrcode  # lazy: not needed until the first payment
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def render_matrix(matrix: Sequence[Sequence[bool]], module_px: int) -> QImage:
    """Black modules on white, each `module_px` device pixels square, painted with hard edges."""
    n = len(matrix)
    image = QImage(n * module_px, n * module_px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor("black")
    for y, row in enumerate(matrix):
        x = 0
        while x < n:  # one rectangle per horizontal run of dark modules: fewer calls, same pixels
            if row[x]:
                start = x
                while x < n and row[x]:
                    x += 1
                painter.fillRect(start * module_px, y * module_px, (x - start) * module_px, module_px, black)
            else:
                x += 1
    painter.end()
    return image


class QrWidget(QWidget):
    """Shows one payload as the largest sharp QR code that fits the widget, centred on white."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._text = ""
        self._matrix: Matrix = ()
        self._cache: QImage | None = None
        self._cache_key: tuple[int, float] | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def text(self) -> str:
        return self._text

    def modules(self) -> int:
        """Modules per side including the quiet zone (0 when empty)."""
        return len(self._matrix)

    def set_text(self, text: str) -> bool:
        """Show `text` as a QR code; False (and nothing drawn) when it cannot be one. Never raises: a
        server's link too big for a QR code must not leave the screen half-switched."""
        if text == self._text:
            return bool(self._matrix) or not text
        drawable = True
        try:
            matrix = qr_matrix(text) if text else ()
        except Exception:  # noqa: BLE001 - qrcode raises ValueError, DataOverflowError...: all mean "no code"
            logging.getLogger(__name__).warning("a pay link of %d characters cannot be a QR code", len(text))
            text, matrix, drawable = "", (), False
        self._text = text
        self._matrix = matrix
        self.setAccessibleName(self.tr("QR code of the payment link") if text else "")
        self.setAccessibleDescription(text)
        self._cache = None
        self.update()
        return drawable

    def clear(self) -> None:
        self.set_text("")

    def module_pixels(self) -> int:
        """Device pixels per module at the current size (0 when the code cannot be drawn)."""
        n = len(self._matrix)
        if not n:
            return 0
        side = min(self.width(), self.height()) * self.devicePixelRatioF()
        return int(math.floor(side / n))

    def code_image(self) -> QImage | None:
        module = self.module_pixels()
        if module < 1:
            return None
        key = (module, self.devicePixelRatioF())
        if self._cache is None or self._cache_key != key:
            self._cache = render_matrix(self._matrix, module)
            self._cache.setDevicePixelRatio(self.devicePixelRatioF())
            self._cache_key = key
        return self._cache

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._cache = None

    def paintEvent(self, event: QPaintEvent) -> None:
        image = self.code_image()
        if image is None:
            return
        dpr = self.devicePixelRatioF()
        side_px = image.width()
        # Whole device pixels for the offset too, so the image is blitted 1:1 and never resampled.
        x_px = (round(self.width() * dpr) - side_px) // 2
        y_px = (round(self.height() * dpr) - side_px) // 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QPointF(x_px / dpr, y_px / dpr), image)
        painter.end()
