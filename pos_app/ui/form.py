"""Small building blocks shared by the owner's forms (set-up screen, settings dialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

TOUCH_HEIGHT = 44  # px: a fingertip, per POS-UX


def touch(widget: QWidget) -> QWidget:
    widget.setMinimumHeight(TOUCH_HEIGHT)
    return widget


def error_label() -> QLabel:
    """A field's reason, in the theme's danger colour; hidden until there is something to say."""
    label = QLabel("")
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def help_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldHelp")
    label.setWordWrap(True)
    return label


def show_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()
