"""The work that never runs on the UI thread: create (journal first) and the status poller thread."""

from __future__ import annotations

from decimal import Decimal

from till_harness import TOKEN

from pos_app.kupay.client import KuPayClient
from pos_app.kupay.errors import ServerError
from pos_app.kupay.models import PaymentState
from pos_app.sale import SaleState
from pos_app.settings import Settings
from pos_app.terminal import build_sale
from pos_app.ui.workers import StatusPoller, create_payment_job


def created_sale(journal, client):
    sale = build_sale(journal, Settings(), Decimal("19.99"), "USD")
    result = create_payment_job(journal, client, Settings(), sale, first_attempt=True)
    assert result.error is None
    return result.sale


def test_create_writes_the_sale_before_sending_it(sandbox, journal, client):
    sale = build_sale(journal, Settings(), Decimal("19.99"), "EUR", "a@b.co")
    sandbox.set_faults(fail_next=1)
    failed = create_payment_job(journal, client, Settings(), sale, first_attempt=True)
    assert isinstance(failed.error, ServerError)
    assert journal.get(sale.id).state is SaleState.CREATE_FAILED  # kept, although KuPay refused
    retried = create_payment_job(journal, client, Settings(), failed.sale, first_attempt=False)
    assert retried.error is None
    stored = journal.get(sale.id)
    assert stored.state is SaleState.WAITING and stored.payment_id == retried.created.payment_id
    assert [body["id"] for body in sandbox.create_requests] == [sale.id, sale.id]


def test_order_numbers_follow_the_prefix(journal):
    first = build_sale(journal, Settings(order_prefix="B-"), Decimal("1"), "USD")
    journal.record_new(first)
    second = build_sale(journal, Settings(order_prefix="B-"), Decimal("1"), "USD")
    assert first.order_number.startswith("B-") and second.order_number != first.order_number


def test_poller_reads_until_paid_and_journals_it(qtbot, sandbox, journal, client):
    sale = created_sale(journal, client)
    poller = StatusPoller(KuPayClient(sandbox.base_url, TOKEN, retries=0), journal, sale, interval=0.05)
    with qtbot.waitSignal(poller.status_read, timeout=5000):
        poller.start()
    with qtbot.waitSignal(poller.settled, timeout=5000) as settled:
        sandbox.pay(sale.payment_id)
    assert settled.args[0].state is PaymentState.PAID
    qtbot.waitUntil(poller.isFinished)
    assert journal.get(sale.id).state is SaleState.PAID


def test_poller_first_read_is_soon_after_start(qtbot, sandbox, journal, client):
    sale = created_sale(journal, client)
    poller = StatusPoller(client, journal, sale, interval=5.0, first_delay=0.3)
    with qtbot.waitSignal(poller.status_read, timeout=1500):  # long before the 5 s interval
        poller.start()
    poller.stop_and_wait()


def test_stopped_poller_reads_no_more(qtbot, sandbox, journal, client):
    sale = created_sale(journal, client)
    poller = StatusPoller(client, journal, sale, interval=0.05)
    poller.start()
    qtbot.waitUntil(lambda: poller.reads >= 2)
    assert poller.stop_and_wait(5000)
    reads, served = poller.reads, sandbox.status_requests
    qtbot.wait(0)  # let queued signals run: nothing may be started after stop()
    assert poller.reads == reads and sandbox.status_requests == served


def test_poller_reports_trouble_and_keeps_going(qtbot, sandbox, journal, client):
    sale = created_sale(journal, client)
    poller = StatusPoller(client, journal, sale, interval=0.05)
    sandbox.set_faults(fail_next=2)
    with qtbot.waitSignal(poller.read_failed, timeout=5000):
        poller.start()
    with qtbot.waitSignal(poller.settled, timeout=10000):
        sandbox.pay(sale.payment_id)
    qtbot.waitUntil(poller.isFinished)


def test_poller_stops_on_a_refused_token(qtbot, sandbox, journal, client):
    sale = created_sale(journal, client)
    poller = StatusPoller(client, journal, sale, interval=0.05)
    sandbox.set_faults(fail_next=1, status_code=401)
    with qtbot.waitSignal(poller.token_refused, timeout=5000):
        poller.start()
    qtbot.waitUntil(poller.isFinished)
    assert journal.get(sale.id).state is SaleState.NEEDS_CHECK


def test_a_paid_answer_that_races_a_cancel_is_journaled_as_paid(qtbot, sandbox, journal, client):
    sale = created_sale(journal, client)
    sandbox.pay(sale.payment_id)
    sandbox.set_faults(latency=1.0)
    before = sandbox.status_requests
    poller = StatusPoller(KuPayClient(sandbox.base_url, TOKEN, retries=0), journal, sale, first_delay=0.0)
    poller.start()
    qtbot.waitUntil(lambda: sandbox.status_requests > before)  # the read is under way...
    journal.record_state(sale.id, SaleState.CANCELLED_BY_CASHIER, "cancelled by the cashier")
    poller.stop()  # ...when the cashier presses Cancel
    qtbot.waitUntil(poller.isFinished, timeout=5000)
    assert journal.get(sale.id).state is SaleState.PAID  # money taken is never thrown away
