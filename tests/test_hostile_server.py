"""A hostile or broken KuPay against the real till: answers that must never turn the screen green.

The server is `HostileKuPay` (tests/hostile_kupay.py): every answer is the test's own.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pos_app.kupay.errors import PaymentOfAnotherSale
from pos_app.sale import SaleState
from tests.hostile_kupay import HostileKuPay
from tests.till_harness import open_till, press, type_keys


@pytest.fixture
def server():
    with HostileKuPay() as kupay:
        yield kupay


@pytest.fixture
def till(qtbot, server, tmp_path):
    return open_till(qtbot, server, tmp_path)


def charge(qtbot, till, amount: str = "499"):
    type_keys(qtbot, till, amount)
    press(qtbot, till, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.flow.state in ("waiting", "result", "failed"), timeout=5000)
    return till.flow.sale


def outcome(till) -> str:
    """The result screen's outcome ("paid", "unpaid", "check"), or else the flow's state ("waiting"...)."""
    screen = till.result_screen
    return screen.outcome() if till.current_screen() is screen else till.flow.state


def settle(qtbot, server, till, reads: int = 3) -> str:
    """Wait for the sale to end, or for `reads` more status reads while it waits; what the cashier sees."""
    start = len(server.status_reads)
    qtbot.waitUntil(
        lambda: till.flow.state == "result" or len(server.status_reads) >= start + reads, timeout=5000
    )
    return outcome(till)


DUPLICATED = {
    # Which one counts depends on the reader: Python's json keeps the last, others the first or refuse.
    "amount": b'{"payment_id": "pay-0001", "status": "paid", "currency": "USD", "order_number": "T1-0001",'
    b' "amount": "0.01", "amount": "499.00"}',
    "status": b'{"payment_id": "pay-0001", "status": "pending", "status": "paid"}',
}


@pytest.mark.parametrize("field", sorted(DUPLICATED))
def test_a_paid_answer_that_names_a_field_twice_is_not_green(qtbot, server, till, field):
    server.on_status = lambda pid, sale: (200, DUPLICATED[field])
    sale = charge(qtbot, till)
    assert settle(qtbot, server, till) == "waiting"  # unreadable answers: the till keeps asking
    assert till.backend.journal.get(sale.id).state is SaleState.WAITING
    server.on_status = server.paid  # the same answer, each field once
    qtbot.waitUntil(lambda: outcome(till) == "paid", timeout=5000)


@pytest.mark.parametrize("echo", ["PAY-0001", "Pay-0001"])
def test_a_create_answering_a_paid_sales_payment_id_in_other_letters_is_refused(qtbot, server, till, echo):
    server.on_status = server.paid
    charge(qtbot, till)
    qtbot.waitUntil(lambda: outcome(till) == "paid", timeout=5000)
    press(qtbot, till, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: till.flow.state == "entering", timeout=5000)
    # The next $499.00 sale is "created" as the first sale's payment, and its paid answer (no order number,
    # as some revisions send) comes back: the till compares payment ids without letter case, so must the
    # journal's rule that one payment belongs to one sale.
    server.on_create = lambda body, n: server.new_payment(body, n, payment_id=echo)
    server.on_status = lambda pid, sale: (
        200,
        {"payment_id": "pay-0001", "status": "paid", "amount": "499.00", "currency": "USD"},
    )
    second = charge(qtbot, till)
    qtbot.waitUntil(lambda: till.flow.state == "result", timeout=5000)
    assert outcome(till) == "check"
    assert till.result_screen.reason.text() == PaymentOfAnotherSale.message
    assert till.backend.journal.get(second.id).state is SaleState.NEEDS_CHECK


def test_after_a_restart_a_paid_answer_for_another_amount_is_told_not_kept_quiet(qtbot, server, tmp_path):
    first = open_till(qtbot, server, tmp_path)
    sale = charge(qtbot, first)
    first.close()  # the till stops while the customer pays
    server.on_status = lambda pid, s: server.paid(pid, s, amount="0.01")
    till = open_till(qtbot, server, tmp_path)  # same journal: the resume worker asks about the sale
    qtbot.waitUntil(lambda: till.backend.journal.get(sale.id).state is SaleState.NEEDS_CHECK, timeout=10000)
    qtbot.waitUntil(lambda: any(sale.order_number in text for text in till.notices.texts()), timeout=5000)
    assert not any("paid" in text for text in till.notices.texts())
    assert "check" in till.notices.texts()[-1]
