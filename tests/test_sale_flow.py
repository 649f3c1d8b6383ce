"""The sale's life as a specification: `pos_app.flow`, without a window, a thread or a server.

The hypothesis state machine at the end drives the counter with random cashier presses and random KuPay
answers (fresh or stale, good or bad) and checks the promises a shop relies on against its own bookkeeping.
"""

from __future__ import annotations

import copy
from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from pos_app import flow
from pos_app.flow import (
    AbandonCreate,
    Back,
    Cancel,
    Charge,
    CheckNow,
    CounterFlow,
    Created,
    CreateFailed,
    CreatePayment,
    JournalState,
    NewSale,
    PollNow,
    QrNotShown,
    ReadFailed,
    ResumeAction,
    Retry,
    SaleFinished,
    Screen,
    Show,
    StartPolling,
    StatusRead,
    Step,
    StopPolling,
    TellCashier,
    WatchLatePayment,
)
from pos_app.kupay.models import PaymentState
from pos_app.kupay.status import parse_status
from pos_app.sale import Sale, SaleState

# The oracle's own list, not the module's: the words KuPay (and its plugin) use for money received.
ORACLE_PAID_WORDS = {"paid", "completed", "confirmed", "finished", "success", "succeeded"}
WORDS = [
    "paid",
    "PAID",
    " Completed ",
    "success",
    "open",
    "pending",
    "confirming",
    "partially_paid",
    "underpaid",
    "expired",
    "cancelled",
    "failed",
    "refunded",
    "paid_out",
    "unpaid",
    "pa\u0131d",  # dotless i: a look-alike
    "on_hold",
    "",
]


def status(word: str, payment_id: str = "pay-1", **fields):
    return parse_status({"status": word, **fields}, payment_id)


AT = datetime(2026, 3, 14, 12, 0).astimezone()


def journaled(sale_id: str = "s1", order: str = "T1-0001", **changes) -> Sale:
    sale = Sale(sale_id, order, AT, Decimal("12.50"), "USD")
    return sale.with_(**changes)


def created(sale_id: str = "s1") -> Sale:
    return journaled(sale_id, state=SaleState.WAITING, payment_id="pay-1", pay_url="https://pay.example/1")


def charged(flow_: CounterFlow, sale_id: str = "s1") -> list:
    return flow_.handle(Charge(Decimal("12.50"), "USD", "", sale_id))


def waiting(sale_id: str = "s1") -> CounterFlow:
    counter = CounterFlow()
    charged(counter, sale_id)
    counter.handle(Created(counter.attempt, created(sale_id)))
    return counter


# --------------------------------------------------------------------------------------- the counter
def test_charge_shows_creating_and_sends_one_create():
    counter = CounterFlow()
    effects = charged(counter)
    assert counter.step is Step.CREATING
    assert [type(e) for e in effects] == [Show, CreatePayment]
    assert effects[0].screen is Screen.CREATING


def test_a_second_enter_while_creating_does_nothing():
    counter = CounterFlow()
    charged(counter)
    assert charged(counter, "s2") == []


def test_created_shows_the_qr_and_starts_polling():
    counter = CounterFlow()
    charged(counter)
    effects = counter.handle(Created(counter.attempt, created()))
    assert counter.step is Step.WAITING
    assert Show(Screen.WAITING, sale=created()) in effects
    assert StartPolling(created()) in effects


def test_cancel_while_creating_abandons_the_sale_it_named():
    counter = CounterFlow()
    charged(counter, "s1")
    effects = counter.handle(Cancel())
    assert AbandonCreate(1, "s1") in effects
    assert counter.step is Step.ENTERING
    # KuPay answers after all: the QR is never shown, the payment is watched for a late payment.
    late = counter.handle(Created(1, created("s1")))
    assert late == [WatchLatePayment("s1")]
    assert counter.step is Step.ENTERING


def test_cancel_while_creating_journals_the_sale_as_cancelled_at_once():
    # #11 bug 1: journaled at the moment of Cancel, so neither a failing create nor the next start sends it.
    counter = CounterFlow()
    charged(counter, "s1")
    effects = counter.handle(Cancel())
    assert JournalState("s1", SaleState.CANCELLED_BY_CASHIER, flow.CANCELLED_WHILE_CREATING) in effects
    assert not any(isinstance(e, CreatePayment) for e in counter.handle(Retry()))


def test_a_create_failure_for_an_abandoned_sale_is_ignored():
    counter = CounterFlow()
    charged(counter)
    counter.handle(Cancel())
    assert counter.handle(CreateFailed(1, "KuPay is down.", journaled())) == []
    assert counter.step is Step.ENTERING


def test_create_failed_offers_retry_with_the_same_sale():
    counter = CounterFlow()
    charged(counter)
    effects = counter.handle(CreateFailed(1, "KuPay is down.", journaled()))
    assert effects == [Show(Screen.CREATE_FAILED, sale=journaled(), message="KuPay is down.", can_retry=True)]
    again = counter.handle(Retry())
    assert CreatePayment(2, "s1", Decimal("12.50"), "USD", "", sale=journaled()) in again


def test_nothing_saved_means_no_retry_only_back():
    counter = CounterFlow()
    charged(counter)
    effects = counter.handle(CreateFailed(1, "Could not be saved.", None))
    assert effects[0].can_retry is False
    assert counter.handle(Retry()) == []
    assert counter.handle(Back())[-1] == Show(Screen.KEYPAD)


def test_a_create_that_may_hide_a_payment_needs_the_owner_not_a_retry():
    counter = CounterFlow()
    charged(counter)
    effects = counter.handle(
        CreateFailed(1, "KuPay sent a link the till will not show.", journaled(), owner_must_check=True)
    )
    checked = journaled(state=SaleState.NEEDS_CHECK)
    assert (
        Show(Screen.NEEDS_CHECK, sale=checked, message="KuPay sent a link the till will not show.") in effects
    )
    assert SaleFinished(checked) in effects
    assert counter.step is Step.RESULT and counter.handle(Retry()) == []
    assert counter.handle(NewSale())[-1] == Show(Screen.NEW_KEYPAD)


def test_a_qr_code_that_cannot_be_drawn_ends_the_sale_for_the_owner():
    counter = waiting()
    effects = counter.handle(QrNotShown())
    checked = created().with_(state=SaleState.NEEDS_CHECK)
    assert JournalState("s1", SaleState.NEEDS_CHECK, flow.QR_NOT_DRAWN) in effects
    assert StopPolling() in effects and SaleFinished(checked) in effects
    assert [e.screen for e in effects if isinstance(e, Show)] == [Screen.NEEDS_CHECK]
    assert counter.handle(QrNotShown()) == []  # once


def test_the_customer_is_paying_only_while_creating_or_waiting():
    assert [s for s in Step if s.customer_is_paying] == [Step.CREATING, Step.WAITING]


def test_back_after_a_failed_create_journals_it_as_abandoned():
    counter = CounterFlow()
    charged(counter)
    counter.handle(CreateFailed(1, "KuPay is down.", journaled()))
    effects = counter.handle(Back())
    assert JournalState("s1", SaleState.CANCELLED_BY_CASHIER, "abandoned after a failed create") in effects


def test_a_journal_failure_after_kupay_made_the_payment_says_so_and_keeps_waiting():
    counter = CounterFlow()
    charged(counter)
    effects = counter.handle(Created(1, created(), journal_error="disk full"))
    assert counter.step is Step.WAITING
    assert StartPolling(created()) in effects
    told = [e for e in effects if isinstance(e, TellCashier)]
    assert told and "KuPay made the payment" in told[0].message
    assert "nothing was sent" not in told[0].message


@pytest.mark.parametrize("word", ["paid", "completed", "Success"])
def test_a_paid_word_turns_green(word):
    counter = waiting()
    effects = counter.handle(StatusRead(status(word)))
    assert counter.step is Step.RESULT
    assert any(isinstance(e, Show) and e.screen is Screen.PAID for e in effects)
    assert SaleFinished(created().with_(state=SaleState.PAID, status_word=word)) in effects


@pytest.mark.parametrize(
    "wrong", [{"amount": "0.01"}, {"currency": "JPY"}, {"order_number": "NOT-YOURS"}, {"amount": "4.99e2"}]
)
def test_a_paid_word_for_another_amount_currency_or_order_needs_a_check(wrong):
    counter = waiting()  # $12.50, order T1-0001
    effects = counter.handle(StatusRead(status("paid", **wrong)))
    shown = [e for e in effects if isinstance(e, Show)]
    assert [e.screen for e in shown] == [Screen.NEEDS_CHECK]
    assert "does not match this sale" in shown[0].message
    assert SaleFinished(created().with_(state=SaleState.NEEDS_CHECK, status_word="paid")) in effects
    assert StopPolling() in effects


def test_a_paid_word_with_this_sales_own_fields_turns_green():
    counter = waiting()
    effects = counter.handle(StatusRead(status("paid", amount=12.5, currency="usd", order_number="T1-0001")))
    assert any(isinstance(e, Show) and e.screen is Screen.PAID for e in effects)


@pytest.mark.parametrize("word", ["expired", "cancelled", "failed", "refunded"])
def test_an_end_without_payment_turns_red(word):
    counter = waiting()
    effects = counter.handle(StatusRead(status(word)))
    assert any(isinstance(e, Show) and e.screen is Screen.UNPAID for e in effects)
    assert StopPolling() in effects


def test_an_expired_sale_is_watched_for_a_late_payment():
    counter = waiting()
    assert WatchLatePayment("s1") in counter.handle(StatusRead(status("expired")))


@pytest.mark.parametrize("word", ["confirming", "partially_paid", "on_hold_by_compliance", "pa\u0131d"])
def test_words_that_do_not_end_the_sale_keep_waiting(word):
    counter = waiting()
    effects = counter.handle(StatusRead(status(word)))
    assert counter.step is Step.WAITING
    assert [e.screen for e in effects if isinstance(e, Show)] == [Screen.STATUS]


def test_a_refused_token_stops_polling_and_cancel_leaves_it_for_the_owner():
    counter = waiting()
    effects = counter.handle(ReadFailed("The token was refused.", token_refused=True))
    assert counter.step is Step.STOPPED
    assert StopPolling() in effects
    assert JournalState("s1", SaleState.NEEDS_CHECK, "The token was refused.") in effects
    left = counter.handle(Cancel())
    assert SaleFinished(created().with_(state=SaleState.NEEDS_CHECK)) in left


def test_cancel_while_waiting_journals_watches_and_returns_to_the_keypad():
    counter = waiting()
    effects = counter.handle(Cancel())
    assert JournalState("s1", SaleState.CANCELLED_BY_CASHIER, "cancelled by the cashier") in effects
    assert WatchLatePayment("s1") in effects
    assert effects[-1] == Show(Screen.KEYPAD)


def test_a_paid_read_after_cancel_does_not_turn_the_till_green():
    counter = waiting()
    counter.handle(Cancel())
    assert counter.handle(StatusRead(status("paid"))) == []
    assert counter.step is Step.ENTERING


def test_check_now_asks_only_while_waiting():
    assert waiting().handle(CheckNow()) == [PollNow()]
    assert CounterFlow().handle(CheckNow()) == []


def test_next_sale_clears_the_keypad():
    counter = waiting()
    counter.handle(StatusRead(status("paid")))
    assert counter.handle(NewSale()) == [Show(Screen.NEW_KEYPAD)]
    assert counter.step is Step.ENTERING


# ------------------------------------------------------------------------------------- journal rules
@pytest.mark.parametrize("current", list(SaleState))
def test_only_a_paid_word_makes_a_sale_paid(current):
    for state in PaymentState:
        after = flow.state_after_status(current, state)
        if after is SaleState.PAID:
            assert state.is_paid or current is SaleState.PAID


def test_a_paid_sale_leaves_paid_only_through_a_refund():
    assert flow.state_after_status(SaleState.PAID, PaymentState.EXPIRED) is SaleState.PAID
    assert flow.state_after_status(SaleState.PAID, PaymentState.WAITING) is SaleState.PAID
    assert flow.state_after_status(SaleState.PAID, PaymentState.REFUNDED) is SaleState.UNPAID


def test_a_cancelled_sale_is_not_revived_by_its_failing_create():
    assert (
        flow.state_after_request(SaleState.CANCELLED_BY_CASHIER, SaleState.CREATE_FAILED)
        is SaleState.CANCELLED_BY_CASHIER
    )
    assert flow.state_after_created(SaleState.CANCELLED_BY_CASHIER) is SaleState.CANCELLED_BY_CASHIER
    assert flow.state_after_status(SaleState.CANCELLED_BY_CASHIER, PaymentState.PAID) is SaleState.PAID


def test_every_state_has_words_for_people():
    labels = [flow.describe(s).label for s in SaleState]
    assert len(set(labels)) == len(labels)  # no two states read the same
    assert flow.describe(SaleState.PAID).tone is flow.Tone.PAID


def test_the_owner_and_the_day_report_read_a_sale_the_same_way():
    from pos_app.sale import state_word, status_text

    expired = created().with_(state=SaleState.UNPAID, status_word="expired")
    assert status_text(expired) == "Not paid (expired)"
    assert state_word(SaleState.NEEDS_CHECK) == flow.describe(SaleState.NEEDS_CHECK).label
    never_sent = journaled(state=SaleState.CANCELLED_BY_CASHIER)  # left before KuPay made a payment
    assert status_text(never_sent) == "Not sent"
    assert flow.marked_status(never_sent) == ("✕ Not sent", flow.Tone.UNPAID)


@pytest.mark.parametrize("current", list(SaleState))
@pytest.mark.parametrize("word", WORDS)
def test_a_status_answer_means_the_same_for_the_counter_history_and_the_resume_worker(current, word):
    # Every answer reaches the journal through flow.state_after_answer; the oracle: paid only for a paid
    # word about this sale's own amount, currency and order (or a sale already paid), never back from an end.
    for wrong in ({}, {"amount": "0.01"}, {"order_number": "NOT-YOURS"}):
        answer = status(word, **wrong)
        new, problem = flow.state_after_answer(current, answer, Decimal("12.50"), "USD", "T1-0001")
        paid_word = word.strip().lower() in ORACLE_PAID_WORDS
        if new is SaleState.PAID:
            assert (paid_word and not wrong) or current is SaleState.PAID
        assert bool(problem) == (paid_word and bool(wrong))
        if problem:
            assert new is SaleState.NEEDS_CHECK
        if not answer.state.is_final:  # news, not an end: a sale that has ended stays as it ended
            ended = (SaleState.PAID, SaleState.UNPAID, SaleState.CANCELLED_BY_CASHIER, SaleState.NEEDS_CHECK)
            assert new is (current if current in ended else SaleState.WAITING)


def test_a_sale_never_answered_is_sent_again_only_while_its_customer_may_still_be_there():
    never_answered = journaled(state=SaleState.CREATE_FAILED)
    again = flow.resume_action(never_answered, age_seconds=60, recreate_within=3600, can_ask_kupay=True)
    late = flow.resume_action(never_answered, age_seconds=7200, recreate_within=3600, can_ask_kupay=True)
    offline = flow.resume_action(never_answered, age_seconds=60, recreate_within=3600, can_ask_kupay=False)
    assert (again, late, offline) == (
        ResumeAction.CREATE_AGAIN,
        ResumeAction.TOO_LATE_TO_SEND,
        ResumeAction.NEEDS_CHECK,
    )


def test_a_qr_code_is_shown_again_only_while_the_payment_can_be_paid():
    assert flow.can_be_paid_now(created())
    assert not flow.can_be_paid_now(created().with_(state=SaleState.UNPAID))
    assert not flow.can_be_paid_now(journaled(state=SaleState.WAITING))  # no pay link yet


def test_demo_sales_from_an_earlier_run_end_quietly():
    sale = journaled(state=SaleState.WAITING, payment_id="pay-9")
    action = flow.resume_action(sale, age_seconds=60, recreate_within=3600, can_ask_kupay=True, demo=True)
    assert action is ResumeAction.END_QUIETLY
    real = flow.resume_action(sale, age_seconds=60, recreate_within=3600, can_ask_kupay=True)
    assert real is ResumeAction.POLL


# ------------------------------------------------------------------------------ the state machine
class Counter(RuleBasedStateMachine):
    """Random presses and random KuPay answers; the oracle keeps its own books of every promise."""

    def __init__(self) -> None:
        super().__init__()
        self.counter = CounterFlow()
        self.pending: list[CreatePayment] = []  # creates sent and not answered yet
        self.answered_ok: set[str] = set()  # sale ids KuPay created
        self.abandoned: set[str] = set()  # sale ids the cashier cancelled or left
        self.in_flight: dict[str, int] = {}  # sale id -> creates under way
        self.last_word = ""
        self.last_wrong: dict[str, str] = {}  # fields of the last answer that contradict the sale
        self.next_id = 0
        self.screen = Screen.KEYPAD  # what the oracle saw last on the till
        self.current = ""  # the sale the cashier charged last, while it is on screen

    def run(self, event) -> list:
        screen_before = self.screen
        effects = self.counter.handle(event)
        for effect in effects:
            if isinstance(effect, CreatePayment):
                if isinstance(event, Charge):
                    assert screen_before in (Screen.KEYPAD, Screen.NEW_KEYPAD), "charged off the keypad"
                    self.current = effect.sale_id
                else:
                    assert isinstance(event, Retry) and screen_before is Screen.CREATE_FAILED
                    assert effect.sale_id == self.current
                assert effect.sale_id not in self.abandoned, "created after Cancel"
                assert effect.sale_id not in self.answered_ok, "created twice"
                assert self.in_flight.get(effect.sale_id, 0) == 0, "two creates under way for one sale"
                self.in_flight[effect.sale_id] = 1
                self.pending.append(effect)
            elif isinstance(effect, AbandonCreate):
                self.abandoned.add(effect.sale_id)
            elif isinstance(effect, JournalState) and effect.state is SaleState.CANCELLED_BY_CASHIER:
                self.abandoned.add(effect.sale_id)
            elif isinstance(effect, (StartPolling, WatchLatePayment)):
                sale_id = effect.sale.id if isinstance(effect, StartPolling) else effect.sale_id
                assert sale_id in self.answered_ok, "polling a payment KuPay never made"
            if isinstance(effect, StartPolling):
                assert effect.sale.id == self.current, "another sale's payment on screen"
                assert effect.sale.id not in self.abandoned, "a cancelled sale shown to the customer"
            if isinstance(effect, Show):
                if effect.screen is Screen.PAID:
                    assert self.last_word.strip().lower() in ORACLE_PAID_WORDS, "green without a paid word"
                    assert not self.last_wrong, "green on a paid answer for another amount or order"
                    assert isinstance(event, StatusRead)
                if effect.screen in (Screen.KEYPAD, Screen.NEW_KEYPAD):
                    self.current = ""
                if effect.screen not in (Screen.STATUS, Screen.TROUBLE):
                    self.screen = effect.screen
        return effects

    @rule(cents=st.integers(1, 10**6))
    def charge(self, cents):
        self.next_id += 1
        self.run(Charge(Decimal(cents) / 100, "USD", "", f"sale-{self.next_id}"))

    @precondition(lambda self: self.pending)
    @rule(
        index=st.integers(0, 100),
        ok=st.booleans(),
        saved=st.booleans(),
        journal_ok=st.booleans(),
        owner_must_check=st.booleans(),
    )
    def kupay_answers_a_create(self, index, ok, saved, journal_ok, owner_must_check):
        job = self.pending.pop(index % len(self.pending))
        self.in_flight[job.sale_id] = 0
        sale = journaled(job.sale_id, order=f"T1-{self.next_id:04d}")
        if ok:
            self.answered_ok.add(job.sale_id)
            made = sale.with_(state=SaleState.WAITING, payment_id=f"pay-{job.sale_id}", pay_url="https://p/")
            self.run(Created(job.attempt, made, journal_error="" if journal_ok else "disk full"))
        else:
            failed = CreateFailed(
                job.attempt, "KuPay is down.", sale if saved else None, owner_must_check=owner_must_check
            )
            self.run(failed)

    @precondition(lambda self: self.answered_ok)
    @rule(
        word=st.sampled_from(WORDS),
        wrong=st.sampled_from(
            [{}, {}, {"amount": "0.01"}, {"currency": "JPY"}, {"order_number": "NOT-YOURS"}]
        ),
    )
    def kupay_says(self, word, wrong):
        self.last_word, self.last_wrong = word, wrong  # every sale here is $12.50, order T1-...
        self.run(StatusRead(status(word, **wrong)))

    @precondition(lambda self: self.screen not in (Screen.KEYPAD, Screen.NEW_KEYPAD))
    @rule(refused=st.booleans())
    def a_read_fails(self, refused):
        self.run(ReadFailed("No answer.", token_refused=refused))

    @precondition(lambda self: self.screen not in (Screen.KEYPAD, Screen.NEW_KEYPAD))
    @rule()
    def cancel(self):
        self.run(Cancel())

    @precondition(lambda self: self.screen not in (Screen.KEYPAD, Screen.NEW_KEYPAD))
    @rule()
    def retry(self):
        self.run(Retry())

    @precondition(lambda self: self.screen not in (Screen.KEYPAD, Screen.NEW_KEYPAD))
    @rule()
    def back(self):
        self.run(Back())

    @precondition(lambda self: self.screen not in (Screen.KEYPAD, Screen.NEW_KEYPAD))
    @rule()
    def new_sale(self):
        self.run(NewSale())

    @precondition(lambda self: self.screen not in (Screen.KEYPAD, Screen.NEW_KEYPAD))
    @rule()
    def check_now(self):
        self.run(CheckNow())

    @precondition(lambda self: self.screen not in (Screen.KEYPAD, Screen.NEW_KEYPAD))
    @rule()
    def the_qr_code_cannot_be_drawn(self):
        self.run(QrNotShown())

    @precondition(lambda self: self.screen in (Screen.KEYPAD, Screen.NEW_KEYPAD))
    @rule(
        event=st.sampled_from(
            [Cancel(), Retry(), Back(), NewSale(), CheckNow(), ReadFailed("x", True), QrNotShown()]
        )
    )
    def presses_on_the_keypad_do_nothing(self, event):
        assert self.run(event) == []

    @invariant()
    def the_cashier_can_always_leave(self):
        trial = copy.deepcopy(self.counter)
        exit_ = flow.EXITS[trial.step]
        if exit_:
            trial.handle({"cancel": Cancel(), "back": Back(), "new_sale": NewSale()}[exit_])
        assert trial.step is Step.ENTERING

    @invariant()
    def the_screen_matches_the_step(self):
        sale = self.counter.sale
        if self.counter.step in (Step.WAITING, Step.STOPPED):
            assert sale is not None and sale.payment_id
        if self.counter.step is Step.RESULT:
            # Green or red only for a payment KuPay made; a create that may hide one ends as Needs check.
            assert sale is not None and (sale.payment_id or sale.state is SaleState.NEEDS_CHECK)


Counter.TestCase.settings = settings(max_examples=300, stateful_step_count=40, deadline=None)
test_counter_state_machine = Counter.TestCase
