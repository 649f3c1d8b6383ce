"""The sales journal: written before KuPay hears of a sale, exact money, migrations, recovery from damage."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from pos_app import paths
from pos_app.journal import (
    SCHEMA_VERSION,
    HistoryFilter,
    Journal,
    JournalTooNew,
)
from pos_app.kupay.models import PaymentRequest, PaymentState, PaymentStatus
from pos_app.sale import Sale, SaleState, new_sale_id


def make_sale(
    journal: Journal, amount: str = "19.99", currency: str = "EUR", when: datetime | None = None
) -> Sale:
    return Sale(
        id=new_sale_id(),
        order_number=journal.next_order_number("T1-"),
        created_at=when or datetime.now().astimezone(),
        amount=Decimal(amount),
        currency=currency,
        email="shopper@example.com",
    )


def request_for(sale: Sale, url: str = "https://shop.example/") -> PaymentRequest:
    return PaymentRequest(
        id=sale.id,
        order_number=sale.order_number,
        created_at=sale.created_at,
        currency=sale.currency,
        amount=sale.amount,
        cancel_url=url + "cancel",
        paid_url=url + "paid",
        callback_url=url + "hook",
        email=sale.email,
    )


def test_journal_lives_in_the_platform_data_folder_in_wal_mode(journal):
    assert journal.path == paths.journal_file()
    assert journal.path.exists()
    with sqlite3.connect(journal.path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert other.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert journal.recovered_from is None


def test_sale_is_readable_from_another_connection_right_after_record_new(journal):
    """Journal before send: once record_new returns, the sale is committed (another process would see it)."""
    sale = make_sale(journal)
    journal.record_new(sale, request_for(sale))
    with sqlite3.connect(journal.path) as other:
        row = other.execute("SELECT state, amount, currency FROM sales WHERE id = ?", (sale.id,)).fetchone()
    assert row == ("creating", "19.99", "EUR")


def test_a_charged_sale_is_numbered_and_journaled_in_one_commit(journal):
    """The charge path syncs the disk once before the create is sent (each commit is an fsync); another
    process sees the numbered sale as soon as it returns, and a failed write keeps nothing, its number
    included."""
    commits: list[str] = []
    journal._conn.set_trace_callback(lambda sql: commits.append(sql) if sql.strip() == "COMMIT" else None)

    def make(number: str) -> tuple[Sale, PaymentRequest]:
        sale = Sale(new_sale_id(), number, datetime.now().astimezone(), Decimal("4.20"), "EUR")
        return sale, request_for(sale)

    sale = journal.record_new_numbered("T1-", make)
    journal._conn.set_trace_callback(None)
    assert sale.order_number == "T1-0001" and len(commits) == 1
    with sqlite3.connect(journal.path) as other:
        row = other.execute(
            "SELECT order_number, state, paid_url FROM sales WHERE id = ?", (sale.id,)
        ).fetchone()
    assert row == ("T1-0001", "creating", "https://shop.example/paid")

    def same_id(number: str) -> tuple[Sale, PaymentRequest]:
        again = sale.with_(order_number=number)
        return again, request_for(again)

    with pytest.raises(sqlite3.IntegrityError):
        journal.record_new_numbered("T1-", same_id)
    assert journal.record_new_numbered("T1-", make).order_number == "T1-0002"  # T1-0002 was not used up


def test_order_numbers_are_short_sequential_and_survive_a_restart(journal):
    assert journal.next_order_number("T1-") == "T1-0001"
    assert journal.next_order_number("T1-") == "T1-0002"
    assert journal.next_order_number("T2-") == "T2-0001"
    journal.close()
    again = Journal.open()
    try:
        assert again.next_order_number("T1-") == "T1-0003"
    finally:
        again.close()


def test_order_numbers_stay_unique_under_threads(journal):
    got: list[str] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(50):
            n = journal.next_order_number("T1-")
            with lock:
                got.append(n)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(got)) == 200
    assert max(got) == "T1-0200"


def test_full_life_of_a_paid_sale_with_timeline(journal):
    sale = make_sale(journal, "1200", "JPY")
    journal.record_new(sale, request_for(sale))
    journal.record_created(sale.id, "pay-1", "https://pay.example/pay-1")
    journal.record_status(sale.id, PaymentStatus("pay-1", PaymentState.WAITING, "open"))
    settled = journal.record_status(sale.id, PaymentStatus("pay-1", PaymentState.PAID, "Completed"))
    assert settled is not None
    assert settled.state is SaleState.PAID
    assert settled.status_word == "Completed"
    assert settled.amount == Decimal("1200")
    assert settled.payment_id == "pay-1"
    states = [(e.state, e.status_word) for e in journal.events(sale.id)]
    assert states == [
        (SaleState.CREATING, ""),
        (SaleState.WAITING, ""),
        (SaleState.WAITING, "open"),
        (SaleState.PAID, "Completed"),
    ]
    times = [e.at for e in journal.events(sale.id)]
    assert times == sorted(times)


def test_amounts_round_trip_exactly(journal):
    sale = make_sale(journal, "0.10")
    journal.record_new(sale)
    got = journal.get(sale.id)
    assert got is not None
    assert got.amount == Decimal("0.10")
    assert str(got.amount) == "0.10"
    with sqlite3.connect(journal.path) as other:
        assert other.execute("SELECT typeof(amount) FROM sales").fetchone()[0] == "text"
    odd = make_sale(journal, "1E+3", "JPY")
    journal.record_new(odd)
    with sqlite3.connect(journal.path) as other:
        assert other.execute("SELECT amount FROM sales WHERE id = ?", (odd.id,)).fetchone()[0] == "1000"


def test_status_mapping_never_optimistic(journal):
    sale = make_sale(journal)
    journal.record_new(sale)
    journal.record_created(sale.id, "p", "u")
    for state, word in ((PaymentState.UNKNOWN, "weird"), (PaymentState.PARTIALLY_PAID, "partially_paid")):
        got = journal.record_status(sale.id, PaymentStatus("p", state, word))
        assert got is not None and got.state is SaleState.WAITING
        assert got.status_word == word
    got = journal.record_status(sale.id, PaymentStatus("p", PaymentState.EXPIRED, "expired"))
    assert got is not None and got.state is SaleState.UNPAID


def test_cashier_cancelled_sale_stays_cancelled_until_kupay_reports_an_end(journal):
    sale = make_sale(journal)
    journal.record_new(sale)
    journal.record_created(sale.id, "p", "u")
    journal.record_state(sale.id, SaleState.CANCELLED_BY_CASHIER, "cashier pressed Cancel")
    got = journal.record_status(sale.id, PaymentStatus("p", PaymentState.WAITING, "open"))
    assert got is not None and got.state is SaleState.CANCELLED_BY_CASHIER
    got = journal.record_status(sale.id, PaymentStatus("p", PaymentState.PAID, "paid"))
    assert got is not None and got.state is SaleState.PAID  # a late payment is still money taken
    assert journal.events(sale.id)[2].note == "cashier pressed Cancel"


def test_unfinished_lists_only_sales_whose_outcome_is_unknown(journal):
    ids = {}
    for state in SaleState:
        sale = make_sale(journal)
        journal.record_new(sale)
        if state is not SaleState.CREATING:
            journal.record_state(sale.id, state)
        ids[state] = sale.id
    unfinished = {s.id for s in journal.unfinished()}
    expected = {SaleState.CREATING, SaleState.CREATE_FAILED, SaleState.WAITING, SaleState.NEEDS_CHECK}
    assert unfinished == {ids[s] for s in expected}


def test_payment_request_for_a_retry_is_the_journaled_body(journal):
    sale = make_sale(journal, "5.00", "USD")
    journal.record_new(sale, request_for(sale))
    req = journal.payment_request(sale.id, default_url="https://fallback.example/")
    assert req == request_for(sale)
    bare = make_sale(journal)
    journal.record_new(bare)
    req2 = journal.payment_request(bare.id, default_url="https://fallback.example/")
    assert req2 is not None and req2.paid_url == "https://fallback.example/" and req2.email == bare.email


def test_history_pages_newest_first_with_filters(journal):
    base = datetime(2026, 11, 20, 12, 0).astimezone()
    for i in range(30):
        sale = make_sale(journal, f"{i}.50", "EUR" if i % 2 else "USD", when=base + timedelta(hours=i))
        journal.record_new(sale)
        if i % 3 == 0:
            journal.record_state(sale.id, SaleState.PAID)
    first = journal.page(limit=10)
    assert [s.order_number for s in first.sales] == [f"T1-{n:04d}" for n in range(30, 20, -1)]
    second = journal.page(limit=10, after=first.next_cursor)
    assert second.sales[0].order_number == "T1-0020"
    third = journal.page(limit=10, after=second.next_cursor)
    assert third.next_cursor is None or journal.page(limit=10, after=third.next_cursor).sales == []
    assert journal.page(limit=10, offset=10).sales == second.sales

    day = journal.count(HistoryFilter(day=date(2026, 11, 21)))
    assert day == 18  # 00:00-17:00 of the 21st
    assert journal.count(HistoryFilter(states=(SaleState.PAID,))) == 10
    found = journal.page(HistoryFilter(search="t1-0007")).sales
    assert [s.order_number for s in found] == ["T1-0007"]
    assert journal.count(HistoryFilter(search="%")) == 0  # wildcards are searched literally


def test_day_totals_per_currency_are_exact_decimals(journal):
    today = date.today()
    noon = datetime.combine(today, datetime.min.time()).astimezone() + timedelta(hours=12)
    plan = [
        ("0.10", "EUR", PaymentState.PAID),
        ("0.20", "EUR", PaymentState.PAID),
        ("1200", "JPY", PaymentState.PAID),
        ("5", "JPY", PaymentState.EXPIRED),
        ("7.00", "EUR", PaymentState.CANCELLED),
        ("9.00", "EUR", PaymentState.FAILED),
    ]
    for amount, currency, state in plan:
        sale = make_sale(journal, amount, currency, when=noon)
        journal.record_new(sale)
        journal.record_created(sale.id, "p" + sale.id, "u")
        journal.record_status(sale.id, PaymentStatus("p", state, state.value))
    waiting = make_sale(journal, "3.00", "EUR", when=noon)
    journal.record_new(waiting)
    yesterday = make_sale(journal, "100.00", "EUR", when=noon - timedelta(days=1))
    journal.record_new(yesterday)
    journal.record_state(yesterday.id, SaleState.PAID)

    totals = journal.day_totals(today)
    rows = {r.currency: r for r in totals.rows}
    assert rows["EUR"].paid_total == Decimal("0.30")  # not 0.30000000000000004
    assert rows["EUR"].paid_count == 2
    assert (rows["EUR"].cancelled_count, rows["EUR"].unpaid_count, rows["EUR"].open_count) == (1, 1, 1)
    assert rows["JPY"].paid_total == Decimal("1200")
    assert rows["JPY"].expired_count == 1
    assert totals.sale_count == 7


# ------------------------------------------------------------------------------------ migrations and damage
def build_v1_database(path) -> None:
    """A journal as the first release wrote it (schema 1), built by hand from its own migration."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        # Schema 1 exactly as it shipped (a frozen copy: the test must not follow later edits).
        conn.executescript(
            """
            CREATE TABLE sales (
                id TEXT PRIMARY KEY, order_number TEXT NOT NULL, created_at TEXT NOT NULL,
                created_us INTEGER NOT NULL, amount TEXT NOT NULL, currency TEXT NOT NULL, state TEXT NOT NULL,
                payment_id TEXT NOT NULL DEFAULT '', pay_url TEXT NOT NULL DEFAULT '',
                status_word TEXT NOT NULL DEFAULT '', updated_us INTEGER NOT NULL
            );
            CREATE TABLE sale_events (
                seq INTEGER PRIMARY KEY, sale_id TEXT NOT NULL REFERENCES sales(id), at_us INTEGER NOT NULL,
                state TEXT NOT NULL, status_word TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX sales_created ON sales(created_us);
            CREATE INDEX sale_events_sale ON sale_events(sale_id, seq);
            """
        )
        conn.execute(
            "INSERT INTO sales(id, order_number, created_at, created_us, amount, currency, state, payment_id,"
            " pay_url, status_word, updated_us) VALUES ('old-1', 'T1-0041', '2026-11-01T10:00:00+01:00',"
            " 1793523600000000, '12.34', 'EUR', 'paid', 'pay-old', 'https://pay/old', 'paid', 0)"
        )
        conn.execute("PRAGMA user_version = 1")


def test_old_schema_is_backed_up_then_upgraded_keeping_every_sale():
    path = paths.journal_file()
    build_v1_database(path)
    journal = Journal.open()
    try:
        old = journal.get("old-1")
        assert old is not None
        assert old.amount == Decimal("12.34") and old.state is SaleState.PAID
        assert journal.next_order_number("T1-") == "T1-0042"  # continues after the journaled numbers
        sale = make_sale(journal)
        journal.record_new(sale, request_for(sale))
        req = journal.payment_request(sale.id, "x")
        assert req is not None and req.paid_url == "https://shop.example/paid"
    finally:
        journal.close()
    backups = list(path.parent.glob("journal.sqlite3.v1-backup-*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT amount FROM sales").fetchone()[0] == "12.34"


def test_database_from_a_newer_app_is_refused_untouched():
    path = paths.journal_file()
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future(x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = path.read_bytes()
    with pytest.raises(JournalTooNew, match="newer KuPay POS"):
        Journal.open()
    assert path.read_bytes() == before


def test_garbage_file_is_set_aside_and_a_fresh_journal_started():
    path = paths.journal_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00\x13garbage, not a database at all" * 200)
    journal = Journal.open()
    try:
        assert journal.recovered_from is not None
        assert journal.recovered_from.name.startswith("journal.sqlite3.damaged-")
        assert journal.recovered_from.read_bytes().startswith(b"\x00\x13garbage")
        assert journal.count() == 0
        sale = make_sale(journal)
        journal.record_new(sale)  # the fresh journal works
        assert journal.get(sale.id) is not None
    finally:
        journal.close()
    again = Journal.open()  # and the next start is a normal one: no crash loop
    try:
        assert again.recovered_from is None
        assert again.count() == 1
    finally:
        again.close()


def test_truncated_real_database_is_set_aside():
    journal = Journal.open()
    for i in range(400):
        journal.record_new(make_sale(journal, f"{i}.00"))
    journal.close()
    path = paths.journal_file()
    data = path.read_bytes()
    assert len(data) > 40_000
    path.write_bytes(data[: len(data) // 2])
    reopened = Journal.open()
    try:
        assert reopened.recovered_from is not None
        assert reopened.recovered_from.stat().st_size == len(data) // 2
        assert reopened.count() == 0
    finally:
        reopened.close()


def test_sale_is_in_the_journal_while_kupay_is_still_receiving_the_create(journal, sandbox):
    """Journal before send, end to end: when the sandbox holds the create request, the row is on disk."""
    from pos_app.flow import CreatePayment
    from pos_app.kupay.client import KuPayClient
    from pos_app.sale import new_sale_id
    from pos_app.settings import Settings
    from pos_app.ui.workers import create_payment_job

    settings = Settings()
    order = CreatePayment(1, new_sale_id(), Decimal("42.00"), "EUR")
    sandbox.set_faults(latency=1.0)  # the create stays in flight for a second
    result: list[object] = []
    with KuPayClient(sandbox.base_url, "test-token", retries=0) as client:
        worker = threading.Thread(
            target=lambda: result.append(create_payment_job(journal, client, settings, order))
        )
        worker.start()
        assert sandbox.wait_for_create(timeout=5.0)
        with sqlite3.connect(journal.path) as other:  # as a restarted terminal would read it
            row = other.execute(
                "SELECT state, payment_id FROM sales WHERE id = ?", (order.sale_id,)
            ).fetchone()
        assert sandbox.payments() == []  # KuPay has not answered yet...
        assert row == ("creating", "")  # ...and the sale is already safely journaled
        worker.join(10)
    got = journal.get(order.sale_id)
    assert got is not None and got.state is SaleState.WAITING and got.payment_id


def test_a_second_opener_never_mistakes_a_busy_journal_for_a_damaged_one(journal):
    """`kupay-pos report` while the window is writing: the live journal must not be set aside."""
    for i in range(300):
        journal.record_new(make_sale(journal, f"{i}.00"))
    reader = sqlite3.connect(journal.path)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM sales").fetchone()  # holds a snapshot: no checkpoint can finish
    try:
        for i in range(300):
            journal.record_new(make_sale(journal, f"{i}.01"))  # these pages live only in the WAL
        second = Journal.open()
        try:
            assert second.recovered_from is None
            assert second.count() == 600
        finally:
            second.close()
    finally:
        reader.rollback()
        reader.close()
    assert journal.path.exists() and not list(journal.path.parent.glob("*.damaged-*"))


def test_a_paid_sale_is_never_relabelled_by_a_late_cancel(journal):
    sale = make_sale(journal)
    journal.record_new(sale)
    journal.record_created(sale.id, "p", "u")
    journal.record_status(sale.id, PaymentStatus("p", PaymentState.PAID, "paid"))
    journal.record_state(sale.id, SaleState.CANCELLED_BY_CASHIER, "cancelled by the cashier")
    got = journal.get(sale.id)
    assert got is not None and got.state is SaleState.PAID
    assert "kept as paid" in journal.events(sale.id)[-1].note


def test_create_answered_after_the_cashier_cancelled_stays_cancelled(journal):
    sale = make_sale(journal)
    journal.record_new(sale)
    journal.record_state(sale.id, SaleState.CANCELLED_BY_CASHIER, "cancelled while creating")
    journal.record_created(sale.id, "p", "https://pay.example/p")
    got = journal.get(sale.id)
    assert got is not None and got.state is SaleState.CANCELLED_BY_CASHIER and got.payment_id == "p"
    assert [s.id for s in journal.late_checks(datetime.now().astimezone() - timedelta(hours=1))] == [sale.id]


def test_writes_for_an_unknown_sale_change_nothing(journal):
    journal.record_state("no-such-sale", SaleState.PAID)
    journal.record_created("no-such-sale", "p", "u")
    assert journal.record_status("no-such-sale", PaymentStatus("p", PaymentState.PAID, "paid")) is None
    assert journal.count() == 0


def test_search_gives_the_same_pages_whichever_way_it_reads(journal, monkeypatch):
    import pos_app.journal.queries as journal_queries  # where History's search plan lives

    base = datetime(2026, 11, 20, 9, 0).astimezone()
    for i in range(40):
        journal.record_new(make_sale(journal, f"{i}.00", when=base + timedelta(minutes=i % 7, seconds=i)))

    def pages(term: str) -> list[str]:
        journal._search_plans.clear()
        out: list[str] = []
        page = journal.page(HistoryFilter(search=term), limit=4)
        while True:
            out += [s.order_number for s in page.sales]
            if page.next_cursor is None:
                return out
            page = journal.page(HistoryFilter(search=term), limit=4, after=page.next_cursor)

    few = pages("3")  # T1-0003, T1-0013, T1-0023, T1-0030..39: via the order-number index
    monkeypatch.setattr(journal_queries, "_FEW_MATCHES", 1)
    many = pages("3")  # the same search walking the time index
    assert few == many
    assert len(few) == 13 and len(set(few)) == 13


def test_a_mismatched_paid_is_journaled_as_needs_check_never_paid(journal):
    sale = make_sale(journal)
    journal.record_new(sale, request_for(sale))
    journal.record_created(sale.id, "pay-1", "https://pay.kupay.finance/pay-1")
    wrong = PaymentStatus("pay-1", PaymentState.PAID, "paid", currency="JPY", amount=Decimal("0.01"))
    assert journal.record_status(sale.id, wrong).state is SaleState.NEEDS_CHECK
    assert "does not match" in journal.events(sale.id)[-1].note
    right = PaymentStatus("pay-1", PaymentState.PAID, "paid", currency=sale.currency, amount=sale.amount)
    assert journal.record_status(sale.id, right).state is SaleState.PAID


def test_a_payment_id_already_in_the_journal_is_refused_for_another_sale(journal):
    from pos_app.kupay.errors import PaymentOfAnotherSale

    first, second = make_sale(journal), make_sale(journal)
    for sale in (first, second):
        journal.record_new(sale, request_for(sale))
    journal.record_created(first.id, "pay-1", "https://pay.kupay.finance/pay-1")
    with pytest.raises(PaymentOfAnotherSale):
        journal.record_created(second.id, "pay-1", "https://pay.kupay.finance/pay-1")
    assert journal.get(second.id).state is SaleState.NEEDS_CHECK and journal.get(second.id).payment_id == ""
    journal.record_created(
        first.id, "pay-1", "https://pay.kupay.finance/pay-1"
    )  # the same sale again is fine


def _take_order_numbers(path: str, count: int) -> list[str]:
    from pos_app.journal import Journal

    with Journal.open(path) as journal:
        return [journal.next_order_number("T1-") for _ in range(count)]


def test_two_processes_on_one_journal_never_hand_out_the_same_order_number(tmp_path):
    import multiprocessing

    path = str(tmp_path / "journal.sqlite3")
    Journal.open(path).close()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        batches = pool.starmap(_take_order_numbers, [(path, 300), (path, 300)])
    numbers = batches[0] + batches[1]
    assert len(set(numbers)) == 600


@pytest.mark.parametrize("echo", ["PAY-1", "Pay-1", " pay-1 "])
def test_a_payment_id_already_in_the_journal_in_other_letters_is_refused_too(journal, echo):
    # Status answers match ids without ASCII letter case: "PAY-1"'s status is pay-1's, perhaps its "paid".
    from pos_app.kupay.errors import PaymentOfAnotherSale

    first, second = make_sale(journal), make_sale(journal)
    for sale in (first, second):
        journal.record_new(sale, request_for(sale))
    journal.record_created(first.id, "pay-1", "https://pay.kupay.finance/pay-1")
    with pytest.raises(PaymentOfAnotherSale):
        journal.record_created(second.id, echo, "https://pay.kupay.finance/pay-1")
    assert journal.get(second.id).state is SaleState.NEEDS_CHECK
