"""One sale at the counter, from Charge to green or red: the glue between the screens and the workers.

State: entering → creating → (failed ⇄ creating) → waiting → result → entering. Exactly one create per
Charge: the flow leaves `entering` before anything else happens, so a second Enter, click or autorepeat
finds nothing to do. Create runs on the TaskRunner pool (journal first, then KuPay); polling runs in a
`StatusPoller` QThread. The UI thread only renders.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pos_app.journal import (
    ABANDONED_AFTER_FAILED_CREATE,
    CANCELLED_BY_CASHIER,
    CANCELLED_WHILE_CREATING,
    QR_NOT_DRAWN,
)
from pos_app.kupay.errors import KuPayError
from pos_app.kupay.models import PaymentStatus
from pos_app.money import format_amount
from pos_app.sale import Sale, SaleState, new_sale_id
from pos_app.settings import Settings
from pos_app.terminal import Backend, build_sale, status_line, unpaid_outcome
from pos_app.ui.payment_screen import PaymentScreen
from pos_app.ui.result_screen import ResultScreen
from pos_app.ui.sale_screen import SaleScreen
from pos_app.ui.tasks import TaskRunner
from pos_app.ui.workers import CreateResult, StatusPoller, create_payment_job

log = logging.getLogger(__name__)


class SaleFlow(QObject):
    state_changed = Signal(str)
    sale_finished = Signal(object)  # the Sale, with its final SaleState (for the "last sale" line)
    notice = Signal(str)  # a discreet sentence for the cashier (it takes no focus)
    watch_requested = Signal(str)  # a sale id to watch for a late payment (cancelled, yet made on KuPay)

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
        self._state = "entering"
        self._attempt = 0  # bumps on every create and every cancel: stale answers are recognised
        self.sale: Sale | None = None
        # The create under way: its sale id (chosen here, so Cancel can journal it) and its Cancel flag.
        self._creating: tuple[str, threading.Event] | None = None
        self._closing = threading.Event()  # the window is closing: a create under way writes nothing more
        self.poller: StatusPoller | None = None
        self._retiring: set[StatusPoller] = set()  # stopped pollers kept alive until their thread ends

        sale_screen.charge_requested.connect(self.charge)
        payment_screen.cancel_requested.connect(self.cancel)
        payment_screen.back_requested.connect(self.back_to_keypad)
        payment_screen.retry_requested.connect(self.retry)
        payment_screen.check_now_requested.connect(self.check_now)
        result_screen.next_sale.connect(self.new_sale)

    @property
    def state(self) -> str:
        return self._state

    def _set_state(self, state: str) -> None:
        self._state = state
        self.state_changed.emit(state)

    def set_backend(self, backend: Backend | None) -> None:
        self.backend = backend

    def _amount_text(self, amount: Decimal, currency: str) -> str:
        return format_amount(amount, currency)

    # --- charging ------------------------------------------------------------------------------------
    def charge(self) -> None:
        """Charge what the sale screen shows. Does nothing unless a sale is being entered."""
        backend = self.backend
        amount = self.sale_screen.amount()
        if self._state != "entering" or backend is None or amount is None:
            return
        currency = self.sale_screen.currency()
        email = self.sale_screen.customer_email()
        settings = self.settings
        self._set_state("creating")  # first: any further Enter/click now finds nothing to charge
        self._attempt += 1
        attempt = self._attempt
        self.sale = None
        sale_id, abandoned = new_sale_id(), threading.Event()
        self._creating = (sale_id, abandoned)
        self.payment_screen.show_creating(self._amount_text(amount, currency))
        self._show(self.payment_screen)

        def job() -> CreateResult | None:
            if abandoned.is_set():
                return None  # cancelled before anything was written or sent
            sale = build_sale(backend.journal, settings, amount, currency, email, sale_id=sale_id)
            return create_payment_job(
                backend.journal,
                backend.client,
                settings,
                sale,
                first_attempt=True,
                abandoned=abandoned,
                closing=self._closing,
            )

        self.tasks.run(job, lambda r: self._created(attempt, r), lambda e: self._create_crashed(attempt, e))

    def check_now(self) -> None:
        """Check now / F5: ask KuPay at once instead of at the next poll (the customer says "I paid")."""
        if self._state == "waiting" and self.poller is not None:
            self.poller.check_now()

    def retry(self) -> None:
        """Send the same sale again (same id, so KuPay can de-duplicate)."""
        backend, sale = self.backend, self.sale
        if self._state != "failed" or backend is None or sale is None:
            return
        self._set_state("creating")
        self._attempt += 1
        attempt = self._attempt
        settings = self.settings
        abandoned = threading.Event()
        self._creating = (sale.id, abandoned)
        self.payment_screen.show_creating(self._amount_text(sale.amount, sale.currency), sale.order_number)

        def job() -> CreateResult | None:
            return create_payment_job(
                backend.journal,
                backend.client,
                settings,
                sale,
                first_attempt=False,
                abandoned=abandoned,
                closing=self._closing,
            )

        self.tasks.run(job, lambda r: self._created(attempt, r), lambda e: self._create_crashed(attempt, e))

    def _created(self, attempt: int, result: CreateResult | None) -> None:
        if result is None:
            return  # cancelled before it was sent: journaled as cancelled by the job
        if attempt != self._attempt:
            # The cashier cancelled while KuPay was answering: the QR was never shown (the journal keeps the
            # sale cancelled), but a wallet could still pay it: watch it like any cancelled sale.
            if result.created is not None:
                self.watch_requested.emit(result.sale.id)
            return
        self._creating = None
        self.sale = result.sale
        if result.error is not None and result.sale.state is SaleState.NEEDS_CHECK:
            self._show_needs_check(str(result.error))  # journaled by the job
            return
        if result.error is not None:
            self._set_state("failed")
            self.payment_screen.show_create_failed(str(result.error), result.sale.order_number)
            return
        sale = result.sale
        self._set_state("waiting")
        shown = self.payment_screen.show_waiting(
            sale.pay_url,
            self._amount_text(sale.amount, sale.currency),
            sale.order_number,
            sale.created_at,
            email=sale.email,
        )
        if not shown:
            sentence = QR_NOT_DRAWN
            self._journal_later(sale.id, SaleState.NEEDS_CHECK, sentence)
            self._show_needs_check(sentence)
            return
        self._start_polling(sale)
        if result.journal_error:
            # Never "nothing was sent": KuPay has the payment, the customer can pay it now.
            self.notice.emit(
                self.tr(
                    "KuPay made the payment, but this computer could not save the sale. The customer can pay; "
                    "tell the owner the journal needs attention."
                )
            )

    def _show_needs_check(self, sentence: str) -> None:
        """Not paid, not unpaid: the owner must look in KuPay's panel. Never green, never a stuck screen."""
        sale = self.sale
        assert sale is not None
        self.payment_screen.stop_clock()
        final = sale.with_(state=SaleState.NEEDS_CHECK)
        self.result_screen.show_needs_check(
            self._amount_text(sale.amount, sale.currency),
            sale.order_number,
            sentence,
            "Do not hand over the goods until the owner has checked this sale in KuPay's panel.",
        )
        self.sale = final
        self._set_state("result")
        self._show(self.result_screen)
        self.sale_finished.emit(final)

    def _create_crashed(self, attempt: int, error: BaseException) -> None:
        """Not a KuPay answer: the journal could not be written, or a bug. Nothing was sent."""
        log.error("create job failed: %r", error)
        if attempt != self._attempt:
            return
        message = self.tr(
            "The sale could not be saved on this computer, so nothing was sent. "
            "Try again; if it keeps failing, ask the owner."
        )
        if isinstance(error, KuPayError):
            message = str(error)
        self.sale = None  # nothing journaled to retry: Back and Charge again
        self._set_state("failed")
        self.payment_screen.show_create_failed(message)
        self.payment_screen.retry.hide()

    # --- waiting -------------------------------------------------------------------------------------
    def _start_polling(self, sale: Sale) -> None:
        backend = self.backend
        assert backend is not None
        poller = StatusPoller(
            backend.make_client(),
            backend.journal,
            sale,
            interval=self.settings.poll_interval,
            first_delay=min(0.3, self.settings.poll_interval),
            parent=self,
        )
        poller.status_read.connect(lambda st, p=poller: self._on_status(p, st))
        poller.read_failed.connect(lambda err, p=poller: self._on_read_failed(p, err))
        poller.settled.connect(lambda st, p=poller: self._on_settled(p, st))
        poller.token_refused.connect(lambda err, p=poller: self._on_token_refused(p, err))
        poller.needs_check.connect(lambda sentence, p=poller: self._on_needs_check(p, sentence))
        poller.finished.connect(lambda p=poller: self._poller_finished(p))
        self.poller = poller
        poller.start()

    def _on_status(self, poller: StatusPoller, status: PaymentStatus) -> None:
        if poller is self.poller and self._state == "waiting" and not status.state.is_final:
            self.payment_screen.show_status(status_line(status))

    def _on_read_failed(self, poller: StatusPoller, error: KuPayError) -> None:
        if poller is self.poller and self._state == "waiting":
            self.payment_screen.show_connection_trouble(str(error))

    def _on_token_refused(self, poller: StatusPoller, error: KuPayError) -> None:
        if poller is not self.poller or self._state != "waiting":
            return
        self._set_state("stopped")
        self.payment_screen.show_token_refused(str(error))

    def _on_needs_check(self, poller: StatusPoller, sentence: str) -> None:
        if poller is self.poller and self._state == "waiting" and self.sale is not None:
            self._show_needs_check(sentence)

    def _on_settled(self, poller: StatusPoller, status: PaymentStatus) -> None:
        if poller is not self.poller or self._state != "waiting" or self.sale is None:
            return
        sale = self.sale
        self.payment_screen.stop_clock()
        amount = self._amount_text(sale.amount, sale.currency)
        if status.state.is_paid:
            final = sale.with_(state=SaleState.PAID, status_word=status.raw_status)
            self.result_screen.show_paid(amount, sale.order_number, self.settings.auto_return_seconds)
        else:
            final = sale.with_(state=SaleState.UNPAID, status_word=status.raw_status)
            outcome = unpaid_outcome(status.state, status.raw_status)
            self.result_screen.show_unpaid(amount, sale.order_number, outcome.reason, outcome.advice)
        self.sale = final
        self._set_state("result")
        self._show(self.result_screen)
        self.sale_finished.emit(final)

    def _poller_finished(self, poller: StatusPoller) -> None:
        self._retiring.discard(poller)
        if poller is self.poller:
            self.poller = None
        # The thread has ended. The lambdas connected above hold the poller (a cycle through Qt that
        # Python's GC cannot see): drop them, then hand the object back to Python, which frees it once
        # nothing refers to it (no deleteLater, so a caller still holding it can ask isFinished() safely).
        for signal in (
            poller.status_read,
            poller.read_failed,
            poller.settled,
            poller.token_refused,
            poller.needs_check,
            poller.finished,
        ):
            signal.disconnect()
        poller.setParent(None)

    def _stop_polling(self) -> None:
        poller = self.poller
        if poller is not None:
            poller.stop()  # returns at once; the thread ends after its current read, unreported
            if poller.isRunning():
                self._retiring.add(poller)
            self.poller = None

    # --- leaving -------------------------------------------------------------------------------------
    def cancel(self) -> None:
        """Cancel / Escape on the waiting screen (or while creating): back to the keypad, amount kept."""
        if self._state not in ("creating", "waiting", "stopped"):
            return
        self._attempt += 1  # a create still under way will be recognised as stale
        self._stop_polling()
        if self._state == "creating" and self._creating is not None:
            # Journaled now, not when KuPay answers: a create that fails or outlives the window must never
            # be sent again (the next start, or a resume worker Settings restarts, would re-send it).
            sale_id, abandoned = self._creating
            abandoned.set()
            self._journal_later(sale_id, SaleState.CANCELLED_BY_CASHIER, CANCELLED_WHILE_CREATING)
        self._creating = None
        sale = self.sale
        if sale is not None and self._state == "waiting":
            self._journal_later(sale.id, SaleState.CANCELLED_BY_CASHIER, CANCELLED_BY_CASHIER)
            self.sale_finished.emit(sale.with_(state=SaleState.CANCELLED_BY_CASHIER))
        elif sale is not None and self._state == "stopped":
            self.sale_finished.emit(sale.with_(state=SaleState.NEEDS_CHECK))
        self.payment_screen.stop_clock()
        self.sale_screen.forget_email()  # the amount is kept for a second try; an address is not
        self.back_to_keypad(force=True)

    def back_to_keypad(self, force: bool = False) -> None:
        if not force and self._state != "failed":
            return
        if self._state == "failed" and self.sale is not None:
            # Otherwise the next start would re-send this create for a customer who has gone.
            self._journal_later(self.sale.id, SaleState.CANCELLED_BY_CASHIER, ABANDONED_AFTER_FAILED_CREATE)
        self._set_state("entering")
        self._show(self.sale_screen)
        self.sale_screen.focus_amount()

    def new_sale(self, first_key: str = "") -> None:
        """From Paid / Not paid to an empty keypad; `first_key` ("4", "E") is the key that started it."""
        if self._state != "result":
            return
        self.result_screen.stop_timer()
        self.sale = None
        self.sale_screen.start_new_sale()
        if first_key:
            self.sale_screen.type_key(first_key)
        self._set_state("entering")
        self._show(self.sale_screen)
        self.sale_screen.focus_amount()

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
        """Window closing: stop every poller and wait for its thread, then for pending tasks."""
        self._attempt += 1
        self._closing.set()
        pollers = list(self._retiring) + ([self.poller] if self.poller else [])
        for poller in pollers:
            poller.stop()
        for poller in pollers:
            poller.quit()
            poller.wait(msecs)
        self.poller = None
        self._retiring.clear()
        # A create still hanging after this is already journaled as "creating": the next start re-sends it
        # with the same id, so there is no need to keep the closing window waiting for it.
        self.tasks.wait_all(min(msecs, 3000))
