"""First run: connect the terminal to a KuPay account by pasting the API token.

Shown when the keyring holds no token (and not in --demo). The token field has the focus; Enter accepts.
"Test connection" asks KuPay whether it accepts the token without creating a payment. On accept the token
goes to the OS keyring (never a file) and `completed(token, settings)` tells the main window to open the
sale screen. When the computer has no usable password store, the screen says so and offers to use the
token for this session only.

Where an owner PIN is set, the screen stays locked (fields greyed out) until the PIN is typed: a cashier
must not connect the till to their own KuPay account, nor change the shop's addresses.

Keyring, disk and network calls run through TaskRunner; this widget only collects input and shows sentences.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_app import logs, paths
from pos_app.credentials import CredentialStore, KeyringUnavailable
from pos_app.settings import (
    SHOP_WEBSITE,
    UPDATES_ADDRESS,
    Settings,
    SettingsError,
    load_settings,
    save_settings,
    validate_shop_url,
)
from pos_app.ui.form import TOUCH_HEIGHT, error_label, help_label, plain_label, show_text
from pos_app.ui.i18n import say
from pos_app.ui.tasks import TaskRunner
from pos_app.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


ACCEPTED = QT_TRANSLATE_NOOP(
    "SetupScreen", "KuPay accepted the token. This terminal is ready to take payments."
)
NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "SetupScreen", "The token was not accepted by KuPay. Copy it again from the KuPay admin panel."
)
UNCONFIRMED = QT_TRANSLATE_NOOP(
    "SetupScreen", "KuPay answered but could not confirm the token. Try again in a moment."
)
NO_TOKEN = QT_TRANSLATE_NOOP("SetupScreen", "Paste the API token from the KuPay admin panel first.")
CHECKING = QT_TRANSLATE_NOOP("SetupScreen", "Asking KuPay whether it accepts the token…")
SAVING = QT_TRANSLATE_NOOP("SetupScreen", "Saving the token in this computer's password store…")
STORE_SLOW = QT_TRANSLATE_NOOP(
    "SetupScreen",
    "The password store is not answering: it may be asking for its own password in another window. "
    "Answer it there, or use the token for this session only.",
)
STORE_PATIENCE_MS = 8000  # a locked keyring's unlock prompt can wait for ever: "Save and start" seemed dead


LOCKED = QT_TRANSLATE_NOOP(
    "SetupScreen", "This terminal has an owner PIN. The owner enters it to connect the terminal to KuPay."
)
PIN_REASON = QT_TRANSLATE_NOOP(
    "SetupScreen", "Connecting this terminal to KuPay is for the shop owner. Enter the owner PIN."
)

TokenCheck = Callable[[str, str, str], bool]


def check_token_with_kupay(api_url: str, token: str, proxy: str = "") -> bool:
    """Ask KuPay about the token by reading the status of a payment that does not exist (nothing is created).

    True when accepted; raises BadToken (401) or another KuPayError. Blocking: run it on a worker thread.
    """
    from pos_app.kupay.client import KuPayClient  # lazy: the window must not wait for requests to import

    client = KuPayClient(api_url, token, proxy=proxy)
    try:
        return bool(client.check_token())
    finally:
        client.close()


def describe_check_error(exc: BaseException) -> str:
    """One sentence for the owner about a failed token check."""
    from pos_app.kupay.errors import BadToken, KuPayError

    if isinstance(exc, BadToken):
        return NOT_ACCEPTED
    if isinstance(exc, KuPayError):
        return str(exc)
    log.error("token check failed: %s: %s", type(exc).__name__, logs.redact(str(exc)))
    return QT_TRANSLATE_NOOP(
        "SetupScreen", "The token could not be checked. Check the internet connection, then try again."
    )


class SetupScreen(QWidget):
    """The first-run screen. Emits `completed(token, settings)` once the token is stored or held."""

    completed = Signal(str, object)

    def __init__(
        self,
        credentials: CredentialStore | None,
        settings: Settings,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        check_token: TokenCheck = check_token_with_kupay,
        pin_confirmed: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupScreen")
        self._credentials = (
            credentials if credentials is not None else CredentialStore()
        )  # None: not started yet
        self._settings = settings
        self._tasks = tasks
        self._check_token = check_token
        self._busy = False
        self._finished = False
        self.store_patience_ms = STORE_PATIENCE_MS

        self._locked = settings.has_owner_pin and not pin_confirmed
        self._store_missing = False

        title = plain_label(self.tr("Connect this terminal to KuPay"))
        title.setObjectName("setupTitle")
        title.setWordWrap(True)
        intro = plain_label(
            self.tr(
                "Paste the API token from the KuPay admin panel (no account yet? Sign up at kupay.finance). "
                "The token is kept in this computer's password store, never in a file."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("setupIntro")

        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("tokenField")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("API token"))
        self.token_edit.setAccessibleName(self.tr("API token"))
        self.show_token = QPushButton(self.tr("Show"))
        self.show_token.setCheckable(True)
        self.show_token.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the token to the next field
        self.show_token.toggled.connect(self._toggle_visible)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.show_token)

        self.shop_edit = QLineEdit()
        self.shop_edit.setObjectName("shopUrlField")
        self.shop_edit.setPlaceholderText(self.tr("https://myshop.com/"))
        self.shop_edit.setText(settings.shop_url)
        self.shop_error = error_label()
        shop_help = help_label(self.tr("Customers return to this page after paying or cancelling."))

        self.callback_edit = QLineEdit()
        self.callback_edit.setObjectName("callbackUrlField")
        self.callback_edit.setPlaceholderText(self.tr("https://myshop.com/kupay/callback"))
        self.callback_edit.setText(settings.callback_url)
        self.callback_error = error_label()
        callback_help = help_label(
            self.tr(
                "Where KuPay sends payment updates for your web shop. Leave it empty to use the shop's website."
            )
        )

        for edit in (self.token_edit, self.shop_edit, self.callback_edit):
            edit.setMinimumHeight(TOUCH_HEIGHT)
            edit.returnPressed.connect(self.accept_token)
        self.shop_edit.textChanged.connect(lambda _t: self.shop_error.hide())
        self.callback_edit.textChanged.connect(lambda _t: self.callback_error.hide())

        # Label above field, like a phone form: long labels and help sentences wrap instead of clipping.
        form = QVBoxLayout()
        form.setSpacing(4)
        for caption, field, extras in (
            (self.tr("API token"), token_row, ()),
            (self.tr("Shop website (optional)"), self.shop_edit, (shop_help, self.shop_error)),
            (
                self.tr("Payment updates address (optional)"),
                self.callback_edit,
                (callback_help, self.callback_error),
            ),
        ):
            label = plain_label(caption)
            label.setObjectName("fieldLabel")
            form.addSpacing(8)
            form.addWidget(label)
            if isinstance(field, QHBoxLayout):
                form.addLayout(field)
            else:
                label.setBuddy(field)
                form.addWidget(field)
            for extra in extras:
                form.addWidget(extra)

        self.status = plain_label("", "setupStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        self.accept_button = QPushButton(self.tr("Save and start"))
        self.accept_button.setObjectName("acceptTokenButton")
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self.accept_token)
        self.session_button = QPushButton(self.tr("Use the token for this session only"))
        self.session_button.setObjectName("sessionOnlyButton")
        self.session_button.clicked.connect(self.use_for_session)
        self.session_button.hide()
        self.unlock_button = QPushButton(self.tr("Enter the owner PIN"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlock)
        self.unlock_button.setVisible(self._locked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.session_button)
        buttons.addWidget(self.accept_button)
        for button in (
            self.show_token,
            self.test_button,
            self.accept_button,
            self.session_button,
            self.unlock_button,
        ):
            button.setMinimumHeight(TOUCH_HEIGHT)

        box = QWidget()
        box.setObjectName("setupBox")
        box.setFixedWidth(640)  # a fixed column lets the wrapped sentences take the height they need
        self._box = box
        self._box_layout = inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.status)
        inner.addLayout(buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        page = QWidget()
        page.setObjectName("setupPage")
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        # Scrolls on a short screen rather than squeezing the sentences (long languages at 800×600).
        scroll = QScrollArea()
        scroll.setObjectName("setupScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.setFocusProxy(self.unlock_button if self._locked else self.token_edit)
        self._refresh_enabled()
        if self._locked:
            self._say(LOCKED, "info")
        self.token_edit.setFocus()
        # Say at once when this computer has no password store, rather than after the owner pressed Enter.
        self._tasks.run(self._credentials.is_available, self._store_checked, lambda _e: None)

    # --- what the owner sees -----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Inside a scroll area a wrapped sentence gets only its one-line height: give each the height of
        # all its lines in the fixed column (long languages wrap to more lines).
        width = self._box.contentsRect().width() - 2 * self._box_layout.contentsMargins().left()
        for label in self._box.findChildren(QLabel):
            if label.wordWrap():
                label.setMinimumHeight(max(0, label.heightForWidth(width)))
        self.token_edit.setFocus()

    def _store_checked(self, available: object) -> None:
        if not available and not self._finished and not self._busy:
            self._store_missing = True
            self.session_button.show()
            if not self._locked:
                self._say(str(KeyringUnavailable()), "error")

    def is_locked(self) -> bool:
        return self._locked

    def is_finished(self) -> bool:
        return self._finished

    def unlock(self) -> None:
        """Ask the owner PIN (modal); the fields open only for the right one."""
        from pos_app.ui.owner_pin import ask_owner_pin

        if not self._locked or not ask_owner_pin(self._settings, self, PIN_REASON, self._tasks):
            return
        self._locked = False
        self.unlock_button.hide()
        self.setFocusProxy(self.token_edit)
        self._refresh_enabled()
        if self._store_missing:
            self._say(str(KeyringUnavailable()), "error")
        else:
            self._say("", "info")
        self.token_edit.setFocus()

    def _toggle_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.token_edit.setEchoMode(mode)
        self.show_token.setText(self.tr("Hide") if visible else self.tr("Show"))

    def _say(self, sentence: str, tone: str) -> None:
        """tone: "info", "ok" or "error" (the QSS colours it)."""
        self.status.setText(say(sentence))
        self.status.setProperty("tone", tone)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh_enabled()

    def _refresh_enabled(self) -> None:
        usable = not self._busy and not self._locked
        for widget in (self.test_button, self.accept_button, self.session_button, self.token_edit):
            widget.setEnabled(usable)
        for widget in (self.shop_edit, self.callback_edit, self.show_token):
            widget.setEnabled(not self._locked)
        # Locked: the one thing to do is the PIN, so it is the only button offered.
        self.test_button.setVisible(not self._locked)
        self.accept_button.setVisible(not self._locked)
        self.unlock_button.setDefault(self._locked)
        self.accept_button.setDefault(not self._locked)

    def _token(self) -> str:
        return self.token_edit.text().strip()

    # --- test connection ---------------------------------------------------------------------------------

    def test_connection(self) -> None:
        if self._busy or self._finished or self._locked:
            return
        token = self._token()
        if not token:
            self._say(NO_TOKEN, "error")
            self.token_edit.setFocus()
            return
        logs.register_secret(token)
        api_url = self._settings.api_url
        self._set_busy(True)
        self._say(CHECKING, "info")
        proxy = self._settings.https_proxy
        self._tasks.run(lambda: self._check_token(api_url, token, proxy), self._checked, self._check_failed)

    def _checked(self, accepted: object) -> None:
        self._set_busy(False)
        self._say(ACCEPTED if accepted else UNCONFIRMED, "ok" if accepted else "error")

    def _check_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(describe_check_error(exc), "error")

    # --- accept ------------------------------------------------------------------------------------------

    def _shop_settings(self) -> Settings | None:
        """The settings with the URLs typed here, or None (and a reason under the field) when one is wrong."""
        try:
            shop = validate_shop_url(self.shop_edit.text(), SHOP_WEBSITE)
        except SettingsError as err:
            show_text(self.shop_error, str(err))
            return None
        try:
            callback = validate_shop_url(self.callback_edit.text(), UPDATES_ADDRESS)
        except SettingsError as err:
            show_text(self.callback_error, str(err))
            return None
        return dataclasses.replace(self._settings, shop_url=shop, callback_url=callback)

    def accept_token(self) -> None:
        if self._locked:
            self.unlock()
            return
        if self._busy or self._finished:
            return  # a second Enter while saving does nothing
        token = self._token()
        if not token:
            self._say(NO_TOKEN, "error")
            self.token_edit.setFocus()
            return
        settings = self._shop_settings()
        if settings is None:
            return
        logs.register_secret(token)
        self._set_busy(True)
        self.session_button.hide()
        self._say(SAVING, "info")
        shop_url, callback_url = settings.shop_url, settings.callback_url

        def store() -> tuple[str, Settings]:
            _save_shop_urls(shop_url, callback_url)  # before the keyring, so a session-only start keeps them
            self._credentials.set_token(token)
            return token, settings

        self._tasks.run(store, self._stored, self._store_failed)
        QTimer.singleShot(self.store_patience_ms, self._store_slow)

    def _store_slow(self) -> None:
        """Still saving after a while: say why it may hang and offer the session-only way out."""
        if not self._busy or self._finished:
            return
        self._set_busy(False)
        self._say(STORE_SLOW, "error")
        self.session_button.show()
        self.session_button.setFocus()

    def _stored(self, result: tuple[str, Settings]) -> None:
        self._set_busy(False)
        token, settings = result
        self._finish(token, settings)

    def _store_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, KeyringUnavailable):
            self._say(str(exc), "error")
            self.session_button.show()
            self.session_button.setFocus()
            return
        if isinstance(exc, OSError):
            log.error("could not save settings: %s", exc)
            self._say(
                self.tr(
                    "The settings could not be saved on this computer's disk. Check free space, then try again."
                ),
                "error",
            )
            return
        log.error("storing the token failed: %s: %s", type(exc).__name__, logs.redact(str(exc)))
        self._say(
            str(exc)
            if isinstance(exc, ValueError)
            else self.tr("The token could not be saved. Please try again."),
            "error",
        )

    def use_for_session(self) -> None:
        """The owner chose to run without a password store: the token stays in memory until the app closes."""
        if self._busy or self._finished or self._locked:
            return
        token = self._token()
        settings = self._shop_settings()
        if not token or settings is None:
            self._say(NO_TOKEN if not token else self.tr("Fix the address above first."), "error")
            return
        self._credentials.use_session_token(token)  # memory only: instant, no need for a worker
        self._finish(token, settings)

    def _finish(self, token: str, settings: object) -> None:
        if self._finished:
            return
        self._finished = True
        self.token_edit.clear()  # do not keep the token in a widget longer than needed
        self.completed.emit(token, settings)


def _save_shop_urls(shop_url: str, callback_url: str) -> None:
    """Store only what this screen asked for, on top of the settings file (not command-line overrides)."""
    stored, _warning = load_settings()
    wanted = dataclasses.replace(stored, shop_url=shop_url, callback_url=callback_url)
    if wanted != stored or not paths.settings_file().exists():
        save_settings(wanted)
