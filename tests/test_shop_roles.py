"""The roles README tells the shop to create: a till writes only its own terminal's rows (row-level
security), the owner's role reads everything and writes nothing."""

from __future__ import annotations

import psycopg
import psycopg.errors
import pytest

from pos_app.shop.database import ShopDatabaseError, ShopTarget

PASSWORD = "till-role-pw"


@pytest.fixture
def roles(shop_db):
    """till_a and till_b IN ROLE kupay_till, boss IN ROLE kupay_owner (as README's set-up does)."""
    shop_db.execute(
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'till_a') THEN
                CREATE ROLE till_a LOGIN PASSWORD '{PASSWORD}' IN ROLE kupay_till; END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'till_b') THEN
                CREATE ROLE till_b LOGIN PASSWORD '{PASSWORD}' IN ROLE kupay_till; END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'boss') THEN
                CREATE ROLE boss LOGIN PASSWORD '{PASSWORD}' IN ROLE kupay_owner; END IF;
        END $$"""
    )

    def target(user: str) -> ShopTarget:
        return ShopTarget(shop_db.target.address.replace("postgres@", f"{user}@"), PASSWORD)

    return target


def as_role(target: ShopTarget) -> psycopg.Connection:
    return psycopg.connect(target.conninfo(), autocommit=True)


def owners_all_tills(qtbot, tasks, journal, owner: ShopTarget, rows: int):
    """History on a till, switched to All tills as the owner's login reads them, once `rows` are shown."""
    from pos_app.shop.queries import ShopViews
    from pos_app.ui.history_view import HistoryWindow

    window = HistoryWindow(journal, tasks, shop=ShopViews(owner))
    qtbot.addWidget(window)
    window.show()
    window.scope_combo.setCurrentText("All tills")
    qtbot.waitUntil(lambda: window.model.rowCount() == rows, timeout=10000)
    return window


def test_each_till_writes_its_own_rows_and_cannot_touch_another_tills(shop_db, tills, roles):
    bar, terrace = tills("Bar", "B-", target=roles("till_a")), tills("Terrace", "T-", target=roles("till_b"))
    bar.sell("10.00")
    terrace.sell("20.00")
    assert bar.sync.push_pending() == 4
    assert terrace.sync.push_pending() == 4
    bar_id = bar.sync.terminal_id
    with as_role(roles("till_b")) as conn:
        # Reading is allowed (History's All tills on any till); changing Bar's sales is not.
        assert conn.execute("SELECT count(*) FROM sales").fetchone() == (2,)
        assert (
            conn.execute("UPDATE sales SET state = 'unpaid' WHERE terminal_id = %s", (bar_id,)).rowcount == 0
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO sale_events (terminal_id, seq, sale_id, at_us, state, status_word, note)"
                " VALUES (%s, 999, 'x', 0, 'paid', '', '')",
                (bar_id,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM sales")
    assert shop_db.query("SELECT state FROM sales WHERE terminal_id = %s", (bar_id,)) == [("paid",)]


def test_a_till_cannot_pose_as_another_terminal(shop_db, tills, roles):
    bar = tills("Bar", "B-", target=roles("till_a"))
    bar.sell()
    bar.sync.push_pending()
    impostor = tills("Fake bar", "F-", target=roles("till_b"))
    impostor.sync.terminal_id = bar.sync.terminal_id  # a copied journal, say
    impostor.sell()
    with pytest.raises(ShopDatabaseError):
        impostor.sync.push_pending()
    assert shop_db.query("SELECT name FROM terminals") == [("Bar",)]


def test_the_owner_role_reads_everything_and_writes_nothing(shop_db, tills, roles):
    bar = tills("Bar", "B-", target=roles("till_a"))
    bar.sell()
    bar.sync.push_pending()
    with as_role(roles("boss")) as conn:
        assert conn.execute("SELECT count(*) FROM sale_events").fetchone() == (4,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE sales SET state = 'unpaid'")


def test_a_till_cannot_slip_lines_into_another_tills_sale_timeline(qtbot, tasks, shop_db, tills, roles):
    """A dishonest till's login adds "cancelled" lines under Bar's paid sale's id (in its own rows, which
    row-level security allows): the owner opening Bar's sale in All tills still sees only Bar's timeline."""
    from pos_app.ui.history_view import TILL_COLUMN

    bar, terrace = tills("Bar", "B-", target=roles("till_a")), tills("Terrace", "T-", target=roles("till_b"))
    paid = bar.sell("50.00")
    bar.sync.push_pending()
    terrace.sell("1.00")
    terrace.sync.push_pending()
    with as_role(roles("till_b")) as conn:
        for seq in (900, 901):
            conn.execute(
                "INSERT INTO sale_events (terminal_id, seq, sale_id, at_us, state, status_word, note)"
                " VALUES (%s, %s, %s, 0, 'cancelled_by_cashier', '', 'cashier pressed Cancel')",
                (terrace.sync.terminal_id, seq, paid.id),
            )
    window = owners_all_tills(qtbot, tasks, terrace.journal, roles("boss"), rows=2)
    tills_shown = [window.model.data(window.model.index(r, TILL_COLUMN)) for r in range(2)]
    dialog = window.open_row(tills_shown.index("Bar"))
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() > 0, timeout=10000)
    shown = [dialog.timeline.item(r, 1).text() for r in range(dialog.timeline.rowCount())]
    assert len(shown) == len(bar.journal.changes(paid.id))
    assert not any("ancel" in text.lower() for text in shown), shown
    dialog.close()
    window.close()
    window.shop.close()


def test_a_sale_state_no_till_writes_cannot_break_the_owners_shop_views(
    qtbot, tasks, shop_db, tills, roles, capsys
):
    """A dishonest till's login writes a sale row with a made-up state (and a line for it): the owner's
    shop report, All tills and that sale's timeline still open; the row counts as open, never as paid."""
    from datetime import date

    from pos_app.app import main

    bar, terrace = tills("Bar", "B-", target=roles("till_a")), tills("Terrace", "T-", target=roles("till_b"))
    bar.sell("50.00")
    bar.sync.push_pending()
    fake = terrace.sell("1.00", paid=False)
    terrace.sync.push_pending()
    with as_role(roles("till_b")) as conn:
        conn.execute("UPDATE sales SET state = 'paid_in_cash', amount = 900 WHERE id = %s", (fake.id,))
        conn.execute(
            "INSERT INTO sale_events (terminal_id, seq, sale_id, at_us, state, status_word, note)"
            " VALUES (%s, 900, %s, 0, 'paid_in_cash', '', '')",
            (terrace.sync.terminal_id, fake.id),
        )
    owner = roles("boss").address.replace("boss@", f"boss:{PASSWORD}@")
    assert main(["report", "--shop", "--shop-db", owner, "--date", date.today().isoformat()]) == 0
    out = capsys.readouterr().out
    assert "€50.00" in out.split("== Bar")[1] and "900" not in out

    window = owners_all_tills(qtbot, tasks, bar.journal, roles("boss"), rows=2)
    row = [window.model.sale_at(r).id for r in range(2)].index(fake.id)
    dialog = window.open_row(row)
    qtbot.waitUntil(
        lambda: dialog.timeline.rowCount() == len(terrace.journal.changes(fake.id)) + 1, timeout=10000
    )
    dialog.close()
    window.close()
    window.shop.close()
