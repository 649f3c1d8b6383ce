"""The sale's life, in one place: what each event means for a sale, and what the till must do about it.

Pure Python, no Qt, no network, no disk: read it top to bottom as the rules of the counter.

1. **Journal rules** — how a sale's journaled state moves when KuPay answers or the cashier acts
   (`state_after_status`, `state_after_created`, `state_after_request`, `state_after_create_error`), and
   the notes the counter writes in a sale's timeline. The journal applies them inside its write
   transaction.
2. **Words for people** — one description of each state (`describe`, `marked_status`): sale.py's words
   with the sign and tone the cashier's last-sale line shows.
3. **Resuming** — what to do at start with a sale an earlier run left unfinished (`resume_action`).
4. **The counter** — `CounterFlow`, the state machine of the sale on screen: events in (charge, created,
   create failed, status read, read failed, cancel, retry, back, new sale, check now), effects out (journal
   this, create that, start/stop polling, show this screen, watch for a late payment). `ui/sale_flow.py`
   runs them on threads and widgets and turns what comes back into events; it decides nothing itself.

Invariants (proven by `tests/test_sale_flow.py`'s hypothesis state machine): the result is paid only after
KuPay said a paid word; one sale is created at most once per Charge or Retry; nothing is created after
Cancel; every step has a way out for the cashier.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from pos_app.kupay.errors import KuPayError
from pos_app.kupay.models import PaymentState, PaymentStatus
from pos_app.kupay.status import differs_from_sale
from pos_app.sale import Sale, SaleState, state_word, status_text
from pos_app.wording import QT_TRANSLATE_NOOP

# ------------------------------------------------------------------------------------ 1. journal rules
# Sales whose outcome is not known yet: resumed (polled, or created again) when the terminal starts.
# NEEDS_CHECK is included: a later start may still settle it when the network is back.
UNFINISHED_STATES: tuple[SaleState, ...] = (
    SaleState.CREATING,
    SaleState.CREATE_FAILED,
    SaleState.WAITING,
    SaleState.NEEDS_CHECK,
)

# The notes the counter writes in a sale's timeline. The journal stores them in English (the shop database
# and the export read them too); History shows them in the shop's language (journal.timeline_note).
CANCELLED_BY_CASHIER = QT_TRANSLATE_NOOP("Timeline", "cancelled by the cashier")
CANCELLED_WHILE_CREATING = QT_TRANSLATE_NOOP("Timeline", "cancelled while creating")
ABANDONED_AFTER_FAILED_CREATE = QT_TRANSLATE_NOOP("Timeline", "abandoned after a failed create")
QR_NOT_DRAWN = QT_TRANSLATE_NOOP(
    "Timeline", "The payment link could not be drawn as a QR code. The owner should check this sale."
)

# States a status read that is not final must not move a sale out of (only KuPay's end does).
_HELD_UNTIL_AN_END = (SaleState.PAID, SaleState.UNPAID, SaleState.CANCELLED_BY_CASHIER, SaleState.NEEDS_CHECK)


def state_for(payment: PaymentState) -> SaleState:
    """What KuPay's normalised state means for the sale: only PAID is paid; an end without it is unpaid."""
    if payment.is_paid:
        return SaleState.PAID
    if payment.ended_unpaid:
        return SaleState.UNPAID
    return SaleState.WAITING


def state_after_status(current: SaleState, payment: PaymentState) -> SaleState:
    """A status read: a sale the cashier cancelled (or the owner must check) stays so until KuPay reports an
    end; a paid sale never goes back to waiting and leaves PAID only through a refund."""
    new = state_for(payment)
    if new is SaleState.WAITING and current in _HELD_UNTIL_AN_END:
        return current
    if current is SaleState.PAID and new is SaleState.UNPAID and payment is not PaymentState.REFUNDED:
        return current
    return new


def state_after_answer(
    current: SaleState, status: PaymentStatus, amount: Decimal, currency: str, order_number: str
) -> tuple[SaleState, str]:
    """A status answer for a journaled sale (the counter's poller, History's Check status now and the
    resume worker all hand it to the journal, which applies this): the state the sale moves to, and the
    owner's sentence when KuPay says paid for another amount, currency or order — never counted as paid."""
    problem = differs_from_sale(status, amount, currency, order_number) if status.state.is_paid else ""
    if problem:
        return SaleState.NEEDS_CHECK, problem
    return state_after_status(current, status.state), ""


def state_after_created(current: SaleState) -> SaleState:
    """KuPay answered the create: the sale waits — unless the cashier cancelled meanwhile (it stays
    cancelled and is watched for a late payment) or it is somehow already paid."""
    if current in (SaleState.CANCELLED_BY_CASHIER, SaleState.PAID):
        return current
    return SaleState.WAITING


def state_after_create_error(error: KuPayError) -> SaleState:
    """A create KuPay refused or never answered: sent again by Retry or the next start (same id) — unless
    KuPay may hold a payment for it that the till cannot show (e.g. a pay link that is not KuPay's): then
    it is not a retry but a check for the owner."""
    return SaleState.NEEDS_CHECK if error.owner_must_check else SaleState.CREATE_FAILED


def state_after_request(current: SaleState, requested: SaleState) -> SaleState:
    """The till asks to set a state (cancelled, create failed, needs check...).

    Money taken is never re-labelled: PAID stays PAID. A sale the cashier cancelled is not revived by a
    create that failed or was still under way (it would be sent again at the next start).
    """
    if current is SaleState.PAID:
        return current
    if current is SaleState.CANCELLED_BY_CASHIER and requested in (
        SaleState.CREATING,
        SaleState.CREATE_FAILED,
    ):
        return current
    return requested


def late_payment_possible(sale: Sale, payment_state: str = "") -> bool:
    """A sale that ended without payment but could still be paid late: the cashier cancelled it on the
    till (that does not cancel it on KuPay), or KuPay said it expired (a slow wallet can still pay)."""
    if sale.state is SaleState.CANCELLED_BY_CASHIER:
        return True
    expired = payment_state == PaymentState.EXPIRED.value or sale.status_word.strip().lower() == "expired"
    return sale.state is SaleState.UNPAID and expired


# ------------------------------------------------------------------------------------- 2. words for people
class Tone(enum.Enum):
    """How a state looks wherever it is shown (a QSS state name)."""

    PAID = "paid"
    UNPAID = "unpaid"
    WAITING = "waiting"
    TROUBLE = "trouble"


@dataclass(frozen=True)
class StateWords:
    label: str  # History's column, a sale's timeline, the day report: "Paid", "Cancelled"
    mark: str  # a sign before the label on the cashier's last-sale line: ✓ ✕ … !
    tone: Tone


_MARKS: dict[SaleState, tuple[str, Tone]] = {
    SaleState.CREATING: ("…", Tone.WAITING),  # KuPay never answered the create
    SaleState.CREATE_FAILED: ("✕", Tone.UNPAID),
    SaleState.WAITING: ("…", Tone.WAITING),
    SaleState.PAID: ("✓", Tone.PAID),
    SaleState.UNPAID: ("✕", Tone.UNPAID),
    SaleState.CANCELLED_BY_CASHIER: ("✕", Tone.UNPAID),
    SaleState.NEEDS_CHECK: ("!", Tone.TROUBLE),
}


def describe(state: SaleState) -> StateWords:
    """The one description of a sale state for people (cashier, owner, accountant); the words themselves
    are sale.py's, next to the states they name."""
    mark, tone = _MARKS[state]
    return StateWords(state_word(state), mark, tone)


def status_mark(sale: Sale) -> tuple[str, Tone]:
    """The sign before History's words for this sale (`status_text`) on the last-sale line, and its tone."""
    never_sent = status_text(sale) == state_word(SaleState.CREATE_FAILED)
    words = describe(SaleState.CREATE_FAILED if never_sent else sale.state)
    return words.mark, words.tone


def marked_status(sale: Sale) -> tuple[str, Tone]:
    """The last-sale line's words ("✓ Paid", "✕ Not paid (expired)") and how they look: History's words
    (`status_text`) with a sign, so the cashier and the owner read a sale the same way."""
    mark, tone = status_mark(sale)
    return f"{mark} {status_text(sale)}", tone


# ------------------------------------------------------------------------------------------- 3. resuming
class ResumeAction(enum.Enum):
    POLL = "poll"  # KuPay gave it a payment id: ask how it ended
    CREATE_AGAIN = "create_again"  # journaled, never answered: send the same id again (KuPay de-duplicates)
    TOO_LATE_TO_SEND = "too_late_to_send"  # never answered, and its customer is long gone: the owner checks
    NEEDS_CHECK = "needs_check"  # the terminal cannot settle it: the owner looks in KuPay's panel
    END_QUIETLY = "end_quietly"  # a demo sale the current sandbox never knew: it simply expired


def resume_action(
    sale: Sale, *, age_seconds: float, recreate_within: float, can_ask_kupay: bool, demo: bool = False
) -> ResumeAction:
    """What a start does with a sale an earlier run left unfinished."""
    if demo:
        # Each demo run has its own in-process sandbox: the last run's payments no longer exist anywhere,
        # and there is no panel to check them in. They expired with the sandbox that held them.
        return ResumeAction.END_QUIETLY
    if not can_ask_kupay:
        return ResumeAction.NEEDS_CHECK
    if sale.payment_id:
        return ResumeAction.POLL
    if sale.state in (SaleState.CREATING, SaleState.CREATE_FAILED):
        # A pay link sent now would reach a customer who left long ago: the owner checks it instead.
        return ResumeAction.CREATE_AGAIN if age_seconds <= recreate_within else ResumeAction.TOO_LATE_TO_SEND
    return ResumeAction.NEEDS_CHECK


def can_be_paid_now(sale: Sale) -> bool:
    """Its QR code may be shown again (History): KuPay made a payment and nothing has ended it yet."""
    return bool(sale.pay_url) and sale.state is SaleState.WAITING


# ------------------------------------------------------------------------------------------ 4. the counter
class Step(enum.Enum):
    """What the cashier has in front of them."""

    ENTERING = "entering"  # the keypad
    CREATING = "creating"  # "Creating payment…": Cancel is the way out
    FAILED = "failed"  # the create failed: Retry (same sale) or Back
    WAITING = "waiting"  # the QR code: Cancel, Check now
    STOPPED = "stopped"  # KuPay refused the token mid-sale: Cancel
    RESULT = "result"  # green or red: Next sale (or it returns by itself)

    @property
    def customer_is_paying(self) -> bool:
        """The QR code is (about to be) in front of the customer: no owner window may cover it, and the
        till's setup (Settings) does not change under it."""
        return self in (Step.CREATING, Step.WAITING)


# Every step has a way back to the keypad (the hypothesis machine checks each one is reachable).
EXITS: dict[Step, str] = {
    Step.ENTERING: "",
    Step.CREATING: "cancel",
    Step.FAILED: "back",
    Step.WAITING: "cancel",
    Step.STOPPED: "cancel",
    Step.RESULT: "new_sale",
}


# --- events (in) --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Charge:
    amount: Decimal
    currency: str
    email: str
    sale_id: str  # chosen now, on the cashier's press: a Cancel before KuPay answers can name the sale


@dataclass(frozen=True)
class Created:
    attempt: int
    sale: Sale  # with KuPay's payment id and pay URL
    journal_error: str = ""  # KuPay made it, but this computer could not record it


@dataclass(frozen=True)
class CreateFailed:
    attempt: int
    message: str  # one sentence for the cashier
    sale: Sale | None = None  # journaled, so Retry sends the same id; None: nothing was saved or sent
    retryable: bool = True
    owner_must_check: bool = False  # KuPay may hold a payment the till cannot show: Needs check, no retry


@dataclass(frozen=True)
class StatusRead:
    status: PaymentStatus


@dataclass(frozen=True)
class ReadFailed:
    message: str
    token_refused: bool = False


@dataclass(frozen=True)
class Cancel:
    pass


@dataclass(frozen=True)
class Retry:
    pass


@dataclass(frozen=True)
class Back:
    pass


@dataclass(frozen=True)
class NewSale:
    first_key: str = ""  # a digit pressed on Paid / Not paid: the next sale's first key


@dataclass(frozen=True)
class CheckNow:
    pass


@dataclass(frozen=True)
class QrNotShown:
    """The waiting screen could not draw the pay link as a QR code: nobody can pay it at the counter."""


Event = (
    Charge
    | Created
    | CreateFailed
    | StatusRead
    | ReadFailed
    | Cancel
    | Retry
    | Back
    | NewSale
    | CheckNow
    | QrNotShown
)


# --- effects (out) ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CreatePayment:
    """Off the UI thread: (first time) take an order number and journal the sale, then send it."""

    attempt: int
    sale_id: str
    amount: Decimal
    currency: str
    email: str = ""
    sale: Sale | None = None  # a Retry: the journaled sale, sent again with the same id


@dataclass(frozen=True)
class AbandonCreate:
    """The cashier left while the create was under way: whatever the job has not done yet, it must not do
    (no journal row, no send). A JournalState that follows records the sale as cancelled now."""

    attempt: int
    sale_id: str


@dataclass(frozen=True)
class JournalState:
    sale_id: str
    state: SaleState
    note: str


@dataclass(frozen=True)
class StartPolling:
    sale: Sale


@dataclass(frozen=True)
class StopPolling:
    pass


@dataclass(frozen=True)
class PollNow:
    pass


@dataclass(frozen=True)
class WatchLatePayment:
    sale_id: str


@dataclass(frozen=True)
class SaleFinished:
    """For the last-sale line: the sale as it ended at the counter."""

    sale: Sale


class Screen(enum.Enum):
    KEYPAD = "keypad"
    NEW_KEYPAD = "new_keypad"  # the keypad, cleared for the next sale
    CREATING = "creating"
    CREATE_FAILED = "create_failed"
    WAITING = "waiting"
    STATUS = "status"  # a new line on the waiting screen
    TROUBLE = "trouble"  # connection trouble on the waiting screen (polling goes on)
    TOKEN_REFUSED = "token_refused"
    PAID = "paid"
    UNPAID = "unpaid"
    NEEDS_CHECK = "needs_check"  # KuPay said paid, but not for this sale's amount, currency or order: amber


@dataclass(frozen=True)
class Show:
    screen: Screen
    sale: Sale | None = None
    message: str = ""
    status: PaymentStatus | None = None
    can_retry: bool = False
    amount: Decimal | None = None  # while creating, before the sale exists
    currency: str = ""
    key: str = ""  # the new sale's first key


@dataclass(frozen=True)
class TellCashier:
    """A discreet line that takes no focus (e.g. the journal could not record a created payment)."""

    message: str


Effect = (
    CreatePayment
    | AbandonCreate
    | JournalState
    | StartPolling
    | StopPolling
    | PollNow
    | WatchLatePayment
    | SaleFinished
    | Show
    | TellCashier
)

JOURNAL_FAILED_AFTER_CREATE = QT_TRANSLATE_NOOP(
    "Flow",
    "KuPay made the payment, but this computer could not save the sale. The customer can pay; "
    "tell the owner the journal needs attention.",
)


@dataclass
class CounterFlow:
    """The sale on screen. `handle(event)` returns the effects to run, in order; an event that makes no
    sense in the current step (a second Enter, a stale answer) returns none."""

    step: Step = Step.ENTERING
    attempt: int = 0  # bumps on every create and every leave: an answer for an older attempt is stale
    sale: Sale | None = None
    sale_id: str = ""  # the sale being created (known before the journal has it)
    _abandoned: set[str] = field(default_factory=set)  # sale ids the cashier left while creating

    def handle(self, event: Event) -> list[Effect]:
        match event:
            case Charge():
                return self._charge(event)
            case Created():
                return self._created(event)
            case CreateFailed():
                return self._create_failed(event)
            case StatusRead():
                return self._status_read(event.status)
            case ReadFailed():
                return self._read_failed(event)
            case Cancel():
                return self._cancel()
            case Retry():
                return self._retry()
            case Back():
                return self._back()
            case NewSale():
                return self._new_sale(event)
            case CheckNow():
                return [PollNow()] if self.step is Step.WAITING else []
            case QrNotShown():
                return self._qr_not_shown()
        return []  # pragma: no cover - every event is matched above

    # -- charging ----------------------------------------------------------------------------------
    def _charge(self, event: Charge) -> list[Effect]:
        if self.step is not Step.ENTERING:
            return []  # a second Enter, click or autorepeat finds nothing to do
        self.step = Step.CREATING
        self.attempt += 1
        self.sale = None
        self.sale_id = event.sale_id
        return [
            Show(Screen.CREATING, amount=event.amount, currency=event.currency),
            CreatePayment(self.attempt, event.sale_id, event.amount, event.currency, event.email),
        ]

    def _retry(self) -> list[Effect]:
        sale = self.sale
        if self.step is not Step.FAILED or sale is None:
            return []
        self.step = Step.CREATING
        self.attempt += 1
        return [
            Show(Screen.CREATING, sale=sale, amount=sale.amount, currency=sale.currency),
            CreatePayment(self.attempt, sale.id, sale.amount, sale.currency, sale.email, sale=sale),
        ]

    def _created(self, event: Created) -> list[Effect]:
        if event.attempt != self.attempt or self.step is not Step.CREATING:
            if event.sale.id in self._abandoned:
                # The cashier left before KuPay answered: nobody saw the QR, but a wallet could still pay it.
                return [WatchLatePayment(event.sale.id)]
            return []
        self.sale = event.sale
        self.step = Step.WAITING
        effects: list[Effect] = [Show(Screen.WAITING, sale=event.sale), StartPolling(event.sale)]
        if event.journal_error:
            effects.append(TellCashier(JOURNAL_FAILED_AFTER_CREATE))
        return effects

    def _create_failed(self, event: CreateFailed) -> list[Effect]:
        if event.attempt != self.attempt or self.step is not Step.CREATING:
            return []
        if event.owner_must_check and event.sale is not None:
            # Journaled as Needs check by the job (state_after_create_error): the owner looks in KuPay's panel.
            checked = event.sale.with_(state=SaleState.NEEDS_CHECK)
            return self._end(checked, Show(Screen.NEEDS_CHECK, sale=checked, message=event.message))
        self.sale = event.sale
        self.step = Step.FAILED
        can_retry = event.sale is not None and event.retryable
        return [Show(Screen.CREATE_FAILED, sale=event.sale, message=event.message, can_retry=can_retry)]

    # -- waiting -----------------------------------------------------------------------------------
    def _status_read(self, status: PaymentStatus) -> list[Effect]:
        sale = self.sale
        if self.step is not Step.WAITING or sale is None:
            return []
        if not status.state.is_final:
            return [Show(Screen.STATUS, sale=sale, status=status)]
        # PAID only for a paid word about this sale; a paid word for another amount, currency or order
        # is Needs check (the journal applies the same rule); any other end is UNPAID.
        final, problem = state_after_answer(sale.state, status, sale.amount, sale.currency, sale.order_number)
        ended = sale.with_(state=final, status_word=status.raw_status)
        screen = {SaleState.PAID: Screen.PAID, SaleState.NEEDS_CHECK: Screen.NEEDS_CHECK}.get(
            final, Screen.UNPAID
        )
        effects = self._end(ended, Show(screen, sale=ended, status=status, message=problem))
        if late_payment_possible(ended, status.state.value):
            effects.append(WatchLatePayment(ended.id))
        return effects

    def _read_failed(self, event: ReadFailed) -> list[Effect]:
        if self.step is not Step.WAITING:
            return []
        if event.token_refused and self.sale is not None:
            # Nothing more can be asked about it with this token: the owner settles it (History, KuPay's panel).
            self.step = Step.STOPPED
            return [
                StopPolling(),
                JournalState(self.sale.id, SaleState.NEEDS_CHECK, event.message),
                Show(Screen.TOKEN_REFUSED, sale=self.sale, message=event.message),
            ]
        return [Show(Screen.TROUBLE, sale=self.sale, message=event.message)]

    def _qr_not_shown(self) -> list[Effect]:
        sale = self.sale
        if self.step is not Step.WAITING or sale is None:
            return []
        # KuPay made a payment nobody can scan here: not paid, not unpaid, the owner checks it.
        checked = sale.with_(state=SaleState.NEEDS_CHECK)
        return [
            JournalState(sale.id, SaleState.NEEDS_CHECK, QR_NOT_DRAWN),
            *self._end(checked, Show(Screen.NEEDS_CHECK, sale=checked, message=QR_NOT_DRAWN)),
        ]

    def _end(self, ended: Sale, show: Show) -> list[Effect]:
        """The sale is over at the counter (green, red or amber): polling stops, the result is shown."""
        self.sale = ended
        self.step = Step.RESULT
        return [StopPolling(), show, SaleFinished(ended)]

    # -- leaving -----------------------------------------------------------------------------------
    def _cancel(self) -> list[Effect]:
        step, sale = self.step, self.sale
        if step not in (Step.CREATING, Step.WAITING, Step.STOPPED):
            return []
        self.attempt += 1  # an answer still under way is now stale
        effects: list[Effect] = [StopPolling()]
        if step is Step.CREATING:
            sale_id = sale.id if sale is not None else self.sale_id
            self._abandoned.add(sale_id)
            # Journaled now, not when KuPay answers: a create that fails or outlives the window must never be
            # sent again (the next start, or a resume worker Settings restarts, would re-send it).
            effects += [
                AbandonCreate(self.attempt - 1, sale_id),
                JournalState(sale_id, SaleState.CANCELLED_BY_CASHIER, CANCELLED_WHILE_CREATING),
            ]
        elif step is Step.WAITING and sale is not None:
            cancelled = sale.with_(state=SaleState.CANCELLED_BY_CASHIER)
            effects += [
                JournalState(sale.id, SaleState.CANCELLED_BY_CASHIER, CANCELLED_BY_CASHIER),
                SaleFinished(cancelled),
                WatchLatePayment(sale.id),
            ]
        elif step is Step.STOPPED and sale is not None:
            effects.append(SaleFinished(sale.with_(state=SaleState.NEEDS_CHECK)))
        return effects + self._to_keypad(Screen.KEYPAD)

    def _back(self) -> list[Effect]:
        if self.step is not Step.FAILED:
            return []
        effects: list[Effect] = []
        if self.sale is not None:
            # Otherwise the next start would send this create again for a customer who has gone.
            effects.append(
                JournalState(self.sale.id, SaleState.CANCELLED_BY_CASHIER, ABANDONED_AFTER_FAILED_CREATE)
            )
        return effects + self._to_keypad(Screen.KEYPAD)

    def _new_sale(self, event: NewSale) -> list[Effect]:
        if self.step is not Step.RESULT:
            return []
        effects = self._to_keypad(Screen.NEW_KEYPAD)
        return [Show(Screen.NEW_KEYPAD, key=event.first_key)] if event.first_key else effects

    def _to_keypad(self, screen: Screen) -> list[Effect]:
        self.step = Step.ENTERING
        self.sale = None
        self.sale_id = ""
        return [Show(screen)]
