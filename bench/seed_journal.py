"""Fill a sales journal with N realistic sales (default 1,000,000) for the history/report/export benchmarks.

    .venv/bin/python bench/seed_journal.py --path /tmp/bench/journal.sqlite3 --count 1000000 --days 365

Sales spread over `--days` days ending now, 18 currencies (EUR/USD most), mostly paid, some expired,
cancelled by the cashier, failed, a handful still waiting; two timeline events each. Rows go in with
executemany in big transactions (synchronous=OFF while seeding: this is a throwaway benchmark file).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pos_app.journal import Journal
from pos_app.kupay.models import CURRENCIES

ZERO_DECIMAL = {"JPY", "KRW"}
CURRENCY_WEIGHTS = [30 if c in ("EUR", "USD") else 8 if c in ("GBP", "JPY", "CHF") else 2 for c in CURRENCIES]
# (sale state, KuPay's word, KuPay's normalised state, weight)
OUTCOMES = [
    ("paid", "paid", "paid", 800),
    ("unpaid", "expired", "expired", 90),
    ("cancelled_by_cashier", "open", "waiting", 60),
    ("unpaid", "cancelled", "cancelled", 30),
    ("unpaid", "failure", "failed", 15),
    ("needs_check", "", "", 4),
    ("waiting", "open", "waiting", 1),
]
BATCH = 50_000


def seed(path: Path, count: int, days: int, prefix: str = "T1-", seed_value: int = 7) -> float:
    """Seed and return the seconds it took."""
    Journal.open(path).close()  # the real schema, migrations included
    rng = random.Random(seed_value)
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    end = datetime.now(UTC) - timedelta(minutes=5)
    span_us = days * 86_400 * 1_000_000
    start_us = int(end.timestamp() * 1_000_000) - span_us
    step = span_us // max(count, 1)
    outcomes = [o[:3] for o in OUTCOMES]
    weights = [o[3] for o in OUTCOMES]
    sale_sql = (
        "INSERT INTO sales(id, order_number, created_at, created_us, amount, currency, state, payment_id, pay_url,"
        " status_word, updated_us, payment_state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
    )
    event_sql = "INSERT INTO sale_events(sale_id, at_us, state, status_word, note) VALUES (?,?,?,?,?)"
    done = 0
    while done < count:
        n = min(BATCH, count - done)
        currencies = rng.choices(CURRENCIES, CURRENCY_WEIGHTS, k=n)
        picks = rng.choices(outcomes, weights, k=n)
        sales = []
        events = []
        for i in range(n):
            number = done + i + 1
            created_us = start_us + number * step + rng.randrange(step or 1)
            created = datetime.fromtimestamp(created_us / 1_000_000, UTC).astimezone()
            currency = currencies[i]
            if currency in ZERO_DECIMAL:
                amount = str(rng.randrange(100, 50_000))
            else:
                cents = rng.randrange(50, 50_000)
                amount = f"{cents // 100}.{cents % 100:02d}"
            state, word, payment_state = picks[i]
            sale_id = uuid.UUID(int=rng.getrandbits(128), version=4).hex
            payment_id = (
                "" if state == "needs_check" and number % 2 else str(uuid.UUID(int=rng.getrandbits(128)))
            )
            pay_url = f"https://pay.kupay.finance/merchant/{payment_id}" if payment_id else ""
            sales.append(
                (
                    sale_id,
                    f"{prefix}{number:04d}",
                    created.isoformat(),
                    created_us,
                    amount,
                    currency,
                    state,
                    payment_id,
                    pay_url,
                    word,
                    created_us + 60_000_000,
                    payment_state,
                )
            )
            events.append((sale_id, created_us, "creating", "", "journaled before the create call"))
            events.append((sale_id, created_us + 60_000_000, state, word, ""))
        with conn:
            conn.executemany(sale_sql, sales)
            conn.executemany(event_sql, events)
        done += n
        print(f"\r  {done:,} / {count:,} sales", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    with conn:
        conn.execute(
            "INSERT INTO order_counters(prefix, last) VALUES (?, ?) ON CONFLICT(prefix) DO UPDATE SET last = excluded.last",
            (prefix, count),
        )
    conn.execute("ANALYZE")  # planner statistics, as `PRAGMA optimize` would gather in a long-lived journal
    conn.close()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, required=True, help="journal file to create (must not exist)")
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} exists; pick a new file")
    args.path.parent.mkdir(parents=True, exist_ok=True)
    seconds = seed(args.path, args.count, args.days)
    size = args.path.stat().st_size / 1e6
    print(
        f"seeded {args.count:,} sales over {args.days} days in {seconds:.1f} s ({size:.0f} MB): {args.path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
