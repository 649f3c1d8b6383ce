"""The sale flow's decisions, without Qt: building a sale, and what a status means to the cashier.

The screens only render what these functions return, so the wording and the rules (what is final, what
is green, what the cashier should do next) are tested without a window.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from pos_app.kupay.models import PaymentRequest, PaymentState, PaymentStatus
from pos_app.sale import Sale, new_sale_id
from pos_app.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pos_app.credentials import CredentialStore
    from pos_app.journal import Journal
    from pos_app.kupay.sandbox import Sandbox
    from pos_app.ports import MakeClient, PaymentClient
    from pos_app.settings import Settings
    from pos_app.shop.replication import ShopSync

# KuPay does not document how long a payment stays open; its sandbox and CoinGate use 15–20 minutes.
# The waiting screen shows time left only in the last few minutes of this assumed life.
ASSUMED_PAYMENT_LIFE = timedelta(minutes=15)
SHOW_TIME_LEFT_WITHIN = timedelta(minutes=3)


@dataclass
class Backend:
    """What the till needs to take payments. `make_client` gives each polling thread its own session."""

    journal: Journal
    client: PaymentClient
    make_client: MakeClient
    sandbox: Sandbox | None = None  # demo: the built-in sandbox serving in this process
    credentials: CredentialStore | None = None  # where the token came from (None in demo and tests)
    shop_sync: ShopSync | None = None  # pushes the journal to the shop database (None: no shop database)

    def close(self) -> None:
        if self.shop_sync is not None:
            self.shop_sync.stop(timeout=1.0)  # before the journal it reads closes; a daemon thread
        for closer in (self.client.close, self.journal.close):
            try:
                closer()
            except Exception:  # shutting down: log and go on
                logging.getLogger(__name__).exception("closing the backend")
        if self.sandbox is not None:
            self.sandbox.stop()


class OrderNumbers(Protocol):
    def next_order_number(self, prefix: str) -> str: ...


def build_sale(
    journal: OrderNumbers,
    settings: Settings,
    amount: Decimal,
    currency: str,
    email: str = "",
    *,
    now: datetime | None = None,
    sale_id: str = "",
) -> Sale:
    """A new sale with a fresh KuPay id (or `sale_id`, chosen earlier) and the next order number (call this
    off the UI thread)."""
    number = journal.next_order_number(settings.order_prefix)
    return _new_sale(number, amount, currency, email, now=now, sale_id=sale_id)


class NewSales(Protocol):
    def record_new_numbered(
        self, prefix: str, make: Callable[[str], tuple[Sale, PaymentRequest]]
    ) -> Sale: ...


def journal_new_sale(
    journal: NewSales,
    settings: Settings,
    amount: Decimal,
    currency: str,
    email: str = "",
    *,
    sale_id: str = "",
) -> Sale:
    """`build_sale`, journaled with its exact create body in the same transaction as its order number: the
    charge path's one disk sync before the create is sent (call this off the UI thread)."""

    def make(number: str) -> tuple[Sale, PaymentRequest]:
        sale = _new_sale(number, amount, currency, email, sale_id=sale_id)
        return sale, payment_request(sale, settings)

    return journal.record_new_numbered(settings.order_prefix, make)


def _new_sale(
    number: str, amount: Decimal, currency: str, email: str, *, now: datetime | None = None, sale_id: str = ""
) -> Sale:
    return Sale(
        id=sale_id or new_sale_id(),
        order_number=number,
        created_at=(now or datetime.now()).astimezone(),
        amount=amount,
        currency=currency,
        email=email.strip(),
    )


def payment_request(sale: Sale, settings: Settings) -> PaymentRequest:
    """The create body for a sale. The same sale always gives the same request (retries reuse the id)."""
    return PaymentRequest(
        id=sale.id,
        order_number=sale.order_number,
        created_at=sale.created_at,
        currency=sale.currency,
        amount=sale.amount,
        cancel_url=settings.cancel_url,
        paid_url=settings.paid_url,
        callback_url=settings.effective_callback_url,
        email=sale.email,
        order_status_url=settings.order_status_url,
    )


class Tone(enum.Enum):
    """How a waiting-screen line looks: the screen maps each tone to a QSS state."""

    WAITING = "waiting"
    PROGRESS = "progress"  # payment seen / partly paid: good news, not final
    TROUBLE = "trouble"  # connection trouble: we keep trying


@dataclass(frozen=True)
class StatusLine:
    text: str
    tone: Tone
    detail: str = ""  # small print, e.g. an undocumented raw word


WAITING_LINE = StatusLine(QT_TRANSLATE_NOOP("PaymentStatus", "Waiting for the customer…"), Tone.WAITING)
RETRYING_LINE = StatusLine(QT_TRANSLATE_NOOP("PaymentStatus", "Connection lost — retrying…"), Tone.TROUBLE)


def status_line(status: PaymentStatus) -> StatusLine:
    """The waiting screen's plain-words line for a status that does not end the sale."""
    state = status.state
    if state is PaymentState.CONFIRMING:
        return StatusLine(
            QT_TRANSLATE_NOOP("PaymentStatus", "Payment seen, waiting for confirmation…"), Tone.PROGRESS
        )
    if state is PaymentState.PARTIALLY_PAID:
        return StatusLine(
            QT_TRANSLATE_NOOP("PaymentStatus", "Partly paid — waiting for the rest"), Tone.PROGRESS
        )
    if state is PaymentState.UNKNOWN:
        # An undocumented word never ends the wait and is never shown as paid; show it discreetly.
        return StatusLine(
            WAITING_LINE.text,
            Tone.WAITING,
            QT_TRANSLATE_NOOP("PaymentStatus", "KuPay says “{word}”").format(word=status.raw_status),
        )
    return WAITING_LINE


@dataclass(frozen=True)
class Outcome:
    """What the result screen says about a sale that ended unpaid."""

    reason: str
    advice: str


def unpaid_outcome(state: PaymentState, raw_status: str = "") -> Outcome:
    if state is PaymentState.EXPIRED:
        return Outcome(
            QT_TRANSLATE_NOOP("Outcome", "The payment expired."),
            QT_TRANSLATE_NOOP(
                "Outcome",
                "If the customer already paid, wait — it can still arrive. It is checked in History.",
            ),
        )
    if state is PaymentState.CANCELLED:
        return Outcome(
            QT_TRANSLATE_NOOP("Outcome", "The payment was cancelled."),
            QT_TRANSLATE_NOOP("Outcome", "Start a new sale if the customer still wants to pay."),
        )
    if state is PaymentState.REFUNDED:
        return Outcome(
            QT_TRANSLATE_NOOP("Outcome", "The payment was refunded."),
            QT_TRANSLATE_NOOP("Outcome", "Nothing was received for this sale."),
        )
    again = QT_TRANSLATE_NOOP("Outcome", "Start a new sale to let the customer try again.")
    if raw_status:
        failed = QT_TRANSLATE_NOOP("Outcome", "The payment failed (KuPay says “{word}”).").format(
            word=raw_status
        )
        return Outcome(failed, again)
    return Outcome(QT_TRANSLATE_NOOP("Outcome", "The payment failed."), again)


def elapsed_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def time_left_text(created_at: datetime, now: datetime) -> str:
    """ "" while there is plenty of time; "About 2 min left" near the end of the assumed life."""
    left = created_at + ASSUMED_PAYMENT_LIFE - now
    if left > SHOW_TIME_LEFT_WITHIN:
        return ""
    if left <= timedelta(0):
        return QT_TRANSLATE_NOOP("Clock", "Time is up — waiting for KuPay’s final word")
    minutes = int(left.total_seconds() // 60)
    if minutes >= 1:
        return QT_TRANSLATE_NOOP("Clock", "About {minutes} min left").format(minutes=minutes + 1)
    return QT_TRANSLATE_NOOP("Clock", "{seconds} s left").format(seconds=int(left.total_seconds()))
