"""Printing receipts at the till, off the UI thread: automatically when a sale is paid, on P / *Print
receipt* on the result screen, and *Reprint* in History. Widgets only show what `ReceiptDesk` reports.

A print never changes the sale: it runs as a background job (with the printer's own timeout), and a
failure is one sentence with a *Retry*.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_app.flow import Step
from pos_app.receipts.printing import Printed, failure_sentence, print_sale
from pos_app.receipts.settings import ReceiptSettings
from pos_app.receipts.target import PrinterError
from pos_app.sale import Sale, SaleState
from pos_app.settings import shown_terminal_name
from pos_app.ui.form import touch
from pos_app.ui.i18n import say
from pos_app.ui.tasks import TaskRunner
from pos_app.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pos_app.journal import Journal
    from pos_app.settings import Settings
    from pos_app.ui.result_screen import ResultScreen
    from pos_app.ui.sale_flow import SaleFlow

log = logging.getLogger(__name__)

REPEAT_GUARD = 1.5  # seconds after a receipt came out in which P / the button does not print another


def printed_sentence(done: Printed) -> str:
    paid = done.sale.state is SaleState.PAID
    if paid and done.copy:
        text = QT_TRANSLATE_NOOP("ReceiptDesk", "Receipt copy printed ({where}).")
    elif paid:
        text = QT_TRANSLATE_NOOP("ReceiptDesk", "Receipt printed ({where}).")
    elif done.copy:
        text = QT_TRANSLATE_NOOP("ReceiptDesk", "NOT PAID slip copy printed ({where}).")
    else:
        text = QT_TRANSLATE_NOOP("ReceiptDesk", "NOT PAID slip printed ({where}).")
    return text.format(where=done.where)


class ReceiptDesk(QObject):
    """Runs receipt prints for one window. `--printer` / `--print-when-paid` override the settings."""

    printing = Signal(str)  # sale id
    printed = Signal(str, str)  # sale id, sentence
    failed = Signal(str, str)  # sale id, sentence (with "the sale is paid" for a paid sale)

    def __init__(
        self,
        tasks: TaskRunner,
        settings: Settings,
        *,
        printer: str | None = None,
        print_when_paid: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = settings  # the app's Settings (terminal name, receipts)
        self._journal: Journal | None = (
            None  # set by tests and the command line; the till uses its flow's backend
        )
        self._printer_override = printer
        self._auto_override = print_when_paid
        self._busy: set[str] = set()
        self._printed_at: dict[str, float] = {}  # sale id -> when its last receipt came out (monotonic)
        self._auto_seen: set[str] = set()
        self._flow: SaleFlow | None = None
        self._screen: ResultScreen | None = None
        self._notice: Callable[[str], None] = lambda _text: None
        self.printing.connect(lambda sale_id: self._on_screen(sale_id, None))
        self.printed.connect(lambda sale_id, text: self._on_screen(sale_id, text, ok=True))
        self.failed.connect(lambda sale_id, text: self._on_screen(sale_id, text, ok=False))

    def attach(self, flow: SaleFlow, result_screen: ResultScreen, notice: Callable[[str], None]) -> None:
        """Serve the till: print when its sales end, on P / the button of its result screen; news about a
        sale no longer on screen goes to `notice` (the window's discreet line)."""
        self._flow, self._screen, self._notice = flow, result_screen, notice
        flow.sale_finished.connect(self._sale_finished)
        result_screen.receipt.print_requested.connect(self._print_shown)

    def _shown_sale_id(self) -> str | None:
        flow = self._flow
        if flow is None or flow.step is not Step.RESULT or flow.sale is None:
            return None
        return str(flow.sale.id)

    def _sale_finished(self, sale: Sale) -> None:
        # Needs check is not paid: never a "receipt" (and never the last sale's button left behind).
        if (
            sale.state in (SaleState.PAID, SaleState.UNPAID, SaleState.NEEDS_CHECK)
            and self._screen is not None
        ):
            self._screen.receipt.reset(
                self.has_printer and self.journal is not None, sale.state is SaleState.PAID
            )
        self.sale_ended(sale)

    def _print_shown(self) -> None:
        sale_id = self._shown_sale_id()
        if sale_id is not None:
            self.print_sale(sale_id)

    def _on_screen(self, sale_id: str, text: str | None, ok: bool = True) -> None:
        if self._screen is None or sale_id != self._shown_sale_id():
            if text is not None and not ok:
                self._notice(text + " " + self.tr("Reprint it from History."))
            return
        bar = self._screen.receipt
        if text is None:
            bar.show_printing()
        elif ok:
            bar.show_printed(text)
        else:
            self._screen.hold()  # the cashier must be able to read it and press Retry
            bar.show_failed(text)

    @property
    def journal(self) -> Journal | None:
        """The journal of the till's current backend (it changes when the owner saves a new token)."""
        if self._journal is not None:
            return self._journal
        backend = self._flow.backend if self._flow is not None else None
        return backend.journal if backend is not None else None

    @journal.setter
    def journal(self, journal: Journal | None) -> None:
        self._journal = journal

    @property
    def receipt_settings(self) -> ReceiptSettings:
        receipts: ReceiptSettings = self.settings.receipts
        changes: dict[str, Any] = {}
        if self._printer_override:
            changes["printer"] = self._printer_override
        if self._auto_override:
            changes["print_when_paid"] = True
        return dataclasses.replace(receipts, **changes) if changes else receipts

    @property
    def has_printer(self) -> bool:
        return bool(self.receipt_settings.printer)

    def sale_ended(self, sale: Sale) -> None:
        """A sale reached its end on the till or in the background: print it if the owner asked for that.

        Once per sale: a sale whose receipt the journal already has (printed before a restart) is skipped.
        """
        receipts = self.receipt_settings
        if sale.state is not SaleState.PAID or not receipts.print_when_paid or not receipts.printer:
            return
        if sale.id in self._auto_seen:
            return
        self._auto_seen.add(sale.id)
        self.print_sale(sale.id, auto=True)

    def print_sale(
        self, sale_id: str, *, auto: bool = False, report: Callable[[str], None] | None = None
    ) -> None:
        """Print the sale's receipt: a COPY when one was printed before (a NOT PAID slip if unpaid)."""
        journal = self.journal
        if journal is None or sale_id in self._busy:
            return
        if not auto and time.monotonic() - self._printed_at.get(sale_id, -REPEAT_GUARD) < REPEAT_GUARD:
            return  # a second press of a hurried cashier, not a request for another copy
        receipts, terminal = self.receipt_settings, say(shown_terminal_name(self.settings.terminal_name))
        self._busy.add(sale_id)
        self.printing.emit(sale_id)

        def job() -> tuple[bool, str]:
            sale = journal.get(sale_id)
            if sale is None:
                return False, QT_TRANSLATE_NOOP("ReceiptDesk", "That sale is not in this terminal's journal.")
            paid = sale.state is SaleState.PAID
            if auto and journal.receipt_printed(sale_id):
                # Before a restart: automatic printing never repeats.
                return True, QT_TRANSLATE_NOOP("ReceiptDesk", "Receipt printed.")
            try:
                done = print_sale(journal, sale_id, receipts, terminal)  # a COPY if one was printed before
            except PrinterError as exc:
                return False, failure_sentence(exc, paid=paid)
            return True, printed_sentence(done)

        def finished(result: tuple[bool, str]) -> None:
            self._busy.discard(sale_id)
            ok, sentence = result
            if ok and not auto:  # the cashier's own press: a second one right after is a double press
                self._printed_at[sale_id] = time.monotonic()
            sentence = say(sentence)  # a signal carries plain text: translated before it goes
            (self.printed if ok else self.failed).emit(sale_id, sentence)
            if report is not None:
                report(sentence)

        def crashed(error: BaseException) -> None:  # the journal, not the printer
            log.error("receipt job failed: %r", error)
            finished((False, failure_sentence(error)))

        self.tasks.run(job, finished, crashed)


class ReceiptBar(QWidget):
    """The result screen's receipt line: *Print receipt (P)*, what happened, and *Retry* after a failure."""

    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptBar")
        self.button = QPushButton(self.tr("Print receipt (P)"))
        self.button.setObjectName("printReceiptButton")
        self.button.clicked.connect(self.print_requested)
        touch(self.button)
        self.retry = QPushButton(self.tr("Retry"))
        self.retry.setObjectName("retryReceiptButton")
        self.retry.clicked.connect(self.print_requested)
        touch(self.retry)
        self.retry.hide()
        self.message = QLabel("")
        self.message.setObjectName("receiptMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # printer and folder names come from the owner
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addWidget(self.retry)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.failed_now = False

    def offered(self) -> bool:
        """A printer is set up for this result (P belongs to the receipt, even while one is printing)."""
        return self.button.isVisibleTo(self) or self.retry.isVisibleTo(self)

    def can_print(self) -> bool:
        return (self.button.isVisibleTo(self) and self.button.isEnabled()) or self.retry.isVisibleTo(self)

    def reset(self, can_print: bool, paid: bool) -> None:
        """A new result: the button if a printer is set up, nothing said yet."""
        self.button.setText(self.tr("Print receipt (P)") if paid else self.tr("Print NOT PAID slip (P)"))
        self.button.setVisible(can_print)
        self.retry.hide()
        self.message.setText("")
        self.message.hide()
        self.failed_now = False

    def show_printing(self) -> None:
        self._say(self.tr("Printing receipt…"))
        self.retry.hide()
        self.button.setEnabled(False)

    def show_printed(self, sentence: str) -> None:
        self._say(sentence)
        self.button.setText(self.tr("Print a copy (P)"))
        self.button.setEnabled(True)
        self.button.show()
        self.retry.hide()
        self.failed_now = False

    def show_failed(self, sentence: str) -> None:
        self._say(sentence)
        self.button.setEnabled(True)
        self.button.hide()
        self.retry.show()
        self.failed_now = True

    def _say(self, text: str) -> None:
        self.message.setText(say(text))
        self.message.show()
