"""The shop database misbehaves; after each fault it holds exactly the union of the tills' journals."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import psycopg
import pytest
from shop_tills import Till, assert_shop_is_union

from pos_app.journal import store as journal_store  # where the journal reads the clock
from pos_app.shop.database import ShopUnreachable


def wait_until(condition, timeout: float = 20.0) -> None:
    """Poll a condition (replication runs on its own thread; there is no signal to wait on)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


@pytest.fixture
def restart_after(pg_cluster):
    """Tests that stop the server leave it running for the next test, whatever happens."""
    yield pg_cluster
    if not pg_cluster.running():
        pg_cluster.start()


def test_server_down_at_start_then_catching_up_by_itself(shop_db, tills, restart_after):
    restart_after.stop()
    till = tills()
    till.sync.start()
    for _ in range(3):
        till.sell()  # selling never waits for the shop database
    wait_until(lambda: till.sync.state().problem != "")
    assert till.journal.outbox_size() == 12
    restart_after.start()
    wait_until(lambda: till.journal.outbox_size() == 0)
    assert_shop_is_union(shop_db, till)
    assert till.sync.state().problem == ""


def test_server_stopped_mid_day_and_started_again(shop_db, tills, restart_after):
    till = tills()
    till.sell()
    till.sync.push_pending()
    restart_after.stop()
    till.sell("7.00")
    with pytest.raises(ShopUnreachable):
        till.sync.push_pending()
    till.sell("8.00")
    restart_after.start()
    assert till.sync.push_pending() == 8
    assert_shop_is_union(shop_db, till)


def test_connection_cut_in_the_middle_of_a_batch(shop_db, tills):
    till = tills(batch=50)
    for _ in range(5):
        till.sell()
    # The server kills the till's connection while it is inserting the 7th change of the batch.
    shop_db.execute(
        """CREATE FUNCTION cut() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN IF NEW.seq = 7 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END $$;
           CREATE TRIGGER cut BEFORE INSERT ON sale_events FOR EACH ROW EXECUTE FUNCTION cut();"""
    )
    with pytest.raises(ShopUnreachable):
        till.sync.push_pending()
    assert shop_db.query("SELECT count(*) FROM sale_events") == [(0,)]  # the half batch was rolled back
    assert till.journal.outbox_size() == 20
    shop_db.execute("DROP TRIGGER cut ON sale_events")
    till.sync.push_pending()
    assert_shop_is_union(shop_db, till)


def test_statement_timeout_keeps_the_queue_and_halves_the_batch(shop_db, tills, pg_cluster):
    till = tills(batch=8, statement_timeout_ms=300)
    till.sell()
    till.sync.push_pending()  # registered
    till.sell()
    with psycopg.connect(pg_cluster.admin(shop_db.name)) as blocker:
        blocker.execute("SELECT 1 FROM terminals FOR UPDATE")  # someone holds the till's row
        with pytest.raises(ShopUnreachable) as slow:
            till.sync.push_pending()
        assert "answered too slowly" in str(slow.value)
    assert till.sync.batch == 4
    assert till.journal.outbox_size() == 4
    till.sync.push_pending()
    assert_shop_is_union(shop_db, till)


def test_two_tills_pushing_at_once(shop_db, tills):
    bar, terrace = tills("Bar", "B-", batch=5), tills("Terrace", "T-", batch=5)
    bar.sync.start()
    terrace.sync.start()

    def ring(till: Till) -> None:
        for n in range(15):
            till.sell(f"{n}.50")
            till.sync.wake()

    workers = [threading.Thread(target=ring, args=(t,)) for t in (bar, terrace)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    wait_until(lambda: bar.journal.outbox_size() == 0 and terrace.journal.outbox_size() == 0)
    assert_shop_is_union(shop_db, bar, terrace)


def test_a_till_clock_an_hour_ahead_loses_nothing(shop_db, tills, monkeypatch):
    right, ahead = tills("Bar", "B-"), tills("Terrace", "T-")
    right.sell()
    right.sync.push_pending()
    real_now = journal_store._now_us
    with monkeypatch.context() as m:
        m.setattr(journal_store, "_now_us", lambda: real_now() + 3600 * 1_000_000)
        ahead.sell(when=datetime.now().astimezone() + timedelta(hours=1))
    ahead.sync.push_pending()
    right.sell()  # written after, stamped an hour before the other till's sale
    right.sync.push_pending()
    assert_shop_is_union(shop_db, right, ahead)


@pytest.mark.parametrize("how", ["restored in place", "recreated from the dump"])
def test_shop_database_restored_from_yesterdays_backup(shop_db, tills, pg_cluster, how):
    bar, terrace = tills("Bar", "B-"), tills("Terrace", "T-")
    bar.sell()
    terrace.sell()
    bar.sync.push_pending()
    terrace.sync.push_pending()
    dump = pg_cluster.root / f"{shop_db.name}.dump"
    pg_cluster.tool("pg_dump", "-Fc", "-f", str(dump), shop_db.name)
    for _ in range(2):
        bar.sell()
        terrace.sell()
    bar.sync.push_pending()
    terrace.sync.push_pending()
    if how == "restored in place":  # the tills stay connected while the tables are replaced
        pg_cluster.tool("pg_restore", "--clean", "-d", shop_db.name, str(dump))
    else:
        pg_cluster.tool("dropdb", "--force", shop_db.name)
        pg_cluster.tool("createdb", shop_db.name)
        pg_cluster.tool("pg_restore", "-d", shop_db.name, str(dump))
    assert shop_db.query("SELECT count(*) FROM sales") == [(2,)]  # yesterday's state
    for till in (bar, terrace):
        for _ in range(2):  # the first try may meet the connection the restore cut
            try:
                till.sync.push_pending()
                break
            except ShopUnreachable:
                continue
    assert_shop_is_union(shop_db, bar, terrace)


def test_two_tills_through_a_day_with_the_database_stopped_for_part_of_it(
    shop_db, tills, restart_after, capsys, tmp_path
):
    """The issue's "done when": both tills' totals and the shop's in report --shop; export lists each sale once."""
    import csv

    from pg_cluster import SUPERUSER_PASSWORD

    from pos_app.app import main

    bar, terrace = tills("Bar", "B-"), tills("Terrace", "T-")
    bar.sync.start()
    terrace.sync.start()
    bar.sell("10.00")
    terrace.sell("1.50")
    wait_until(lambda: bar.journal.outbox_size() == 0 and terrace.journal.outbox_size() == 0)
    restart_after.stop()
    bar.sell("20.00")
    terrace.sell("2.50")
    terrace.sell("4.00", paid=False)
    wait_until(lambda: bar.sync.state().problem and terrace.sync.state().problem)
    restart_after.start()
    wait_until(lambda: bar.journal.outbox_size() == 0 and terrace.journal.outbox_size() == 0)
    assert_shop_is_union(shop_db, bar, terrace)

    dsn = shop_db.target.address.replace("postgres@", f"postgres:{SUPERUSER_PASSWORD}@")
    assert main(["report", "--shop", "--shop-db", dsn]) == 0
    report = capsys.readouterr().out
    assert "€30.00" in report.split("== Bar")[1].split("== Terrace")[0]
    assert "€4.00" in report.split("== Terrace")[1].split("== Shop")[0]
    assert "€34.00" in report.split("== Shop total (all tills)")[1]
    out = tmp_path / "shop.csv"
    assert main(["export", "--csv", str(out), "--shop", "--shop-db", dsn]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert sorted((r["terminal"], r["amount"]) for r in rows) == [
        ("Bar", "10.00"),
        ("Bar", "20.00"),
        ("Terrace", "1.50"),
        ("Terrace", "2.50"),
        ("Terrace", "4.00"),
    ]
