"""Print a sale's receipt on the owner's printer and journal it: the one call the till, History and
`kupay-pos receipt` share. Blocking: the till runs it on a worker thread.

Every failure becomes a `PrinterError` whose str() is one sentence for the cashier; the sale itself is
never touched by a failed print.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pos_app.receipts.content import Receipt, build_receipt, lay_out, receipt_blocks
from pos_app.receipts.settings import ReceiptSettings
from pos_app.receipts.target import PrinterError, PrinterTarget, parse_printer_uri
from pos_app.sale import Sale, SaleState
from pos_app.wording import QT_TRANSLATE_NOOP, Sentence

if TYPE_CHECKING:
    from pos_app.journal import Journal

log = logging.getLogger(__name__)

PRINT_TIMEOUT = 10.0  # seconds a printer may take to accept a receipt before the cashier is told

NOT_ANSWERING = QT_TRANSLATE_NOOP(
    "Receipt", "The receipt printer is not answering — check it is on and has paper"
)
NO_PRINTER = QT_TRANSLATE_NOOP(
    "Receipt", "No receipt printer is set up — the owner can choose one in Settings › Receipts"
)


@dataclass(frozen=True)
class Printed:
    """A receipt that went out: the sale as journaled, where it went (a file for PDF), copy or original."""

    sale: Sale
    printer: str
    where: str
    copy: bool


def failure_sentence(error: BaseException, paid: bool | None = None) -> str:
    """One sentence for the cashier; for a paid sale it says the sale is safe."""
    problem = describe_failure(error)
    if paid:
        return QT_TRANSLATE_NOOP("Receipt", "{problem}; the sale is paid.").format(problem=problem)
    return QT_TRANSLATE_NOOP("Receipt", "{problem}.").format(problem=problem)


def describe_failure(error: BaseException) -> str:
    """What a low-level failure means at the counter (no full stop: the caller ends the sentence)."""
    if isinstance(error, PrinterError):
        problem = str(error)
        return problem if isinstance(problem, Sentence) else problem.rstrip(". ")
    if isinstance(error, ImportError):
        return QT_TRANSLATE_NOOP(
            "Receipt", "This computer lacks the driver for that printer ({driver}) — see the README"
        ).format(driver=error.name or str(error))
    if isinstance(error, PermissionError):
        return QT_TRANSLATE_NOOP(
            "Receipt",
            "This computer is not allowed to use the receipt printer — for USB and serial printers "
            "see the README's printer notes",
        )
    name = type(error).__name__
    if name == "NoBackendError":  # pyusb without the libusb library
        return "USB printers need libusb, which this computer lacks — see the README's printer notes"
    if isinstance(error, OSError) or "NotFound" in name or "Timeout" in name or "USBError" in name:
        return NOT_ANSWERING
    log.error("printing failed unexpectedly: %r", error)
    return QT_TRANSLATE_NOOP(
        "Receipt", "The receipt could not be printed — check the printer in Settings › Receipts"
    )


def _within(seconds: float, job: Callable[[], Any]) -> Any:
    """Run `job` but give up waiting after `seconds`: a hung device write must not hold a worker forever."""
    result: list[Any] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(job())
        except BaseException as exc:  # noqa: BLE001 - handed back to the waiting thread
            failure.append(exc)

    thread = threading.Thread(target=run, name="receipt-printer", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise PrinterError(NOT_ANSWERING)
    if failure:
        raise failure[0]
    return result[0] if result else None


def print_receipt(
    receipt: Receipt, settings: ReceiptSettings, target: PrinterTarget, timeout: float = PRINT_TIMEOUT
) -> str:
    """Print one receipt; returns where it went (the PDF file, or the printer). Raises PrinterError."""
    try:
        if target.kind.is_thermal:
            from pos_app.receipts import thermal

            lines = lay_out(receipt_blocks(receipt), thermal.columns_for(settings.paper, settings.profile))
            data = thermal.render(lines, paper=settings.paper, profile=settings.profile)
            _within(timeout + 1, lambda: thermal.send(target, data, timeout))
            return target.describe()
        from pos_app.receipts import page

        return str(_within(timeout, lambda: page.print_page(receipt, settings.paper, target)))
    except PrinterError:
        raise
    except Exception as exc:  # every failure reaches the cashier as one sentence
        log.warning("printing to %s failed: %r", target.uri, exc)
        raise PrinterError(describe_failure(exc)) from exc


def lookup_url(journal: Journal, sale: Sale) -> str:
    """The shop's order-status page sent with the sale, when the owner set one (not KuPay's default)."""
    from pos_app.settings import DEFAULT_SHOP_URL

    request = journal.payment_request(sale.id, "")
    url = request.order_status_url if request is not None else ""
    return "" if url in ("", DEFAULT_SHOP_URL) else url


def print_sale(
    journal: Journal,
    sale_id: str,
    settings: ReceiptSettings,
    terminal_name: str,
    *,
    copy: bool | None = None,
    printer: str | None = None,
    timeout: float = PRINT_TIMEOUT,
) -> Printed:
    """Print the journaled sale's receipt (a NOT PAID slip unless it is paid) and journal the print.

    `copy` None: a COPY when the journal already has one of that kind for the sale, so there are never two
    originals. `printer` overrides the settings' printer URI (`--printer`). Raises PrinterError; KeyError
    when the journal has no such sale.
    """
    sale = journal.get(sale_id)
    if sale is None:
        raise KeyError(sale_id)
    if copy is None:
        paid_sale = sale.state is SaleState.PAID
        copy = any(earlier.paid == paid_sale for earlier in journal.receipts(sale.id))
    uri = printer if printer is not None else settings.printer
    if not uri.strip():
        raise PrinterError(NO_PRINTER)
    target = parse_printer_uri(uri)
    receipt = build_receipt(sale, settings, terminal_name, copy=copy, lookup_url=lookup_url(journal, sale))
    where = print_receipt(receipt, settings, target, timeout)
    paid = sale.state is SaleState.PAID
    try:
        journal.record_receipt(sale.id, target.uri, copy=copy, paid=paid)
    except Exception as exc:  # noqa: BLE001 - the paper is out: a journal hiccup must not make it a failure
        log.error("receipt for %s printed but not journaled: %r", sale.order_number, exc)
    return Printed(sale, target.uri, where, copy)


def sample_receipt(settings: ReceiptSettings, terminal_name: str) -> Receipt:
    """What *Print test receipt* prints: the shop's own lines on a slip that is plainly no sale's receipt."""
    from datetime import datetime

    return Receipt(
        order_number="TEST",
        when=datetime.now().astimezone(),
        amount_text="0.00",
        paid=False,
        payment_id="",
        terminal_name=terminal_name,
        shop_name=settings.shop_name,
        header=(*settings.header, "Test receipt"),
        footer=settings.footer,
        qr_data="https://kupay.finance/" if settings.qr_code else "",
    )
