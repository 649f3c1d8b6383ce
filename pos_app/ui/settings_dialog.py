"""Settings for the shop owner, and the owner PIN that keeps cashiers out of them.

`SettingsDialog(settings, credentials, tasks)`: every field says what is wrong with it in a sentence, and
Save stays disabled until all are right. On Save the settings file is written and the token replaced or
removed in the keyring (off the UI thread); afterwards `.settings` holds the new Settings, `.token_changed`
and `.token` (the new token, or None when removed) tell the main window what changed.

The owner PIN dialog lives in owner_pin.py (the set-up screen asks for it too).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_app import logs
from pos_app.credentials import CredentialStore, KeyringUnavailable
from pos_app.kupay.models import CURRENCIES
from pos_app.settings import (
    AUTO_RETURN_RANGE,
    DEFAULT_TERMINAL_NAME,
    LARGEST_SALE,
    PIN_LENGTH,
    POLL_INTERVAL_RANGE,
    SHOP_WEBSITE,
    SMALLEST_SALE,
    UPDATES_ADDRESS,
    Settings,
    SettingsError,
    hash_pin,
    save_settings,
    shown_terminal_name,
    validate_amount_limit,
    validate_api_url,
    validate_limits,
    validate_order_prefix,
    validate_pay_link_hosts,
    validate_pin,
    validate_proxy,
    validate_shop_url,
    validate_terminal_name,
)
from pos_app.ui.form import error_label, language_box, plain_label, touch, wheel_scrolls_the_form
from pos_app.ui.i18n import say
from pos_app.ui.owner_pin import pin_field
from pos_app.ui.placement import fit_on_screen
from pos_app.ui.setup_screen import (
    ACCEPTED,
    CHECKING,
    UNCONFIRMED,
    check_token_with_kupay,
    describe_check_error,
)
from pos_app.ui.shop_database_form import ShopDatabaseForm
from pos_app.ui.tasks import TaskRunner
from pos_app.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


TOKEN_SAVED = QT_TRANSLATE_NOOP("SettingsDialog", "An API token is saved in this computer's password store.")
TOKEN_SESSION = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "The API token is held for this session only (no password store): it is asked for after a restart.",
)
TOKEN_NONE = QT_TRANSLATE_NOOP(
    "SettingsDialog", "No API token is saved. Payments cannot be taken until one is added."
)
TOKEN_REMOVE_PENDING = QT_TRANSLATE_NOOP(
    "SettingsDialog", "The API token will be removed when you press Save."
)
TOKEN_REPLACE_PENDING = QT_TRANSLATE_NOOP(
    "SettingsDialog", "The new API token will be saved when you press Save."
)


class SettingsDialog(QDialog):
    """The owner's settings. After `accept()`: `.settings`, `.token_changed`, `.token`."""

    def __init__(
        self,
        settings: Settings,
        credentials: CredentialStore | None,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        api_url_in_use: str | None = None,
        settings_path: Path | None = None,
        demo: bool = False,
        queue_state: Callable[[], Any] | None = None,
        terminal_id: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.token_changed = False
        self.token: str | None = None
        self.shop_changed = False  # the shop database's address or password, or this till's name or prefix
        self._original = settings
        self._credentials = (
            credentials if credentials is not None else CredentialStore()
        )  # None: not started yet
        self._tasks = tasks
        self._busy = False
        self._remove_token = False
        self._errors: dict[str, str] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._pending: tuple[str | None, bool] = (None, False)
        self._saved_settings: Settings | None = None
        self._settings_path = settings_path  # None: the shop's settings file; --demo has its own
        self._demo = demo
        self._terminal_id = terminal_id

        # --- KuPay connection
        # The address this run talks to: --api-url wins over the file, so that is the one shown and tested.
        self._api_url_in_use = _normalised_url(api_url_in_use or settings.api_url)
        self.api_url_changed = False  # after Save: the owner typed another address than the one in use
        self.api_url = self._line("api_url", self._api_url_in_use, self.tr("https://api.kupay.finance/v1/"))
        self.token_state = plain_label(self.tr("Checking the password store…"))
        self.token_state.setObjectName("tokenState")
        self.token_state.setWordWrap(True)
        self.new_token = QLineEdit()
        self.new_token.setObjectName("newTokenField")
        self.new_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_token.setPlaceholderText(self.tr("Paste a new API token to replace the saved one"))
        touch(self.new_token)
        self.new_token.textChanged.connect(self._token_edited)
        self.remove_token = QPushButton(self.tr("Remove token"))
        self.remove_token.setObjectName("removeTokenButton")
        self.remove_token.setCheckable(True)
        self.remove_token.toggled.connect(self._remove_toggled)
        touch(self.remove_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.new_token, 1)
        token_row.addWidget(self.remove_token)

        connection = QFormLayout()
        from_command_line = self._api_url_in_use != settings.api_url
        self._row(
            connection,
            self.tr("KuPay API address"),
            self.api_url,
            "api_url",
            self.tr(
                "In use now, given with --api-url when the terminal started. Type another address to use it "
                "from now on and at every start."
            )
            if from_command_line
            else "",
        )
        connection.addRow(self.tr("API token"), self.token_state)
        connection.addRow("", token_row)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        touch(self.test_button)
        self.test_result = plain_label("")
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        connection.addRow("", self.test_button)
        connection.addRow("", self.test_result)

        # --- the shop
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(settings.default_currency)
        touch(self.currency)
        self.shop_url = self._line("shop_url", settings.shop_url, self.tr("https://myshop.com/  (optional)"))
        self.callback_url = self._line(
            "callback_url", settings.callback_url, self.tr("https://myshop.com/kupay/callback  (optional)")
        )
        shop = QFormLayout()
        shop.addRow(self.tr("Default currency"), self.currency)
        self._row(
            shop,
            self.tr("Shop website"),
            self.shop_url,
            "shop_url",
            self.tr("Customers return here after paying or cancelling."),
        )
        self._row(
            shop,
            self.tr("Payment updates address"),
            self.callback_url,
            "callback_url",
            self.tr("Where KuPay sends payment updates for your web shop. Empty: the shop website."),
        )
        self.https_proxy = self._line(
            "https_proxy", settings.https_proxy, self.tr("http://proxy.myshop.lan:3128  (optional)")
        )
        self._row(
            shop,
            self.tr("Web proxy"),
            self.https_proxy,
            "https_proxy",
            self.tr(
                "Only if this network reaches the internet through a proxy: HTTPS to KuPay goes through it, "
                "still encrypted end to end."
            ),
        )
        self.pay_link_hosts = self._line(
            "pay_link_hosts", settings.pay_link_hosts, self.tr("pay.example.com  (optional)")
        )
        self._row(
            shop,
            self.tr("Other payment-page hosts"),
            self.pay_link_hosts,
            "pay_link_hosts",
            self.tr(
                "QR codes lead only to KuPay's own pages (*.kupay.finance) and the API's host; add another "
                "host only if KuPay tells you to."
            ),
        )

        # --- this terminal
        self.terminal_name = self._line(
            "terminal_name", say(shown_terminal_name(settings.terminal_name)), say(DEFAULT_TERMINAL_NAME)
        )
        self.order_prefix = self._line("order_prefix", settings.order_prefix, "T1-")
        self.poll_interval = QDoubleSpinBox()
        self.poll_interval.setRange(*POLL_INTERVAL_RANGE)
        self.poll_interval.setSingleStep(0.5)
        self.poll_interval.setDecimals(1)
        self.poll_interval.setSuffix(self.tr(" s"))
        self.poll_interval.setValue(settings.poll_interval)
        self.auto_return = QSpinBox()
        self.auto_return.setRange(*AUTO_RETURN_RANGE)
        self.auto_return.setSuffix(self.tr(" s"))
        self.auto_return.setSpecialValueText(self.tr("Stay until tapped"))
        self.auto_return.setValue(settings.auto_return_seconds)
        self.fullscreen = QCheckBox(self.tr("Start in full screen"))
        self.fullscreen.setChecked(settings.start_fullscreen)
        self.cents_first = QCheckBox(self.tr("Cents first on the keypad"))
        self.cents_first.setToolTip(self.tr("Typing 1250 shows 12.50, like a card terminal."))
        self.cents_first.setChecked(settings.cents_first)
        self.language = language_box("languageBox", self.tr("The computer's language"), settings.language)
        for w in (self.poll_interval, self.auto_return, self.fullscreen, self.cents_first, self.language):
            touch(w)
        terminal = QFormLayout()
        self._row(terminal, self.tr("Terminal name"), self.terminal_name, "terminal_name")
        self.order_example = self._row(
            terminal,
            self.tr("Order-number prefix"),
            self.order_prefix,
            "order_prefix",
            _order_example(settings.order_prefix),
        )
        self.order_prefix.textChanged.connect(
            lambda text: self.order_example.setText(_order_example(text.strip()))  # type: ignore[union-attr]
        )
        terminal.addRow(self.tr("Check payment every"), self.poll_interval)
        terminal.addRow(self.tr("Back to the keypad after"), self.auto_return)
        terminal.addRow("", self.fullscreen)
        terminal.addRow("", self.cents_first)
        cents_help = plain_label(
            self.tr("Typing 1250 shows 12.50, like a card terminal. Off: type 12.50 with a point.")
        )
        cents_help.setObjectName("fieldHelp")
        cents_help.setWordWrap(True)
        terminal.addRow("", cents_help)
        terminal.addRow(self.tr("Language"), self.language)
        language_help = QLabel(self.tr("Used from the next start of the terminal."))
        language_help.setObjectName("fieldHelp")
        language_help.setWordWrap(True)
        terminal.addRow("", language_help)

        # --- the shop database (several tills)
        shop_db = QFormLayout()
        self.shop_db = ShopDatabaseForm(
            shop_db,
            settings.shop_db,
            tasks,
            queue_state=queue_state,
            terminal_id=terminal_id,
            prefix=lambda: self.order_prefix.text().strip(),
            on_edit=self.revalidate,
            parent=self,
        )
        self._error_labels["shop_db"] = self.shop_db.error
        self.finished.connect(self.shop_db.stop)

        # --- amounts, per currency: one number for all refused ¥1,200 under a limit of 500 (dollars)
        self._limit_texts = {
            code: (_limit_text(low), _limit_text(high)) for code, (low, high) in settings.all_limits().items()
        }
        self._limits_shown = settings.default_currency
        self.limits_currency = QComboBox()
        self.limits_currency.setObjectName("limitsCurrency")
        self.limits_currency.addItems(CURRENCIES)
        self.limits_currency.setCurrentText(self._limits_shown)
        touch(self.limits_currency)
        self.limits_summary = QLabel("")
        self.limits_summary.setObjectName("fieldHelp")
        self.limits_summary.setWordWrap(True)
        low_text, high_text = self._limit_texts[self._limits_shown]
        self.min_amount = self._line("min_amount", low_text, self.tr("no minimum"))
        self.max_amount = self._line("max_amount", high_text, self.tr("no maximum"))
        amounts = QFormLayout()
        amounts.addRow(self.tr("Limits for"), self.limits_currency)
        self._row(amounts, self.tr("Smallest sale"), self.min_amount, "min_amount")
        self._row(
            amounts,
            self.tr("Largest sale"),
            self.max_amount,
            "max_amount",
            self.tr("In the currency above. Empty: no limit."),
        )
        amounts.addRow("", self.limits_summary)
        self.limits_currency.currentTextChanged.connect(self._show_limits_for)

        # --- owner PIN
        self.pin_state = plain_label(
            self.tr("A PIN protects these settings from cashiers.")
            if settings.has_owner_pin
            else self.tr("No PIN: anyone at the till can open Settings.")
        )
        self.pin_state.setWordWrap(True)
        self.new_pin = pin_field(
            self.tr("New PIN ({shortest}–{longest} digits)").format(
                shortest=PIN_LENGTH[0], longest=PIN_LENGTH[1]
            )
        )
        self.new_pin.setObjectName("newPinField")
        self.repeat_pin = pin_field(self.tr("Type the new PIN again"))
        self.repeat_pin.setObjectName("repeatPinField")
        self.clear_pin = QCheckBox(self.tr("Remove the PIN"))
        self.clear_pin.setVisible(settings.has_owner_pin)
        touch(self.clear_pin)
        self.pin_error = error_label()
        self._error_labels["pin"] = self.pin_error
        for field in (self.new_pin, self.repeat_pin):
            field.textChanged.connect(self.revalidate)
        self.clear_pin.toggled.connect(self.revalidate)
        pin = QFormLayout()
        pin.addRow("", self.pin_state)
        pin.addRow(self.tr("New PIN"), self.new_pin)
        pin.addRow(self.tr("Repeat PIN"), self.repeat_pin)
        pin.addRow("", self.pin_error)
        pin.addRow("", self.clear_pin)

        # --- customer display and sounds: a section of its own (pos_app/ui/customer_settings.py)
        from pos_app.ui.customer_settings import CustomerSection

        self.customer_section = CustomerSection(settings.customer, tasks)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        if demo:
            note = QLabel(
                self.tr(
                    "Demo: these settings are kept apart from your shop's (demo-settings.json), and payments "
                    "always go to the built-in sandbox. Try anything here."
                )
            )
            note.setObjectName("demoNote")
            note.setWordWrap(True)
            page_layout.addWidget(note)
        for title, form in (
            (self.tr("KuPay connection"), connection),
            (self.tr("Shop"), shop),
            (self.tr("This terminal"), terminal),
            (self.tr("Shop database"), shop_db),
            (self.tr("Amounts"), amounts),
            (self.tr("Owner PIN"), pin),
        ):
            group = QGroupBox(title)
            group.setLayout(form)
            # The demo's sandbox and token are fixed, and it never sends to a shop database.
            group.setEnabled(not (demo and (form is connection or form is shop_db)))
            page_layout.addWidget(group)
        from pos_app.ui.receipt_settings import ReceiptSettingsGroup

        self.receipts = ReceiptSettingsGroup(
            settings.receipts, tasks, say(shown_terminal_name(settings.terminal_name))
        )
        self.receipts.changed.connect(self.revalidate)
        page_layout.addWidget(self.receipts)
        page_layout.addWidget(self.customer_section)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # wrap, never scroll sideways
        # Narrow screens (800 px): labels go above their fields and long choices shorten, rather than the
        # page growing wider than the window and hiding the right edge (spin arrows, buttons).
        for form_layout in page.findChildren(QFormLayout):
            form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for choice in page.findChildren(QComboBox):
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            choice.setMinimumContentsLength(12)
        scroll.setWidget(page)
        wheel_scrolls_the_form(scroll)

        self.status = plain_label("")
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.session_button = QPushButton(self.tr("Use the new token for this session only"))
        self.session_button.setObjectName("sessionOnlyButton")
        self.session_button.clicked.connect(self._use_for_session)
        self.session_button.hide()
        touch(self.session_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettingsButton")
        for b in self.buttons.buttons():
            touch(b)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.session_button)
        layout.addWidget(self.buttons)
        fit_on_screen(self, QSize(720, 760), parent)

        self.revalidate()
        self._tasks.run(self._credentials.get_token, self._token_found, self._token_unreadable)

    # --- building blocks ---------------------------------------------------------------------------------

    def _line(self, key: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(f"{key}Field")
        edit.setPlaceholderText(placeholder)
        touch(edit)
        edit.textChanged.connect(self.revalidate)
        return edit

    def _row(
        self, form: QFormLayout, label: str, edit: QWidget, key: str, help_text: str = ""
    ) -> QLabel | None:
        form.addRow(label, edit)
        hint = None
        if help_text:
            hint = plain_label(help_text)
            hint.setObjectName("fieldHelp")
            hint.setWordWrap(True)
            form.addRow("", hint)
        error = error_label()
        self._error_labels[key] = error
        form.addRow("", error)
        return hint

    # --- token -------------------------------------------------------------------------------------------

    def _token_found(self, token: object) -> None:
        if self._remove_token or self.new_token.text().strip():
            return  # the owner already chose; keep their choice visible
        if token is None:
            self.token_state.setText(say(TOKEN_NONE))
        else:
            self.token_state.setText(say(TOKEN_SESSION if self._credentials.session_only else TOKEN_SAVED))
        self.remove_token.setEnabled(token is not None)

    def _token_unreadable(self, exc: BaseException) -> None:
        self.token_state.setText(
            say(str(exc))
            if isinstance(exc, KeyringUnavailable)
            else self.tr("The password store could not be read.")
        )

    def _token_edited(self, text: str) -> None:
        if text.strip():
            self.remove_token.setChecked(False)
            self.token_state.setText(say(TOKEN_REPLACE_PENDING))
        self.session_button.hide()
        self.revalidate()

    def _remove_toggled(self, checked: bool) -> None:
        self._remove_token = checked
        self.remove_token.setText(self.tr("Keep token") if checked else self.tr("Remove token"))
        if checked:
            self.new_token.clear()
            self.token_state.setText(say(TOKEN_REMOVE_PENDING))
        else:
            self._tasks.run(self._credentials.get_token, self._token_found, self._token_unreadable)
        self.revalidate()

    def test_connection(self) -> None:
        """Ask KuPay about the new token (or the saved one) at the address in the field; nothing is created."""
        try:
            api_url = validate_api_url(self.api_url.text())
        except SettingsError as err:
            self.test_result.setText(say(str(err)))
            return
        typed = self.new_token.text().strip()
        credentials = self._credentials
        try:
            proxy = validate_proxy(self.https_proxy.text())
        except SettingsError as err:
            self.test_result.setText(str(err))
            return

        def check() -> bool | None:
            token = typed or credentials.get_token()
            if not token:
                return None
            logs.register_secret(token)
            return check_token_with_kupay(api_url, token, proxy)

        def done(accepted: object) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(
                say(TOKEN_NONE if accepted is None else ACCEPTED if accepted else UNCONFIRMED)
            )

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(
                say(str(exc) if isinstance(exc, KeyringUnavailable) else describe_check_error(exc))
            )

        self.test_button.setEnabled(False)
        self.test_result.setText(say(CHECKING))
        self._tasks.run(check, done, failed)

    # --- validation --------------------------------------------------------------------------------------

    def _collect(self) -> tuple[Settings | None, dict[str, str]]:
        """The Settings the form describes, or None, and the reason for each field that is wrong."""
        errors: dict[str, str] = {}
        values: dict[str, object] = {}

        def check(key: str, fn, *args) -> None:
            try:
                values[key] = fn(*args)
            except SettingsError as err:
                errors[key] = str(err)

        check("api_url", validate_api_url, self.api_url.text())
        check("shop_url", validate_shop_url, self.shop_url.text(), SHOP_WEBSITE)
        check("callback_url", validate_shop_url, self.callback_url.text(), UPDATES_ADDRESS)
        check("pay_link_hosts", validate_pay_link_hosts, self.pay_link_hosts.text())
        check("https_proxy", validate_proxy, self.https_proxy.text())
        check("terminal_name", validate_terminal_name, self.terminal_name.text())
        if values.get("terminal_name") == say(DEFAULT_TERMINAL_NAME):
            values["terminal_name"] = str.__str__(
                DEFAULT_TERMINAL_NAME
            )  # the default left as shown stays the default
        check("order_prefix", validate_order_prefix, self.order_prefix.text())
        values["sale_limits"], limit_errors = self._collect_limits()
        errors.update(limit_errors)
        values["min_amount"] = values["max_amount"] = None  # now kept per currency in sale_limits
        shop_problem = self.shop_db.address_error()
        if shop_problem:
            errors["shop_db"] = shop_problem
        else:
            values["shop_db"] = self.shop_db.address.text().strip()
        new_pin, repeat = self.new_pin.text(), self.repeat_pin.text()
        if new_pin or repeat:
            try:
                validate_pin(new_pin)
                if new_pin != repeat:
                    raise SettingsError(self.tr("The two PINs are not the same. Type the new PIN twice."))
            except SettingsError as err:
                errors["pin"] = str(err)
        receipts, receipt_errors = self.receipts.collect()
        errors.update({f"receipts.{key}": text for key, text in receipt_errors.items()})
        values["receipts"] = receipts
        if errors:
            return None, errors
        if values["api_url"] == self._api_url_in_use:
            values["api_url"] = self._original.api_url  # untouched: an --api-url is not written to the file
        settings = dataclasses.replace(
            self._original,
            default_currency=self.currency.currentText(),
            poll_interval=float(self.poll_interval.value()),
            auto_return_seconds=int(self.auto_return.value()),
            start_fullscreen=self.fullscreen.isChecked(),
            cents_first=self.cents_first.isChecked(),
            language=self.language.currentData() or "",
            owner_pin_hash="" if self.clear_pin.isChecked() else self._original.owner_pin_hash,
            customer=self.customer_section.values(),
            **values,  # type: ignore[arg-type]
        )
        return settings, errors

    def _show_limits_for(self, code: str) -> None:
        self._limit_texts[self._limits_shown] = (self.min_amount.text(), self.max_amount.text())
        self._limits_shown = code
        low, high = self._limit_texts[code]
        self.min_amount.setText(low)
        self.max_amount.setText(high)
        self.revalidate()

    def _collect_limits(
        self,
    ) -> tuple[tuple[tuple[str, Decimal | None, Decimal | None], ...], dict[str, str]]:
        """Every currency's limits from the texts typed, and the reasons for wrong ones (named by currency
        when it is not the one on show)."""
        self._limit_texts[self._limits_shown] = (self.min_amount.text(), self.max_amount.text())
        limits: list[tuple[str, Decimal | None, Decimal | None]] = []
        errors: dict[str, str] = {}
        for code, (low_text, high_text) in self._limit_texts.items():
            prefix = "" if code == self._limits_shown else f"{code}: "
            key = "min_amount"
            try:
                low = validate_amount_limit(low_text, SMALLEST_SALE)
                key = "max_amount"
                high = validate_amount_limit(high_text, LARGEST_SALE)
                validate_limits(low, high)
            except SettingsError as err:
                errors.setdefault(key if not prefix else "max_amount", prefix + say(str(err)))
                continue
            if low is not None or high is not None:
                limits.append((code, low, high))
        self.limits_summary.setText(_limits_summary(limits))
        return tuple(sorted(limits, key=lambda limit: limit[0])), errors

    def revalidate(self, *_args: object) -> None:
        _settings, errors = self._collect()
        self._errors = errors
        for key, label in self._error_labels.items():
            label.setText(say(errors.get(key, "")))
            label.setVisible(key in errors)
        self.save_button.setEnabled(not errors and not self._busy)

    # --- save --------------------------------------------------------------------------------------------

    def save(self) -> None:
        if self._busy:
            return
        settings, errors = self._collect()
        if settings is None:
            self.revalidate()
            return
        new_pin = self.new_pin.text()
        new_token = self.new_token.text().strip() or None
        remove = self._remove_token
        if new_token:
            logs.register_secret(new_token)
        credentials, settings_path = self._credentials, self._settings_path
        shop_password = self.shop_db.password.text()
        original = self._original
        shop_fields = (settings.shop_db, settings.terminal_name, settings.order_prefix)
        changed = bool(shop_password) or shop_fields != (
            original.shop_db,
            original.terminal_name,
            original.order_prefix,
        )
        self.shop_changed = changed and not self._demo
        terminal_id = self._terminal_id

        def store() -> tuple[Settings, KeyringUnavailable | None]:
            final = settings
            if final.shop_db and self.shop_changed:
                refuse_taken_prefix(final, shop_password, terminal_id)
            if new_pin:
                final = dataclasses.replace(
                    final, owner_pin_hash=hash_pin(new_pin)
                )  # ~0.1 s: off the UI thread
            save_settings(final, settings_path)
            try:
                if not self._demo:  # the demo never touches the shop's password store
                    store_shop_password(final.shop_db, shop_password)
                if new_token:
                    credentials.set_token(new_token)
                elif remove:
                    credentials.delete_token()
            except KeyringUnavailable as exc:
                return final, exc  # the file is saved; only the token could not be stored
            return final, None

        self._set_busy(True)
        self._say(self.tr("Saving…"))
        self._pending = (new_token, remove)
        self._tasks.run(store, self._saved, self._save_failed)

    def _saved(self, result: tuple[Settings, KeyringUnavailable | None]) -> None:
        self._set_busy(False)
        settings, keyring_error = result
        new_token, remove = self._pending
        if keyring_error is not None:
            self._saved_settings = settings
            self._say(str(keyring_error))
            if new_token:
                self.session_button.show()
            return
        self._finish(settings, new_token, token_changed=bool(new_token) or remove)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, OSError):
            log.error("could not save settings: %s", exc)
            self._say(
                self.tr(
                    "The settings could not be saved on this computer's disk. Check free space, then try again."
                )
            )
            return
        log.error("saving settings failed: %s: %s", type(exc).__name__, logs.redact(str(exc)))
        self._say(
            str(exc)
            if isinstance(exc, ValueError)
            else self.tr("The settings could not be saved. Please try again.")
        )

    def _use_for_session(self) -> None:
        new_token = self._pending[0]
        if not new_token or self._saved_settings is None:
            return
        self._credentials.use_session_token(new_token)
        self._finish(self._saved_settings, new_token, token_changed=True)

    def _finish(self, settings: Settings, token: str | None, *, token_changed: bool) -> None:
        self.settings = settings
        self.api_url_changed = _normalised_url(self.api_url.text()) != self._api_url_in_use
        self.token_changed = token_changed
        self.token = token if token_changed else None
        self.new_token.clear()
        self.new_pin.clear()
        self.repeat_pin.clear()
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy and not self._errors)
        self.session_button.setEnabled(not busy)

    def _say(self, sentence: str) -> None:
        self.status.setText(say(sentence))


def _order_example(prefix: str) -> str:
    return QCoreApplication.translate(
        "SettingsDialog", "Order numbers look like {example}; customers see them on the KuPay page."
    ).format(example=f"{prefix}0001")


def _normalised_url(text: str) -> str:
    try:
        return validate_api_url(text)
    except SettingsError:
        return text.strip()


def _limits_summary(limits: list[tuple[str, Decimal | None, Decimal | None]]) -> str:
    from pos_app.money import format_amount

    if not limits:
        return QCoreApplication.translate(
            "SettingsDialog", "No limits: any amount above zero (up to 1,000,000) in every currency."
        )
    parts = []
    for code, low, high in limits:
        if low is not None and high is not None:
            parts.append(f"{code} {format_amount(low, code)} – {format_amount(high, code)}")
        elif low is not None:
            parts.append(
                QCoreApplication.translate("SettingsDialog", "{currency} from {amount}").format(
                    currency=code, amount=format_amount(low, code)
                )
            )
        elif high is not None:
            parts.append(
                QCoreApplication.translate("SettingsDialog", "{currency} up to {amount}").format(
                    currency=code, amount=format_amount(high, code)
                )
            )
    return QCoreApplication.translate(
        "SettingsDialog", "Limits set: {limits}. Other currencies: none."
    ).format(limits=" · ".join(parts))


def refuse_taken_prefix(
    settings: Settings, typed_password: str, terminal_id: Callable[[], str] | None
) -> None:
    """Blocking: SettingsError when the shop database says another till uses this prefix. An unreachable
    shop database cannot say: the prefix is saved, and the till's replication refuses it later if taken."""
    from pos_app.shop.database import PrefixTaken, ShopDatabaseError, ShopTarget, check_shop, keyring_password

    target = ShopTarget(settings.shop_db, typed_password or keyring_password())
    try:
        check_shop(target, terminal_id() if terminal_id else "", settings.order_prefix)
    except PrefixTaken as exc:
        raise SettingsError(str(exc)) from None
    except ShopDatabaseError:
        pass


def store_shop_password(address: str, typed: str) -> None:
    """Blocking: the shop database password to the keyring (never the settings file); forgotten with the
    address. Raises KeyringUnavailable."""
    from pos_app.shop.database import SHOP_DB_USERNAME

    store = CredentialStore(username=SHOP_DB_USERNAME, label="shop database password")
    if typed and address:
        store.set_token(typed)
    elif not address:
        store.delete_token()


def _limit_text(value: Decimal | None) -> str:
    return "" if value is None else str(value)
