"""Settings → *Shop database*: its address, its password (to the keyring), *Test connection*, and how the
queue of changes to send stands ("All sales sent…", "12 sale(s) waiting — shop database not reachable since 10:42").

Everything that touches the network, the keyring or the journal runs through the TaskRunner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from pos_app.ui.form import error_label, help_label, touch
from pos_app.ui.i18n import say
from pos_app.ui.tasks import TaskRunner
from pos_app.wording import QT_TRANSLATE_NOOP

PASSWORD_KEPT = QT_TRANSLATE_NOOP("ShopDatabaseForm", "Leave empty to keep the saved password")
QUEUE_REFRESH_MS = 2000
NO_CLIENT_LIBRARY = QT_TRANSLATE_NOOP(
    "ShopDatabaseForm",
    "This computer lacks PostgreSQL's client library, so it cannot use a shop database: install it "
    "(libpq5 on Debian and Ubuntu) and restart KuPay POS.",
)


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # server sentences and addresses are never markup
    label.setWordWrap(True)
    return label


class ShopDatabaseForm(QObject):
    """The fields, built into the Settings dialog's form layout. `address_error()` for validation.

    A QObject child of the dialog, so answers of jobs still running when the dialog goes are dropped
    (the TaskRunner checks the bound method's owner)."""

    def __init__(
        self,
        form: QFormLayout,
        address: str,
        tasks: TaskRunner,
        *,
        queue_state: Callable[[], Any] | None,
        terminal_id: Callable[[], str] | None,
        prefix: Callable[[], str],
        on_edit: Callable[..., None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._queue_state = queue_state
        self._terminal_id = terminal_id
        self._prefix = prefix
        self.address = QLineEdit(address)
        self.address.setObjectName("shopDbField")
        self.address.setPlaceholderText(
            self.tr("postgresql://till1@db.myshop.lan/kupay  (empty: this till only)")
        )
        self.address.textChanged.connect(on_edit)
        self.password = QLineEdit()
        self.password.setObjectName("shopDbPasswordField")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(say(PASSWORD_KEPT))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testShopDbButton")
        self.test_button.clicked.connect(self.test_connection)
        for w in (self.address, self.password, self.test_button):
            touch(w)
        self.error = error_label()
        self.test_result = _plain(QLabel(""))
        self.test_result.setObjectName("shopDbTestResult")
        self.queue = _plain(QLabel(""))
        self.queue.setObjectName("shopQueueState")
        form.addRow(self.tr("Address"), self.address)
        form.addRow(
            "",
            help_label(
                self.tr("Several tills send their sales to the shop's PostgreSQL; each keeps its own.")
            ),
        )
        form.addRow("", self.error)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.test_button)
        form.addRow("", self.test_result)
        form.addRow(self.tr("Sending"), self.queue)
        self._timer = QTimer(parent)
        self._timer.setInterval(QUEUE_REFRESH_MS)
        self._timer.timeout.connect(self.refresh_queue)
        self._asking = False
        self.refresh_queue()
        self._timer.start()

    # --- validation -------------------------------------------------------------------------------------
    def address_error(self) -> str:
        text = self.address.text().strip()
        if not text:
            return ""
        try:
            from pos_app.shop.database import ShopDatabaseError, validate_address
        except ImportError:
            return NO_CLIENT_LIBRARY
        try:
            validate_address(text)
        except ShopDatabaseError as err:
            return str(err)
        return ""

    # --- queue ------------------------------------------------------------------------------------------
    def refresh_queue(self) -> None:
        if self._queue_state is None:
            self.queue.setText(self.tr("No shop database: this till keeps its sales to itself."))
            return
        if self._asking:
            return  # the last count is still under way
        self._asking = True
        self._tasks.run(self._queue_state, self._queue_arrived, self._queue_unknown)

    def _queue_arrived(self, state: Any) -> None:
        self._asking = False
        self.queue.setText(say(state.sentence()))

    def _queue_unknown(self, _exc: BaseException) -> None:
        self._asking = False

    # --- test -------------------------------------------------------------------------------------------
    def test_connection(self) -> None:
        problem = self.address_error()
        address = self.address.text().strip()
        if problem or not address:
            self.test_result.setText(
                say(problem) if problem else self.tr("Enter the shop database address first.")
            )
            return
        typed, prefix, terminal_id = self.password.text(), self._prefix(), self._terminal_id

        def check() -> str:
            from pos_app.shop.database import ShopTarget, check_shop, keyring_password

            target = ShopTarget(address, typed or keyring_password())
            return check_shop(target, terminal_id() if terminal_id else "", prefix)

        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Checking…"))
        self._tasks.run(check, self._tested, self._test_failed)

    def _tested(self, sentence: object) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(say(str(sentence)))

    def _test_failed(self, exc: BaseException) -> None:
        from pos_app.shop.database import ShopDatabaseError

        self.test_button.setEnabled(True)
        self.test_result.setText(
            say(str(exc))
            if isinstance(exc, ShopDatabaseError)
            else self.tr("The shop database could not be checked.")
        )

    def stop(self) -> None:
        self._timer.stop()
