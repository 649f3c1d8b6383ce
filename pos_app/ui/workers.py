"""Work that must never run on the UI thread: creating a payment and polling its status.

`create_payment_job` is a plain blocking function for `TaskRunner.run` (a pool thread): it writes the sale
to the journal, then sends it, so a crash between the two never loses a sale KuPay knows about, and answers
with the flow model's event (`flow.Created` / `flow.CreateFailed`). `StatusPoller` is a QThread that polls
one payment until KuPay reports an end, the token is refused or it is stopped. Both talk to the UI only
through plain Python values; what an answer means for the sale is decided by `pos_app.flow`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from pos_app.flow import (
    CANCELLED_WHILE_CREATING,
    Created,
    CreateFailed,
    CreatePayment,
    state_after_create_error,
)
from pos_app.journal import PROBLEM_AND_DETAIL
from pos_app.kupay.errors import BadToken, KuPayError
from pos_app.kupay.models import CreatedPayment, PaymentRequest
from pos_app.kupay.retry import waiting_screen
from pos_app.ports import PaymentClient, SalesJournal
from pos_app.sale import Sale, SaleState
from pos_app.terminal import journal_new_sale, payment_request
from pos_app.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pos_app.settings import Settings

log = logging.getLogger(__name__)

NOT_SAVED = QT_TRANSLATE_NOOP(
    "SaleFlow",
    "The sale could not be saved on this computer, so nothing was sent. "
    "Try again; if it keeps failing, ask the owner.",
)
CREATE_BROKE = QT_TRANSLATE_NOOP(
    "SaleFlow", "Something went wrong while sending the sale. Try again; if it keeps failing, ask the owner."
)


@dataclass
class CreateTicket:
    """One create attempt, shared by the UI thread and its job: Cancel abandons it, closing the window ends
    it (each an Event the job checks before every step that writes or sends)."""

    attempt: int
    sale_id: str
    abandoned: threading.Event = field(default_factory=threading.Event)
    closing: threading.Event = field(default_factory=threading.Event)


def create_payment_job(
    journal: SalesJournal,
    client: PaymentClient,
    settings: Settings,
    order: CreatePayment,
    ticket: CreateTicket | None = None,
) -> Created | CreateFailed | None:
    """Journal the sale (first attempt only), then create its payment. Blocking: run it on a worker.

    Returns the flow's event for the answer, or None when there is nothing left to tell: the cashier
    cancelled (`ticket.abandoned`) before it was sent, and the sale is journaled as cancelled; or the till
    is closing (`ticket.closing`): nothing more is written, the sale stays "creating" and the next start
    sends it again (same id).
    """
    ticket = ticket or CreateTicket(order.attempt, order.sale_id)
    sale = order.sale
    if sale is None:
        if ticket.abandoned.is_set():
            return None  # cancelled before anything was written or sent
        try:
            # Before the request: if the terminal dies mid-call, the sale (and its exact body) is on disk.
            sale = journal_new_sale(
                journal, settings, order.amount, order.currency, order.email, sale_id=order.sale_id
            )
        except Exception:  # disk full, locked or damaged journal: nothing may be sent
            log.exception("the sale could not be journaled; nothing sent")
            return CreateFailed(order.attempt, NOT_SAVED, None, retryable=False)
        if ticket.abandoned.is_set():
            # Cancel came while the row was being written: its own write may have found nothing to mark.
            _journal_quietly(
                journal.record_state, sale.id, SaleState.CANCELLED_BY_CASHIER, CANCELLED_WHILE_CREATING
            )
            return None
    elif ticket.abandoned.is_set():
        return None  # a Retry cancelled before it ran: Cancel journaled it, and the customer has gone
    try:
        journal.record_sent(sale.id)  # from here on KuPay may hold a payment: never "Not sent" again
    except Exception:
        log.exception("could not journal that %s is being sent; nothing sent", sale.order_number)
        return CreateFailed(order.attempt, NOT_SAVED, sale, retryable=False)
    journal_error = ""
    try:
        created = _send_unless_closing(client, payment_request(sale, settings), ticket.closing)
        if created is None:
            return None  # closing: the sale stays "creating" and is sent again (same id) at the next start
        try:
            journal.record_created(sale.id, created.payment_id, created.pay_url)
        except KuPayError:
            raise  # the journal refused the answer (another sale's payment id): KuPay's answer is the problem
        except Exception as error:  # KuPay made it: the customer can still pay, say what is true
            log.exception(
                "KuPay made %s for %s but the journal could not record it", created.payment_id, sale.id
            )
            journal_error = str(error) or type(error).__name__
    except KuPayError as error:
        log.warning("create failed for %s: %s (%s)", sale.order_number, error, error.detail)
        if ticket.closing.is_set():
            return None  # the journal is being closed: the next start settles it
        state = state_after_create_error(error)
        note = (
            PROBLEM_AND_DETAIL.format(problem=error, detail=error.detail)
            if error.owner_must_check
            else str(error)
        )
        # The journal's rules keep a sale the cashier cancelled meanwhile as cancelled.
        _journal_quietly(journal.record_state, sale.id, state, note=note)
        return CreateFailed(
            order.attempt, str(error), sale.with_(state=state), owner_must_check=error.owner_must_check
        )
    except Exception:  # a bug must reach the cashier as a sentence; the sale stays journaled
        log.exception("create crashed for %s", sale.order_number)
        return CreateFailed(order.attempt, CREATE_BROKE, sale)
    made = sale.with_(state=SaleState.WAITING, payment_id=created.payment_id, pay_url=created.pay_url)
    return Created(order.attempt, made, journal_error=journal_error)


def _send_unless_closing(
    client: PaymentClient, request: PaymentRequest, closing: threading.Event
) -> CreatedPayment | None:
    """The create call on a daemon thread of its own, so a till closing during a create stuck on a slow
    KuPay quits at once instead of keeping the process alive until the request times out. None: closing."""
    answer: list[CreatedPayment | BaseException] = []
    done = threading.Event()

    def send() -> None:
        try:
            answer.append(client.create_payment(request))
        except BaseException as error:  # noqa: BLE001 - handed to the waiting job
            answer.append(error)
        finally:
            done.set()

    threading.Thread(target=send, name="kupay-create", daemon=True).start()
    while not done.wait(0.1):
        if closing.is_set():
            return None
    if closing.is_set():
        return None  # even a failure is not written: the journal is being closed
    if isinstance(answer[0], BaseException):
        raise answer[0]
    return answer[0]


def _journal_quietly(fn: Callable[..., object], *args: object, **kwargs: object) -> None:
    """A journal write that must not stop the flow it records (the error is logged)."""
    try:
        fn(*args, **kwargs)
    except Exception:  # a broken journal must not hide the payment from the cashier
        log.exception("journal write failed")


class StatusPoller(QThread):
    """Polls one payment: first read after `first_delay`, then every `interval` seconds, backing off on errors.

    Stops by itself once KuPay reports an end (a final state) or refuses the token; `stop()` stops it
    cooperatively (no read is started after it, and a read already under way is not reported). Every
    status read goes to the journal from this thread (which applies the flow's rules); what a read means
    for the sale on screen is the flow model's to decide.
    """

    status_read = Signal(object)  # PaymentStatus, every successful read (after a final one it stops)
    read_failed = Signal(object)  # KuPayError: a transient failure, polling goes on
    token_refused = Signal(object)  # BadToken: polling has stopped, the owner must fix the token

    def __init__(
        self,
        client: PaymentClient,
        journal: SalesJournal,
        sale: Sale,
        *,
        interval: float = 1.5,
        first_delay: float = 0.3,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._journal = journal
        self._sale = sale
        self._interval = max(0.05, interval)
        self._first_delay = first_delay
        self._backoff = waiting_screen(self._interval)  # a customer is waiting: never more than ~3 s apart
        self._stop = threading.Event()
        self._wake = threading.Event()  # Check now, or stop: end the current wait at once
        self.reads = 0  # status calls started (for tests and the log)

    @property
    def sale(self) -> Sale:
        return self._sale

    def stop(self) -> None:
        """Ask the loop to end; returns at once. Use `stop_and_wait()` when the thread must be gone."""
        self._stop.set()
        self._wake.set()
        self.requestInterruption()

    def check_now(self) -> None:
        """Ask KuPay right away (the customer says "I paid"), from any thread."""
        self._wake.set()

    def _wait(self, seconds: float) -> bool:
        """Sleep until the next read is due, Check now or stop; True when stopped."""
        self._wake.wait(seconds)
        self._wake.clear()
        return self._stop.is_set()

    def stop_and_wait(self, msecs: int = 15000) -> bool:
        self.stop()
        self.quit()
        return self.wait(msecs)

    def run(self) -> None:
        try:
            self._poll()
        finally:
            # Each poller owns its client: close its keep-alive connection, or every sale leaves one open.
            close = getattr(self._client, "close", None)
            if close is not None:
                close()

    def _poll(self) -> None:
        payment_id = self._sale.payment_id
        delay = self._first_delay
        failures = 0
        while not self._wait(delay):
            self.reads += 1
            try:
                status = self._client.payment_status(payment_id)
            except BadToken as error:
                if not self._stop.is_set():
                    self.token_refused.emit(error)
                return
            except KuPayError as error:
                if self._stop.is_set():
                    return
                failures += 1
                delay = self._backoff.delay(failures, error)
                log.info("status read failed (%d in a row, next in %.1fs): %s", failures, delay, error.detail)
                self.read_failed.emit(error)
                continue
            except Exception as error:  # a bug in a read must not kill the wait silently
                log.exception("unexpected error while polling")
                if self._stop.is_set():
                    return
                failures += 1
                delay = self._backoff.delay(failures, error)
                self.read_failed.emit(KuPayError(detail=repr(error)))
                continue
            failures = 0
            # Journaled even when the cashier cancelled while the read was under way: a paid answer that
            # races a Cancel is money taken (the journal keeps it as paid), never thrown away.
            _journal_quietly(self._journal.record_status, self._sale.id, status)
            if self._stop.is_set():
                return  # the cashier has moved on: nothing to tell the screen
            self.status_read.emit(status)
            if status.state.is_final:
                return  # KuPay's end: nothing more to ask
            delay = self._interval
