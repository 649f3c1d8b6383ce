"""The sales journal's store: every sale written to SQLite *before* KuPay hears of it, so nothing is lost on a crash.

One file in the platform's data directory (`paths.journal_file()`), in WAL mode with `synchronous=FULL`:
with WAL, FULL fsyncs the write-ahead log on every commit, so a sale that was committed survives a power
cut, not only an application crash (NORMAL would only sync at checkpoints, and the last commits could
vanish after a power loss - exactly the "journaled before the create call" sale we must never lose).
The cost is one fsync per commit: a few per sale, nothing at a counter's pace.

The schema is versioned in `PRAGMA user_version` and upgraded by the ordered `_MIGRATIONS`; the file is
copied aside before any upgrade, and a database written by a newer app is refused (`JournalTooNew`).
A file that is not a database or is damaged is renamed `journal.sqlite3.damaged-YYYYMMDD-HHMMSS` and a fresh
journal started; `Journal.recovered_from` tells the UI to say so (no crash loop).

Money is exact: amounts are stored as decimal TEXT plus the currency, never REAL.
Times: `created_at` keeps the sale's own ISO text (local offset); `created_us` (UTC epoch microseconds) is what
history and reports sort and filter on, so a local day with a DST change is still one correct range.

Thread-safe: one connection (`check_same_thread=False`) guarded by a lock. The UI calls it from worker
threads only; each call is a short indexed query or a small write.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from pos_app import paths
from pos_app.flow import state_after_answer, state_after_request
from pos_app.journal.queries import JournalQueries, owner_timeline
from pos_app.journal.rows import (
    _SALE_COLUMNS,
    SENT_TO_KUPAY,
    UNFINISHED_STATES,
    SaleEvent,
    _from_us,
    _sale_from_row,
    _to_us,
)
from pos_app.kupay.errors import PaymentOfAnotherSale
from pos_app.kupay.models import PaymentRequest, PaymentState, PaymentStatus
from pos_app.sale import Sale, SaleState
from pos_app.wording import QT_TRANSLATE_NOOP, recognise

log = logging.getLogger(__name__)

SCHEMA_VERSION = 6

# The notes tills write in a sale's timeline. The journal stores them in English (the shop database and the
# export read them too); History shows them in the shop's language via `timeline_note`.
# The counter's own notes (cancelled, abandoned, QR not drawn) are the flow model's: pos_app/flow.py.
DEMO_PAYMENT_GONE = QT_TRANSLATE_NOOP(
    "Timeline", "The demo sandbox was restarted: this demo payment is gone."
)
NO_ANSWER_AFTER_RESTART = QT_TRANSLATE_NOOP(
    "Timeline", "no final answer from KuPay within {minutes} min after a restart"
)
JOURNALED_BEFORE_CREATE = QT_TRANSLATE_NOOP("Timeline", "journaled before the create call")
CREATED_ON_KUPAY = QT_TRANSLATE_NOOP("Timeline", "created on KuPay as {payment_id}")
ANOTHER_SALES_PAYMENT = QT_TRANSLATE_NOOP(
    "Timeline", "KuPay answered with {payment_id}, which is order {order}'s"
)
PROBLEM_AND_DETAIL = QT_TRANSLATE_NOOP("Timeline", "{problem} ({detail})")
KEPT_AS = QT_TRANSLATE_NOOP("Timeline", "{note} (kept as {kept}: {state} came too late)")
RECEIPT_PRINTED = {
    (False, True): QT_TRANSLATE_NOOP("Timeline", "receipt printed on {printer}"),
    (True, True): QT_TRANSLATE_NOOP("Timeline", "receipt (copy) printed on {printer}"),
    (False, False): QT_TRANSLATE_NOOP("Timeline", "NOT PAID slip printed on {printer}"),
    (True, False): QT_TRANSLATE_NOOP("Timeline", "NOT PAID slip (copy) printed on {printer}"),
}


def timeline_note(note: str) -> str:
    """A stored note as the sentence it was written from (for `say()`), or as stored when it is none."""
    return recognise(note)


class JournalError(Exception):
    """A journal problem the owner must read about; str() is a sentence for a person."""


class JournalTooNew(JournalError):
    """The file was written by a newer KuPay POS: refuse it rather than damage it."""


@dataclass(frozen=True)
class ReceiptPrint:
    """A receipt that came out of a printer: when (UTC), which printer URI, a copy or the original, and
    whether it said PAID (a NOT PAID slip otherwise)."""

    at: datetime
    printer: str
    copy: bool
    paid: bool


# What the shop database receives (pos_app/shop): the timeline rows and the sales they touch, as stored.
OUTBOX_EVENT_COLUMNS = "seq, sale_id, at_us, state, status_word, note"
OUTBOX_SALE_COLUMNS = (
    "id, order_number, created_at, created_us, amount, currency, state, payment_id, pay_url, status_word,"
    " payment_state, email, updated_us"
)


@dataclass(frozen=True)
class OutboxBatch:
    events: list[tuple[object, ...]]  # OUTBOX_EVENT_COLUMNS, oldest first
    sales: list[tuple[object, ...]]  # OUTBOX_SALE_COLUMNS + the sale's latest change seq

    @property
    def last_seq(self) -> int:
        return int(self.events[-1][0]) if self.events else 0  # type: ignore[call-overload]


# ---------------------------------------------------------------------------------------------- schema
# Each entry upgrades version i to i+1. Never edit a released entry: add a new one.
_MIGRATIONS: tuple[str, ...] = (
    # v1: sales and their timeline.
    """
    CREATE TABLE sales (
        id TEXT PRIMARY KEY,
        order_number TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_us INTEGER NOT NULL,
        amount TEXT NOT NULL,
        currency TEXT NOT NULL,
        state TEXT NOT NULL,
        payment_id TEXT NOT NULL DEFAULT '',
        pay_url TEXT NOT NULL DEFAULT '',
        status_word TEXT NOT NULL DEFAULT '',
        updated_us INTEGER NOT NULL
    );
    CREATE TABLE sale_events (
        seq INTEGER PRIMARY KEY,
        sale_id TEXT NOT NULL REFERENCES sales(id),
        at_us INTEGER NOT NULL,
        state TEXT NOT NULL,
        status_word TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX sales_created ON sales(created_us);
    CREATE INDEX sale_events_sale ON sale_events(sale_id, seq);
    """,
    # v2: what a create retry after a crash needs (email and the URLs sent), KuPay's normalised state for
    # the report (expired vs cancelled), persistent order counters, indexes for the history filters.
    """
    ALTER TABLE sales ADD COLUMN email TEXT NOT NULL DEFAULT '';
    ALTER TABLE sales ADD COLUMN cancel_url TEXT NOT NULL DEFAULT '';
    ALTER TABLE sales ADD COLUMN paid_url TEXT NOT NULL DEFAULT '';
    ALTER TABLE sales ADD COLUMN callback_url TEXT NOT NULL DEFAULT '';
    ALTER TABLE sales ADD COLUMN order_status_url TEXT NOT NULL DEFAULT '';
    ALTER TABLE sales ADD COLUMN payment_state TEXT NOT NULL DEFAULT '';
    CREATE TABLE order_counters (prefix TEXT PRIMARY KEY, last INTEGER NOT NULL);
    CREATE INDEX sales_state_created ON sales(state, created_us);
    CREATE INDEX sales_order_number ON sales(order_number COLLATE NOCASE);
    """,
    # v3: the shop database (see pos_app/shop/). This till's identity, generated once, and how far the shop
    # database has the timeline: every change already writes a sale_events row in its own transaction, so
    # the events after `pushed_seq` are the outbox.
    """
    CREATE TABLE terminal_identity (id TEXT NOT NULL);
    INSERT INTO terminal_identity(id) VALUES (lower(hex(randomblob(16))));
    CREATE TABLE shop_outbox (pushed_seq INTEGER NOT NULL);
    INSERT INTO shop_outbox(pushed_seq) VALUES (0);
    """,
    # v4: every receipt printed (original or copy, receipt or NOT PAID slip, on which printer), so History
    # shows it, the day report counts it, auto-print happens once per sale, and the shop database gets it
    # (each print also writes a sale_events row, which the shop outbox carries).
    """
    CREATE TABLE receipt_prints (
        seq INTEGER PRIMARY KEY,
        sale_id TEXT NOT NULL REFERENCES sales(id),
        at_us INTEGER NOT NULL,
        printer TEXT NOT NULL,
        copy INTEGER NOT NULL,
        paid INTEGER NOT NULL
    );
    CREATE INDEX receipt_prints_sale ON receipt_prints(sale_id, seq);
    CREATE INDEX receipt_prints_at ON receipt_prints(at_us);
    """,
    # v5: a create answer naming a payment id another sale already has is refused (record_created).
    """
    CREATE INDEX sales_payment_id ON sales(payment_id);
    """,
    # v6: payment ids are compared without ASCII letter case (status.payment_key): the index must be too.
    """
    DROP INDEX sales_payment_id;
    CREATE INDEX sales_payment_id ON sales(payment_id COLLATE NOCASE);
    """,
)
assert len(_MIGRATIONS) == SCHEMA_VERSION


def _now_us() -> int:
    return _to_us(datetime.now(UTC))


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(
        word in text for word in ("not a database", "malformed", "corrupt", "disk image", "file is encrypted")
    )


class Journal(JournalQueries):
    """The terminal's record of every sale. Open with `Journal.open()`; safe to call from any thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovered_from: Path | None) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.recovered_from = recovered_from  # the damaged file set aside, when this journal is a fresh one
        self._search_plans: dict[str, bool] = {}  # search term -> few matches (a plan choice, not data)

    # ------------------------------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path | str | None = None) -> Journal:
        """Open (creating or upgrading) the journal. A damaged file is set aside and a fresh one started.

        Raises JournalTooNew for a database from a newer app, JournalError when the folder is unusable.
        """
        target = Path(path) if path is not None else paths.journal_file()
        try:
            paths.private_dir(target.parent)
            # SQLite gives its -wal and -shm files the database file's permissions: 0600 for all three.
            for private in (target, *(target.with_name(target.name + end) for end in ("-wal", "-shm"))):
                if private == target or private.exists():
                    paths.private_file(private)
        except OSError as exc:
            raise JournalError(f"The sales journal folder {target.parent} cannot be created: {exc}") from exc
        recovered: Path | None = None
        try:
            conn = _connect_checked(target)
        except JournalTooNew:
            raise
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise JournalError(f"The sales journal {target} cannot be opened: {exc}") from exc
            recovered = _set_aside(target)
            log.error(
                "journal %s was damaged (%s); set aside as %s, starting a fresh one", target, exc, recovered
            )
            conn = _connect_checked(target)
        return cls(conn, target, recovered)

    def close(self) -> None:
        with self._lock:
            try:
                self._conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self._conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------------------------------- writing
    def _write(self, sql: str, params: Sequence[object]) -> int:
        with self._lock:
            with self._conn:  # one transaction, committed (and fsynced) on exit
                return self._conn.execute(sql, params).rowcount

    def _event(self, sale_id: str, state: SaleState, word: str, note: str) -> None:
        self._conn.execute(
            "INSERT INTO sale_events(sale_id, at_us, state, status_word, note) VALUES (?,?,?,?,?)",
            (sale_id, _now_us(), state.value, word, note),
        )

    def next_order_number(self, prefix: str) -> str:
        """The next short order number for this terminal, e.g. "T1-0001"; persistent across restarts."""
        with self._lock, self._conn:
            return self._take_order_number(prefix)

    def _take_order_number(self, prefix: str) -> str:
        # Read and bump in one write transaction: another process on the same file (a second window,
        # `kupay-pos report`) waits instead of reading the same number.
        self._conn.execute("BEGIN IMMEDIATE")
        row = self._conn.execute("SELECT last FROM order_counters WHERE prefix = ?", (prefix,)).fetchone()
        # First use of a prefix (or a journal from before counters): continue after what was journaled.
        last = int(row[0]) if row else self._highest_order_number(prefix)
        self._conn.execute(
            "INSERT INTO order_counters(prefix, last) VALUES (?, ?) "
            "ON CONFLICT(prefix) DO UPDATE SET last = excluded.last",
            (prefix, last + 1),
        )
        return f"{prefix}{last + 1:04d}"

    def _highest_order_number(self, prefix: str) -> int:
        highest = 0
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        for (number,) in self._conn.execute(
            "SELECT order_number FROM sales WHERE order_number LIKE ? ESCAPE '\\'", (escaped + "%",)
        ):
            tail = str(number)[len(prefix) :]
            if tail.isdigit():
                highest = max(highest, int(tail))
        return highest

    def record_new(self, sale: Sale, request: PaymentRequest | None = None) -> None:
        """Write the sale BEFORE the create call. Pass the PaymentRequest so a retry after a crash can
        send exactly the same body (email and URLs); without it the retry uses the shop defaults."""
        with self._lock, self._conn:
            self._insert_new(sale, request)

    def record_new_numbered(self, prefix: str, make: Callable[[str], tuple[Sale, PaymentRequest]]) -> Sale:
        """Take the next order number and journal the sale `make(number)` builds with its create body, in
        one transaction: one disk sync before the create is sent instead of two (the till's charge path).
        If it fails, nothing is kept, the number included."""
        with self._lock, self._conn:
            sale, request = make(self._take_order_number(prefix))
            self._insert_new(sale, request)
        return sale

    def _insert_new(self, sale: Sale, request: PaymentRequest | None) -> None:
        req_urls = (
            (request.cancel_url, request.paid_url, request.callback_url, request.order_status_url)
            if request
            else ("", "", "", "")
        )
        self._conn.execute(
            "INSERT INTO sales(id, order_number, created_at, created_us, amount, currency, state, payment_id,"
            " pay_url, status_word, updated_us, email, cancel_url, paid_url, callback_url, order_status_url)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                sale.id,
                sale.order_number,
                sale.created_at.isoformat(),
                _to_us(sale.created_at),
                format(sale.amount, "f"),  # plain digits: never "1E+3"
                sale.currency,
                sale.state.value,
                sale.payment_id,
                sale.pay_url,
                sale.status_word,
                _now_us(),
                (request.email if request else "") or sale.email,
                *req_urls,
            ),
        )
        self._event(sale.id, sale.state, "", JOURNALED_BEFORE_CREATE)

    def record_created(self, sale_id: str, payment_id: str, pay_url: str) -> None:
        """KuPay answered the create: keep its payment id and pay URL; the sale is now waiting
        (unless the cashier already cancelled it meanwhile: it stays cancelled, and is watched for a late payment)."""
        with self._lock, self._conn:
            row = self._conn.execute("SELECT state FROM sales WHERE id = ?", (sale_id,)).fetchone()
            if row is None:
                log.warning("record_created for a sale not in the journal: %s", sale_id)
                return
            other = self._conn.execute(
                # NOCASE: the same ASCII folding as status.payment_key, the way status answers are matched.
                "SELECT order_number FROM sales WHERE payment_id = ? COLLATE NOCASE AND id != ? LIMIT 1",
                (payment_id.strip(), sale_id),
            ).fetchone()
            if other is None:
                keep = row[0] in (SaleState.CANCELLED_BY_CASHIER.value, SaleState.PAID.value)
                state = SaleState(row[0]) if keep else SaleState.WAITING
                self._conn.execute(
                    "UPDATE sales SET payment_id = ?, pay_url = ?, state = ?, updated_us = ? WHERE id = ?",
                    (payment_id, pay_url, state.value, _now_us(), sale_id),
                )
                self._event(sale_id, state, "", CREATED_ON_KUPAY.format(payment_id=payment_id))
                return
            # Its status (perhaps an old "paid") would settle this sale: refuse the answer.
            self._conn.execute(
                "UPDATE sales SET state = ?, updated_us = ? WHERE id = ?",
                (SaleState.NEEDS_CHECK.value, _now_us(), sale_id),
            )
            self._event(
                sale_id,
                SaleState.NEEDS_CHECK,
                "",
                ANOTHER_SALES_PAYMENT.format(payment_id=payment_id, order=other[0]),
            )
        raise PaymentOfAnotherSale(detail=f"create answered payment_id {payment_id!r}, order {other[0]}'s")

    def record_sent(self, sale_id: str) -> None:
        """A create request for the sale is about to leave: from now on KuPay may hold a payment for it, so
        a sale abandoned without an answer is never called "Not sent"."""
        with self._lock, self._conn:
            row = self._conn.execute("SELECT state FROM sales WHERE id = ?", (sale_id,)).fetchone()
            if row is None:
                log.warning("record_sent for a sale not in the journal: %s", sale_id)
                return
            self._event(sale_id, SaleState(row[0]), "", SENT_TO_KUPAY)

    def record_status(self, sale_id: str, status: PaymentStatus) -> Sale | None:
        """Record a status read (an event row with its time) and the state it implies; returns the sale.

        The state follows the flow's rule (`flow.state_after_answer`), inside this write transaction: the
        counter's poller, History's Check status now and the resume worker all come through here. The raw
        word is kept in status_word.
        """
        with self._lock, self._conn:
            row = self._conn.execute(
                "SELECT state, amount, currency, order_number FROM sales WHERE id = ?", (sale_id,)
            ).fetchone()
            if row is None:
                return None
            new, note = state_after_answer(
                SaleState(row[0]), status, Decimal(str(row[1])), str(row[2]), str(row[3])
            )
            self._conn.execute(
                "UPDATE sales SET state = ?, status_word = ?, payment_state = ?, updated_us = ? WHERE id = ?",
                (new.value, status.raw_status, status.state.value, _now_us(), sale_id),
            )
            self._event(sale_id, new, status.raw_status, note)
        return self.get(sale_id)

    def record_state(self, sale_id: str, state: SaleState, note: str = "") -> None:
        """Set the sale's state (cashier cancelled, create failed, needs check...) with a note for the owner.

        A PAID sale stays PAID (e.g. the cashier pressed Cancel as the payment arrived): money taken is never
        re-labelled; the request is still kept in the timeline.
        """
        with self._lock, self._conn:
            row = self._conn.execute("SELECT state FROM sales WHERE id = ?", (sale_id,)).fetchone()
            if row is None:
                log.warning("record_state for a sale not in the journal: %s", sale_id)
                return
            # Money taken stays paid; a cancelled sale is not revived by a create that failed afterwards.
            kept = state_after_request(SaleState(row[0]), state)
            if kept is not state:
                self._event(sale_id, kept, "", KEPT_AS.format(note=note, kept=kept.value, state=state.value))
                return
            self._conn.execute(
                "UPDATE sales SET state = ?, updated_us = ? WHERE id = ?", (state.value, _now_us(), sale_id)
            )
            self._event(sale_id, state, "", note)

    def record_receipt(self, sale_id: str, printer: str, *, copy: bool, paid: bool) -> None:
        """A receipt for the sale was printed; its timeline says so too."""
        with self._lock, self._conn:
            row = self._conn.execute("SELECT state FROM sales WHERE id = ?", (sale_id,)).fetchone()
            if row is None:
                log.warning("record_receipt for a sale not in the journal: %s", sale_id)
                return
            self._conn.execute(
                "INSERT INTO receipt_prints(sale_id, at_us, printer, copy, paid) VALUES (?,?,?,?,?)",
                (sale_id, _now_us(), printer, int(copy), int(paid)),
            )
            self._event(sale_id, SaleState(row[0]), "", RECEIPT_PRINTED[copy, paid].format(printer=printer))

    # -------------------------------------------------------------------------------------- reading
    def receipts(self, sale_id: str) -> list[ReceiptPrint]:
        """The receipts printed for a sale, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT at_us, printer, copy, paid FROM receipt_prints WHERE sale_id = ? ORDER BY seq",
                (sale_id,),
            ).fetchall()
        return [ReceiptPrint(_from_us(r[0]), r[1], bool(r[2]), bool(r[3])) for r in rows]

    def receipt_printed(self, sale_id: str) -> bool:
        """True once a PAID receipt (original or copy) came out for the sale: auto-print does not repeat it."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM receipt_prints WHERE sale_id = ? AND paid = 1 LIMIT 1", (sale_id,)
            ).fetchone()
        return row is not None

    def find_order(self, order_number: str) -> Sale | None:
        """The newest sale with exactly this order number (any case), or None."""
        with self._lock:
            row = self._conn.execute(
                f"SELECT {_SALE_COLUMNS} FROM sales WHERE order_number = ? COLLATE NOCASE"
                " ORDER BY created_us DESC LIMIT 1",
                (order_number.strip(),),
            ).fetchone()
        return _sale_from_row(row) if row else None

    def get(self, sale_id: str) -> Sale | None:
        with self._lock:
            row = self._conn.execute(f"SELECT {_SALE_COLUMNS} FROM sales WHERE id = ?", (sale_id,)).fetchone()
        return _sale_from_row(row) if row else None

    def payment_request(self, sale_id: str, default_url: str) -> PaymentRequest | None:
        """The create body to send again for a sale (same id): what was journaled, `default_url` for gaps."""
        with self._lock:
            row = self._conn.execute(
                "SELECT id, order_number, created_at, currency, amount, email, cancel_url, paid_url,"
                " callback_url, order_status_url FROM sales WHERE id = ?",
                (sale_id,),
            ).fetchone()
        if row is None:
            return None
        return PaymentRequest(
            id=row[0],
            order_number=row[1],
            created_at=datetime.fromisoformat(row[2]),
            currency=row[3],
            amount=Decimal(row[4]),
            email=row[5],
            cancel_url=row[6] or default_url,
            paid_url=row[7] or default_url,
            callback_url=row[8] or default_url,
            order_status_url=row[9],
        )

    def unfinished(self) -> list[Sale]:
        """Sales whose outcome is not known (creating, create failed, waiting, needs check), oldest first."""
        marks = ",".join("?" * len(UNFINISHED_STATES))
        with self._lock:
            rows = self._conn.execute(
                # ANALYZE only knows the average rows per state (~1/7 of all), not that these are rare: say which index.
                f"SELECT {_SALE_COLUMNS} FROM sales INDEXED BY sales_state_created WHERE state IN ({marks})",
                [s.value for s in UNFINISHED_STATES],
            ).fetchall()
        rows.sort(key=lambda r: (r[11], r[10]))  # sorting the few here beats walking the time index
        return [_sale_from_row(r) for r in rows]

    def late_checks(self, since: datetime) -> list[Sale]:
        """Sales that ended without payment but could still be paid late (the cashier cancelled on the
        terminal, or KuPay said expired), created after `since`, with a payment id to ask about."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_SALE_COLUMNS} FROM sales WHERE created_us >= ? AND payment_id != '' AND ("
                " state = ? OR (state = ? AND payment_state = ?)) ORDER BY created_us",
                (
                    _to_us(since),
                    SaleState.CANCELLED_BY_CASHIER.value,
                    SaleState.UNPAID.value,
                    PaymentState.EXPIRED.value,
                ),
            ).fetchall()
        return [_sale_from_row(r) for r in rows]

    def changes(self, sale_id: str) -> list[SaleEvent]:
        """The timeline as the owner reads it: only rows where something changed (state, KuPay's word) or
        that carry a note, not one row for every status check of an unchanged payment."""
        return owner_timeline(self.events(sale_id))

    def events(self, sale_id: str) -> list[SaleEvent]:
        """The sale's timeline, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT at_us, state, status_word, note FROM sale_events WHERE sale_id = ? ORDER BY seq",
                (sale_id,),
            ).fetchall()
        return [SaleEvent(_from_us(r[0]), SaleState(r[1]), r[2], r[3]) for r in rows]

    # ------------------------------------------------------------------------- shop database outbox
    # Read by pos_app/shop/replication.py on its own thread; nothing here talks to PostgreSQL.
    def terminal_id(self) -> str:
        """This till's identity in the shop database: generated once with the journal, never reused."""
        with self._lock:
            return str(self._conn.execute("SELECT id FROM terminal_identity").fetchone()[0])

    def pushed_seq(self) -> int:
        """The last timeline change the shop database is known to have."""
        with self._lock:
            return int(self._conn.execute("SELECT pushed_seq FROM shop_outbox").fetchone()[0])

    def set_pushed_seq(self, seq: int) -> None:
        """Move the outbox mark (forward after a push, back when the shop database lost changes)."""
        self._write("UPDATE shop_outbox SET pushed_seq = ?", (seq,))

    def outbox_size(self) -> int:
        """How many changes the shop database has not got yet."""
        with self._lock:
            return int(
                self._conn.execute(
                    "SELECT COUNT(*) FROM sale_events WHERE seq > (SELECT pushed_seq FROM shop_outbox)"
                ).fetchone()[0]
            )

    def outbox_sales(self) -> int:
        """How many sales have changes the shop database has not got yet (what the owner reads)."""
        with self._lock:
            return int(
                self._conn.execute(
                    "SELECT COUNT(DISTINCT sale_id) FROM sale_events"
                    " WHERE seq > (SELECT pushed_seq FROM shop_outbox)"
                ).fetchone()[0]
            )

    def outbox_batch(self, after: int, limit: int) -> OutboxBatch:
        """The next `limit` changes after `after`, in order, with the current row of every sale they touch
        (its `last_seq` says which change it reflects). One read transaction: events and rows agree."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                events = self._conn.execute(
                    f"SELECT {OUTBOX_EVENT_COLUMNS} FROM sale_events WHERE seq > ? ORDER BY seq LIMIT ?",
                    (after, limit),
                ).fetchall()
                ids = sorted({e[1] for e in events})
                sales: list[tuple[object, ...]] = []
                for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
                    chunk = ids[start : start + 500]
                    sales += self._conn.execute(
                        f"SELECT {OUTBOX_SALE_COLUMNS}, (SELECT MAX(seq) FROM sale_events e WHERE e.sale_id = s.id)"
                        f" FROM sales s WHERE s.id IN ({','.join('?' * len(chunk))})",
                        chunk,
                    ).fetchall()
            finally:
                self._conn.execute("COMMIT")
        return OutboxBatch(events=[tuple(e) for e in events], sales=[tuple(s) for s in sales])


# ---------------------------------------------------------------------------------------------- opening
def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level="DEFERRED" with `with conn:` gives one transaction per write; check_same_thread=False
    # because worker threads share this connection under Journal._lock.
    conn = sqlite3.connect(path, check_same_thread=False, timeout=10.0)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _connect_checked(path: Path) -> sqlite3.Connection:
    """Connect, refuse a newer schema, spot damage early, migrate. Raises sqlite3.DatabaseError on damage."""
    existed = path.exists() and path.stat().st_size > 0
    conn = _connect(path)
    try:
        version = int(
            conn.execute("PRAGMA user_version").fetchone()[0]
        )  # reads the header: garbage fails here
        if version > SCHEMA_VERSION:
            raise JournalTooNew(
                f"The sales journal {path} was written by a newer KuPay POS (schema {version}, this app knows "
                f"{SCHEMA_VERSION}). Update the app; the journal was left untouched."
            )
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("journal %s: WAL mode unavailable (%s)", path, mode)
        conn.execute(
            "PRAGMA synchronous = FULL"
        )  # see the module docstring: a committed sale survives power loss
        if existed:
            _check_intact(conn, path)
        if version < SCHEMA_VERSION:
            if existed and version > 0:
                _backup(conn, path, version)
            _migrate(conn, version)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_intact(conn: sqlite3.Connection, path: Path) -> None:
    """Cheap checks that find a garbage or truncated file at open, without reading 1,000,000 rows.

    Safe while another process (the window, or `kupay-pos report`) has the journal open: the size check
    only runs when the write-ahead log is empty, i.e. when the main file alone must hold every page.
    """
    # Fold the WAL in when nobody else is busy with it; do not wait long for a reader in another process.
    conn.execute("PRAGMA busy_timeout = 200")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("BEGIN")  # one snapshot for page_count and the WAL look below
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
        wal = path.with_name(path.name + "-wal")
        wal_empty = not wal.exists() or wal.stat().st_size == 0
        if wal_empty and path.stat().st_size < page_size * page_count:
            raise sqlite3.DatabaseError(
                "database disk image is malformed (file shorter than its header says)"
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "sales" in tables:
            # Walk both edges of the table and its time index: a torn page shows up as "malformed" here.
            conn.execute("SELECT * FROM sales ORDER BY created_us DESC LIMIT 1").fetchall()
            conn.execute("SELECT * FROM sales ORDER BY created_us LIMIT 1").fetchall()
            conn.execute("SELECT * FROM sales WHERE rowid = (SELECT MAX(rowid) FROM sales)").fetchall()
        if "sale_events" in tables:
            conn.execute(
                "SELECT * FROM sale_events WHERE seq = (SELECT MAX(seq) FROM sale_events)"
            ).fetchall()
    finally:
        conn.execute("COMMIT")


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-backup-{stamp}")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)  # a consistent copy, WAL included
    finally:
        dest.close()
    log.info("journal backed up to %s before upgrading from schema %d", target, version)
    return target


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for number in range(version, SCHEMA_VERSION):
        # executescript commits first; wrap each step so a crash mid-migration leaves the old version intact.
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{_MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;"
        )
        log.info("journal schema upgraded to %d", number + 1)


def _set_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target
