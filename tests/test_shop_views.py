"""The owner's shop-wide views: History's *All tills* and End of day's per-till and shop totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pos_app.journal import HistoryFilter
from pos_app.shop.database import ShopTarget
from pos_app.shop.queries import ShopViews
from pos_app.ui.history_view import TILL_COLUMN, HistoryWindow
from pos_app.ui.report_dialog import ReportDialog


def two_tills_with_sales(tills):
    bar, terrace = tills("Bar", "B-"), tills("Terrace", "T-")
    for amount in ("1.00", "2.00", "3.00"):
        bar.sell(amount)
    for amount in ("10.00", "20.00"):
        terrace.sell(amount, "USD")
    bar.sync.push_pending()
    terrace.sync.push_pending()
    return bar, terrace


def column(window, number):
    model = window.model
    return [model.data(model.index(r, number)) for r in range(model.rowCount())]


def test_all_tills_pages_cover_every_sale_once_newest_first(shop_db, tills):
    two_tills_with_sales(tills)
    views = ShopViews(shop_db.target)
    seen, after = [], None
    while True:
        page = views.page(HistoryFilter(), limit=2, after=after)
        seen += page.rows
        if page.next_cursor is None:
            break
        after = page.next_cursor
    views.close()
    assert len(seen) == 5 and len({r.sale.id for r in seen}) == 5
    times = [r.sale.created_at for r in seen]
    assert times == sorted(times, reverse=True)
    assert sorted(r.terminal for r in seen) == ["Bar"] * 3 + ["Terrace"] * 2


def test_history_switches_to_all_tills_and_names_each_till(qtbot, tasks, shop_db, tills):
    bar, _terrace = two_tills_with_sales(tills)
    views = ShopViews(shop_db.target)
    window = HistoryWindow(bar.journal, tasks, shop=views)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert window.table.isColumnHidden(TILL_COLUMN)
    window.scope_combo.setCurrentText("All tills")
    qtbot.waitUntil(lambda: window.model.rowCount() == 5 and window.model.total == 5, timeout=10000)
    assert not window.table.isColumnHidden(TILL_COLUMN)
    assert sorted(column(window, TILL_COLUMN)) == ["Bar"] * 3 + ["Terrace"] * 2
    assert window.count_label.text() == "5 sales"
    row = column(window, TILL_COLUMN).index("Terrace")
    dialog = window.open_row(row)
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() == 4, timeout=10000)  # its changes, from the shop
    assert not dialog.check_button.isEnabled()  # another till's sale is checked on that till
    dialog.close()
    window.close()
    views.close()


def test_end_of_day_shows_each_till_and_the_shop(qtbot, tasks, shop_db, tills):
    bar, _terrace = two_tills_with_sales(tills)
    views = ShopViews(shop_db.target)
    dialog = ReportDialog(bar.journal, tasks, shop_db=views)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.report_ready, timeout=10000):
        dialog.show()
    with qtbot.waitSignal(dialog.report_ready, timeout=10000) as shown:
        dialog.scope_combo.setCurrentIndex(1)
    report = shown.args[0]
    assert report.day == date.today()
    assert [name for name, _ in report.tills] == ["Bar", "Terrace"]
    text = dialog.view.toPlainText()
    assert "Bar" in text and "Terrace" in text and "Shop total (all tills)" in text
    assert "€6.00" in text and "$30.00" in text
    dialog.close()
    views.close()


def test_all_tills_when_the_shop_database_is_away_says_so(qtbot, tasks, pg_cluster, journal):
    views = ShopViews(ShopTarget(f"postgresql://postgres@127.0.0.1:{pg_cluster.port + 1}/shop"))
    window = HistoryWindow(journal, tasks, shop=views)
    qtbot.addWidget(window)
    window.show()
    window.scope_combo.setCurrentText("All tills")
    qtbot.waitUntil(lambda: "cannot be reached" in window.count_label.text(), timeout=10000)
    assert window.model.rowCount() == 0
    window.close()


def test_two_tills_left_with_the_same_name_are_told_apart_by_prefix(shop_db, tills):
    first, second = tills("Till 1", "A-"), tills("Till 1", "B-")
    first.sell("1.00")
    second.sell("2.00")
    first.sync.push_pending()
    second.sync.push_pending()
    views = ShopViews(shop_db.target)
    report = views.day_totals(date.today())
    views.close()
    assert [name for name, _ in report.tills] == ["Till 1 (A-)", "Till 1 (B-)"]
    assert [t.rows[0].paid_total for _, t in report.tills] == [Decimal("1.00"), Decimal("2.00")]
