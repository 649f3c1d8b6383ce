"""Pushes this till's journal changes to the shop database, in order, from a background thread. No Qt.

The outbox is the journal's own timeline: every change of a sale writes a `sale_events` row in the same
SQLite transaction as the change, and the journal remembers up to which one the shop has them
(`Journal.pushed_seq`). `ShopSync.push_pending()` sends the next batch of changes and the current row of each
sale they touch, in one PostgreSQL transaction:

- events are inserted by (terminal, seq) and skipped when already there; sales are upserted by
  (terminal, id) and only replaced by a row reflecting a later change: sending twice changes nothing;
- the terminal's `pushed_seq` row is locked and checked first: when the shop has fewer changes than this till
  believes (a database restored from a backup), the till rewinds its mark and sends the rest again.

The thread retries with exponential back-off while the server is away, and a batch that hits the statement
timeout is halved. Nothing here is ever called from the UI thread; `state()` is a cheap snapshot to show.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import psycopg
import psycopg.errors

from pos_app.journal import Journal, OutboxBatch
from pos_app.shop.database import (
    PrefixTaken,
    ShopDatabaseError,
    ShopTarget,
    check_schema,
    connect,
    explain,
    keyring_password,
    register_terminal,
)
from pos_app.wording import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

BATCH = 1000
IDLE_CHECK_S = 1.0  # how often an idle worker looks for new changes (a cheap indexed read)
BACKOFF = (1.0, 60.0)  # first wait after a failure, ceiling

_UPSERT_SALE = """
INSERT INTO sales (terminal_id, id, order_number, created_at, created_us, amount, currency, state, payment_id,
                   pay_url, status_word, payment_state, email, updated_us, last_seq)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (terminal_id, id) DO UPDATE SET
    order_number = excluded.order_number, created_at = excluded.created_at, created_us = excluded.created_us,
    amount = excluded.amount, currency = excluded.currency, state = excluded.state,
    payment_id = excluded.payment_id, pay_url = excluded.pay_url, status_word = excluded.status_word,
    payment_state = excluded.payment_state, email = excluded.email, updated_us = excluded.updated_us,
    last_seq = excluded.last_seq
WHERE sales.last_seq <= excluded.last_seq
"""
_INSERT_EVENT = """
INSERT INTO sale_events (terminal_id, seq, sale_id, at_us, state, status_word, note)
VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (terminal_id, seq) DO NOTHING
"""


@dataclass(frozen=True)
class SyncState:
    """What Settings shows about the queue."""

    waiting: int  # sales with changes the shop database has not got yet
    configured: bool = True
    unreachable_since: datetime | None = None  # local time of the first failure in a row
    problem: str = ""  # the last failure's sentence, empty when the last push worked

    def sentence(self) -> str:
        if not self.configured:
            return QT_TRANSLATE_NOOP("ShopQueue", "No shop database: this till keeps its sales to itself.")
        if self.problem:
            if self.waiting:
                queued = translate("ShopQueue", "%Ln sale(s) waiting", "", -1).counted(self.waiting)
            else:
                queued = QT_TRANSLATE_NOOP("ShopQueue", "Nothing waiting")
            if self.unreachable_since:
                return QT_TRANSLATE_NOOP(
                    "ShopQueue", "{queued} — shop database not reachable since {time}. {problem}"
                ).format(queued=queued, time=f"{self.unreachable_since:%H:%M}", problem=self.problem)
            return QT_TRANSLATE_NOOP("ShopQueue", "{queued} — shop database not reachable. {problem}").format(
                queued=queued, problem=self.problem
            )
        if self.waiting:
            return translate("ShopQueue", "Sending %Ln sale(s) to the shop database…", "", -1).counted(
                self.waiting
            )
        return QT_TRANSLATE_NOOP("ShopQueue", "All sales sent to the shop database.")


class ShopSync:
    """One till's replication to the shop database. `start()` runs it on a daemon thread."""

    def __init__(
        self,
        journal: Journal,
        target: ShopTarget,
        terminal_name: str,
        order_prefix: str,
        *,
        batch: int = BATCH,
        backoff: tuple[float, float] = BACKOFF,
        statement_timeout_ms: int | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.journal = journal
        self.target = target
        self.terminal_name = terminal_name
        self.order_prefix = order_prefix
        self.batch = batch
        self._full_batch = batch
        self._backoff = backoff
        self._timeout = statement_timeout_ms
        self._clock = clock
        self._conn: psycopg.Connection | None = None
        self._registered = False
        self._lock = threading.Lock()  # one push at a time
        self._state_lock = threading.Lock()  # the state below: state() never waits for a slow push
        self._since: datetime | None = None
        self._problem = ""
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.terminal_id = journal.terminal_id()

    # ---------------------------------------------------------------------------------------- the thread
    def start(self) -> ShopSync:
        self._thread = threading.Thread(target=self._run, name="shop-sync", daemon=True)
        self._thread.start()
        return self

    def wake(self) -> None:
        """Look for changes now (e.g. right after a sale) instead of at the next idle check."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._drop_connection()

    def _run(self) -> None:
        delay = self._backoff[0]
        while not self._stop.is_set():
            try:
                sent = self.push_pending(max_batches=5)  # a few at a time: stop() is heard between them
                delay = self._backoff[0]
                wait = 0.0 if sent and self.journal.outbox_size() else IDLE_CHECK_S
            except ShopDatabaseError:
                wait, delay = delay, min(delay * 2, self._backoff[1])
            except Exception:  # a bug must not end replication for the day: log, back off
                log.exception("shop sync failed")
                wait, delay = delay, min(delay * 2, self._backoff[1])
            if wait:
                self._wake.wait(wait)
                self._wake.clear()

    # ---------------------------------------------------------------------------------------- the work
    def state(self) -> SyncState:
        with self._state_lock:
            since, problem = self._since, self._problem
        return SyncState(waiting=self.journal.outbox_sales(), unreachable_since=since, problem=problem)

    def push_pending(self, max_batches: int | None = None) -> int:
        """Send the waiting changes (all, or `max_batches` batches); returns how many were sent.

        Raises ShopDatabaseError (with its sentence) when the shop database cannot take them now.
        """
        sent = 0
        with self._lock:
            try:
                conn = self._connection()
                while max_batches is None or max_batches > 0:
                    try:
                        count = self._push_batch(conn)
                    except _Behind as behind:
                        self._rewind_if_behind(behind.shop_seq)
                        continue
                    if count == 0:
                        break
                    sent += count
                    if max_batches is not None:
                        max_batches -= 1
            except (psycopg.Error, ShopDatabaseError) as exc:
                error = explain(exc, self.target.where)
                if isinstance(exc, psycopg.errors.QueryCanceled) and self.batch > 1:
                    self.batch = max(1, self.batch // 2)  # smaller transactions fit the server's timeout
                    log.info("shop sync: batch reduced to %d after a statement timeout", self.batch)
                if not isinstance(exc, PrefixTaken):
                    self._drop_connection()
                with self._state_lock:
                    self._since = self._since or self._clock()
                    self._problem = str(error)
                raise error from None
            with self._state_lock:
                self._since, self._problem = None, ""
        return sent

    def _connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed:
            kwargs = {} if self._timeout is None else {"statement_timeout_ms": self._timeout}
            self._conn = connect(self.target, **kwargs)
            self._registered = False
        if self._registered:
            # Even with nothing to send: a database restored in place (connections kept) must get its
            # missing changes back. One indexed read per pass.
            row = self._conn.execute(
                "SELECT pushed_seq FROM terminals WHERE id = %s", (self.terminal_id,)
            ).fetchone()
            self._conn.rollback()
            self._registered = row is not None
            if row is not None:
                self._rewind_if_behind(int(row[0]))
        if not self._registered:
            check_schema(self._conn, self.target.where)
            shop_seq = register_terminal(self._conn, self.terminal_id, self.terminal_name, self.order_prefix)
            self._registered = True
            self._rewind_if_behind(shop_seq)
        return self._conn

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        self._registered = False
        if conn is not None:
            try:
                conn.close()
            except psycopg.Error:
                pass

    def _rewind_if_behind(self, shop_seq: int) -> None:
        local = self.journal.pushed_seq()
        if shop_seq < local:
            log.warning(
                "shop database has this till's changes only up to %d (till sent up to %d): sending the rest again",
                shop_seq,
                local,
            )
            self.journal.set_pushed_seq(shop_seq)

    def _push_batch(self, conn: psycopg.Connection) -> int:
        after = self.journal.pushed_seq()
        batch = self.journal.outbox_batch(after, self.batch)
        if not batch.events:
            return 0
        with conn.transaction():
            row = conn.execute(
                "SELECT pushed_seq FROM terminals WHERE id = %s FOR UPDATE", (self.terminal_id,)
            ).fetchone()
            shop_seq = int(row[0]) if row else 0
            if shop_seq < after:
                raise _Behind(shop_seq)
            self._write(conn, batch)
            conn.execute(
                "UPDATE terminals SET pushed_seq = GREATEST(pushed_seq, %s), last_seen = now() WHERE id = %s",
                (batch.last_seq, self.terminal_id),
            )
        self.journal.set_pushed_seq(batch.last_seq)
        if self.batch < self._full_batch:
            self.batch = min(self._full_batch, self.batch * 2)
        return len(batch.events)

    def _write(self, conn: psycopg.Connection, batch: OutboxBatch) -> None:
        tid = self.terminal_id
        with conn.cursor() as cur:
            cur.executemany(_UPSERT_SALE, [(tid, *sale) for sale in batch.sales])
            cur.executemany(_INSERT_EVENT, [(tid, *event) for event in batch.events])


class _Behind(Exception):
    """The shop database has fewer of this till's changes than the till's mark says (restored backup)."""

    def __init__(self, shop_seq: int) -> None:
        super().__init__(shop_seq)
        self.shop_seq = shop_seq


def start_shop_sync(journal: Journal, address: str, terminal_name: str, order_prefix: str) -> ShopSync | None:
    """Blocking (a worker thread): the till's replication, running, or None without a shop database.

    The password is read from the keyring here; a wrong address or password shows in `state()`, never
    stops the till.
    """
    if not address.strip():
        return None
    target = ShopTarget(address.strip(), keyring_password())
    return ShopSync(journal, target, terminal_name, order_prefix).start()
