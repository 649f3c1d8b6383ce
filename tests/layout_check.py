"""What a translator's long words and an untranslated string look like to a test: every visible text widget
that is cut off, and every one that shows text the pseudo language did not touch (shared by the layout tests).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QToolBar, QWidget

from pos_app.ui.i18n import PSEUDO_OPEN

# Text that is never translated: the product's name, currency codes, amounts, order numbers, addresses,
# paths and versions, and what a person typed.
_NEVER_TRANSLATED = re.compile(
    r"\b[0-9a-f-]{16,}\b|"  # payment and sale ids
    r"KuPay POS|KuPay|\b[A-Z]{3}\b|https?://\S+|[\w.-]+@[\w.-]+|/\S*|\bT\d+-\d+\b|Python|Qt\b|Linux|"
    r"[\d.,:\s$€¥£%-]+|\bDEMO\b|\bOK\b"
)


def _untranslated(text: str) -> bool:
    if not text.strip() or PSEUDO_OPEN in text:
        return False
    rest = _NEVER_TRANSLATED.sub(" ", text)
    return bool(re.search(r"[A-Za-z]{3,}", rest))


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return "" if widget.pixmap() is not None and not widget.pixmap().isNull() else widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QLineEdit) and not widget.text():
        return widget.placeholderText()
    return ""


def _cut_off(widget: QWidget, text: str) -> bool:
    if isinstance(widget, QLabel):
        if widget.wordWrap():  # heightForWidth takes and gives the whole widget's size, margins included
            return widget.heightForWidth(widget.width()) > widget.height() + 2
        return widget.minimumSizeHint().width() > widget.width() + 1  # rich text measured as shown
    if isinstance(widget, QAbstractButton):
        return widget.sizeHint().width() > widget.width() + 1
    return False


# The pay link under the QR code may be cut: it is there to be read out when a phone cannot scan, and the
# QR code carries all of it.
MAY_BE_CUT = ("payLink",)


def layout_problems(root: QWidget, where: str) -> list[str]:
    """Sentences naming each visible widget under `root` whose text is cut off or was not translated."""
    found: list[str] = []
    for bar in root.findChildren(QToolBar):
        # A toolbar too narrow for its buttons hides the last ones behind an arrow the owner may never find.
        hidden = [a.text() for a in bar.actions() if a.isVisible() and not a.isSeparator()
                  and bar.widgetForAction(a) is not None and not bar.widgetForAction(a).isVisible()]  # fmt: skip
        if bar.isVisible() and hidden:
            found.append(f"{where}: the toolbar hides {hidden} (it is {bar.width()} px wide)")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        text = _shown_text(widget)
        if not text:
            continue
        name = f"{where}: {type(widget).__name__} {widget.objectName() or ''} {text[:60]!r}"
        if _untranslated(text):
            found.append(f"{name} is not translated")
        elif widget.objectName() not in MAY_BE_CUT and _cut_off(widget, text):
            found.append(f"{name} does not fit ({widget.width()}x{widget.height()})")
    return found


def assert_layout_holds(qtbot: object, root: QWidget, where: str) -> None:
    """Wait for the layout to settle (fonts that follow the size apply a moment later), then fail with
    every problem left."""
    from pytestqt.exceptions import TimeoutError as WaitTimeout

    try:
        qtbot.waitUntil(lambda: not layout_problems(root, where), timeout=2000)  # type: ignore[attr-defined]
    except WaitTimeout:
        pass
    problems = layout_problems(root, where)
    assert not problems, "\n".join(problems)
