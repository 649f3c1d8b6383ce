"""What the till's parts need from each other, as Protocols: the KuPay client, the sales journal, the places
History and the day report read sales from, and the runner of background jobs.

The real classes (`KuPayClient`, `Journal`, `ShopViews`, `ui.tasks.TaskRunner`) satisfy them without naming
them, and so can a test double; code that takes one of these is checked by mypy instead of hiding a wrong
call behind `Any`. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Protocol, TypeVar, runtime_checkable

from pos_app.journal import DayTotals, HistoryFilter, SaleEvent
from pos_app.kupay.models import CreatedPayment, PaymentRequest, PaymentStatus
from pos_app.sale import Sale, SaleState

T = TypeVar("T")


class PaymentClient(Protocol):
    """KuPay's two endpoints (`KuPayClient`). Not to be shared by threads: each thread makes its own."""

    def create_payment(self, req: PaymentRequest) -> CreatedPayment: ...

    def payment_status(self, payment_id: str) -> PaymentStatus: ...

    def close(self) -> None: ...


MakeClient = Callable[[], PaymentClient]  # a fresh client, with the till's current token and address


class SaleTimelines(Protocol):
    """A sale's timeline as the owner reads it: this till's journal, or one till's rows in the shop database."""

    def changes(self, sale_id: str) -> list[SaleEvent]: ...


@runtime_checkable  # History tells this till's journal from another till's timelines (shop database)
class SalesJournal(SaleTimelines, Protocol):
    """The journal a sale's life is written to, before anything is sent (`Journal`)."""

    def next_order_number(self, prefix: str) -> str: ...

    def record_new(self, sale: Sale, request: PaymentRequest | None = None) -> None: ...

    def record_new_numbered(
        self, prefix: str, make: Callable[[str], tuple[Sale, PaymentRequest]]
    ) -> Sale: ...

    def record_sent(self, sale_id: str) -> None: ...

    def record_created(self, sale_id: str, payment_id: str, pay_url: str) -> None: ...

    def record_status(self, sale_id: str, status: PaymentStatus) -> Sale | None: ...

    def record_state(self, sale_id: str, state: SaleState, note: str = "") -> None: ...

    def receipt_printed(self, sale_id: str) -> bool: ...

    def get(self, sale_id: str) -> Sale | None: ...

    def payment_request(self, sale_id: str, default_url: str) -> PaymentRequest | None: ...

    def unfinished(self) -> list[Sale]: ...

    def late_checks(self, since: datetime) -> list[Sale]: ...

    def close(self) -> None: ...


class SalesPage(Protocol):
    """One page of History's rows (the journal's `HistoryPage`, the shop database's `ShopPage`)."""

    @property
    def sales(self) -> list[Sale]: ...

    @property
    def next_cursor(self) -> Any: ...  # the source's own cursor, handed back to the same source's page()


class SalesList(Protocol):
    """Where History's table reads sales: this till's journal, or every till's in the shop database."""

    def count(self, flt: HistoryFilter | None = None) -> int: ...

    # `after` is a cursor this same source gave out (HistoryCursor or ShopCursor): Any, as the two differ.
    def page(self, flt: HistoryFilter | None = None, limit: int = 200, after: Any = None) -> SalesPage: ...


class DaySales(SalesList, Protocol):
    """What the day report reads from this till's journal: a day's totals and its sales."""

    def day_totals(self, day: date) -> DayTotals: ...


class TillJournal(SalesJournal, DaySales, Protocol):
    """This till's journal as History and the day report read it, and a status check writes to it."""


class Tasks(Protocol):
    """Runs a blocking call off the UI thread and hands its result, or its exception, back on the UI thread
    (`ui.tasks.TaskRunner`)."""

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...

    def wait_all(self, msecs: int = 10000) -> bool: ...
