"""Settle, in the background, the sales an earlier run left unfinished; keep an eye on late payments.

At start the worker reads the journal:

- a sale with a payment id whose outcome is unknown (waiting, needs check) is polled again until KuPay
  reports an end; after `give_up_after` seconds without one it is marked NEEDS_CHECK for the owner;
- a sale journaled but never answered (creating / create failed, no payment id: the terminal died between
  the journal write and KuPay's answer, or the answer was an error that may hide a created payment) is
  created again with the SAME id - KuPay de-duplicates on it, so this finds the payment if the first create
  arrived, or makes it now - then polled. If KuPay refuses it for good (bad token, invalid request), or the
  sale is older than `recreate_within` (a pay link for a customer long gone helps nobody), it is marked
  NEEDS_CHECK: no sale is ever silently dropped;
- a sale the cashier cancelled, or that KuPay said expired, in the last `late_window` seconds is checked
  slowly for a late payment (a cashier cancelling on the terminal does not cancel on KuPay).

`watch(sale_id)` adds a sale to the late-payment watch from any thread (e.g. when the cashier cancels).
Results go to the journal first, then out by signals with plain values: `sale_settled(Sale)` when a sale
reaches a final state (the UI can say "Order T1-0007 was paid"), `needs_check(Sale)` when the owner must
look in KuPay's panel. `requestInterruption()` stops it within one HTTP call; waits never sleep blindly.

Give it its own KuPayClient (the worker does its own backoff, so `retries=0` keeps it quick to stop).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QThread, Signal

from pos_app.flow import ResumeAction, resume_action
from pos_app.journal import NO_ANSWER_AFTER_RESTART
from pos_app.kupay.errors import KuPayError, RateLimited
from pos_app.kupay.retry import background
from pos_app.ports import PaymentClient, SalesJournal
from pos_app.sale import Sale, SaleState
from pos_app.settings import DEFAULT_SHOP_URL

log = logging.getLogger(__name__)

_CREATE, _POLL, _LATE = "create", "poll", "late"
_LATE_SLOWDOWN = 5.0  # late payments are rare: ask about them less often than about a live one
_STILL_AT_THE_COUNTER = 180.0  # seconds: a sale cancelled this recently may be being paid right now


@dataclass
class _Tracked:
    sale: Sale
    mode: str
    deadline: float  # time.monotonic()
    next_at: float = 0.0
    failures: int = 0


class ResumeWorker(QThread):
    """Background settlement of unfinished sales (see the module docstring). Start once, stop on close."""

    sale_settled = Signal(object)  # Sale that reached a final state (PAID, UNPAID)
    needs_check = Signal(object)  # Sale whose outcome the terminal cannot settle: the owner checks KuPay

    def __init__(
        self,
        journal: SalesJournal,
        client: PaymentClient,
        poll_interval: float = 2.0,
        *,
        give_up_after: float = 3600.0,
        late_window: float = 3600.0,
        recreate_within: float = 3600.0,
        default_url: str = DEFAULT_SHOP_URL,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.client = client
        self.poll_interval = max(0.01, float(poll_interval))
        self._backoff = background(self.poll_interval)
        self.give_up_after = give_up_after
        self.late_window = late_window
        self.recreate_within = recreate_within
        self.default_url = default_url
        self._wake = threading.Event()
        self._watch_lock = threading.Lock()
        self._watch: list[str] = []
        self._items: dict[str, _Tracked] = {}

    # -- control, from any thread ------------------------------------------------------------------
    def requestInterruption(self) -> None:
        super().requestInterruption()
        self._wake.set()

    def stop(self, msecs: int = 15000) -> bool:
        """Ask the loop to end and wait for it (call from the UI thread on close)."""
        self.requestInterruption()
        return self.wait(msecs)

    def watch(self, sale_id: str) -> None:
        """Check this sale for a late payment for a while (the cashier cancelled it, or it expired)."""
        with self._watch_lock:
            self._watch.append(sale_id)
        self._wake.set()

    # -- the loop, on the worker thread -----------------------------------------------------------
    def run(self) -> None:
        try:
            self._load()
            while not self.isInterruptionRequested():
                self._take_watch_requests()
                now = time.monotonic()
                for item in [i for i in self._items.values() if i.next_at <= now]:
                    if self.isInterruptionRequested():
                        return
                    self._step(item)
                self._sleep_until_due()
        except Exception:  # a bug here must not take the till down; the journal keeps all
            log.exception("resume worker stopped by an error")

    def _sleep_until_due(self) -> None:
        if self.isInterruptionRequested():
            return
        due = min((i.next_at for i in self._items.values()), default=None)
        timeout = None if due is None else max(0.0, due - time.monotonic())
        self._wake.wait(timeout)
        self._wake.clear()

    def _load(self) -> None:
        now = time.monotonic()
        can_ask = self.client is not None
        for sale in self.journal.unfinished():
            age = (datetime.now().astimezone() - sale.created_at).total_seconds()
            action = resume_action(
                sale, age_seconds=age, recreate_within=self.recreate_within, can_ask_kupay=can_ask
            )
            if action is ResumeAction.POLL:
                self._track(sale, _POLL, now + self.give_up_after)
            elif action is ResumeAction.CREATE_AGAIN:
                self._track(sale, _CREATE, now + self.give_up_after)
            elif action is ResumeAction.TOO_LATE_TO_SEND:
                self._mark_needs_check(
                    sale, "KuPay never confirmed this sale and it is too old to send again"
                )
            else:
                self.needs_check.emit(sale)  # nothing the terminal can ask KuPay about: the owner decides
        if can_ask:  # without a token only report; a later start settles them
            since = datetime.now().astimezone() - timedelta(seconds=self.late_window)
            for sale in self.journal.late_checks(since):
                self._track_late(sale)
        log.info("resume: %d unfinished or recently cancelled sale(s) to settle", len(self._items))

    def _track(self, sale: Sale, mode: str, deadline: float) -> None:
        if sale.id not in self._items:
            self._items[sale.id] = _Tracked(sale, mode, deadline)

    def _track_late(self, sale: Sale) -> None:
        left = (
            sale.created_at + timedelta(seconds=self.late_window) - datetime.now().astimezone()
        ).total_seconds()
        if left > 0 and sale.payment_id and self.client is not None:
            self._track(sale, _LATE, time.monotonic() + left)

    def _take_watch_requests(self) -> None:
        with self._watch_lock:
            ids, self._watch = self._watch, []
        for sale_id in ids:
            sale = self.journal.get(sale_id)
            if sale is None:
                continue
            if sale.state in (SaleState.PAID, SaleState.NEEDS_CHECK):
                # KuPay's "paid" was journaled as the cashier cancelled (the screen dropped it): they saw
                # "Cancelled", so this is news for them now, not a late payment to wait for.
                self.sale_settled.emit(sale)
                continue
            self._track_late(sale)

    # -- one step for one sale --------------------------------------------------------------------
    def _step(self, item: _Tracked) -> None:
        now = time.monotonic()
        if now >= item.deadline:
            self._give_up(item)
            return
        try:
            if item.mode == _CREATE:
                self._create_again(item)
            else:
                self._poll(item)
        except KuPayError as error:
            self._failed(item, error)
        except Exception as error:  # journal or bug: log, back off, keep the others going
            log.exception("resume: %s", item.sale.order_number)
            self._back_off(item, error)

    def _create_again(self, item: _Tracked) -> None:
        sale = item.sale
        request = self.journal.payment_request(sale.id, self.default_url)
        if request is None:
            del self._items[sale.id]
            return
        self.journal.record_sent(sale.id)
        created = self.client.create_payment(request)
        self.journal.record_created(sale.id, created.payment_id, created.pay_url)
        log.info("resume: %s created again with the same id -> %s", sale.order_number, created.payment_id)
        item.sale = self.journal.get(sale.id) or sale
        item.mode = _POLL
        item.failures = 0
        item.next_at = time.monotonic()  # ask for its status right away

    def _poll(self, item: _Tracked) -> None:
        before = item.sale.state
        status = self.client.payment_status(item.sale.payment_id)
        sale = self.journal.record_status(item.sale.id, status)
        item.failures = 0
        if sale is None:
            del self._items[item.sale.id]
            return
        item.sale = sale
        if status.state.is_final:
            del self._items[sale.id]
            if item.mode != _LATE or sale.state is not before:
                log.info(
                    "resume: %s settled as %s (%s)", sale.order_number, sale.state.value, status.raw_status
                )
                self.sale_settled.emit(sale)
            return
        age = (datetime.now().astimezone() - sale.created_at).total_seconds()
        slow = _LATE_SLOWDOWN if item.mode == _LATE and age > _STILL_AT_THE_COUNTER else 1.0
        item.next_at = time.monotonic() + self.poll_interval * slow

    def _failed(self, item: _Tracked, error: KuPayError) -> None:
        if isinstance(error, RateLimited):
            pause = time.monotonic() + self._backoff.delay(1, error)
            for other in self._items.values():  # KuPay said slow down: to every request, not just this one
                other.next_at = max(other.next_at, pause)
            return
        if error.retryable:
            self._back_off(item, error)
            return
        # Bad token, invalid request, unknown payment: asking again will not settle it.
        del self._items[item.sale.id]
        if item.mode == _LATE:
            return  # it already ended unpaid; stop watching it
        self._mark_needs_check(item.sale, f"after a restart: {error}")

    def _back_off(self, item: _Tracked, error: BaseException) -> None:
        item.failures += 1
        delay = self._backoff.delay(item.failures, error)
        item.next_at = time.monotonic() + delay
        log.info("resume: %s, retry in %.1fs (%r)", item.sale.order_number, delay, error)

    def _give_up(self, item: _Tracked) -> None:
        del self._items[item.sale.id]
        if item.mode == _LATE:
            return  # it ended unpaid; the late-payment watch simply ends
        minutes = max(1, round(self.give_up_after / 60))
        self._mark_needs_check(item.sale, NO_ANSWER_AFTER_RESTART.format(minutes=minutes))

    def _mark_needs_check(self, sale: Sale, note: str) -> None:
        if sale.state is not SaleState.NEEDS_CHECK:
            self.journal.record_state(sale.id, SaleState.NEEDS_CHECK, note)
        flagged = self.journal.get(sale.id) or sale.with_(state=SaleState.NEEDS_CHECK)
        log.warning("resume: %s needs a check in KuPay's panel (%s)", sale.order_number, note)
        self.needs_check.emit(flagged)
