"""Shop database at scale: a till's backlog draining, and the owner's shop-wide views over many tills.

    .venv/bin/python bench/shop_bench.py                          # 20 tills x 1,000,000 sales, 100,000 changes
    .venv/bin/python bench/shop_bench.py --tills 4 --sales 100000 --backlog 20000   # a quick look

Starts a throwaway PostgreSQL cluster (as the tests do: tests/pg_cluster.py, Debian's binaries), or uses
`--db DSN`. Prints figures; asserts nothing (the issue's targets are printed beside them):
  - drain: a till whose journal holds `--backlog` changes (seeded as bench/seed_journal.py does: two per
    sale) pushes them all with ShopSync.push_pending — changes per second (target >= 2,000/s);
  - the shop: `--tills` x `--sales` sales generated inside PostgreSQL over 365 days, then the day report
    for yesterday (target < 1 s) and History's *All tills* pages — first, 1,000 pages deep by keyset, a
    status filter and a search (target < 50 ms each, median of 20).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import psycopg

from pos_app.journal import HistoryFilter, Journal
from pos_app.sale import SaleState
from pos_app.shop.database import ShopTarget, connect, init_schema
from pos_app.shop.queries import ShopCursor, shop_day, shop_page
from pos_app.shop.replication import ShopSync


def timed(label: str, fn: Callable[[], object], runs: int = 20, target_ms: float | None = None) -> object:
    result = fn()  # warm the cache as an owner's second look would
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - started) * 1000)
    goal = f"  (target < {target_ms:g} ms)" if target_ms else ""
    print(f"  {label:<44} median {statistics.median(samples):8.1f} ms   max {max(samples):8.1f} ms{goal}")
    return result


def drain(target: ShopTarget, backlog: int, folder: Path) -> None:
    from seed_journal import seed  # bench/seed_journal.py: two timeline events per sale

    path = folder / "till" / "journal.sqlite3"
    path.parent.mkdir(parents=True)
    seed(path, backlog // 2, days=1, prefix="D-")
    journal = Journal.open(path)
    sync = ShopSync(journal, target, "Drain till", "D-")
    waiting = journal.outbox_size()
    started = time.perf_counter()
    sent = sync.push_pending()
    seconds = time.perf_counter() - started
    print(
        f"drain: {sent:,} of {waiting:,} changes in {seconds:.1f} s = {sent / seconds:,.0f} changes/s (target >= 2,000/s)"
    )
    sync.stop()
    journal.close()


TERMINALS = """
INSERT INTO terminals (id, name, order_prefix)
SELECT 'till-' || t, 'Till ' || t, 'T' || t || '-' FROM generate_series(1, %(tills)s) t
"""
GENERATE = """
INSERT INTO sales (terminal_id, id, order_number, created_at, created_us, amount, currency, state, payment_id,
                   pay_url, status_word, payment_state, email, updated_us, last_seq)
SELECT 'till-' || t, md5(t || '-' || n), 'T' || t || '-' || lpad(n::text, 4, '0'),
       to_char(to_timestamp(us / 1e6), 'YYYY-MM-DD"T"HH24:MI:SS.US+00:00'), us,
       round((50 + (n::bigint * 7919 + t * 104729) %% 49950) / 100.0, 2),
       CASE WHEN n %% 10 < 4 THEN 'EUR' WHEN n %% 10 < 8 THEN 'USD' ELSE 'GBP' END,
       CASE WHEN n %% 100 < 85 THEN 'paid' WHEN n %% 100 < 95 THEN 'unpaid'
            WHEN n %% 100 < 99 THEN 'cancelled_by_cashier' ELSE 'waiting' END,
       'pay-' || n, '', '', CASE WHEN n %% 100 BETWEEN 85 AND 94 THEN 'expired' ELSE '' END, '', us, n * 2
FROM generate_series(1, %(tills)s) t, generate_series(1, %(sales)s) n,
     LATERAL (SELECT %(start)s::bigint + (n::bigint * %(step)s::bigint) + t * 1000 AS us) x
"""


def scale(admin: str, tills: int, sales: int) -> None:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS shop_bench")
        conn.execute("CREATE DATABASE shop_bench")
    dsn = admin.replace("dbname=postgres", "dbname=shop_bench")
    with psycopg.connect(dsn) as conn:
        init_schema(conn)
    span_us = 365 * 86_400 * 1_000_000
    end_us = int(time.time() * 1_000_000) - 3_600_000_000
    started = time.perf_counter()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '512MB'")
        # Load first and index after, as a restore does: the schema's own indexes, rebuilt from their DDL.
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'sales' AND indexname <> 'sales_pkey'"
        ).fetchall()
        for name, _ddl in indexes:
            conn.execute(f"DROP INDEX {name}")  # type: ignore[arg-type]
        conn.execute("ALTER TABLE sales DROP CONSTRAINT sales_pkey")
        params = {"tills": tills, "sales": sales, "start": end_us - span_us, "step": span_us // sales}
        conn.execute(TERMINALS, params)  # type: ignore[arg-type]
        conn.execute(GENERATE, params)  # type: ignore[arg-type]
        print(f"  rows in after {time.perf_counter() - started:.0f} s; indexing", file=sys.stderr)
        conn.execute("ALTER TABLE sales ADD PRIMARY KEY (terminal_id, id)")
        for _name, ddl in indexes:
            conn.execute(ddl)
        conn.execute("VACUUM ANALYZE sales")
    print(
        f"shop: {tills} tills x {sales:,} sales = {tills * sales:,} generated in {time.perf_counter() - started:.0f} s"
    )

    with psycopg.connect(dsn) as conn:
        yesterday = date.today() - timedelta(days=1)
        report = timed(
            f"day report, yesterday ({tills} tills + shop)", lambda: shop_day(conn, yesterday), 10, 1000
        )
        print(f"    {report.shop.sale_count:,} sales that day")  # type: ignore[attr-defined]
        timed("All tills: first page (200)", lambda: shop_page(conn, HistoryFilter(), 200), target_ms=50)
        deep = conn.execute(
            "SELECT created_us, terminal_id, id FROM sales ORDER BY created_us DESC, terminal_id DESC, id DESC"
            " OFFSET %s LIMIT 1",
            (min(200_000, tills * sales // 2),),
        ).fetchone()
        assert deep is not None
        cursor = ShopCursor(int(deep[0]), str(deep[1]), str(deep[2]))
        timed(
            "All tills: 1,000 pages deep (keyset)",
            lambda: shop_page(conn, HistoryFilter(), 200, cursor),
            target_ms=50,
        )
        oldest = conn.execute(
            "SELECT created_us, terminal_id, id FROM sales ORDER BY created_us, terminal_id, id LIMIT 1 OFFSET 500"
        ).fetchone()
        assert oldest is not None
        last = ShopCursor(int(oldest[0]), str(oldest[1]), str(oldest[2]))
        timed("All tills: the last page", lambda: shop_page(conn, HistoryFilter(), 200, last), target_ms=50)
        paid = HistoryFilter(states=(SaleState.PAID,))
        timed(
            "All tills: Paid only, 1,000 pages deep", lambda: shop_page(conn, paid, 200, cursor), target_ms=50
        )
        waiting = HistoryFilter(states=(SaleState.WAITING,))
        timed("All tills: Waiting only (rare)", lambda: shop_page(conn, waiting, 200), target_ms=50)
        timed("All tills: a day", lambda: shop_page(conn, HistoryFilter(day=yesterday), 200), target_ms=50)
        timed(
            "All tills: how many sales (History's header)",
            lambda: conn.execute("SELECT count(*) FROM sales").fetchone(),
            3,
        )
        timed(
            "All tills: search an order number",
            lambda: shop_page(conn, HistoryFilter(search="T7-0012345"), 200),
            5,
            50,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tills", type=int, default=20)
    parser.add_argument("--sales", type=int, default=1_000_000, help="sales per till")
    parser.add_argument("--backlog", type=int, default=100_000, help="changes a till has to send")
    parser.add_argument("--db", help="an admin DSN of an existing server (default: a throwaway cluster)")
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args(argv)

    cluster = None
    if args.db:
        admin = args.db
    else:
        from pg_cluster import SUPERUSER_PASSWORD, PgCluster, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            parser.error("PostgreSQL is not installed (bash packaging/linux/system-deps.sh test)")
        cluster = PgCluster(bin_dir)
        cluster.start()
        admin = cluster.admin()
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS shop_drain")
            conn.execute("CREATE DATABASE shop_drain")
        with psycopg.connect(admin.replace("dbname=postgres", "dbname=shop_drain")) as conn:
            init_schema(conn)
        if cluster is not None:
            target = ShopTarget(cluster.address("shop_drain"), SUPERUSER_PASSWORD)
        else:
            target = ShopTarget(admin.replace("dbname=postgres", "dbname=shop_drain"))
        with tempfile.TemporaryDirectory() as folder:
            drain(target, args.backlog, Path(folder))
        with connect(target) as conn:
            conn.execute("SELECT 1")
        if not args.skip_scale:
            scale(admin, args.tills, args.sales)
    finally:
        if cluster is not None:
            cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
