"""How a sale is kept in the journal's SQLite file, for the store and its queries alike: the columns a
sale is read with, times as UTC epoch microseconds (what history and reports sort and filter on, so a local
day with a DST change is still one correct range), and a row back into a `Sale`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from pos_app.sale import Sale, SaleState
from pos_app.wording import QT_TRANSLATE_NOOP

# States whose outcome is not known yet: resumed (polled or create retried) when the terminal starts.
# NEEDS_CHECK is included: a later start may still settle it when the network is back.
UNFINISHED_STATES: tuple[SaleState, ...] = (
    SaleState.CREATING,
    SaleState.CREATE_FAILED,
    SaleState.WAITING,
    SaleState.NEEDS_CHECK,
)


@dataclass(frozen=True)
class SaleEvent:
    """One line of a sale's timeline: when, the terminal state, KuPay's raw word (if any), a note."""

    at: datetime  # timezone-aware UTC
    state: SaleState
    status_word: str = ""
    note: str = ""


# The timeline note written just before each create request leaves (in English, as notes are stored): the
# one fact that tells "Not sent" from "may have reached KuPay" for a sale without a payment id.
SENT_TO_KUPAY = QT_TRANSLATE_NOOP("Timeline", "create request sent to KuPay")

_SALE_COLUMNS = (
    "id, order_number, created_at, amount, currency, state, payment_id, pay_url, status_word, email, rowid,"
    " created_us, EXISTS(SELECT 1 FROM sale_events e WHERE e.sale_id = sales.id"
    f" AND e.note = '{SENT_TO_KUPAY}')"
)


_US = 1_000_000


def _to_us(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.astimezone()  # naive means local: make it explicit before converting
    delta = moment.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86400 + delta.seconds) * _US + delta.microseconds


def _from_us(us: int) -> datetime:
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=us)


from_us = _from_us  # for the shop database's timelines (pos_app/shop)


def local_day_bounds(day: date) -> tuple[int, int]:
    """[start, end) of a local calendar day in UTC epoch microseconds (23 or 25 hours on DST days)."""
    start = datetime.combine(day, time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return _to_us(start), _to_us(end)


def _sale_from_row(row: Sequence[object]) -> Sale:
    return Sale(
        id=str(row[0]),
        order_number=str(row[1]),
        created_at=datetime.fromisoformat(str(row[2])),
        amount=Decimal(str(row[3])),
        currency=str(row[4]),
        state=SaleState(str(row[5])),
        payment_id=str(row[6]),
        pay_url=str(row[7]),
        status_word=str(row[8]),
        email=str(row[9]),
        sent=bool(row[12]),
    )
