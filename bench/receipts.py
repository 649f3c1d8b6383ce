"""Receipts: how long a paid sale's receipt takes to come out, per kind of printer, and how big it is.

    .venv/bin/python bench/receipts.py [--prints 20]

Each print is the whole `print_sale()` the till runs on its worker: read the sale from the journal, lay the
receipt out, render it (ESC/POS commands, or a PDF page drawn by Qt), deliver it and journal the print. The
network printer is a loopback raw-port server that answers status queries at once (tests/receipt_printer.py),
so the figure is our own time, not a printer's. A journal in a temporary folder; nothing else is touched.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _till import pct


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prints", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="kupay-bench-receipts-"))
    os.environ["KUPAY_POS_HOME"] = str(home)

    from PySide6.QtGui import QGuiApplication

    from pos_app.journal import Journal
    from pos_app.kupay.models import PaymentState, PaymentStatus
    from pos_app.receipts.printing import print_sale
    from pos_app.receipts.settings import ReceiptSettings
    from pos_app.sale import Sale
    from tests.receipt_printer import LoopbackPrinter

    _app = QGuiApplication.instance() or QGuiApplication([])
    journal = Journal.open()
    sale = Sale("bench", "T1-0001", datetime.now().astimezone(), Decimal("12.50"), "USD")
    journal.record_new(sale)
    journal.record_created(sale.id, "pay-bench-0001", "https://pay.example.test/p/bench")
    journal.record_status(
        sale.id, PaymentStatus(payment_id="pay-bench-0001", state=PaymentState.PAID, raw_status="paid")
    )
    shop = ReceiptSettings(shop_name="Corner Café", header=("1 Main Street",), footer=("Thank you!",))
    printer = LoopbackPrinter()
    targets = {
        "network ESC/POS (native QR)": (printer.uri, shop),
        "network ESC/POS (image QR)": (printer.uri, replace(shop, profile="simple")),
        "PDF 80 mm roll": (f"pdf://{home}/pdf", shop),
        "PDF A4": (f"pdf://{home}/pdf-a4", replace(shop, paper="A4")),
    }
    try:
        for name, (uri, settings) in targets.items():
            times = []
            for _ in range(args.prints + 1):  # the first (imports, font and profile loading) is shown apart
                started = time.perf_counter()
                print_sale(journal, sale.id, settings, "Till 1", printer=uri)
                times.append((time.perf_counter() - started) * 1000)
            first, rest = times[0], times[1:]
            size = (
                len(printer.jobs[-1])
                if uri.startswith("tcp")
                else max(p.stat().st_size for p in Path(uri[6:]).iterdir())
            )
            print(
                f"{name:30s} median {statistics.median(rest):6.1f} ms  p90 {pct(rest, 0.9):6.1f} ms  "
                f"first {first:6.1f} ms  size {size:,} bytes"
            )
    finally:
        printer.stop()
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
