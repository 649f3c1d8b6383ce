"""End-of-day report and CSV export, through the same command line the owner types."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.app import main
from pos_app.journal import Journal
from pos_app.kupay.models import PaymentState, PaymentStatus
from pos_app.reports import day_report, report_html, report_text, spreadsheet_safe, write_csv
from pos_app.sale import Sale, new_sale_id

TODAY = date.today()
NOON = datetime.combine(TODAY, datetime.min.time()).astimezone() + timedelta(hours=12)


def add_sale(
    journal: Journal,
    amount: str,
    currency: str,
    state: PaymentState | None,
    when: datetime = NOON,
    email: str = "",
) -> Sale:
    sale = Sale(new_sale_id(), journal.next_order_number("T1-"), when, Decimal(amount), currency, email)
    journal.record_new(sale)
    if state is not None:
        journal.record_created(sale.id, "pay-" + sale.id, "https://pay.example/" + sale.id)
        journal.record_status(sale.id, PaymentStatus("pay-" + sale.id, state, state.value))
    return sale


@pytest.fixture
def day_of_sales():
    journal = Journal.open()
    add_sale(journal, "0.10", "EUR", PaymentState.PAID)
    add_sale(journal, "0.20", "EUR", PaymentState.PAID)
    add_sale(journal, "1200", "JPY", PaymentState.PAID)
    add_sale(journal, "300", "JPY", PaymentState.PAID)
    add_sale(journal, "50", "JPY", PaymentState.EXPIRED)
    add_sale(journal, "4.00", "EUR", PaymentState.CANCELLED)
    add_sale(journal, "8.00", "USD", None)  # still creating: open
    add_sale(journal, "99.99", "EUR", PaymentState.PAID, when=NOON - timedelta(days=1))
    yield journal
    journal.close()


def test_day_report_totals_per_currency_jpy_without_decimals(day_of_sales):
    totals = day_report(day_of_sales)
    rows = {r.currency: r for r in totals.rows}
    assert rows["EUR"].paid_total == Decimal("0.30")
    assert rows["JPY"].paid_total == Decimal("1500")
    text = report_text(totals)
    assert "€0.30" in text
    assert "¥1,500" in text and "¥1,500.00" not in text
    assert "99.99" not in text  # yesterday's sale is not today's money
    assert "7 sale(s)" in text and "1 still open" in text
    assert "<td align=right>¥1,500</td>" in report_html(totals)


def test_report_command_prints_todays_totals(day_of_sales, capsys):
    assert main(["report"]) == 0
    out = capsys.readouterr().out
    assert f"{TODAY:%d %B %Y}" in out
    assert "¥1,500" in out and "€0.30" in out


def test_report_command_for_another_day(day_of_sales, capsys):
    yesterday = TODAY - timedelta(days=1)
    assert main(["report", "--date", yesterday.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "€99.99" in out and "¥" not in out


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "24.11.2026"])
def test_bad_dates_get_one_clear_line_and_exit_2(bad, capsys):
    assert main(["report", "--date", bad]) == 2
    err = capsys.readouterr().err.strip()
    assert "YYYY-MM-DD" in err and "\n" not in err
    assert main(["export", "--csv", "-", "--from", bad]) == 2


def test_export_range_backwards_is_refused(capsys):
    assert main(["export", "--csv", "-", "--from", "2026-11-02", "--to", "2026-11-01"]) == 2
    assert "after" in capsys.readouterr().err


def test_csv_round_trip_keeps_amounts_exact(day_of_sales, tmp_path, capsys):
    target = tmp_path / "sales.csv"
    assert main(["export", "--csv", str(target)]) == 0
    assert "Exported 8 sale(s)" in capsys.readouterr().err
    with target.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["order_number"] for r in rows] == [
        f"T1-{n:04d}" for n in (8, 1, 2, 3, 4, 5, 6, 7)
    ]  # oldest first
    by_number = {r["order_number"]: r for r in rows}
    assert Decimal(by_number["T1-0001"]["amount"]) == Decimal("0.10")
    assert by_number["T1-0001"]["amount"] == "0.10"
    assert by_number["T1-0003"]["amount"] == "1200" and by_number["T1-0003"]["currency"] == "JPY"
    assert by_number["T1-0005"]["status"] == "unpaid" and by_number["T1-0005"]["status_word"] == "expired"
    assert sum(
        Decimal(r["amount"]) for r in rows if r["currency"] == "EUR" and r["status"] == "paid"
    ) == Decimal("100.29")
    assert list(rows[0])[:8] == [
        "created_at",
        "order_number",
        "id",
        "payment_id",
        "amount",
        "currency",
        "status",
        "status_word",
    ]


def test_export_to_stdout_with_a_day_range(day_of_sales, capsys):
    assert main(["export", "--csv", "-", "--from", TODAY.isoformat(), "--to", TODAY.isoformat()]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 7
    assert all(r["order_number"] != "T1-0008" for r in rows)


def test_export_to_an_unwritable_place_fails_with_one_line(tmp_path, capsys):
    assert main(["export", "--csv", str(tmp_path / "missing-folder" / "x.csv")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("kupay-pos export: cannot write") and "\n" not in err


def test_write_csv_streams_to_any_text_stream(day_of_sales):
    out = io.StringIO()
    assert write_csv(day_of_sales.path, out) == 8
    assert out.getvalue().splitlines()[0].startswith("created_at,order_number,id,payment_id,amount")


# ------------------------------------------------------------------------------------------ the dialog
def open_dialog(qtbot, journal, tasks):
    from pos_app.ui.report_dialog import ReportDialog

    dialog = ReportDialog(journal, tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.totals is not None, timeout=5000)
    return dialog


def test_dialog_shows_today_by_default_then_any_day(qtbot, day_of_sales, tasks):
    dialog = open_dialog(qtbot, day_of_sales, tasks)
    assert dialog.day == TODAY
    text = dialog.view.toPlainText()
    assert "€0.30" in text and "¥1,500" in text
    yesterday = TODAY - timedelta(days=1)
    with qtbot.waitSignal(dialog.report_ready, timeout=5000) as ready:
        dialog.day_edit.setDate(dialog.day_edit.date().addDays(-1))
    assert ready.args[0].day == yesterday
    assert "€99.99" in dialog.view.toPlainText() and "¥" not in dialog.view.toPlainText()


def test_dialog_saves_a_pdf(qtbot, day_of_sales, tasks, tmp_path):
    dialog = open_dialog(qtbot, day_of_sales, tasks)
    saved = dialog.save_pdf(tmp_path / "today.pdf")
    assert saved is not None
    data = saved.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert "Saved" in dialog.message.text()


def test_dialog_prints_through_qprinter(qtbot, day_of_sales, tasks, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog = open_dialog(qtbot, day_of_sales, tasks)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file, for the test
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.render_to(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_empty_day_says_so(qtbot, tasks):
    journal = Journal.open()
    try:
        dialog = open_dialog(qtbot, journal, tasks)
        assert "No sales on this day." in dialog.view.toPlainText()
    finally:
        journal.close()


def test_commands_refuse_a_journal_from_a_newer_app_with_one_line(capsys):
    import sqlite3

    from pos_app import paths

    path = paths.journal_file()
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    assert main(["report"]) == 1
    assert "newer KuPay POS" in capsys.readouterr().err
    assert main(["export", "--csv", "-"]) == 1
    err = capsys.readouterr().err.strip()
    assert "newer KuPay POS" in err and "\n" not in err


def test_the_saved_pdf_says_whose_when_and_lists_every_sale(qtbot, day_of_sales, tasks, tmp_path):
    """Issue #18: the End-of-day PDF had no shop or terminal name, no time printed and no list of sales."""
    import subprocess

    from pos_app.ui.report_dialog import ReportDialog

    dialog = ReportDialog(day_of_sales, tasks, shop="Corner Café", terminal="Till 2")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.totals is not None, timeout=5000)
    saved = dialog.save_pdf(tmp_path / "today.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(saved), "-"], capture_output=True, text=True).stdout
    assert "Corner Café" in text and "Till 2" in text
    assert f"Printed {datetime.now():%Y-%m-%d}" in text
    for order in ("T1-0001", "T1-0002", "T1-0003", "T1-0007"):  # today's sales, the open one included
        assert order in text
    assert "T1-0008" not in text  # yesterday's
    assert "DEMO" not in text


def test_a_demo_report_is_marked_demo(qtbot, day_of_sales, tasks):
    from pos_app.ui.report_dialog import ReportDialog

    dialog = ReportDialog(day_of_sales, tasks, demo=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.totals is not None, timeout=5000)
    assert "DEMO — sandbox sales, no real money" in dialog.document().toPlainText()


def test_the_pdf_is_offered_in_documents_then_the_last_folder(
    qtbot, day_of_sales, tasks, tmp_path, monkeypatch
):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from pos_app.ui.report_dialog import ReportDialog

    monkeypatch.setattr(ReportDialog, "last_folder", None)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    offered: list[str] = []
    folder = tmp_path / "books"
    folder.mkdir()

    def owner_picks(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(folder / "day.pdf"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", owner_picks)
    dialog = open_dialog(qtbot, day_of_sales, tasks)
    dialog.save_pdf()
    dialog.save_pdf()
    assert offered[0].startswith(documents or str(Path.home()))
    assert offered[1].startswith(str(folder))


def test_the_last_pdf_folder_is_remembered_across_runs(qtbot, day_of_sales, tasks, tmp_path, monkeypatch):
    from pos_app.reports import remembered_report_folder
    from pos_app.ui.report_dialog import ReportDialog

    monkeypatch.setattr(ReportDialog, "last_folder", None)
    folder = tmp_path / "accounts"
    folder.mkdir()
    dialog = open_dialog(qtbot, day_of_sales, tasks)
    dialog.save_pdf(folder / "day.pdf")
    qtbot.waitUntil(lambda: remembered_report_folder() == folder, timeout=5000)
    ReportDialog.last_folder = None  # a new run of the app
    again = open_dialog(qtbot, day_of_sales, tasks)
    qtbot.waitUntil(lambda: ReportDialog.last_folder == folder, timeout=5000)
    assert again.pdf_folder() == folder


def test_export_neutralises_cells_a_spreadsheet_would_run_as_formulas(capsys):
    journal = Journal.open()
    sale = Sale(
        new_sale_id(),
        journal.next_order_number("T1-"),
        NOON,
        Decimal("12.50"),
        "EUR",
        email='=HYPERLINK("x")',
    )
    journal.record_new(sale)
    journal.record_created(sale.id, "+cmd|' /C calc'!A0", "https://pay.kupay.finance/p")
    journal.record_status(sale.id, PaymentStatus("+cmd", PaymentState.UNKNOWN, "@SUM(1+1)"))
    journal.close()
    assert main(["export", "--csv", "-"]) == 0
    (row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["email"] == '\'=HYPERLINK("x")'
    assert row["payment_id"] == "'+cmd|' /C calc'!A0"
    assert row["status_word"] == "'@SUM(1+1)"
    # Everything else byte for byte.
    assert (row["amount"], row["currency"], row["order_number"]) == ("12.50", "EUR", sale.order_number)
    assert row["pay_url"] == "https://pay.kupay.finance/p" and row["id"] == sale.id


@given(st.text(max_size=40))
def test_only_formula_like_cells_change(text):
    safe = spreadsheet_safe(text)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        assert safe == "'" + text
    else:
        assert safe == text
