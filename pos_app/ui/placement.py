"""Where owner windows open: on the screen the till is on, never larger than it (they scroll inside instead).

An 800×600 till opened Settings 760 px tall with Save below the screen's edge; windows are sized to what
they would like, shrunk to the screen's free area, and centred over the window that opened them.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room kept free around a window: its title bar and frame, which geometry() does not include yet.
TITLE_BAR = 36
EDGE = 8


def fitted_rect(wanted: QSize, room: QRect, centre: QPoint | None = None) -> QRect:
    """The client rectangle for a window that would like `wanted`, inside `room` (a screen's free area)."""
    width = min(wanted.width(), room.width() - 2 * EDGE)
    height = min(wanted.height(), room.height() - TITLE_BAR - 2 * EDGE)
    middle = centre if centre is not None and room.contains(centre) else room.center()
    left = max(room.left() + EDGE, min(middle.x() - width // 2, room.right() - EDGE - width + 1))
    top = max(room.top() + EDGE + TITLE_BAR, min(middle.y() - height // 2, room.bottom() - EDGE - height + 1))
    return QRect(left, top, width, height)


def fit_on_screen(window: QWidget, wanted: QSize, opener: QWidget | None = None) -> None:
    """Size and place `window` (before it is shown) on the screen of `opener` (or the primary screen)."""
    screen = opener.screen() if opener is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(wanted)
        return
    centre = opener.window().frameGeometry().center() if opener is not None else None
    rect = fitted_rect(wanted, screen.availableGeometry(), centre)
    window.resize(rect.size())
    window.move(rect.topLeft())
