"""One sale at the counter, on screen: runs the effects of the sale-flow model (`pos_app.flow.CounterFlow`)
on threads and widgets, and turns what comes back into events. It decides nothing itself.

The cashier's presses become events (Charge, Cancel, Retry, Back, Next sale, Check now); the model answers
with effects, run here in order: a create on the TaskRunner pool (journal first, then KuPay), journal
writes on the pool, a `StatusPoller` QThread started or stopped, a screen shown. Worker results come back
as events again. The UI thread only renders.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pos_app import flow
from pos_app.flow import CounterFlow, Screen
from pos_app.kupay.errors import KuPayError
from pos_app.kupay.models import PaymentStatus
from pos_app.money import format_amount
from pos_app.sale import Sale, SaleState, new_sale_id
from pos_app.settings import Settings
from pos_app.terminal import Backend, status_line, unpaid_outcome
from pos_app.ui.payment_screen import PaymentScreen
from pos_app.ui.result_screen import ResultScreen
from pos_app.ui.sale_screen import SaleScreen
from pos_app.ui.tasks import TaskRunner
from pos_app.ui.workers import CreateTicket, StatusPoller, create_payment_job
from pos_app.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

NOT_SET_UP = QT_TRANSLATE_NOOP("MainWindow", "The terminal is not set up yet. Ask the owner.")
CHECK_BEFORE_HANDING_OVER = QT_TRANSLATE_NOOP(
    "SaleFlow", "Do not hand over the goods until the owner has checked this sale in KuPay's panel."
)


class SaleFlow(QObject):
    state_changed = Signal(str)  # a flow.Step value: entering, creating, failed, waiting, stopped, result
    sale_finished = Signal(object)  # the Sale, with its final SaleState (for the "last sale" line)
    notice = Signal(str)  # a discreet sentence for the cashier (it takes no focus)
    watch_requested = Signal(str)  # a sale id that could still be paid late: the resume worker watches it

    def __init__(
        self,
        settings: Settings,
        tasks: TaskRunner,
        sale_screen: SaleScreen,
        payment_screen: PaymentScreen,
        result_screen: ResultScreen,
        show: Callable[[QWidget], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self.backend: Backend | None = None
        self.sale_screen = sale_screen
        self.payment_screen = payment_screen
        self.result_screen = result_screen
        self._show = show
        self.model = CounterFlow()
        self._events: deque[flow.Event] = deque()  # an effect's outcome, handled after the current event
        self._handling = False
        self._tickets: dict[int, CreateTicket] = {}  # create attempts under way, by attempt
        self._closing = False
        self.poller: StatusPoller | None = None
        self._retiring: set[StatusPoller] = set()  # stopped pollers kept alive until their thread ends

        sale_screen.charge_requested.connect(self.charge)
        payment_screen.cancel_requested.connect(self.cancel)
        payment_screen.back_requested.connect(self.back_to_keypad)
        payment_screen.retry_requested.connect(self.retry)
        payment_screen.check_now_requested.connect(self.check_now)
        result_screen.next_sale.connect(self.new_sale)

    @property
    def step(self) -> flow.Step:
        return self.model.step

    @property
    def state(self) -> str:
        """The model's step as a word (customer display, receipts and tests read it)."""
        return self.model.step.value

    @property
    def sale(self) -> Sale | None:
        return self.model.sale

    def set_backend(self, backend: Backend | None) -> None:
        self.backend = backend

    # --- the cashier's presses, as events ------------------------------------------------------------
    def charge(self) -> None:
        """Charge what the sale screen shows (the model ignores it unless a sale is being entered)."""
        amount = self.sale_screen.amount()
        if self.backend is None or amount is None:
            return
        currency, email = self.sale_screen.currency(), self.sale_screen.customer_email()
        # The sale's id is chosen now, on the UI thread: a Cancel before KuPay answers can name it.
        self.handle(flow.Charge(amount, currency, email, new_sale_id()))

    def retry(self) -> None:
        """Send the same sale again (same id, so KuPay can de-duplicate)."""
        self.handle(flow.Retry())

    def cancel(self) -> None:
        """Cancel / Escape while creating or waiting: back to the keypad, the amount kept for a second try."""
        left = self.model.step
        self.handle(flow.Cancel())
        if self.model.step is not left:
            self.sale_screen.forget_email()  # the amount is kept for a second try; an address is not

    def back_to_keypad(self) -> None:
        self.handle(flow.Back())

    def new_sale(self, first_key: str = "") -> None:
        """From Paid / Not paid to an empty keypad; `first_key` ("4", "E") is the key that started it."""
        self.handle(flow.NewSale(first_key))

    def check_now(self) -> None:
        """Check now / F5: ask KuPay at once instead of at the next poll (the customer says "I paid")."""
        self.handle(flow.CheckNow())

    def handle(self, event: flow.Event) -> None:
        """Give the model an event and run its effects. An event raised while effects run (the QR code
        could not be drawn) is handled once they are done, in order."""
        self._events.append(event)
        if self._handling:
            return
        self._handling = True
        try:
            while self._events:
                before = self.model.step
                for effect in self.model.handle(self._events.popleft()):
                    self._run(effect)
                if self.model.step is not before:
                    self.state_changed.emit(self.model.step.value)
        finally:
            self._handling = False

    # --- effects -------------------------------------------------------------------------------------
    def _run(self, effect: flow.Effect) -> None:
        match effect:
            case flow.Show():
                self._render(effect)
            case flow.CreatePayment():
                self._create(effect)
            case flow.AbandonCreate():
                ticket = self._tickets.get(effect.attempt)  # kept until its job ends: a quit must reach it
                if ticket is not None:
                    ticket.abandoned.set()  # the job writes nothing more and sends nothing it has not sent
            case flow.JournalState():
                self._journal_later(effect.sale_id, effect.state, effect.note)
            case flow.StartPolling():
                self._start_polling(effect.sale)
            case flow.StopPolling():
                self._stop_polling()
            case flow.PollNow():
                if self.poller is not None:
                    self.poller.check_now()
            case flow.WatchLatePayment():
                self.watch_requested.emit(effect.sale_id)
            case flow.SaleFinished():
                self.sale_finished.emit(effect.sale)
            case flow.TellCashier():
                self.notice.emit(effect.message)

    def _render(self, show: flow.Show) -> None:
        sale, screen = show.sale, show.screen
        if screen in (Screen.KEYPAD, Screen.NEW_KEYPAD):
            self.payment_screen.stop_clock()
            self.result_screen.stop_timer()
            if screen is Screen.NEW_KEYPAD:
                self.sale_screen.start_new_sale()
                if show.key:
                    self.sale_screen.type_key(show.key)
            self._show(self.sale_screen)
            self.sale_screen.focus_amount()
        elif screen is Screen.CREATING and show.amount is not None:
            order = sale.order_number if sale is not None else ""
            self.payment_screen.show_creating(format_amount(show.amount, show.currency), order)
            self._show(self.payment_screen)
        elif screen is Screen.CREATE_FAILED:
            self.payment_screen.show_create_failed(show.message, sale.order_number if sale else "")
            self.payment_screen.retry.setVisible(show.can_retry)
        elif screen is Screen.WAITING and sale is not None:
            amount = format_amount(sale.amount, sale.currency)
            shown = self.payment_screen.show_waiting(
                sale.pay_url, amount, sale.order_number, sale.created_at, email=sale.email
            )
            if not shown:
                self.handle(flow.QrNotShown())  # after this event's effects
        elif screen is Screen.STATUS and show.status is not None:
            self.payment_screen.show_status(status_line(show.status))
        elif screen is Screen.TROUBLE:
            self.payment_screen.show_connection_trouble(show.message)
        elif screen is Screen.TOKEN_REFUSED:
            self.payment_screen.show_token_refused(show.message)
        elif screen in (Screen.PAID, Screen.UNPAID, Screen.NEEDS_CHECK) and sale is not None:
            self.payment_screen.stop_clock()
            amount = format_amount(sale.amount, sale.currency)
            if screen is Screen.PAID:
                self.result_screen.show_paid(amount, sale.order_number, self.settings.auto_return_seconds)
            elif screen is Screen.UNPAID and show.status is not None:
                outcome = unpaid_outcome(show.status.state, show.status.raw_status)
                self.result_screen.show_unpaid(amount, sale.order_number, outcome.reason, outcome.advice)
            else:
                # Not paid, not unpaid: the owner must look in KuPay's panel. Never green, never stuck.
                self.result_screen.show_needs_check(
                    amount, sale.order_number, show.message, CHECK_BEFORE_HANDING_OVER
                )
            self._show(self.result_screen)

    # --- creating ------------------------------------------------------------------------------------
    def _create(self, order: flow.CreatePayment) -> None:
        backend = self.backend
        if backend is None:  # Settings removed the token a moment ago: nothing can be sent
            self.handle(flow.CreateFailed(order.attempt, NOT_SET_UP, order.sale, retryable=False))
            return
        ticket = CreateTicket(order.attempt, order.sale_id)
        self._tickets[order.attempt] = ticket
        journal, client, settings = backend.journal, backend.client, self.settings

        def job() -> flow.Created | flow.CreateFailed | None:
            return create_payment_job(journal, client, settings, order, ticket)

        attempt = order.attempt
        answered, crashed = partial(self._create_answered, attempt), partial(self._create_crashed, attempt)
        self.tasks.run(job, answered, crashed, slow=True)  # KuPay may hang: nothing else queues behind it

    def _create_answered(self, attempt: int, event: flow.Created | flow.CreateFailed | None) -> None:
        self._tickets.pop(attempt, None)
        if event is None or self._closing:
            return  # abandoned or closing: nothing to tell
        self.handle(event)

    def _create_crashed(self, attempt: int, error: BaseException) -> None:
        # create_payment_job turns every failure into an event: this is a bug in the job itself.
        self._tickets.pop(attempt, None)
        log.error("create job failed: %r", error)

    # --- polling -------------------------------------------------------------------------------------
    def _start_polling(self, sale: Sale) -> None:
        backend = self.backend
        if backend is None:
            return
        poller = StatusPoller(
            backend.make_client(),
            backend.journal,
            sale,
            interval=self.settings.poll_interval,
            first_delay=min(0.3, self.settings.poll_interval),
            parent=self,
        )
        # Bound methods, not closures: a result that arrives after the flow is gone is simply dropped.
        poller.status_read.connect(self._on_status)
        poller.read_failed.connect(self._on_read_failed)
        poller.token_refused.connect(self._on_token_refused)
        poller.finished.connect(self._poller_finished)
        self.poller = poller
        poller.start()

    def _from_current_poller(self) -> bool:
        return self.poller is not None and self.sender() is self.poller

    def _on_status(self, status: PaymentStatus) -> None:
        if self._from_current_poller():
            self.handle(flow.StatusRead(status))

    def _on_read_failed(self, error: KuPayError) -> None:
        if self._from_current_poller():
            self.handle(flow.ReadFailed(str(error)))

    def _on_token_refused(self, error: KuPayError) -> None:
        if self._from_current_poller():
            self.handle(flow.ReadFailed(str(error), token_refused=True))

    def _poller_finished(self) -> None:
        poller = self.sender()
        if not isinstance(poller, StatusPoller):
            return
        self._retiring.discard(poller)
        if poller is self.poller:
            self.poller = None
        # `finished` is emitted from the thread just before it ends: wait (a moment) for it to be gone, for a
        # QThread freed while its thread still runs Qt's last steps crashes the till. Then hand the object
        # back to Python, which frees it once nothing refers to it (no deleteLater, so a caller still
        # holding it can ask isFinished() safely).
        poller.wait()
        poller.setParent(None)

    def _stop_polling(self) -> None:
        poller = self.poller
        if poller is not None:
            poller.stop()  # returns at once; the thread ends after its current read, unreported
            if poller.isRunning():
                self._retiring.add(poller)
            self.poller = None

    def _journal_later(self, sale_id: str, state: SaleState, note: str) -> None:
        backend = self.backend
        if backend is None:
            return
        journal = backend.journal
        self.tasks.run(
            lambda: journal.record_state(sale_id, state, note),
            None,
            lambda e: log.error("journal write failed: %r", e),
        )

    def shutdown(self, msecs: int = 15000) -> None:
        """Window closing: stop every poller and wait for its thread; a create still under way gives up at
        once, one the cashier cancelled too (its sale is journaled as creating, and sent again with the same id
        at the next start; or as cancelled, and never sent again)."""
        self._closing = True
        for ticket in self._tickets.values():
            ticket.closing.set()
        self._tickets.clear()
        pollers = list(self._retiring) + ([self.poller] if self.poller else [])
        for poller in pollers:
            poller.stop()
        for poller in pollers:
            poller.quit()
            poller.wait(msecs)
        self.poller = None
        self._retiring.clear()
        self.tasks.wait_all(min(msecs, 3000))
