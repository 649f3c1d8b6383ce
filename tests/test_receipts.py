"""Receipts: what they say, how they fit the paper, and what reaches a (loopback) network printer or a PDF."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pos_app.receipts.content import COLUMNS, Line, QrLine, Style, build_receipt, receipt_lines, wrap
from pos_app.receipts.printing import NOT_ANSWERING, failure_sentence, print_sale
from pos_app.receipts.settings import ReceiptSettings
from pos_app.receipts.target import PrinterError, PrinterKind, parse_printer_uri
from pos_app.sale import Sale, SaleState
from tests.receipt_printer import LoopbackPrinter, raster_to_image, read_escpos

PAY_URL = "https://pay.example.test/p/4f1c"


@pytest.fixture
def printer():
    server = LoopbackPrinter()
    yield server
    server.stop()


def paid_sale(journal, amount="12.50", currency="USD", state=SaleState.PAID, shop_url="") -> Sale:
    from pos_app.kupay.models import PaymentRequest

    sale = Sale(
        id=f"sale-{amount}-{currency}",
        order_number="T1-0042",
        created_at=datetime(2026, 11, 30, 14, 5).astimezone(),
        amount=Decimal(amount),
        currency=currency,
    )
    request = PaymentRequest(
        id=sale.id,
        order_number=sale.order_number,
        created_at=sale.created_at,
        currency=currency,
        amount=sale.amount,
        cancel_url="https://kupay.finance/",
        paid_url="https://kupay.finance/",
        callback_url="https://kupay.finance/",
        order_status_url=shop_url or "https://kupay.finance/",
    )
    journal.record_new(sale, request)
    journal.record_created(sale.id, "pay-77aa", PAY_URL)
    if state is SaleState.PAID:
        from pos_app.kupay.models import PaymentState, PaymentStatus

        journal.record_status(
            sale.id, PaymentStatus(payment_id="pay-77aa", state=PaymentState.PAID, raw_status="paid")
        )
    else:
        journal.record_state(sale.id, state, "test")
    stored = journal.get(sale.id)
    assert stored is not None
    return stored


SHOP = ReceiptSettings(shop_name="Corner Café", header=("1 Main Street",), footer=("Thank you!",))


# --- what a receipt says ------------------------------------------------------------------------------


def test_paid_receipt_reaches_the_network_printer_with_every_line_a_customer_needs(journal, printer):
    sale = paid_sale(journal, "1234.50", "EUR")
    done = print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri)

    paper = read_escpos(printer.wait_jobs(1)[0])
    text = paper.text
    assert "Corner Café" in paper.big_lines
    for expected in (
        "1 Main Street",
        "Till 1",
        "T1-0042",
        "Paid with crypto via KuPay",
        "pay-77aa",
        "Thank you!",
    ):
        assert expected in text
    assert "PAID" in paper.big_lines and "NOT PAID" not in text
    assert "€1,234.50" in paper.big_lines  # the amount in the currency's format, large, in one piece
    assert "2026-11-30 14:05" in text  # the sale's local date and time
    assert paper.qr_codes == [PAY_URL]  # no order-status page set: the payment page
    assert paper.cuts == 1 and not paper.text_after_cut
    assert "COPY" not in text
    assert done.printer == printer.uri and not done.copy


def test_reprint_says_copy_and_journal_keeps_each_print(journal, printer):
    sale = paid_sale(journal)
    print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri)
    print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri, copy=True)

    original, copy = (read_escpos(job) for job in printer.wait_jobs(2))
    assert "COPY" not in original.text
    assert copy.big_lines.count("COPY") == 2  # at the top and at the bottom
    prints = journal.receipts(sale.id)
    assert [(p.copy, p.paid, p.printer) for p in prints] == [
        (False, True, printer.uri),
        (True, True, printer.uri),
    ]
    assert journal.receipt_printed(sale.id)
    assert journal.receipt_counts(datetime.now().date()) == (1, 1)
    assert any("receipt printed on" in e.note for e in journal.events(sale.id))


def test_unpaid_sale_prints_a_clearly_different_not_paid_slip(journal, printer):
    sale = paid_sale(journal, state=SaleState.CANCELLED_BY_CASHIER)
    print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri)

    paper = read_escpos(printer.wait_jobs(1)[0])
    assert "NOT PAID" in paper.big_lines and "PAID" not in paper.big_lines
    assert "This is not a receipt." in paper.text
    assert "Paid with crypto" not in paper.text
    assert not journal.receipt_printed(sale.id)  # a slip is no receipt: auto-print would still print one


def test_qr_code_shows_the_shops_order_status_page_when_it_has_one(journal, printer):
    sale = paid_sale(journal, shop_url="https://shop.example.test/orders")
    print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri)
    assert read_escpos(printer.wait_jobs(1)[0]).qr_codes == ["https://shop.example.test/orders"]


def test_no_qr_code_when_the_owner_turns_it_off(journal, printer):
    sale = paid_sale(journal)
    print_sale(journal, sale.id, ReceiptSettings(qr_code=False), "Till 1", printer=printer.uri)
    paper = read_escpos(printer.wait_jobs(1)[0])
    assert paper.qr_codes == [] and paper.images == [] and "Scan to" not in paper.text


def test_printer_without_native_qr_gets_a_qr_image_that_scans(journal, printer):
    import zxingcpp

    sale = paid_sale(journal)
    print_sale(journal, sale.id, ReceiptSettings(profile="simple"), "Till 1", printer=printer.uri)
    paper = read_escpos(printer.wait_jobs(1)[0])
    assert paper.qr_codes == []
    (width, height, bits), *_ = paper.images
    assert width <= 384  # fits a 58 mm head
    assert [r.text for r in zxingcpp.read_barcodes(raster_to_image(width, height, bits))] == [PAY_URL]


def test_non_latin_shop_names_print_in_the_printers_code_pages_or_degrade_readably(journal, printer):
    sale = paid_sale(journal)
    shop = ReceiptSettings(
        shop_name="Кофейня Ёлка", header=("Ψητοπωλείο Ωμέγα", "Łódź, ulica Żółta 5", "東京 Ginza")
    )
    print_sale(journal, sale.id, shop, "Till 1", printer=printer.uri)
    text = read_escpos(printer.wait_jobs(1)[0]).text  # decoded strictly: raw UTF-8 would fail here
    assert "Кофейня Ёлка" in text
    assert "Ψητοπωλείο Ωμέγα" in text
    assert "Łódź, ulica Żółta 5" in text
    assert "?? Ginza" in text  # no code page has these: a plain mark, never garbage bytes


def test_a_payment_id_carrying_printer_commands_prints_as_text_never_as_commands(journal, printer):
    sale = paid_sale(journal)
    kick_drawer, cut = "\x10\x14\x01\x00\x05", "\x1dV\x00"
    journal.record_created(sale.id, f"pay-{kick_drawer}-{cut}\n-x", PAY_URL)  # a hostile answer
    print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri)
    job = printer.wait_jobs(1)[0]
    assert b"\x10\x14" not in job  # the cash drawer stays shut
    paper = read_escpos(job)
    assert paper.cuts == 1 and not paper.text_after_cut
    assert "pay-?????-?V??-x" in paper.text  # each command byte a visible "?"


# --- fitting the paper ----------------------------------------------------------------------------------

# Words, some holding a no-break space (as in "1.234,50\xa0€"), which must never be broken.
words = st.lists(st.text(alphabet="abcdefghij-", min_size=1, max_size=6), min_size=1, max_size=2).map(
    "\xa0".join
)


@given(st.lists(words, max_size=30), st.integers(min_value=12, max_value=48))
@settings(max_examples=300)
def test_wrap_breaks_only_between_words_like_textwrap(word_list, width):
    assume(all(len(word) <= width for word in word_list))  # a word wider than the paper must break
    text = " ".join(word_list)
    oracle = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    assert wrap(text, width) == oracle


@given(st.text(min_size=1, max_size=60), st.integers(min_value=1, max_value=30))
def test_wrapped_lines_never_exceed_the_width_and_lose_no_character(text, width):
    lines = wrap(text, width)
    assert all(len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2)
names = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=40)


@given(
    amounts,
    st.sampled_from(["USD", "EUR", "JPY", "INR", "BRL", "CHF"]),
    names,
    st.sampled_from(["58mm", "80mm"]),
)
@settings(max_examples=150, deadline=None)
def test_every_receipt_line_fits_the_paper_and_the_amount_is_never_cut(amount, currency, shop_name, paper):
    from pos_app.money import format_amount

    if currency in ("JPY",):
        amount = amount.quantize(Decimal(1))
    sale = Sale("x", "T1-0001", datetime(2026, 1, 1).astimezone(), amount, currency, state=SaleState.PAID,
                payment_id="p", pay_url=PAY_URL)  # fmt: skip
    receipt = build_receipt(sale, ReceiptSettings(shop_name=" ".join(shop_name.split())), "Till 1")
    lines = receipt_lines(receipt, paper)
    columns = COLUMNS[paper]
    for line in lines:
        if isinstance(line, Line):
            assert len(line.text) <= (columns // 2 if line.style.double else columns)
    amount_text = format_amount(sale.amount, currency)
    assert any(isinstance(x, Line) and x.text == amount_text for x in lines)
    assert any(isinstance(x, QrLine) for x in lines)
    assert any(isinstance(x, Line) and x.text == "PAID" and x.style is Style.BANNER for x in lines)


# --- printer addresses --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uri", "kind", "fields"),
    [
        ("tcp://192.168.1.50:9100", PrinterKind.TCP, {"host": "192.168.1.50", "port": 9100}),
        ("tcp://printer.local", PrinterKind.TCP, {"host": "printer.local", "port": 9100}),
        ("usb://04b8:0202", PrinterKind.USB, {"vendor_id": 0x04B8, "product_id": 0x0202}),
        (
            "serial:///dev/ttyUSB0?baudrate=19200",
            PrinterKind.SERIAL,
            {"path": "/dev/ttyUSB0", "baudrate": 19200},
        ),
        ("serial://COM3", PrinterKind.SERIAL, {"path": "COM3", "baudrate": 9600}),
        ("file:///dev/usb/lp0", PrinterKind.FILE, {"path": "/dev/usb/lp0"}),
        ("cups://TM-T20", PrinterKind.CUPS, {"name": "TM-T20"}),
        ("win32://EPSON TM-T20II Receipt", PrinterKind.WIN32, {"name": "EPSON TM-T20II Receipt"}),
        ("system://Office%20Laser", PrinterKind.SYSTEM, {"name": "Office Laser"}),
        ("system://", PrinterKind.SYSTEM, {"name": ""}),
        ("pdf:///srv/receipts", PrinterKind.PDF, {"path": "/srv/receipts"}),
        ("pdf:///C:/Receipts", PrinterKind.PDF, {"path": "C:/Receipts"}),
    ],
)
def test_printer_uris_name_the_printer(uri, kind, fields):
    target = parse_printer_uri(uri)
    assert target.kind is kind
    for name, value in fields.items():
        assert getattr(target, name) == value


@pytest.mark.parametrize(
    "uri",
    ["192.168.1.50", "lpt://x", "tcp://", "tcp://host:99999", "usb://epson", "usb://0:0", "serial://",
     "serial:///dev/ttyS0?baudrate=1234", "file://", "pdf://relative/folder", "cups://",
     "tcp://[fe80::1", "serial://[COM3"],  # an unclosed "[" made urlsplit raise a bare ValueError
)  # fmt: skip
def test_bad_printer_uris_are_refused_in_one_sentence(uri):
    with pytest.raises(PrinterError) as err:
        parse_printer_uri(uri)
    sentence = str(err.value)
    assert sentence.startswith("The printer address") and sentence.endswith(".") and "\n" not in sentence


# --- when the printer is not there --------------------------------------------------------------------


def test_printer_that_is_off_gives_one_sentence_and_the_sale_stays_paid(journal, printer):
    sale = paid_sale(journal)
    printer.stop()
    with pytest.raises(PrinterError) as err:
        print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri, timeout=3)
    assert failure_sentence(err.value, paid=True) == (
        "The receipt printer is not answering — check it is on and has paper; the sale is paid."
    )
    assert journal.get(sale.id).state is SaleState.PAID
    assert journal.receipts(sale.id) == []


def test_printer_switched_off_mid_receipt_fails_and_retry_prints_the_whole_receipt(journal, printer):
    sale = paid_sale(journal)
    printer.drop_after = 200
    with pytest.raises(PrinterError) as err:
        print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri, timeout=3)
    assert str(err.value) == NOT_ANSWERING
    assert journal.receipts(sale.id) == []

    print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri, timeout=3)  # Retry
    paper = read_escpos(printer.wait_jobs(1)[0])
    assert "PAID" in paper.big_lines and paper.cuts == 1
    assert len(journal.receipts(sale.id)) == 1


@pytest.mark.parametrize(
    ("trouble", "sentence"),
    [("paper", "The receipt printer is out of paper"), ("online", "The receipt printer is offline")],
)
def test_printer_reporting_no_paper_or_open_cover_is_not_sent_the_receipt(
    journal, printer, trouble, sentence
):
    sale = paid_sale(journal)
    setattr(printer, trouble, False)
    with pytest.raises(PrinterError) as err:
        print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri, timeout=3)
    assert str(err.value).startswith(sentence)
    assert "PAID" not in read_escpos(printer.wait_jobs(1)[0]).big_lines  # only the status question went out


def test_printer_that_reports_no_status_still_prints(journal, printer):
    sale = paid_sale(journal)
    printer.silent = True
    print_sale(journal, sale.id, SHOP, "Till 1", printer=printer.uri, timeout=3)
    assert "PAID" in read_escpos(printer.wait_jobs(1)[0]).big_lines


def test_no_printer_configured_says_where_to_choose_one(journal):
    sale = paid_sale(journal)
    with pytest.raises(PrinterError) as err:
        print_sale(journal, sale.id, ReceiptSettings(), "Till 1")
    assert "Settings › Receipts" in str(err.value)


# --- PDF ----------------------------------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    assert shutil.which("pdftotext"), (
        "pdftotext (poppler-utils) is installed by packaging/linux/system-deps.sh"
    )
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("paper", ["80mm", "58mm", "A4", "Letter"])
def test_pdf_receipt_one_file_per_receipt_in_the_folder(qapp, journal, tmp_path, paper):
    sale = paid_sale(journal, "1200", "JPY")
    folder = tmp_path / "receipts"
    shop = ReceiptSettings(paper=paper, shop_name="Corner Café", footer=("Thank you!",))
    first = print_sale(journal, sale.id, shop, "Till 1", printer=f"pdf://{folder}")
    again = print_sale(journal, sale.id, shop, "Till 1", printer=f"pdf://{folder}", copy=True)

    assert Path(first.where) == folder / "T1-0042.pdf"
    assert Path(again.where) == folder / "T1-0042-copy.pdf"
    text = _pdf_text(Path(first.where))
    for expected in (
        "Corner Café",
        "T1-0042",
        "Till 1",
        "¥1,200",
        "PAID",
        "Paid with crypto via KuPay",
        "pay-77aa",
        "Thank you!",
    ):
        assert expected in text
    assert "COPY" in _pdf_text(Path(again.where)) and "COPY" not in text


def test_pdf_folder_that_cannot_be_written_gives_one_sentence(qapp, journal, tmp_path):
    sale = paid_sale(journal)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(PrinterError) as err:
        print_sale(journal, sale.id, SHOP, "Till 1", printer=f"pdf://{blocker}/receipts")
    assert str(err.value).startswith("Receipts cannot be saved in")


def test_system_printer_that_is_not_installed_gives_one_sentence(qapp, journal):
    from PySide6.QtPrintSupport import QPrinterInfo

    sale = paid_sale(journal)
    assert "Receipt Laser 9000" not in QPrinterInfo.availablePrinterNames()
    with pytest.raises(PrinterError) as err:
        print_sale(journal, sale.id, SHOP, "Till 1", printer="system://Receipt Laser 9000")
    assert failure_sentence(err.value, paid=True) == (
        "This computer has no printer called “Receipt Laser 9000” — choose one in Settings › Receipts; "
        "the sale is paid."
    )
    assert journal.receipts(sale.id) == []


def test_device_file_printer_gets_the_receipt(journal, tmp_path):
    device = tmp_path / "lp0"  # a printer's device file; here a plain file that keeps what was written
    device.touch()
    sale = paid_sale(journal)
    print_sale(journal, sale.id, SHOP, "Till 1", printer=f"file://{device}")
    paper = read_escpos(device.read_bytes())
    assert "PAID" in paper.big_lines and paper.qr_codes == [PAY_URL] and paper.cuts == 1


@pytest.mark.parametrize(
    "uri",
    [
        "usb://04b8:0e28",
        "serial:///dev/ttyKUPAY-NONE?baudrate=19200",
        "file:///dev/kupay-no-such-printer",
        "cups://KuPay-No-Queue",
    ],
)
def test_a_printer_that_is_not_there_is_one_sentence_whatever_its_kind(journal, uri):
    sale = paid_sale(journal)
    with pytest.raises(PrinterError) as err:
        print_sale(journal, sale.id, SHOP, "Till 1", printer=uri, timeout=3)
    sentence = failure_sentence(err.value, paid=True)
    assert sentence.endswith("; the sale is paid.") and "\n" not in sentence and "Traceback" not in sentence
    assert sentence.startswith(
        ("The receipt printer is not answering", "USB printers need libusb", "There is no printer")
    )
    assert journal.receipts(sale.id) == []
