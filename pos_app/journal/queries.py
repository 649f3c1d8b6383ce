"""The journal's queries for people: History's pages (keyset, filters, order-number search), a day's
totals (the one rule for which column a sale counts in, shared with the shop database), a sale's timeline as
the owner reads it, and the CSV export's rows. Reads only: the store (store.py) writes.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from pos_app.journal.rows import (
    _SALE_COLUMNS,
    UNFINISHED_STATES,
    SaleEvent,
    _sale_from_row,
    local_day_bounds,
)
from pos_app.kupay.models import PaymentState
from pos_app.sale import Sale, SaleState
from pos_app.wording import QT_TRANSLATE_NOOP

# Status filter groups for the history view, in the order the owner sees them.
STATUS_GROUPS: dict[str, tuple[SaleState, ...]] = {
    QT_TRANSLATE_NOOP("SaleState", "Paid"): (SaleState.PAID,),
    QT_TRANSLATE_NOOP("SaleState", "Waiting"): (
        SaleState.CREATING,
        SaleState.CREATE_FAILED,
        SaleState.WAITING,
    ),
    QT_TRANSLATE_NOOP("SaleState", "Not paid"): (SaleState.UNPAID,),
    QT_TRANSLATE_NOOP("SaleState", "Cancelled at the till"): (SaleState.CANCELLED_BY_CASHIER,),
    QT_TRANSLATE_NOOP("SaleState", "Needs checking"): (SaleState.NEEDS_CHECK,),
}


@dataclass(frozen=True)
class HistoryFilter:
    """What the owner asked to see. `day` is a local calendar day; `states` None means all."""

    day: date | None = None
    states: tuple[SaleState, ...] | None = None
    search: str = ""  # part of an order number, case-insensitive
    date_from: date | None = None  # inclusive local days (CSV export)
    date_to: date | None = None


@dataclass(frozen=True)
class HistoryCursor:
    """Keyset position after the last row of a page: deep pages cost the same as the first one."""

    created_us: int
    rowid: int


@dataclass(frozen=True)
class HistoryPage:
    sales: list[Sale]
    next_cursor: HistoryCursor | None  # None: no more rows


@dataclass(frozen=True)
class DayRow:
    """One currency's figures for a day. Only PAID counts as money taken."""

    currency: str
    paid_count: int = 0
    paid_total: Decimal = Decimal(0)
    unpaid_count: int = 0  # ended unpaid for another reason (failed, refunded, unknown end)
    expired_count: int = 0
    cancelled_count: int = 0  # by the cashier, or cancelled on KuPay
    open_count: int = 0  # not settled yet: creating, waiting, needs check


@dataclass(frozen=True)
class DayTotals:
    day: date
    rows: list[DayRow]  # one per currency, sorted by currency code
    receipts: tuple[int, int] = (0, 0)  # receipts and NOT PAID slips printed that day: originals, copies

    @property
    def sale_count(self) -> int:
        return sum(
            r.paid_count + r.unpaid_count + r.expired_count + r.cancelled_count + r.open_count
            for r in self.rows
        )


_FEW_MATCHES = 5000  # below this many matches a search reads the order-number index, then sorts


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(flt: HistoryFilter, search_via_index: bool = False) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if flt.day is not None:
        start, end = local_day_bounds(flt.day)
        clauses.append("created_us >= ? AND created_us < ?")
        params += [start, end]
    if flt.date_from is not None:
        clauses.append("created_us >= ?")
        params.append(local_day_bounds(flt.date_from)[0])
    if flt.date_to is not None:
        clauses.append("created_us < ?")
        params.append(local_day_bounds(flt.date_to)[1])
    if flt.states is not None:
        clauses.append(f"state IN ({','.join('?' * len(flt.states))})")
        params += [s.value for s in flt.states]
    term = flt.search.strip()
    if term:
        # LIKE is case-insensitive for ASCII; wildcards typed by the owner are searched literally.
        like = "order_number LIKE ? ESCAPE '\\'"
        if search_via_index:
            like = f"rowid IN (SELECT rowid FROM sales INDEXED BY sales_order_number WHERE {like})"
        clauses.append(like)
        params.append(_like_pattern(term))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class JournalQueries:
    """History's and the day report's reads, over the store's connection (Journal inherits them)."""

    _conn: sqlite3.Connection
    _lock: threading.RLock
    _search_plans: dict[str, bool]

    def receipt_counts(self, day: date) -> tuple[int, int]:
        """(originals, copies) printed on a local day, receipts and NOT PAID slips alike."""
        start, end = local_day_bounds(day)
        with self._lock:
            rows = self._conn.execute(
                "SELECT copy, COUNT(*) FROM receipt_prints WHERE at_us >= ? AND at_us < ? GROUP BY copy",
                (start, end),
            ).fetchall()
        counts = {bool(copy): int(n) for copy, n in rows}
        return counts.get(False, 0), counts.get(True, 0)

    def count(self, flt: HistoryFilter | None = None) -> int:
        where, params = _where(flt or HistoryFilter())
        with self._lock:
            return int(self._conn.execute(f"SELECT COUNT(*) FROM sales{where}", params).fetchone()[0])

    def page(
        self,
        flt: HistoryFilter | None = None,
        limit: int = 200,
        after: HistoryCursor | None = None,
        offset: int = 0,
    ) -> HistoryPage:
        """Newest first. Continue with `after=page.next_cursor` (keyset: constant cost at any depth);
        `offset` is there for random access and costs the rows skipped."""
        flt = flt or HistoryFilter()
        # Sales in flight are few: for those filters read the (state, created_us) index and sort the handful,
        # instead of walking the time index past a million finished sales (`+` hides the time index).
        rare = flt.states is not None and all(s in UNFINISHED_STATES for s in flt.states)
        # A search matching few order numbers: find them in the small order-number index, then sort them,
        # rather than walk every sale by time looking for a page of matches.
        few = not rare and self._few_search_matches(flt)
        where, params = _where(flt, search_via_index=few)
        order = "+created_us" if rare or few else "created_us"
        table = "sales INDEXED BY sales_state_created" if rare else "sales"
        if after is not None:
            # The leading `created_us <= ?` lets SQLite seek in the index instead of scanning up to the cursor.
            where += (" AND " if where else " WHERE ") + f"{order} <= ? AND ({order} < ? OR rowid < ?)"
            params += [after.created_us, after.created_us, after.rowid]
        sql = f"SELECT {_SALE_COLUMNS} FROM {table}{where} ORDER BY {order} DESC, rowid DESC LIMIT ? OFFSET ?"
        with self._lock:
            rows = self._conn.execute(sql, [*params, limit, offset]).fetchall()
        sales = [_sale_from_row(r) for r in rows]
        cursor = HistoryCursor(int(rows[-1][11]), int(rows[-1][10])) if len(rows) == limit else None
        return HistoryPage(sales, cursor)

    def _few_search_matches(self, flt: HistoryFilter) -> bool:
        term = flt.search.strip()
        if not term or flt.day is not None or flt.date_from is not None or flt.date_to is not None:
            return False  # no search, or a day range that already makes the time index short
        known = self._search_plans.get(term)
        if known is None:
            with self._lock:
                found = self._conn.execute(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM sales INDEXED BY sales_order_number"
                    " WHERE order_number LIKE ? ESCAPE '\\' LIMIT ?)",
                    (_like_pattern(term), _FEW_MATCHES),
                ).fetchone()[0]
            known = int(found) < _FEW_MATCHES
            if len(self._search_plans) > 64:
                self._search_plans.clear()
            self._search_plans[term] = known
        return known

    def day_totals(self, day: date) -> DayTotals:
        """Per currency: count and exact total of paid sales, and counts of the others, for a local day."""
        start, end = local_day_bounds(day)
        with self._lock:
            rows = self._conn.execute(
                "SELECT currency, state, payment_state, amount FROM sales WHERE created_us >= ? AND created_us < ?",
                (start, end),
            ).fetchall()
        totals = tally_day(day, ((c, st, ps, 1, Decimal(a)) for c, st, ps, a in rows))
        return replace(totals, receipts=self.receipt_counts(day))


def owner_timeline(events: Iterable[SaleEvent]) -> list[SaleEvent]:
    """Only the rows where something changed (state, KuPay's word) or that carry a note (also used for the
    shop database's timelines)."""
    shown: list[SaleEvent] = []
    for event in events:
        last = shown[-1] if shown else None
        if last is None or event.note or (event.state, event.status_word) != (last.state, last.status_word):
            shown.append(event)
    return shown


def tally_day(day: date, groups: Iterable[tuple[str, str, str, int, Decimal]]) -> DayTotals:
    """A day's report from (currency, state, KuPay state, number of sales, their amounts' sum) groups:
    the one place that decides which column a sale counts in (the till's journal and the shop database)."""
    acc: dict[str, dict[str, int]] = {}
    totals: dict[str, Decimal] = {}
    for currency, state, payment_state, count, amount in groups:
        counts = acc.setdefault(
            currency, dict.fromkeys(("paid", "unpaid", "expired", "cancelled", "open"), 0)
        )
        bucket = _report_bucket(SaleState(state), payment_state)
        counts[bucket] += count
        if bucket == "paid":
            totals[currency] = totals.get(currency, Decimal(0)) + amount
    out = [
        DayRow(
            currency=c,
            paid_count=n["paid"],
            paid_total=totals.get(c, Decimal(0)),
            unpaid_count=n["unpaid"],
            expired_count=n["expired"],
            cancelled_count=n["cancelled"],
            open_count=n["open"],
        )
        for c, n in sorted(acc.items())
    ]
    return DayTotals(day, out)


def _report_bucket(state: SaleState, payment_state: str) -> str:
    if state is SaleState.PAID:
        return "paid"
    if state is SaleState.CANCELLED_BY_CASHIER:
        return "cancelled"
    if state is SaleState.UNPAID:
        if payment_state == PaymentState.EXPIRED.value:
            return "expired"
        if payment_state == PaymentState.CANCELLED.value:
            return "cancelled"
        return "unpaid"
    return "open"


def iter_export_rows(path: Path, flt: HistoryFilter) -> Iterator[Sequence[object]]:
    """Stream the journal's sales oldest first from a read-only connection (never all rows in memory)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        where, params = _where(flt)
        cursor = conn.execute(
            "SELECT created_at, order_number, id, payment_id, amount, currency, state, status_word, payment_state,"
            f" email, pay_url FROM sales{where} ORDER BY created_us, rowid",
            params,
        )
        yield from cursor
    finally:
        conn.close()


EXPORT_HEADER: tuple[str, ...] = (
    "created_at",
    "order_number",
    "id",
    "payment_id",
    "amount",
    "currency",
    "status",
    "status_word",
    "kupay_state",
    "email",
    "pay_url",
)
