"""The owner's history window: lazy loading, filters, search, a sale's timeline, status check, QR again."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from pos_app.journal import Journal
from pos_app.kupay.client import KuPayClient
from pos_app.kupay.models import PaymentRequest, PaymentState, PaymentStatus
from pos_app.sale import Sale, SaleState, new_sale_id
from pos_app.ui.history_view import PAGE_SIZE, HistoryWindow

NOON = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)


def add(
    journal: Journal, when: datetime, state: PaymentState | None = None, amount: str = "10.00", cur="EUR"
):
    sale = Sale(new_sale_id(), journal.next_order_number("T1-"), when, Decimal(amount), cur)
    journal.record_new(sale)
    if state is not None:
        journal.record_created(sale.id, "pay-" + sale.id, "https://pay.example/" + sale.id)
        journal.record_status(sale.id, PaymentStatus("pay-" + sale.id, state, state.value))
    return sale


def rows(window: HistoryWindow, column: int = 1) -> list[str]:
    model = window.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def open_window(qtbot, journal, tasks, client=None) -> HistoryWindow:
    make_client = (lambda: KuPayClient(client.base_url, "test-token")) if client is not None else None
    window = HistoryWindow(journal, tasks, make_client)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.model.loading and window.model.total is not None, timeout=5000)
    return window


def test_big_history_opens_with_one_page_and_loads_more_as_you_scroll(qtbot, journal, tasks):
    for i in range(PAGE_SIZE * 3 + 50):
        add(journal, NOON - timedelta(minutes=i))
    window = open_window(qtbot, journal, tasks)
    assert window.model.rowCount() == PAGE_SIZE  # not all 650 rows
    assert window.count_label.text() == "650 sales"
    assert rows(window)[0] == "T1-0001"  # newest first (T1-0001 was given the latest time here)

    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 * PAGE_SIZE, timeout=5000)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3 * PAGE_SIZE, timeout=5000)
    assert len(set(rows(window))) == 3 * PAGE_SIZE  # pages continue, never repeat


def test_status_filter_day_and_search_change_the_rows(qtbot, journal, tasks):
    yesterday = NOON - timedelta(days=1)
    add(journal, NOON, PaymentState.PAID)  # T1-0001
    add(journal, NOON, PaymentState.EXPIRED)  # T1-0002
    add(journal, yesterday, PaymentState.PAID)  # T1-0003
    add(journal, yesterday)  # T1-0004, still creating
    for _ in range(10):
        add(journal, yesterday - timedelta(hours=1), PaymentState.PAID)  # T1-0005 .. T1-0014
    window = open_window(qtbot, journal, tasks)
    assert window.model.rowCount() == 14

    window.status_combo.setCurrentText("Not paid")
    qtbot.waitUntil(lambda: rows(window) == ["T1-0002"], timeout=5000)
    assert rows(window, 4) == ["Not paid (expired)"]
    qtbot.waitUntil(lambda: window.count_label.text() == "1 sale")

    window.status_combo.setCurrentText("Waiting")
    qtbot.waitUntil(lambda: rows(window) == ["T1-0004"], timeout=5000)

    window.status_combo.setCurrentText("Paid")
    window.day_edit.setDate(QDate(NOON.year, NOON.month, NOON.day))
    window.day_check.setChecked(True)
    qtbot.waitUntil(lambda: rows(window) == ["T1-0001"], timeout=5000)
    assert rows(window, 2) == ["€10.00"]

    window.day_check.setChecked(False)
    window.status_combo.setCurrentIndex(0)  # all statuses
    window.search_edit.setText("t1-001")
    qtbot.waitUntil(lambda: sorted(rows(window)) == [f"T1-{n:04d}" for n in range(10, 15)], timeout=5000)
    window.search_edit.setText("no such order")
    qtbot.waitUntil(
        lambda: window.model.rowCount() == 0 and window.count_label.text() == "0 sales", timeout=5000
    )


def test_amounts_are_formatted_per_currency(qtbot, journal, tasks):
    add(journal, NOON, PaymentState.PAID, "1200", "JPY")
    window = open_window(qtbot, journal, tasks)
    assert rows(window, 2) == ["¥1,200"]
    assert rows(window, 3) == ["JPY"]
    assert rows(window, 0)[0].startswith(NOON.strftime("%Y-%m-%d 12:00"))


def waiting_sale(journal: Journal, client: KuPayClient) -> Sale:
    sale = Sale(new_sale_id(), journal.next_order_number("T1-"), NOON, Decimal("25.00"), "USD")
    request = PaymentRequest(
        sale.id, sale.order_number, sale.created_at, "USD", sale.amount, *(["https://shop.example/"] * 3)
    )
    journal.record_new(sale, request)
    created = client.create_payment(request)
    journal.record_created(sale.id, created.payment_id, created.pay_url)
    got = journal.get(sale.id)
    assert got is not None
    return got


def test_open_a_sale_see_its_timeline_and_recheck_its_status(qtbot, journal, tasks, sandbox, client):
    sale = waiting_sale(journal, client)
    window = open_window(qtbot, journal, tasks, client)
    with qtbot.waitSignal(window.sale_opened) as opened:
        window.open_row(0)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() == 2, timeout=5000)
    assert dialog.timeline.item(1, 3).text() == f"created on KuPay as {sale.payment_id}"
    assert dialog.fields["Status"].text() == "Waiting"

    sandbox.pay(sale.payment_id)
    with qtbot.waitSignal(dialog.sale_changed, timeout=5000):
        dialog.check_button.click()
    assert dialog.fields["Status"].text() == "Paid"
    assert journal.get(sale.id).state is SaleState.PAID  # the answer is journaled
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() == 3, timeout=5000)
    assert rows(window, 4) == ["Paid"]  # and the list shows it without a reload
    assert not dialog.qr_button.isEnabled()  # a paid sale has no QR to show


def test_show_qr_again_while_waiting_is_a_readable_code(qtbot, journal, tasks, sandbox, client):
    zxingcpp = pytest.importorskip("zxingcpp")
    sale = waiting_sale(journal, client)
    window = open_window(qtbot, journal, tasks, client)
    dialog = window.open_row(0)
    assert dialog is not None and dialog.qr_button.isEnabled()
    qr_dialog = dialog.show_qr()
    assert qr_dialog is not None
    qtbot.waitExposed(qr_dialog)
    image = qr_dialog.grab().toImage()
    from PIL import Image

    buffer = image.convertToFormat(image.Format.Format_RGB888)
    width, height = buffer.width(), buffer.height()
    data = bytes(buffer.constBits())[: buffer.bytesPerLine() * height]
    pil = Image.frombuffer("RGB", (width, height), data, "raw", "RGB", buffer.bytesPerLine(), 1)
    found = zxingcpp.read_barcodes(pil)
    assert [r.text for r in found] == [sale.pay_url]


def test_no_column_cuts_off_its_text_under_the_theme(qtbot, journal, tasks):
    from PySide6.QtWidgets import QApplication

    from pos_app.ui.launch import load_theme

    QApplication.instance().setStyleSheet(load_theme())  # the till's larger fonts, as run_gui sets them
    add(journal, NOON, PaymentState.CANCELLED, amount="999999.99", cur="USD")
    add(journal, NOON, PaymentState.PAID, amount="1000000", cur="JPY")
    window = open_window(qtbot, journal, tasks)
    metrics = window.table.fontMetrics()
    for column in range(5):  # the last column (payment id) stretches
        for text in rows(window, column):
            assert metrics.horizontalAdvance(text) < window.table.columnWidth(column), (column, text)


def test_a_sale_never_sent_is_called_not_sent(qtbot, journal, tasks):
    """Issue #18: abandoned before KuPay made a payment, it showed as "Cancelled" with no payment id."""
    sale = add(journal, NOON)
    journal.record_state(sale.id, SaleState.CANCELLED_BY_CASHIER, "abandoned after a failed create")
    sent = add(journal, NOON, PaymentState.WAITING)
    journal.record_state(sent.id, SaleState.CANCELLED_BY_CASHIER, "cancelled by the cashier")
    left = add(journal, NOON)  # its create left, no answer came (timed out, lost, or cancelled under way)
    journal.record_sent(left.id)
    journal.record_state(left.id, SaleState.CANCELLED_BY_CASHIER, "abandoned after a failed create")
    window = open_window(qtbot, journal, tasks)
    status = dict(zip(rows(window), rows(window, 4), strict=True))
    assert status[sale.order_number] == "Not sent"
    assert status[sent.order_number].startswith("Cancelled")
    assert status[left.order_number] == "Cancelled — may have reached KuPay"
    width = window.table.fontMetrics().horizontalAdvance(status[left.order_number])
    assert width < window.table.columnWidth(4)  # read whole, not cut to "Cancelled — may…"


def _opened(window) -> list:
    dialogs: list = []
    window.sale_opened.connect(dialogs.append)
    return dialogs


def test_one_double_click_opens_one_sale_window(qtbot, journal, tasks):
    from PySide6.QtCore import Qt

    add(journal, NOON, PaymentState.PAID)
    window = open_window(qtbot, journal, tasks)
    dialogs = _opened(window)
    table = window.table
    cell = table.visualRect(window.model.index(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double-click's first click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert len(dialogs) == 1


def test_enter_in_the_search_opens_the_only_match(qtbot, journal, tasks):
    from PySide6.QtCore import Qt

    for _ in range(3):
        add(journal, NOON, PaymentState.PAID)
    window = open_window(qtbot, journal, tasks)
    dialogs = _opened(window)
    qtbot.keyClicks(window.search_edit, "0002")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=5000)
    assert dialogs[0].sale.order_number == "T1-0002"
    window.search_edit.setText("T1-")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)  # three matches: nothing opens by itself
    qtbot.waitUntil(lambda: window.model.rowCount() == 3 and not window.model.loading, timeout=5000)
    assert len(dialogs) == 1


def test_the_timeline_shows_changes_in_peoples_words_and_whole_notes(qtbot, journal, tasks):
    """Issue #18: a row for every status check, raw words (partially_paid), notes cut off."""
    from pos_app.ui.history_view import SaleDialog

    sale = add(journal, NOON, PaymentState.WAITING)
    for _ in range(5):  # five checks, nothing new
        journal.record_status(sale.id, PaymentStatus("pay-" + sale.id, PaymentState.WAITING, "waiting"))
    journal.record_status(
        sale.id, PaymentStatus("pay-" + sale.id, PaymentState.PARTIALLY_PAID, "partially_paid")
    )
    long_note = "cancelled by the cashier after the customer said the phone battery died before scanning"
    journal.record_state(sale.id, SaleState.CANCELLED_BY_CASHIER, long_note)
    dialog = SaleDialog(journal.get(sale.id), journal, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() > 0, timeout=5000)
    cells = [[dialog.timeline.item(r, c).text() for c in range(4)] for r in range(dialog.timeline.rowCount())]
    said = [row[2] for row in cells]
    assert "partly paid" in said and "partially_paid" not in said
    assert said.count("waiting for the customer") == 1  # the repeated checks are one row
    assert cells[-1][1] == "Cancelled at the till" and cells[-1][3] == long_note
    note = dialog.timeline.item(len(cells) - 1, 3)
    rect = dialog.timeline.visualItemRect(note)
    assert rect.right() <= dialog.timeline.viewport().width()  # the note column ends inside the table
    needed = dialog.timeline.fontMetrics().horizontalAdvance(long_note)
    assert rect.width() >= needed or rect.height() > dialog.timeline.fontMetrics().height() * 1.5  # wrapped


def test_an_expired_sale_has_one_word(qtbot, journal, tasks):
    sale = add(journal, NOON, PaymentState.EXPIRED)
    window = open_window(qtbot, journal, tasks)
    assert rows(window, 4) == ["Not paid (expired)"]
    assert window.model.sale_at(0).order_number == sale.order_number


def timeline_notes(qtbot, dialog) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() > 0, timeout=5000)
    return [dialog.timeline.item(r, 3).text() for r in range(dialog.timeline.rowCount())]


def test_a_sales_timeline_notes_are_shown_in_the_shops_language(
    qtbot, journal, tasks, secret_sandbox, language
):
    """Issue #16: the journal keeps its English notes; History shows them in German, and a note that is no
    sentence of ours (typed, or from an older version) as it is."""
    from pos_app.flow import CreatePayment
    from pos_app.kupay.errors import RefusedPayLink
    from pos_app.settings import Settings
    from pos_app.ui.history_view import SaleDialog
    from pos_app.ui.workers import create_payment_job

    class LinkRefusingKuPay:  # what KuPayClient raises for a pay_url it will not show
        def create_payment(self, request):
            raise RefusedPayLink(detail="pay_url is javascript:")

    language("de")
    wrong_token = KuPayClient(secret_sandbox.base_url, "not-the-token", retries=0)
    failed = CreatePayment(1, new_sale_id(), Decimal("5.00"), "EUR")
    checked = CreatePayment(2, new_sale_id(), Decimal("6.00"), "EUR")
    create_payment_job(journal, wrong_token, Settings(), failed)
    create_payment_job(journal, LinkRefusingKuPay(), Settings(), checked)
    other = add(journal, NOON, PaymentState.WAITING)
    journal.record_state(other.id, SaleState.CANCELLED_BY_CASHIER, "customer left, phone battery dead")

    stored = journal.changes(failed.sale_id)[-1].note
    assert stored == "KuPay did not accept the API token. Ask the owner to check it in Settings."
    notes = timeline_notes(qtbot, SaleDialog(journal.get(failed.sale_id), journal, tasks))
    assert (
        notes[-1]
        == "KuPay hat das API-Token nicht akzeptiert. Bitten Sie den Inhaber, es in den Einstellungen zu prüfen."
    )
    notes = timeline_notes(qtbot, SaleDialog(journal.get(checked.sale_id), journal, tasks))
    assert notes[-1].startswith("KuPay hat einen Zahlungslink geschickt") and notes[-1].endswith(
        "(pay_url is javascript:)"
    )
    notes = timeline_notes(qtbot, SaleDialog(journal.get(other.id), journal, tasks))
    assert notes[-1] == "customer left, phone battery dead"
