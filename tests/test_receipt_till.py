"""Receipts at the counter: automatic printing when paid, P on the result screen, a failure with Retry,
once per sale across a restart, Reprint in History, the Settings section and `kupay-pos receipt`."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from pos_app.receipts.settings import ReceiptSettings
from pos_app.sale import SaleState
from tests.receipt_printer import LoopbackPrinter, read_escpos
from tests.till_harness import charge, fast_settings, open_till, press


@pytest.fixture
def printer():
    server = LoopbackPrinter()
    yield server
    server.stop()


def receipt_settings(printer: LoopbackPrinter, **changes) -> object:
    receipts = ReceiptSettings(printer=printer.uri, shop_name="Corner Café", **changes)
    return fast_settings(receipts=receipts)


def pay_and_wait_green(qtbot, sandbox, window, sale):
    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: window.flow.state == "result", timeout=5000)
    assert window.result_screen.outcome() == "paid"


def test_paid_sale_prints_one_receipt_without_a_dialog_and_p_prints_a_copy(qtbot, sandbox, tmp_path, printer):
    window = open_till(qtbot, sandbox, tmp_path, receipt_settings(printer, print_when_paid=True))
    sale = charge(qtbot, window, "12.50")
    pay_and_wait_green(qtbot, sandbox, window, sale)

    bar = window.result_screen.receipt
    qtbot.waitUntil(lambda: bar.message.text().startswith("Receipt printed"), timeout=5000)
    (job,) = printer.wait_jobs(1)
    paper = read_escpos(job)
    assert "PAID" in paper.big_lines and "$12.50" in paper.big_lines and sale.order_number in paper.text
    assert "COPY" not in paper.text

    press(qtbot, window, Qt.Key.Key_P)  # the customer wants another: a copy
    qtbot.waitUntil(lambda: "copy" in bar.message.text(), timeout=5000)
    assert read_escpos(printer.wait_jobs(2)[1]).big_lines.count("COPY") == 2
    assert window.flow.state == "result"  # P printed; it did not start the next sale
    with qtbot.assertNotEmitted(window.receipts.printing):
        press(qtbot, window, Qt.Key.Key_P)  # a hurried second press right after: no third receipt
    assert window.flow.state == "result"
    journal = window.backend.journal
    assert [p.copy for p in journal.receipts(sale.id)] == [False, True]


def test_p_pressed_again_while_the_receipt_prints_neither_prints_twice_nor_starts_a_sale(
    qtbot, sandbox, tmp_path, printer
):
    printer.silent = True  # asked for its status, it keeps quiet for a moment: the receipt takes a while
    window = open_till(qtbot, sandbox, tmp_path, receipt_settings(printer))
    sale = charge(qtbot, window)
    pay_and_wait_green(qtbot, sandbox, window, sale)
    bar = window.result_screen.receipt
    press(qtbot, window, Qt.Key.Key_P)
    assert bar.message.text() == "Printing receipt…"
    press(qtbot, window, Qt.Key.Key_P)
    press(qtbot, window, Qt.Key.Key_P)
    assert window.flow.state == "result"
    qtbot.waitUntil(lambda: bar.message.text().startswith("Receipt printed"), timeout=8000)
    assert len(printer.wait_jobs(1)) == 1 and window.flow.state == "result"


def test_without_auto_print_nothing_prints_until_p(qtbot, sandbox, tmp_path, printer):
    window = open_till(qtbot, sandbox, tmp_path, receipt_settings(printer))
    sale = charge(qtbot, window)
    pay_and_wait_green(qtbot, sandbox, window, sale)
    bar = window.result_screen.receipt
    assert bar.button.isVisible() and bar.button.text() == "Print receipt (P)"
    assert printer.jobs == []

    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.message.text().startswith("Receipt printed"), timeout=5000)
    assert "COPY" not in read_escpos(printer.wait_jobs(1)[0]).text


def test_printer_gone_mid_receipt_says_so_keeps_the_sale_and_retry_prints(qtbot, sandbox, tmp_path, printer):
    window = open_till(
        qtbot,
        sandbox,
        tmp_path,
        dataclasses.replace(receipt_settings(printer, print_when_paid=True), auto_return_seconds=5),
    )
    printer.drop_after = 100
    sale = charge(qtbot, window)
    pay_and_wait_green(qtbot, sandbox, window, sale)

    bar = window.result_screen.receipt
    qtbot.waitUntil(lambda: bar.retry.isVisible(), timeout=8000)
    assert bar.message.text() == (
        "The receipt printer is not answering — check it is on and has paper; the sale is paid."
    )
    assert (
        window.result_screen.hint.text() == "Press any key or tap for the next sale"
    )  # no countdown under it
    assert window.backend.journal.get(sale.id).state is SaleState.PAID
    assert window.backend.journal.receipts(sale.id) == []

    qtbot.mouseClick(bar.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.message.text().startswith("Receipt printed"), timeout=5000)
    assert "PAID" in read_escpos(printer.wait_jobs(1)[0]).big_lines
    assert len(window.backend.journal.receipts(sale.id)) == 1


def test_sale_paid_while_the_till_was_down_prints_once_after_the_restart(qtbot, sandbox, tmp_path, printer):
    settings = receipt_settings(printer, print_when_paid=True)
    first = open_till(qtbot, sandbox, tmp_path, settings, background_checks=False)
    sale = charge(qtbot, first)
    first.close()  # the till goes down while the customer pays
    sandbox.pay(sale.payment_id)

    window = open_till(qtbot, sandbox, tmp_path, settings)  # resumes: the sale is found paid, and printed
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=8000)
    assert "PAID" in read_escpos(printer.jobs[0]).big_lines
    window.close()

    again = open_till(qtbot, sandbox, tmp_path, settings)  # the next start, told of the same paid sale again
    paid = again.backend.journal.get(sale.id)
    assert paid.state is SaleState.PAID
    with qtbot.waitSignal(again.receipts.printed, timeout=5000):
        again.receipts.sale_ended(paid)
    assert len(printer.jobs) == 1  # the journal knows it was printed: automatic printing never repeats
    assert [(p.copy, p.paid) for p in again.backend.journal.receipts(sale.id)] == [(False, True)]


def test_reprint_from_history_prints_a_copy(qtbot, sandbox, tmp_path, printer):
    window = open_till(qtbot, sandbox, tmp_path, receipt_settings(printer, print_when_paid=True))
    sale = charge(qtbot, window)
    pay_and_wait_green(qtbot, sandbox, window, sale)
    printer.wait_jobs(1)

    window.open_history()
    history = window._history
    qtbot.waitUntil(lambda: history.model.rowCount() >= 1, timeout=5000)
    dialog = history.open_row(0)
    assert dialog.reprint_button.isVisible()
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "copy" in dialog.message.text(), timeout=5000)
    assert read_escpos(printer.wait_jobs(2)[1]).big_lines.count("COPY") == 2
    qtbot.waitUntil(
        lambda: (
            any(
                "printed on" in (dialog.timeline.item(r, 3) or object()).text()
                for r in range(dialog.timeline.rowCount())
            )
            if dialog.timeline.rowCount()
            else False
        ),
        timeout=5000,
    )
    dialog.close()


def test_no_printer_no_button(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path, fast_settings())
    sale = charge(qtbot, window)
    pay_and_wait_green(qtbot, sandbox, window, sale)
    assert not window.result_screen.receipt.button.isVisible()
    press(qtbot, window, Qt.Key.Key_P)  # with nothing to print, P is just "next sale", like any key
    qtbot.waitUntil(lambda: window.flow.state == "entering", timeout=3000)


# --- Settings › Receipts --------------------------------------------------------------------------------


@pytest.fixture
def owner_keyring(memory_keyring):
    from pos_app.credentials import SERVICE, USERNAME

    memory_keyring.passwords[(SERVICE, USERNAME)] = "kp_live_owner_token"
    return memory_keyring


def open_settings(qtbot, tasks, settings=None):
    from pos_app.credentials import CredentialStore
    from pos_app.settings import Settings
    from pos_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings or Settings(), CredentialStore(), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_receipt_settings_are_checked_saved_and_read_back(qtbot, owner_keyring, tasks, printer):
    from pos_app.settings import load_settings

    dialog = open_settings(qtbot, tasks)
    group = dialog.receipts
    group.printer.setText("192.168.1.50")  # the owner forgot the scheme
    assert group.printer_error.isVisible() and "write tcp://192.168.1.50" in group.printer_error.text()
    assert not dialog.save_button.isEnabled()
    group.printer.setText(printer.uri)
    group.footer.setPlainText("1\n2\n3\n4\n5")
    assert group.lines_error.isVisible() and not dialog.save_button.isEnabled()
    group.footer.setPlainText("Thank you!\nSee you soon")
    group.shop_name.setText("Corner Café")
    group.paper.setCurrentText("58mm")
    group.print_when_paid.setChecked(True)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()

    saved, warning = load_settings()
    assert warning is None
    assert saved.receipts == ReceiptSettings(
        printer=printer.uri, print_when_paid=True, paper="58mm", shop_name="Corner Café",
        footer=("Thank you!", "See you soon"),
    )  # fmt: skip


def test_print_test_receipt_prints_on_the_printer_as_typed(qtbot, owner_keyring, tasks, printer):
    dialog = open_settings(qtbot, tasks)
    group = dialog.receipts
    assert not group.test_button.isEnabled()  # no printer yet
    group.printer.setText(printer.uri)
    group.shop_name.setText("Corner Café")
    qtbot.mouseClick(group.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: group.test_result.text().startswith("Test receipt printed"), timeout=5000)
    paper = read_escpos(printer.wait_jobs(1)[0])
    assert "Corner Café" in paper.big_lines and "Test receipt" in paper.text and "NOT PAID" in paper.big_lines

    printer.stop()
    qtbot.mouseClick(group.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not answering" in group.test_result.text(), timeout=15000)


def test_broken_receipt_settings_in_the_file_fall_back_to_defaults(pos_home):
    import json

    from pos_app import paths
    from pos_app.settings import load_settings

    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(
        json.dumps(
            {"receipts": {"printer": "lpt1", "paper": "A4", "header": ["x"] * 9, "print_when_paid": "yes"}}
        )
    )
    settings, _warning = load_settings()
    assert settings.receipts == ReceiptSettings(paper="A4")  # the usable value kept, the others default


# --- kupay-pos receipt ----------------------------------------------------------------------------------


def journal_paid_sale(sandbox):
    from pos_app.journal import Journal
    from pos_app.kupay.client import KuPayClient
    from pos_app.settings import Settings
    from pos_app.terminal import build_sale, payment_request

    with Journal.open() as journal, KuPayClient(sandbox.base_url, "test-token") as client:
        sale = build_sale(journal, Settings(), __import__("decimal").Decimal("7.00"), "USD")
        request = payment_request(sale, Settings())
        journal.record_new(sale, request)
        created = client.create_payment(request)
        journal.record_created(sale.id, created.payment_id, created.pay_url)
        sandbox.pay(created.payment_id)
        journal.record_status(sale.id, client.payment_status(created.payment_id))
        return journal.get(sale.id)


def test_receipt_command_prints_from_the_journal_with_exit_codes(sandbox, printer, capsys, tmp_path):
    from pos_app.app import main

    sale = journal_paid_sale(sandbox)
    assert sale.state is SaleState.PAID

    assert main(["receipt", sale.order_number, "--printer", printer.uri]) == 0
    assert "PAID" in read_escpos(printer.wait_jobs(1)[0]).big_lines
    assert main(["receipt", sale.order_number.lower(), "--printer", printer.uri, "--copy"]) == 0
    assert "COPY" in read_escpos(printer.wait_jobs(2)[1]).big_lines

    assert main(["receipt", sale.order_number, "--printer", printer.uri]) == 0
    assert "COPY" in read_escpos(printer.wait_jobs(3)[2]).big_lines  # never a second original

    capsys.readouterr()
    assert main(["report"]) == 0  # the day report counts them
    assert "Receipts printed: 1 and 2 copies." in capsys.readouterr().out

    assert main(["receipt", "T9-9999", "--printer", printer.uri]) == 2
    assert "no order T9-9999" in capsys.readouterr().err

    printer.stop()
    assert main(["receipt", sale.order_number, "--printer", printer.uri]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["kupay-pos receipt: The receipt printer is not answering — check it is on and has paper."]

    assert main(["receipt", sale.order_number, "--printer", f"pdf://{tmp_path}/out"]) == 0
    assert (tmp_path / "out" / f"{sale.order_number}-copy.pdf").exists()  # printed before: a copy


def test_terminal_refuses_a_printer_uri_it_cannot_use(capsys):
    from pos_app.app import main

    assert main(["--printer", "lpt1:"]) == 2
    assert "The printer address “lpt1:”" in capsys.readouterr().err


def test_print_when_paid_without_any_printer_says_so_instead_of_printing_nothing(capsys):
    from pos_app.app import main

    assert main(["--print-when-paid"]) == 2  # Settings have no printer and none is on the command line
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "kupay-pos: --print-when-paid needs a receipt printer: choose one in Settings › Receipts or add "
        "--printer URI."
    ]


def test_a_mistyped_ipv6_printer_address_is_one_sentence_not_a_traceback(capsys):
    from pos_app.app import main

    assert main(["--printer", "tcp://[fe80::1:9100"]) == 2
    err = capsys.readouterr().err
    assert "The printer address “tcp://[fe80::1:9100” names no printer" in err
    assert "Traceback" not in err
    assert main(["receipt", "T1-0001", "--printer", "tcp://[fe80::1:9100"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "names no printer" in err[0]
