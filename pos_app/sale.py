"""A sale at the counter and its life: entering → creating → waiting → paid | unpaid. Pure Python."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from pos_app.wording import QT_TRANSLATE_NOOP

# One word per state for people: History, a sale's timeline, the end-of-day paper (Sentences: the UI shows
# them in the shop's language; files such as the CSV keep the English word).
# The cashier's words (the result screen's "Not paid", the last-sale line), so an expired sale is not
# "Not paid", "Unpaid (expired)" and "Expired" in three places.
_STATE_WORDS = {
    "creating": QT_TRANSLATE_NOOP("SaleState", "Not confirmed"),
    "create_failed": QT_TRANSLATE_NOOP("SaleState", "Not sent"),
    "waiting": QT_TRANSLATE_NOOP("SaleState", "Waiting"),
    "paid": QT_TRANSLATE_NOOP("SaleState", "Paid"),
    "unpaid": QT_TRANSLATE_NOOP("SaleState", "Not paid"),
    "cancelled_by_cashier": QT_TRANSLATE_NOOP("SaleState", "Cancelled at the till"),
    "needs_check": QT_TRANSLATE_NOOP("SaleState", "Needs checking"),
}
# A sale cancelled after its create request left but before KuPay's answer came (`status_text`).
MAY_HAVE_REACHED_KUPAY = QT_TRANSLATE_NOOP("SaleState", "Cancelled — may have reached KuPay")
# KuPay's status words for people, by what they mean (pos_app.kupay.status.normalise).
_KUPAY_SAID = {
    "paid": QT_TRANSLATE_NOOP("KuPaySaid", "paid"),
    "waiting": QT_TRANSLATE_NOOP("KuPaySaid", "waiting for the customer"),
    "confirming": QT_TRANSLATE_NOOP("KuPaySaid", "payment seen, confirming"),
    "partially_paid": QT_TRANSLATE_NOOP("KuPaySaid", "partly paid"),
    "expired": QT_TRANSLATE_NOOP("KuPaySaid", "expired"),
    "cancelled": QT_TRANSLATE_NOOP("KuPaySaid", "cancelled"),
    "failed": QT_TRANSLATE_NOOP("KuPaySaid", "failed"),
    "refunded": QT_TRANSLATE_NOOP("KuPaySaid", "refunded"),
}


class SaleState(enum.Enum):
    CREATING = "creating"  # journaled, create call not answered yet
    CREATE_FAILED = "create_failed"  # create answered with an error; may be retried with the same id
    WAITING = "waiting"  # payment created, polling
    PAID = "paid"
    UNPAID = "unpaid"  # ended unpaid (expired, cancelled, failed, refunded): see Sale.status_word
    CANCELLED_BY_CASHIER = "cancelled_by_cashier"  # cashier left the waiting screen
    NEEDS_CHECK = "needs_check"  # outcome could not be settled: the owner must look in KuPay's panel


def new_sale_id() -> str:
    """KuPay's `id`: unique per sale, reused on every retry of the same create."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Sale:
    id: str
    order_number: str
    created_at: datetime  # timezone-aware, local offset
    amount: Decimal
    currency: str
    email: str = ""
    state: SaleState = SaleState.CREATING
    payment_id: str = ""
    pay_url: str = ""
    status_word: str = ""  # KuPay's last raw status word
    sent: bool = False  # a create request for it left for KuPay (journal: the SENT_TO_KUPAY timeline note)

    def with_(self, **changes: object) -> Sale:
        return replace(self, **changes)  # type: ignore[arg-type]


def kupay_said(raw_status: str) -> str:
    """KuPay's status word for people ("partially_paid" -> "partly paid"); an unknown word is quoted as is."""
    from pos_app.kupay.status import normalise

    if not raw_status:
        return ""
    return _KUPAY_SAID.get(
        normalise(raw_status).value, QT_TRANSLATE_NOOP("KuPaySaid", "“{word}”").format(word=raw_status)
    )


def state_word(state: SaleState) -> str:
    """ "Paid", "Not paid", "Cancelled at the till": a state as the owner reads it (one word everywhere)."""
    return _STATE_WORDS.get(state.value, state.value)


def status_text(sale: Sale) -> str:
    """ "Paid", "Unpaid (expired)", "Waiting (confirming)": the state, with KuPay's own word when it adds news."""
    if sale.state is SaleState.CANCELLED_BY_CASHIER and not sale.payment_id:
        if sale.sent:
            # The create left but its answer never came (cancelled under way, timed out, lost): KuPay may
            # hold an open payment and may have e-mailed its link; "Not sent" would be untrue.
            return MAY_HAVE_REACHED_KUPAY
        # Left before any create request went out: nothing was ever there to cancel.
        return QT_TRANSLATE_NOOP("SaleState", "Not sent")
    text = state_word(sale.state)
    word = sale.status_word.strip()
    if word and word.lower() not in (text.lower(), "open") and sale.state is not SaleState.PAID:
        return QT_TRANSLATE_NOOP("SaleState", "{state} ({word})").format(state=text, word=kupay_said(word))
    return text
