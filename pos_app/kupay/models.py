"""Values that cross the KuPay API boundary. Pure Python, frozen dataclasses."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pos_app.kupay.currencies import CURRENCIES as CURRENCIES  # (re-exported: its old home)


class PaymentState(enum.Enum):
    """What a KuPay status word means to the terminal. Only PAID may ever turn the screen green."""

    PAID = "paid"
    WAITING = "waiting"  # open / pending / new: the customer has not paid yet
    CONFIRMING = "confirming"  # payment seen, not yet confirmed: keep waiting, say so
    PARTIALLY_PAID = "partially_paid"  # underpaid: keep waiting, shown distinctly, never green
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    FAILED = "failed"  # failure / failed / error / invalid
    REFUNDED = "refunded"
    UNKNOWN = "unknown"  # a word nobody documented: keep polling, show the raw word

    @property
    def is_paid(self) -> bool:
        return self is PaymentState.PAID

    @property
    def is_final(self) -> bool:
        """True when polling may stop: paid, or ended unpaid."""
        return self in _FINAL

    @property
    def ended_unpaid(self) -> bool:
        return self in _FINAL and self is not PaymentState.PAID


_FINAL = frozenset(
    {
        PaymentState.PAID,
        PaymentState.EXPIRED,
        PaymentState.CANCELLED,
        PaymentState.FAILED,
        PaymentState.REFUNDED,
    }
)


@dataclass(frozen=True)
class PaymentRequest:
    """The body of POST /payment/create. `amount` is exact; it becomes a JSON number only on the wire."""

    id: str
    order_number: str
    created_at: datetime  # timezone-aware, local offset
    currency: str
    amount: Decimal
    cancel_url: str
    paid_url: str
    callback_url: str
    email: str = ""
    order_status_url: str = ""


@dataclass(frozen=True)
class CreatedPayment:
    """KuPay's answer to a create: where the customer pays, and the id to poll."""

    payment_id: str
    pay_url: str


@dataclass(frozen=True)
class PaymentStatus:
    """A normalised status read. `raw_status` keeps KuPay's own word, as sent."""

    payment_id: str
    state: PaymentState
    raw_status: str
    created_at: datetime | None = None  # timezone-aware (UTC when KuPay gave no offset)
    order_number: str = ""
    currency: str = ""
    amount: Decimal | None = None
    unreadable: frozenset[str] = frozenset()  # fields the answer sent that could not be read
