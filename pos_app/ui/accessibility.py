"""Telling screen-reader users what happened, without moving their focus.

Qt 6.8 added announcements (`QAccessibleAnnouncementEvent`): the reader speaks the text at once. On an older
Qt the widget's accessible description changes instead, which readers report when they next look at it.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say `text` now ("Paid $12.50. Thank you.")."""
    if not text:
        return
    widget.setAccessibleDescription(text)
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt older than 6.8: the description above is all there is
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    # Assertive: the outcome of a payment is worth interrupting whatever the reader was saying.
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
