"""The *Receipts* section of Settings: which printer, when to print, the shop's lines, a test print.

Self-contained: the settings dialog adds this group, asks `collect()` for a ReceiptSettings (or the reason
it cannot make one), and is told by `changed` when to validate again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from pos_app.ports import Tasks
from pos_app.receipts.settings import (
    PAPERS,
    ReceiptSettings,
    ReceiptSettingsError,
    validate_shop_lines,
    validate_shop_name,
)
from pos_app.receipts.target import PrinterError, parse_printer_uri
from pos_app.ui.form import error_label, help_label, touch
from pos_app.ui.i18n import say
from pos_app.wording import QT_TRANSLATE_NOOP

PRINTER_HELP = QT_TRANSLATE_NOOP(
    "ReceiptSettingsGroup",
    "Leave empty for no receipts. Network: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · "
    "serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://QUEUE · win32://PRINTER NAME · "
    "system://PRINTER NAME (empty name: the default printer) · pdf:///folder (one PDF per receipt)",
)
GENERIC_PROFILE = QT_TRANSLATE_NOOP("ReceiptSettingsGroup", "Generic ESC/POS printer")


class _ProfileBox(QComboBox):
    """python-escpos's list of printer models is read when the owner first opens it, not with the dialog."""

    def showPopup(self) -> None:
        if self.count() <= 2:
            from pos_app.receipts.settings import printer_profiles

            current = self.currentData()
            self.blockSignals(True)
            self.clear()
            self.addItem(say(GENERIC_PROFILE), "")
            for name in printer_profiles():
                self.addItem(name, name)
            self.setCurrentIndex(max(0, self.findData(current)))
            self.blockSignals(False)
        super().showPopup()


class ReceiptSettingsGroup(QGroupBox):
    changed = Signal()

    def __init__(self, receipts: ReceiptSettings, tasks: Tasks, terminal_name: str = "") -> None:
        super().__init__()
        self.setTitle(self.tr("Receipts"))
        self.setObjectName("receiptSettings")
        self._tasks = tasks
        self._terminal_name = terminal_name
        self._original = receipts
        form = QFormLayout(self)

        self.printer = QLineEdit(receipts.printer)
        self.printer.setObjectName("receiptPrinter")
        self.printer.setPlaceholderText(self.tr("tcp://192.168.1.50:9100"))
        touch(self.printer)
        form.addRow(self.tr("Receipt printer"), self.printer)
        form.addRow("", help_label(say(PRINTER_HELP)))
        self.printer_error = error_label()
        form.addRow("", self.printer_error)

        self.paper = QComboBox()
        self.paper.addItems(PAPERS)
        self.paper.setCurrentText(receipts.paper)
        touch(self.paper)
        form.addRow(self.tr("Paper"), self.paper)

        self.profile = _ProfileBox()
        self.profile.addItem(say(GENERIC_PROFILE), "")
        self.profile.setToolTip(
            self.tr("The printer model, where it matters: its code pages and whether it draws QR codes")
        )
        touch(self.profile)
        if receipts.profile:
            self.profile.addItem(receipts.profile, receipts.profile)
            self.profile.setCurrentIndex(1)
        form.addRow(self.tr("Printer model"), self.profile)

        self.print_when_paid = QCheckBox(self.tr("Print a receipt automatically when a sale is paid"))
        self.print_when_paid.setChecked(receipts.print_when_paid)
        form.addRow("", self.print_when_paid)
        self.qr_code = QCheckBox(self.tr("QR code on the receipt to look the payment up"))
        self.qr_code.setChecked(receipts.qr_code)
        form.addRow("", self.qr_code)

        self.shop_name = QLineEdit(receipts.shop_name)
        self.shop_name.setPlaceholderText(self.tr("Corner Café"))
        touch(self.shop_name)
        form.addRow(self.tr("Shop name"), self.shop_name)
        self.header = QPlainTextEdit("\n".join(receipts.header))
        self.header.setPlaceholderText(self.tr("Up to 4 lines: address, phone, tax number"))
        self.header.setFixedHeight(96)
        form.addRow(self.tr("Top lines"), self.header)
        self.footer = QPlainTextEdit("\n".join(receipts.footer))
        self.footer.setPlaceholderText(self.tr("Up to 4 lines, e.g. Thank you!"))
        self.footer.setFixedHeight(96)
        form.addRow(self.tr("Bottom lines"), self.footer)
        self.lines_error = error_label()
        form.addRow("", self.lines_error)

        self.test_button = QPushButton(self.tr("Print test receipt"))
        self.test_button.setObjectName("testReceiptButton")
        touch(self.test_button)
        self.test_button.clicked.connect(self.print_test)
        form.addRow("", self.test_button)
        self.test_result = QLabel("")
        self.test_result.setObjectName("testReceiptResult")
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setWordWrap(True)
        form.addRow("", self.test_result)

        for edit in (self.printer, self.shop_name):
            edit.textChanged.connect(self.changed)
        for text in (self.header, self.footer):
            text.textChanged.connect(self.changed)
        for combo in (self.paper, self.profile):
            combo.currentIndexChanged.connect(self.changed)
        for box in (self.print_when_paid, self.qr_code):
            box.toggled.connect(self.changed)
        self.changed.connect(self._show_problems)
        self._show_problems()

    def collect(self) -> tuple[ReceiptSettings | None, dict[str, str]]:
        """The receipt settings the form describes, or None and a sentence per field that is wrong."""
        errors: dict[str, str] = {}
        uri = self.printer.text().strip()
        if uri:
            try:
                parse_printer_uri(uri)
            except PrinterError as exc:
                errors["printer"] = str(exc)
        try:
            shop_name = validate_shop_name(self.shop_name.text())
            header = validate_shop_lines(self.header.toPlainText())
            footer = validate_shop_lines(self.footer.toPlainText())
        except ReceiptSettingsError as exc:
            errors["lines"] = str(exc)
        if errors:
            return None, errors
        return (
            ReceiptSettings(
                printer=uri,
                print_when_paid=self.print_when_paid.isChecked(),
                paper=self.paper.currentText(),
                profile=str(self.profile.currentData() or ""),
                shop_name=shop_name,
                header=header,
                footer=footer,
                qr_code=self.qr_code.isChecked(),
            ),
            {},
        )

    def _show_problems(self) -> None:
        receipts, errors = self.collect()
        for key, label in (("printer", self.printer_error), ("lines", self.lines_error)):
            label.setText(say(errors.get(key, "")))
            label.setVisible(key in errors)
        self.test_button.setEnabled(receipts is not None and bool(receipts.printer))

    def print_test(self) -> None:
        """Print a test receipt on the printer as typed (saved or not), off the UI thread."""
        from pos_app.receipts.printing import failure_sentence, print_receipt, sample_receipt

        receipts, _errors = self.collect()
        if receipts is None or not receipts.printer:
            return
        target = parse_printer_uri(receipts.printer)
        receipt = sample_receipt(receipts, self._terminal_name or self.tr("Till"))
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Printing a test receipt…"))

        def done(where: str) -> None:
            self.test_result.setText(self.tr("Test receipt printed ({where}).").format(where=where))
            self.test_button.setEnabled(True)

        def failed(error: BaseException) -> None:
            self.test_result.setText(say(failure_sentence(error)))
            self.test_button.setEnabled(True)

        self._tasks.run(lambda: print_receipt(receipt, receipts, target), done, failed)
