"""Resume on start: sales an earlier run left unfinished are settled against the sandbox, none dropped."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from pos_app.journal import Journal
from pos_app.kupay.models import PaymentRequest
from pos_app.sale import Sale, SaleState, new_sale_id
from pos_app.ui.resume_worker import ResumeWorker

SHOP = "https://shop.example/"


@pytest.fixture
def start_worker(qtbot):
    started: list[ResumeWorker] = []

    def start(journal, client, **kwargs) -> ResumeWorker:
        kwargs.setdefault("poll_interval", 0.05)
        worker = ResumeWorker(journal, client, **kwargs)
        started.append(worker)
        worker.start()
        return worker

    yield start
    for worker in started:
        assert worker.stop(5000), "the resume worker did not stop"


def journal_sale(journal: Journal, amount: str = "12.50", currency: str = "EUR", url: str = SHOP):
    sale = Sale(
        new_sale_id(),
        journal.next_order_number("T1-"),
        datetime.now().astimezone(),
        Decimal(amount),
        currency,
    )
    request = PaymentRequest(
        id=sale.id,
        order_number=sale.order_number,
        created_at=sale.created_at,
        currency=currency,
        amount=sale.amount,
        cancel_url=url + "cancel",
        paid_url=url + "paid",
        callback_url=url + "hook",
    )
    journal.record_new(sale, request)
    return sale, request


def test_sale_paid_while_the_terminal_was_down_is_settled_as_paid(
    journal, client, sandbox, qtbot, start_worker
):
    sale, request = journal_sale(journal)
    created = client.create_payment(request)
    journal.record_created(sale.id, created.payment_id, created.pay_url)
    # ... the terminal crashes here; meanwhile the customer pays.
    sandbox.pay(created.payment_id)

    worker = ResumeWorker(journal, client, poll_interval=0.05)
    with qtbot.waitSignal(worker.sale_settled, timeout=5000) as blocker:
        worker.start()
    try:
        settled = blocker.args[0]
        assert settled.order_number == sale.order_number
        assert settled.state is SaleState.PAID
        got = journal.get(sale.id)
        assert got is not None and got.state is SaleState.PAID and got.status_word == "paid"
        assert journal.unfinished() == []
    finally:
        assert worker.stop(5000)


def test_create_that_crashed_is_sent_again_with_the_same_id_and_makes_one_payment(
    journal, client, sandbox, qtbot, start_worker
):
    sale, request = journal_sale(journal, "1200", "JPY")
    client.create_payment(request)  # reached KuPay, but the terminal died before journaling the answer
    assert journal.get(sale.id).state is SaleState.CREATING

    worker = ResumeWorker(journal, client, poll_interval=0.05)
    worker.start()
    try:
        qtbot.waitUntil(lambda: journal.get(sale.id).payment_id != "", timeout=5000)
        ids = [body["id"] for body in sandbox.create_requests]
        assert ids == [sale.id, sale.id]  # the same KuPay id both times
        assert len(sandbox.payments()) == 1  # de-duplicated: one payment for the customer
        payment_id = journal.get(sale.id).payment_id
        assert sandbox.find_by_id(sale.id)["payment_id"] == payment_id
        with qtbot.waitSignal(worker.sale_settled, timeout=5000) as blocker:
            sandbox.pay(payment_id)
        assert blocker.args[0].state is SaleState.PAID
        assert blocker.args[0].amount == Decimal("1200")
    finally:
        assert worker.stop(5000)


def test_create_that_never_arrived_is_made_now(journal, client, sandbox, qtbot, start_worker):
    sale, _ = journal_sale(journal)
    journal.record_state(sale.id, SaleState.CREATE_FAILED, "Could not reach KuPay.")
    start_worker(journal, client)
    qtbot.waitUntil(lambda: journal.get(sale.id).state is SaleState.WAITING, timeout=5000)
    assert len(sandbox.payments()) == 1
    assert sandbox.create_requests[0]["paid_url"] == SHOP + "paid"  # the journaled body, not defaults


def test_create_kupay_refuses_is_flagged_for_the_owner_not_dropped(
    journal, client, sandbox, qtbot, start_worker
):
    sale, _ = journal_sale(journal, url="http://not-https.example/")  # the sandbox refuses non-https URLs
    worker = ResumeWorker(journal, client, poll_interval=0.05)
    with qtbot.waitSignal(worker.needs_check, timeout=5000) as blocker:
        worker.start()
    try:
        assert blocker.args[0].id == sale.id
        got = journal.get(sale.id)
        assert got.state is SaleState.NEEDS_CHECK
        assert "after a restart" in journal.events(sale.id)[-1].note
        assert sandbox.payments() == []
    finally:
        assert worker.stop(5000)


def test_payment_that_never_ends_is_given_up_as_needs_check(journal, client, sandbox, qtbot):
    sale, request = journal_sale(journal)
    created = client.create_payment(request)
    journal.record_created(sale.id, created.payment_id, created.pay_url)
    worker = ResumeWorker(journal, client, poll_interval=0.05, give_up_after=0.5)
    with qtbot.waitSignal(worker.needs_check, timeout=5000) as blocker:
        worker.start()
    try:
        assert blocker.args[0].state is SaleState.NEEDS_CHECK
        assert sandbox.status_requests >= 2  # it did keep asking before giving up
        assert journal.get(sale.id).state is SaleState.NEEDS_CHECK
    finally:
        assert worker.stop(5000)


def test_sale_cancelled_by_the_cashier_but_paid_late_becomes_paid(journal, client, sandbox, qtbot):
    sale, request = journal_sale(journal)
    created = client.create_payment(request)
    journal.record_created(sale.id, created.payment_id, created.pay_url)
    journal.record_state(sale.id, SaleState.CANCELLED_BY_CASHIER, "cancelled by the cashier")
    worker = ResumeWorker(journal, client, poll_interval=0.02)
    worker.start()
    try:
        qtbot.waitUntil(lambda: sandbox.status_requests >= 1, timeout=5000)
        assert journal.get(sale.id).state is SaleState.CANCELLED_BY_CASHIER  # still open on KuPay
        with qtbot.waitSignal(worker.sale_settled, timeout=5000) as blocker:
            sandbox.pay(created.payment_id)
        assert blocker.args[0].state is SaleState.PAID
    finally:
        assert worker.stop(5000)


def test_watch_adds_a_sale_cancelled_during_this_session(journal, client, sandbox, qtbot, start_worker):
    worker = start_worker(journal, client, poll_interval=0.02)
    sale, request = journal_sale(journal)
    created = client.create_payment(request)
    journal.record_created(sale.id, created.payment_id, created.pay_url)
    journal.record_state(sale.id, SaleState.CANCELLED_BY_CASHIER)
    sandbox.pay(created.payment_id)
    with qtbot.waitSignal(worker.sale_settled, timeout=5000) as blocker:
        worker.watch(sale.id)
    assert blocker.args[0].order_number == sale.order_number
    assert journal.get(sale.id).state is SaleState.PAID


def test_stops_promptly_while_sales_are_still_open(journal, client, sandbox, qtbot):
    sale, request = journal_sale(journal)
    created = client.create_payment(request)
    journal.record_created(sale.id, created.payment_id, created.pay_url)
    worker = ResumeWorker(journal, client, poll_interval=30.0)  # long waits between polls
    worker.start()
    qtbot.waitUntil(lambda: sandbox.status_requests >= 1, timeout=5000)
    assert worker.stop(2000)  # wakes from its wait at once
    assert worker.isFinished()
    assert journal.get(sale.id).state is SaleState.WAITING  # nothing invented on the way out


def test_without_a_client_unsettled_sales_are_reported_not_lost(journal, qtbot):
    sale, _ = journal_sale(journal)
    journal.record_state(sale.id, SaleState.NEEDS_CHECK, "earlier run")
    worker = ResumeWorker(journal, None, poll_interval=0.05)
    with qtbot.waitSignal(worker.needs_check, timeout=5000) as blocker:
        worker.start()
    assert blocker.args[0].id == sale.id
    assert worker.stop(5000)
    assert journal.get(sale.id).state is SaleState.NEEDS_CHECK


def test_old_unanswered_sale_is_flagged_not_sent_again(journal, client, sandbox, qtbot):
    sale = Sale(
        new_sale_id(),
        journal.next_order_number("T1-"),
        datetime.now().astimezone() - timedelta(hours=3),
        Decimal("9.99"),
        "EUR",
    )
    journal.record_new(sale)
    worker = ResumeWorker(journal, client, poll_interval=0.05, recreate_within=3600.0)
    with qtbot.waitSignal(worker.needs_check, timeout=5000) as blocker:
        worker.start()
    try:
        assert blocker.args[0].state is SaleState.NEEDS_CHECK
        assert "too old" in journal.events(sale.id)[-1].note
        assert sandbox.create_requests == []  # no stale pay link sent
    finally:
        assert worker.stop(5000)
