"""The work that never runs on the UI thread: create (journal first) and the status poller thread."""

from __future__ import annotations

from decimal import Decimal

from till_harness import TOKEN

from pos_app.flow import Created, CreateFailed, CreatePayment
from pos_app.kupay.client import KuPayClient
from pos_app.kupay.errors import RefusedPayLink, ServerError
from pos_app.kupay.models import PaymentState
from pos_app.sale import SaleState
from pos_app.settings import Settings
from pos_app.terminal import build_sale
from pos_app.ui.workers import CreateTicket, StatusPoller, create_payment_job


def created_sale(journal, client):
    result = create_payment_job(journal, client, Settings(), CreatePayment(1, "s-1", Decimal("19.99"), "USD"))
    assert isinstance(result, Created)
    return result.sale


def test_create_writes_the_sale_before_sending_it(sandbox, journal, client):
    sandbox.set_faults(fail_next=1)
    order = CreatePayment(1, "s-1", Decimal("19.99"), "EUR", "a@b.co")
    failed = create_payment_job(journal, client, Settings(), order)
    assert isinstance(failed, CreateFailed) and failed.sale is not None
    assert failed.message == str(ServerError()) and not failed.owner_must_check
    assert journal.get("s-1").state is SaleState.CREATE_FAILED  # kept, although KuPay refused
    again = CreatePayment(2, "s-1", failed.sale.amount, "EUR", sale=failed.sale)
    retried = create_payment_job(journal, client, Settings(), again)
    assert isinstance(retried, Created)
    stored = journal.get("s-1")
    assert stored.state is SaleState.WAITING and stored.payment_id == retried.sale.payment_id
    assert stored.email == "a@b.co"
    assert [body["id"] for body in sandbox.create_requests] == ["s-1", "s-1"]


def test_a_create_that_may_hide_a_payment_is_journaled_for_the_owner_not_retried(journal):
    class LinkRefusingKuPay:  # what KuPayClient raises for a pay_url it will not show
        def create_payment(self, request):
            raise RefusedPayLink(detail="pay_url is javascript:")

    order = CreatePayment(1, "s-1", Decimal("5"), "USD")
    result = create_payment_job(journal, LinkRefusingKuPay(), Settings(), order)
    assert isinstance(result, CreateFailed) and result.owner_must_check
    assert journal.get("s-1").state is SaleState.NEEDS_CHECK


def test_a_journal_that_fails_after_kupay_made_the_payment_does_not_say_nothing_was_sent(
    sandbox, journal, client, monkeypatch
):
    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal, "record_created", disk_full)
    result = create_payment_job(journal, client, Settings(), CreatePayment(1, "s-1", Decimal("5"), "USD"))
    assert isinstance(result, Created)  # KuPay made it: the QR is shown and polled
    assert result.sale.payment_id == sandbox.payments()[0]["payment_id"]
    assert result.journal_error


def test_a_sale_that_cannot_be_journaled_is_not_sent(sandbox, journal, client, monkeypatch):
    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal, "record_new_numbered", disk_full)
    result = create_payment_job(journal, client, Settings(), CreatePayment(1, "s-1", Decimal("5"), "USD"))
    assert isinstance(result, CreateFailed) and result.sale is None and not result.retryable
    assert "nothing was sent" in result.message
    assert sandbox.create_requests == []


def test_a_create_cancelled_before_it_ran_writes_and_sends_nothing(sandbox, journal, client):
    ticket = CreateTicket(1, "s-1")
    ticket.abandoned.set()
    assert (
        create_payment_job(journal, client, Settings(), CreatePayment(1, "s-1", Decimal("5"), "USD"), ticket)
        is None
    )
    assert journal.get("s-1") is None and sandbox.create_requests == []


def test_a_retry_cancelled_before_it_ran_sends_nothing(sandbox, journal, client):
    # Retry after a failed create, then Cancel before the pool ran the job: the customer has gone, and the
    # sale is journaled as cancelled; sending it now would make a payment for nobody.
    sandbox.set_faults(fail_next=1)
    failed = create_payment_job(journal, client, Settings(), CreatePayment(1, "s-1", Decimal("5"), "USD"))
    assert isinstance(failed, CreateFailed) and failed.sale is not None
    journal.record_state("s-1", SaleState.CANCELLED_BY_CASHIER, "cancelled while creating")
    ticket = CreateTicket(2, "s-1")
    ticket.abandoned.set()
    again = CreatePayment(2, "s-1", failed.sale.amount, "USD", sale=failed.sale)
    assert create_payment_job(journal, client, Settings(), again, ticket) is None
    assert len(sandbox.create_requests) == 1  # the first, failed attempt only
    assert journal.get("s-1").state is SaleState.CANCELLED_BY_CASHIER


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
    reads = []
    poller.status_read.connect(reads.append)
    sandbox.pay(sale.payment_id)
    # The last read reaches the UI thread as a queued signal, possibly after the thread has ended.
    qtbot.waitUntil(lambda: bool(reads) and reads[-1].state is PaymentState.PAID, timeout=5000)
    assert poller.wait(10000)  # KuPay's end: it stops by itself
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
    sandbox.pay(sale.payment_id)
    assert poller.wait(10000)
    assert journal.get(sale.id).state is SaleState.PAID


def test_poller_stops_on_a_refused_token(qtbot, sandbox, journal, client):
    sale = created_sale(journal, client)
    poller = StatusPoller(client, journal, sale, interval=0.05)
    sandbox.set_faults(fail_next=1, status_code=401)
    reads = []
    poller.status_read.connect(reads.append)
    with qtbot.waitSignal(poller.token_refused, timeout=5000):
        poller.start()
    qtbot.waitUntil(poller.isFinished)  # asks no more (the flow journals it for the owner)
    assert poller.wait(1000)  # its thread is gone, so the QThread may be freed
    assert reads == [] and poller.reads == 1


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
    assert poller.wait(10000)
    assert journal.get(sale.id).state is SaleState.PAID  # money taken is never thrown away


def test_a_create_cancelled_before_its_request_left_is_called_not_sent(sandbox, journal, client, monkeypatch):
    """Cancel lands while the sale is being journaled, before the request: nothing reached KuPay."""
    from pos_app.sale import status_text

    ticket = CreateTicket(1, "s-1")
    write = journal.record_new_numbered

    def cancelled_while_writing(*args, **kwargs):
        sale = write(*args, **kwargs)
        ticket.abandoned.set()
        return sale

    monkeypatch.setattr(journal, "record_new_numbered", cancelled_while_writing)
    order = CreatePayment(1, "s-1", Decimal("5"), "USD", "a@b.co")
    assert create_payment_job(journal, client, Settings(), order, ticket) is None
    assert sandbox.create_requests == []
    assert status_text(journal.get("s-1")) == "Not sent"


def test_a_create_that_failed_after_leaving_is_not_called_not_sent_once_cancelled(sandbox, journal, client):
    from pos_app.sale import status_text

    sandbox.set_faults(fail_next=3)  # KuPay's 500s: it may or may not have made the payment
    failed = create_payment_job(journal, client, Settings(), CreatePayment(1, "s-1", Decimal("5"), "USD"))
    assert isinstance(failed, CreateFailed) and sandbox.create_requests
    journal.record_state("s-1", SaleState.CANCELLED_BY_CASHIER, "abandoned after a failed create")
    assert status_text(journal.get("s-1")) == "Cancelled — may have reached KuPay"
