"""Several tills, one shop database: each till's journal reaches PostgreSQL in order, once, whatever happens."""

from __future__ import annotations

import pytest
from shop_tills import assert_shop_is_union

from pos_app.shop.database import PrefixTaken, ShopTarget, ShopUnreachable


def test_a_till_sends_its_sales_and_their_timeline(shop_db, tills):
    till = tills()
    till.sell("19.99", "EUR")
    till.sell("5", "USD", paid=False)
    assert till.journal.outbox_size() == 8
    assert till.sync.push_pending() == 8
    assert till.journal.outbox_size() == 0
    assert_shop_is_union(shop_db, till)
    rows = shop_db.query("SELECT amount::text, state FROM sales ORDER BY created_us")
    assert rows == [("19.99", "paid"), ("5", "unpaid")]
    assert till.sync.state().sentence() == "All sales sent to the shop database."


def test_sending_twice_changes_nothing(shop_db, tills):
    till = tills()
    till.sell()
    till.sync.push_pending()
    till.journal.set_pushed_seq(0)  # as if the till crashed before noting that the shop had them
    assert till.sync.push_pending() == 4
    assert_shop_is_union(shop_db, till)


def test_a_later_change_updates_the_shop_row(shop_db, tills):
    till = tills()
    sale = till.sell(paid=False)
    till.sync.push_pending()
    from pos_app.kupay.models import PaymentState, PaymentStatus

    till.journal.record_status(sale.id, PaymentStatus("pay", PaymentState.PAID, "paid"))  # paid late
    till.sync.push_pending()
    assert shop_db.query("SELECT state FROM sales") == [("paid",)]
    assert_shop_is_union(shop_db, till)


def test_batches_keep_the_order_and_lose_nothing(shop_db, tills):
    till = tills(batch=3)
    for _ in range(5):
        till.sell()
    assert till.sync.push_pending(max_batches=2) == 6
    assert till.journal.outbox_size() == 14
    till.sync.push_pending()
    assert_shop_is_union(shop_db, till)


def test_two_tills_share_the_shop_database(shop_db, tills):
    bar, terrace = tills("Bar", "B-"), tills("Terrace", "T-")
    for _ in range(3):
        bar.sell()
        terrace.sell("3.50", "USD")
    bar.sync.push_pending()
    terrace.sync.push_pending()
    assert_shop_is_union(shop_db, bar, terrace)
    names = shop_db.query("SELECT name, order_prefix FROM terminals ORDER BY name")
    assert names == [("Bar", "B-"), ("Terrace", "T-")]


def test_a_prefix_another_till_uses_is_refused_with_a_sentence(shop_db, tills):
    bar = tills("Bar", "T1-")
    bar.sync.push_pending()
    other = tills("Terrace", "t1-")  # the same prefix, other case: the order numbers would clash
    other.sell()
    with pytest.raises(PrefixTaken) as refused:
        other.sync.push_pending()
    assert "“t1-” is already used by till “Bar”" in str(refused.value)
    assert other.journal.outbox_size() == 4  # kept for when the prefix is changed
    assert "already used" in other.sync.state().sentence()


def test_server_down_keeps_the_queue_and_says_so(pg_cluster, tmp_path, tills):
    nowhere = ShopTarget(f"postgresql://postgres@127.0.0.1:{pg_cluster.port + 1}/shop")  # nothing listens
    till = tills(target=nowhere)
    till.sell()
    with pytest.raises(ShopUnreachable):
        till.sync.push_pending()
    state = till.sync.state()
    assert state.waiting == 1  # one sale, four changes
    assert "1 sale(s) waiting — shop database not reachable since" in state.sentence()


def test_a_printed_receipt_reaches_the_shop_database_as_a_change_of_its_sale(shop_db, tills):
    till = tills()
    sale = till.sell()
    till.sync.push_pending()
    till.journal.record_receipt(sale.id, "tcp://192.0.2.10:9100", copy=False, paid=True)
    assert till.sync.push_pending() == 1
    notes = [
        n
        for (n,) in shop_db.query("SELECT note FROM sale_events WHERE sale_id = %s ORDER BY seq", (sale.id,))
    ]
    assert notes[-1] == "receipt printed on tcp://192.0.2.10:9100"
    assert_shop_is_union(shop_db, till)


@pytest.mark.parametrize(("first", "second"), [("T1", "T11"), ("T11", "T1"), ("Bar-", "bar-2")])
def test_a_prefix_that_would_repeat_another_tills_order_numbers_is_refused(shop_db, tills, first, second):
    # "T1" numbers its 10,001st sale T110001, "T11" its first: the same order number at two tills.
    till = tills("Till A", first)
    till.sell()
    till.sync.push_pending()
    other = tills("Till B", second)
    other.sell()
    with pytest.raises(PrefixTaken) as refused:
        other.sync.push_pending()
    assert "is already used by till “Till A”" in str(refused.value)
    assert other.journal.outbox_size() == 4
    assert shop_db.query("SELECT count(*) FROM terminals") == [(1,)]


def test_prefixes_that_only_share_a_start_are_both_fine(shop_db, tills):
    for name, prefix in (("Bar", "B-"), ("Bar 2", "B2-"), ("Terrace", "T1"), ("Tent", "T1A")):
        till = tills(name, prefix)
        till.sell()
        assert till.sync.push_pending() == 4
