"""The owner PIN prompt, asked before anything that changes where the shop money goes: Settings, the
set-up screen (token, shop addresses) and a start with another KuPay address (--api-url).

`ask_owner_pin(settings, parent, reason) -> bool`: True when no PIN is set or the owner typed the right one.
Wrong PINs are slowed down by settings.PIN_ATTEMPTS (five in a row lock the prompt for a minute, doubling).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from pos_app.settings import PIN_ATTEMPTS, PIN_LENGTH, PIN_UNREADABLE, PinAttempts, Settings, verify_pin
from pos_app.ui.form import error_label, plain_label, show_text, touch
from pos_app.ui.i18n import say
from pos_app.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pos_app.ui.tasks import TaskRunner

# Contexts kept from when the prompt lived in the settings dialog: the translations still find them.
WRONG_PIN = QT_TRANSLATE_NOOP("SettingsDialog", "That PIN is not right. Try again.")
SETTINGS_REASON = QT_TRANSLATE_NOOP("PinDialog", "Settings are for the shop owner. Enter the owner PIN.")


def pin_field(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_LENGTH[1])
    edit.setValidator(QRegularExpressionValidator(r"\d*"))
    edit.setPlaceholderText(placeholder)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    touch(edit)
    return edit


class PinDialog(QDialog):
    """Asks for the owner PIN; accepts only the right one. A PIN that could not be read accepts none."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        attempts: PinAttempts | None = None,
        reason: str = SETTINGS_REASON,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self._tasks = tasks  # PBKDF2 takes a noticeable moment: on a worker when the till gives one
        self.setWindowTitle(self.tr("Owner PIN"))
        self._hash = settings.owner_pin_hash
        self._attempts = attempts or PIN_ATTEMPTS
        self.prompt = plain_label(say(reason))
        self.prompt.setWordWrap(True)
        self.pin = pin_field(self.tr("Owner PIN"))
        self.pin.setObjectName("pinField")
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if reason == SETTINGS_REASON:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open Settings"))
        for b in self.buttons.buttons():
            touch(b)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        self.pin.textChanged.connect(lambda _t: self.error.hide())
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if settings.pin_locked:
            self._say(PIN_UNREADABLE)
            self.pin.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.pin.setFocus()

    def check(self) -> None:
        wait = self._attempts.wait_left()
        if wait > 0:
            self.pin.clear()
            self._say(
                self.tr("Too many wrong PINs. Try again in {seconds} seconds.").format(
                    seconds=math.ceil(wait)
                )
            )
            return
        if self._tasks is None:
            self._verified(verify_pin(self.pin.text(), self._hash))
            return
        typed, stored = self.pin.text(), self._hash
        self.buttons.setEnabled(False)  # one check at a time: Enter again finds nothing to do
        self._tasks.run(lambda: verify_pin(typed, stored), self._verified)

    def _verified(self, right: bool) -> None:
        self.buttons.setEnabled(True)
        if right:
            self._attempts.succeeded()
            self.accept()
            return
        self._attempts.failed()
        self.pin.clear()
        self._say(WRONG_PIN)
        self.pin.setFocus()

    def _say(self, sentence: str) -> None:
        show_text(self.error, say(sentence))
        # Grow with the line: at its first size the dialog squeezed its buttons to make room for it.
        self._layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))


def ask_owner_pin(
    settings: Settings,
    parent: QWidget | None = None,
    reason: str = SETTINGS_REASON,
    tasks: TaskRunner | None = None,
) -> bool:
    """True when no owner PIN is set, or the right PIN was typed; False when cancelled."""
    if not settings.has_owner_pin:
        return True
    dialog = PinDialog(settings, parent, reason=reason, tasks=tasks)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
