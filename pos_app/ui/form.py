"""Small building blocks shared by the owner's forms (set-up screen, settings dialog) and the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from pos_app.languages import LANGUAGES
from pos_app.ui.i18n import say

if TYPE_CHECKING:  # the sale screen's labels come from here: the first frame builds no more Qt classes
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QAbstractScrollArea

TOUCH_HEIGHT = 44  # px: a fingertip, per POS-UX


def language_box(name: str, default_choice: str, current: str) -> QComboBox:
    """`default_choice` (data "") and every shipped language in its own words, so anyone finds theirs."""
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(default_choice, "")
    for code, own_name in LANGUAGES.items():
        box.addItem(own_name, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def touch(widget: QWidget) -> QWidget:
    widget.setMinimumHeight(TOUCH_HEIGHT)
    return widget


def set_enum(widget: QObject, name: str, key: str) -> None:
    """Set a Qt enum property by its key's name: set_enum(button, "focusPolicy", "NoFocus"). The widgets
    of the till's first frame use it: Qt's namespace (`Qt.FocusPolicy`…) builds ~2,400 Python enum members
    on first use, ~20 ms the keypad need not wait for."""
    if not widget.setProperty(name, key):
        raise ValueError(f"{type(widget).__name__} has no {name} {key!r}")


def repolish(widget: QWidget) -> None:
    """Apply the theme again after a property its selectors read (`[tone="trouble"]`) has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_style_property(widget: QWidget, name: str, value: object) -> bool:
    """Set a property the theme's selectors read; re-polish only when it changes (True then). A re-polish
    restyles and repaints the widget: on the charge path that was ~1 ms each time, mostly for nothing."""
    if widget.property(name) == value:
        return False
    widget.setProperty(name, value)
    repolish(widget)
    return True


def plain_text(label: QLabel) -> None:
    """Show the label's text as typed: Qt's default AutoText would render a server's or a person's
    "<h1 style=...>✓ PAID</h1>" as big green markup."""
    set_enum(label, "textFormat", "PlainText")


def plain_label(text: str = "", name: str = "") -> QLabel:
    """A label that shows its text as typed (see plain_text)."""
    label = QLabel()
    plain_text(label)
    label.setText(text)
    if name:
        label.setObjectName(name)
    return label


def error_label() -> QLabel:
    """A field's reason, in the theme's danger colour; hidden until there is something to say."""
    label = plain_label()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def help_label(text: str) -> QLabel:
    label = plain_label(text)
    label.setObjectName("fieldHelp")
    label.setWordWrap(True)
    return label


def show_text(label: QLabel, text: str) -> None:
    label.setText(say(text))  # a Sentence from the core, in the shop's language
    label.show()


class _WheelScrollsTheForm(QObject):
    """The wheel over a spin box or list the owner has not clicked scrolls the form instead of changing it
    (scrolling past "Back to the keypad after" turned 5 s into "Stay until tapped")."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == event.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            QCoreApplication.sendEvent(self._area.verticalScrollBar(), event)
            return True
        return False


def wheel_scrolls_the_form(area: QAbstractScrollArea) -> None:
    """Spin boxes and lists inside `area` change with the wheel only once clicked (focused)."""
    from PySide6.QtWidgets import QAbstractSpinBox

    keeper = _WheelScrollsTheForm(area)
    for field in area.findChildren(QAbstractSpinBox) + area.findChildren(QComboBox):
        field.setFocusPolicy(
            QtCore.Qt.FocusPolicy.StrongFocus
        )  # not WheelFocus: passing over must not focus it
        field.installEventFilter(keeper)
