"""`kupay-pos receipt ORDER_NUMBER [--printer URI] [--copy]`: print a journaled sale's receipt.

Exit 0 printed; 1 a printer (or journal) problem, in one sentence; 2 no such order in the journal.
The system printer and PDF are drawn by Qt, so those start an offscreen Qt application (no window).
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_PRINTER, EXIT_UNKNOWN_ORDER = 0, 1, 2


def _say(text: str) -> None:
    print(f"kupay-pos receipt: {text}", file=sys.stderr)


def cli_receipt(args: argparse.Namespace) -> int:
    from pos_app.journal import Journal, JournalError
    from pos_app.receipts.printing import failure_sentence, print_sale
    from pos_app.receipts.target import PrinterError, parse_printer_uri
    from pos_app.settings import load_settings

    settings, warning = load_settings()
    if warning:
        _say(warning)
    receipts = settings.receipts
    uri = args.receipt_printer or receipts.printer
    try:
        target = parse_printer_uri(uri) if uri else None
    except PrinterError as exc:
        _say(str(exc))
        return EXIT_PRINTER
    try:
        journal = Journal.open()
    except JournalError as exc:
        _say(str(exc))
        return EXIT_PRINTER
    app = None
    try:
        sale = journal.find_order(args.order_number)
        if sale is None:
            _say(f"There is no order {args.order_number} in this terminal's sales journal.")
            return EXIT_UNKNOWN_ORDER
        if target is not None and not target.kind.is_thermal:
            app = _offscreen_qt()
        try:
            done = print_sale(
                journal, sale.id, receipts, settings.terminal_name, copy=args.copy or None, printer=uri
            )
        except PrinterError as exc:
            _say(failure_sentence(exc))
            return EXIT_PRINTER
        print(
            f"Printed the receipt for order {done.sale.order_number}{' (copy)' if done.copy else ''}: {done.where}"
        )
        return EXIT_OK
    finally:
        journal.close()
        del app


def _offscreen_qt() -> object:
    """A Qt application without a window, for QPrinter's fonts and the PDF engine."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    return existing or QGuiApplication(["kupay-pos", "-platform", "offscreen"])
