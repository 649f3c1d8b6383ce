"""The owner's shop-wide views, read from the shop database: a day's totals per till and for the shop, the
*All tills* history and the CSV export with a `terminal` column. Read-only; the owner's role suffices.

Days are local calendar days of the computer asking (the same bounds as the till's own report); every sale
counts in the column the till's own report would put it in (`journal.tally_day`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

import psycopg

from pos_app.journal import (
    EXPORT_HEADER,
    DayTotals,
    HistoryFilter,
    SaleEvent,
    from_us,
    local_day_bounds,
    owner_timeline,
    tally_day,
)
from pos_app.sale import Sale, SaleState
from pos_app.shop.database import ShopTarget, check_schema, connect, explain

T = TypeVar("T")

SHOP_EXPORT_HEADER: tuple[str, ...] = ("terminal", *EXPORT_HEADER)


@dataclass(frozen=True)
class ShopDay:
    day: date
    tills: list[tuple[str, DayTotals]]  # (till name, its totals), by name
    shop: DayTotals  # every till together


@dataclass(frozen=True)
class ShopCursor:
    """Keyset position after a page's last row: every page costs the same, however deep."""

    created_us: int
    terminal_id: str
    sale_id: str


@dataclass(frozen=True)
class ShopSale:
    terminal: str  # the till's name
    sale: Sale
    terminal_id: str = ""


@dataclass(frozen=True)
class ShopPage:
    rows: list[ShopSale]
    next_cursor: ShopCursor | None

    @property
    def sales(self) -> list[Sale]:  # the journal's HistoryPage has the same, for History's model
        return [r.sale for r in self.rows]

    @property
    def tills(self) -> list[str]:
        return [r.terminal for r in self.rows]

    @property
    def till_ids(self) -> list[str]:
        return [r.terminal_id for r in self.rows]


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(flt: HistoryFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if flt.day is not None:
        start, end = local_day_bounds(flt.day)
        clauses.append("s.created_us >= %s AND s.created_us < %s")
        params += [start, end]
    if flt.date_from is not None:
        clauses.append("s.created_us >= %s")
        params.append(local_day_bounds(flt.date_from)[0])
    if flt.date_to is not None:
        clauses.append("s.created_us < %s")
        params.append(local_day_bounds(flt.date_to)[1])
    if flt.states is not None:
        clauses.append("s.state = ANY(%s)")
        params.append([st.value for st in flt.states])
    if flt.search.strip():
        clauses.append("s.order_number ILIKE %s")
        params.append(_like(flt.search.strip()))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _state(text: object) -> SaleState:
    """A state read from the shop database. Any till's login can write any text there: one no till writes
    counts as needing a check (open, never paid) instead of breaking every shop-wide view."""
    try:
        return SaleState(str(text))
    except ValueError:
        return SaleState.NEEDS_CHECK


def shop_day(conn: psycopg.Connection, day: date) -> ShopDay:
    """A day's totals per till and for the whole shop (one grouped query; the index on time finds the day)."""
    start, end = local_day_bounds(day)
    rows = conn.execute(
        "SELECT t.id, t.name, t.order_prefix, s.currency, s.state, s.payment_state, count(*),"
        " coalesce(sum(s.amount), 0) FROM sales s JOIN terminals t ON t.id = s.terminal_id"
        " WHERE s.created_us >= %s AND s.created_us < %s"
        " GROUP BY t.id, t.name, t.order_prefix, s.currency, s.state, s.payment_state",
        (start, end),
    ).fetchall()
    per_till: dict[tuple[str, str, str], list[tuple[str, str, str, int, Decimal]]] = {}
    for tid, name, prefix, currency, state, payment_state, count, total in rows:
        group = (currency, _state(state).value, payment_state, int(count), Decimal(total))
        per_till.setdefault((name, prefix, tid), []).append(group)
    names = [name for name, _prefix, _tid in per_till]
    # Two tills may share a name (both left as "Till 1"): their prefixes, unique per shop, tell them apart.
    tills = [
        (f"{name} ({prefix})" if names.count(name) > 1 else name, tally_day(day, groups))
        for (name, prefix, _tid), groups in sorted(per_till.items())
    ]
    shop = tally_day(day, (g for groups in per_till.values() for g in groups))
    return ShopDay(day, tills, shop)


_PAGE_COLUMNS = (
    "t.name, s.id, s.order_number, s.created_at, s.amount, s.currency, s.state, s.payment_id, s.pay_url,"
    " s.status_word, s.email, s.created_us, s.terminal_id"
)


def shop_page(
    conn: psycopg.Connection,
    flt: HistoryFilter | None = None,
    limit: int = 200,
    after: ShopCursor | None = None,
) -> ShopPage:
    """Every till's sales, newest first, `limit` at a time; continue with `after=page.next_cursor`."""
    where, params = _where(flt or HistoryFilter())
    if after is not None:
        where += (" AND " if where else " WHERE ") + "(s.created_us, s.terminal_id, s.id) < (%s, %s, %s)"
        params += [after.created_us, after.terminal_id, after.sale_id]
    rows = conn.execute(
        f"SELECT {_PAGE_COLUMNS} FROM sales s JOIN terminals t ON t.id = s.terminal_id{where}"
        " ORDER BY s.created_us DESC, s.terminal_id DESC, s.id DESC LIMIT %s",
        [*params, limit],
    ).fetchall()
    page = [ShopSale(str(r[0]), _sale(r), str(r[12])) for r in rows]
    cursor = (
        ShopCursor(int(rows[-1][11]), str(rows[-1][12]), str(rows[-1][1])) if len(rows) == limit else None
    )
    return ShopPage(page, cursor)


def _sale(r: Sequence[object]) -> Sale:
    return Sale(
        id=str(r[1]),
        order_number=str(r[2]),
        created_at=datetime.fromisoformat(str(r[3])),
        amount=Decimal(str(r[4])),
        currency=str(r[5]),
        state=_state(r[6]),
        payment_id=str(r[7]),
        pay_url=str(r[8]),
        status_word=str(r[9]),
        email=str(r[10]),
    )


def iter_shop_export(conn: psycopg.Connection, flt: HistoryFilter) -> Iterator[Sequence[object]]:
    """Every matching sale of every till, oldest first, as SHOP_EXPORT_HEADER rows; streamed from a
    server-side cursor so a million sales need little memory."""
    where, params = _where(flt)
    with conn.transaction(), conn.cursor(name="kupay_export") as cur:
        cur.itersize = 2000
        cur.execute(
            "SELECT t.name, s.created_at, s.order_number, s.id, s.payment_id, s.amount::text, s.currency, s.state,"
            " s.status_word, s.payment_state, s.email, s.pay_url"
            f" FROM sales s JOIN terminals t ON t.id = s.terminal_id{where}"
            " ORDER BY s.created_us, s.terminal_id, s.id",
            params,
        )
        yield from cur


class ShopViews:
    """The shop database as the owner's windows read it (History's *All tills*, End of day's shop totals).

    Same calls as the journal's (`page`, `count`, `events`, `day_totals`), so the windows only swap their
    source. One connection, opened on first use; every call blocks (run it on the TaskRunner) and raises
    ShopDatabaseError with a sentence for the owner.
    """

    def __init__(self, target: ShopTarget) -> None:
        self.target = target
        self._conn: psycopg.Connection | None = None
        self._lock = threading.Lock()

    def _read(self, fn: Callable[[psycopg.Connection], T]) -> T:
        with self._lock:
            try:
                if self._conn is None or self._conn.closed:
                    self._conn = connect(self.target)
                    check_schema(self._conn, self.target.where)
                result = fn(self._conn)
                self._conn.rollback()  # read-only: end the snapshot, hold no locks between calls
                return result
            except psycopg.Error as exc:
                self._close()
                raise explain(exc, self.target.where) from None

    def page(
        self, flt: HistoryFilter | None = None, limit: int = 200, after: ShopCursor | None = None
    ) -> ShopPage:
        return self._read(lambda conn: shop_page(conn, flt, limit, after))

    def count(self, flt: HistoryFilter | None = None) -> int:
        where, params = _where(flt or HistoryFilter())
        row = self._read(lambda conn: conn.execute(f"SELECT count(*) FROM sales s{where}", params).fetchone())
        return int(row[0]) if row else 0

    def events(self, terminal_id: str, sale_id: str) -> list[SaleEvent]:
        # By till too: any till may write lines under any sale id in its own rows, so another till's
        # lines must never join this sale's timeline.
        rows = self._read(
            lambda conn: conn.execute(
                "SELECT at_us, state, status_word, note FROM sale_events WHERE terminal_id = %s AND sale_id = %s"
                " ORDER BY seq",
                (terminal_id, sale_id),
            ).fetchall()
        )
        return [SaleEvent(from_us(int(r[0])), _state(r[1]), r[2], r[3]) for r in rows]

    def till(self, terminal_id: str) -> TillTimelines:
        """One till's sale timelines, as History's sale window reads them (the journal's `changes`)."""
        return TillTimelines(self, terminal_id)

    def day_totals(self, day: date) -> ShopDay:
        return self._read(lambda conn: shop_day(conn, day))

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except psycopg.Error:
                pass

    def close(self) -> None:
        with self._lock:
            self._close()


@dataclass(frozen=True)
class TillTimelines:
    views: ShopViews
    terminal_id: str

    def changes(self, sale_id: str) -> list[SaleEvent]:
        """The timeline as the owner reads it (the journal's `changes`)."""
        return owner_timeline(self.views.events(self.terminal_id, sale_id))
