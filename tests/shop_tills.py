"""Tills for the shop-database tests: a journal of its own, sales rung up the way the sale flow journals them,
and the check that the shop database holds exactly the union of the tills' journals."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from pos_app.journal import Journal
from pos_app.kupay.models import PaymentState, PaymentStatus
from pos_app.sale import Sale, new_sale_id
from pos_app.shop.replication import ShopSync


class Till:
    """One till: its own data folder's journal and its replication to the shop database."""

    def __init__(self, folder: Path, name: str, prefix: str, target, **sync_options) -> None:
        self.name = name
        self.prefix = prefix
        self.journal = Journal.open(folder / f"{name}-{prefix}".replace(" ", "_") / "journal.sqlite3")
        self.sync = ShopSync(self.journal, target, name, prefix, **sync_options)

    def sell(self, amount: str = "10.00", currency: str = "EUR", paid: bool = True, when=None) -> Sale:
        """Journal a sale through its life: new, created on KuPay, a waiting read, then paid or expired."""
        sale = Sale(
            id=new_sale_id(),
            order_number=self.journal.next_order_number(self.prefix),
            created_at=when or datetime.now().astimezone(),
            amount=Decimal(amount),
            currency=currency,
        )
        self.journal.record_new(sale)
        pay_id = "pay-" + sale.id[:8]
        self.journal.record_created(sale.id, pay_id, f"https://pay.example/{pay_id}")
        self.journal.record_status(sale.id, PaymentStatus(pay_id, PaymentState.WAITING, "new"))
        end = (
            PaymentStatus(pay_id, PaymentState.PAID, "paid")
            if paid
            else PaymentStatus(pay_id, PaymentState.EXPIRED, "expired")
        )
        self.journal.record_status(sale.id, end)
        return sale

    def close(self) -> None:
        self.sync.stop()
        self.journal.close()


def local_rows(till: Till) -> tuple[set[tuple], set[tuple]]:
    """The till's sales and events as the shop database should hold them."""
    with sqlite3.connect(till.journal.path) as conn:
        sales = {
            (till.sync.terminal_id, r[0], r[1], r[2], Decimal(r[3]), r[4], r[5])
            for r in conn.execute("SELECT id, order_number, created_us, amount, currency, state FROM sales")
        }
        events = {
            (till.sync.terminal_id, *r)
            for r in conn.execute("SELECT seq, sale_id, at_us, state, status_word, note FROM sale_events")
        }
    return sales, events


def assert_shop_is_union(shop_db, *tills: Till) -> None:
    """The shop database equals the union of the tills' journals: no change missing, none twice."""
    want_sales: set[tuple] = set()
    want_events: set[tuple] = set()
    for till in tills:
        sales, events = local_rows(till)
        want_sales |= sales
        want_events |= events
    got_sales = shop_db.query(
        "SELECT terminal_id, id, order_number, created_us, amount, currency, state FROM sales"
    )
    got_events = shop_db.query(
        "SELECT terminal_id, seq, sale_id, at_us, state, status_word, note FROM sale_events"
    )
    assert len(got_sales) == len(set(got_sales)), "a sale is twice in the shop database"
    assert set(got_sales) == want_sales
    assert len(got_events) == len(want_events)
    assert set(got_events) == want_events
