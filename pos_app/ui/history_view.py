"""The owner's sales history: every journaled sale, newest first, filtered by day, status and order number.

`HistoryModel` fetches lazily, a page at a time, on the TaskRunner pool (the journal is never read on the
UI thread): the view asks `canFetchMore()`/`fetchMore()` as it scrolls, so a journal of 1,000,000 sales
opens as fast as one of ten. Pages continue from the last row loaded (a keyset cursor), so scrolling deep
costs the same as the first page. `HistoryWindow` is a thin widget over it; `SaleDialog` shows one sale's
timeline, re-checks its status with KuPay (the answer is journaled) and shows its QR again while waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.flow import can_be_paid_now
from pos_app.journal import STATUS_GROUPS, HistoryCursor, HistoryFilter, SaleEvent, timeline_note
from pos_app.ports import MakeClient, SalesJournal, SalesList, SalesPage, SaleTimelines, Tasks, TillJournal
from pos_app.sale import MAY_HAVE_REACHED_KUPAY, Sale, kupay_said, state_word, status_text
from pos_app.ui.form import plain_label
from pos_app.ui.i18n import say
from pos_app.ui.placement import fit_on_screen
from pos_app.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pos_app.shop.queries import ShopViews

log = logging.getLogger(__name__)

PAGE_SIZE = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("History", "Time"),
    QT_TRANSLATE_NOOP("History", "Order"),
    QT_TRANSLATE_NOOP("History", "Amount"),
    QT_TRANSLATE_NOOP("History", "Currency"),
    QT_TRANSLATE_NOOP("History", "Status"),
    QT_TRANSLATE_NOOP("History", "Payment ID"),
    QT_TRANSLATE_NOOP("History", "Till"),
)
TILL_COLUMN = 6  # shown for *All tills* only
THIS_TILL, ALL_TILLS = QT_TRANSLATE_NOOP("History", "This till"), QT_TRANSLATE_NOOP("History", "All tills")
# A sale's fields, by the words the owner reads (the keys of SaleDialog.fields).
_FIELDS = (
    QT_TRANSLATE_NOOP("History", "Order"),
    QT_TRANSLATE_NOOP("History", "Time"),
    QT_TRANSLATE_NOOP("History", "Amount"),
    QT_TRANSLATE_NOOP("History", "Status"),
    QT_TRANSLATE_NOOP("History", "Payment ID"),
    QT_TRANSLATE_NOOP("History", "KuPay id"),
    QT_TRANSLATE_NOOP("History", "Email"),
)
SALE_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, SALE_ROLE) -> the row's Sale


def amount_text(sale: Sale) -> str:
    from pos_app.reports import money_text

    return money_text(sale.amount, sale.currency)


def local_time_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _event_time(moment: datetime, sale_time: datetime) -> str:
    """A timeline row's time: the clock alone on the sale's own day (the date is above), else date and time."""
    local = moment.astimezone()
    return f"{local:%H:%M:%S}" if local.date() == sale_time.astimezone().date() else local_time_text(moment)


def read_failure(error: BaseException) -> str:
    """The owner's sentence for a failed read: the shop database's own sentence, or the journal's."""
    from pos_app.shop.database import ShopDatabaseError

    if isinstance(error, ShopDatabaseError):
        return str(error)
    return QT_TRANSLATE_NOOP("HistoryModel", "The sales journal could not be read: {reason}").format(
        reason=str(error)
    )


# ReceiptDesk.print_sale: print a sale's receipt again, `report` told the outcome as a sentence.
Reprint = Callable[..., None]


class HistoryModel(QAbstractTableModel):
    """Journaled sales as table rows, loaded page by page off the UI thread."""

    count_changed = Signal(int)  # how many sales match the filter (for the header line)
    loading_changed = Signal(bool)
    failed = Signal(str)  # a sentence for the owner

    def __init__(
        self, journal: SalesList, tasks: Tasks, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._tasks = tasks
        self._page_size = page_size
        self._rows: list[Sale] = []
        self._tills: list[str] = []  # the till of each row, when the source is the shop database
        self._till_ids: list[str] = []  # the shop database's id of that till
        self._filter = HistoryFilter()
        self._cursor: HistoryCursor | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0  # answers for an older filter are dropped
        self.total: int | None = None

    # -- filter and loading ------------------------------------------------------------------------
    @property
    def source(self) -> SalesList:
        """Where the rows come from: this till's journal, or the shop database (`ShopViews`)."""
        return self._journal

    def set_source(self, source: SalesList) -> None:
        """Read from another source (same calls as the journal's); the caller sets the filter next."""
        self._journal = source

    @property
    def filter(self) -> HistoryFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: HistoryFilter) -> None:
        """Show the sales matching `flt`: clears the rows, then loads the first page and the count."""
        self._generation += 1
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._tills = []
        self._till_ids = []
        self._cursor = None
        self._exhausted = False
        self._loading = False
        self.total = None
        self.endResetModel()
        generation = self._generation
        journal = self._journal
        self._tasks.run(
            lambda: journal.count(flt),
            lambda n: self._count_arrived(generation, n),
            self._failed_later(generation),
        )
        self._load_page()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load_page()

    def _load_page(self) -> None:
        self._set_loading(True)
        generation, flt, after, size = self._generation, self._filter, self._cursor, self._page_size
        journal = self._journal
        self._tasks.run(
            lambda: journal.page(flt, limit=size, after=after),
            lambda page: self._page_arrived(generation, page),
            self._failed_later(generation),
        )

    def _page_arrived(self, generation: int, page: SalesPage) -> None:
        if generation != self._generation:
            return
        if page.sales:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.sales) - 1)
            self._rows.extend(page.sales)
            self._tills.extend(getattr(page, "tills", None) or [""] * len(page.sales))
            self._till_ids.extend(getattr(page, "till_ids", None) or [""] * len(page.sales))
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self._set_loading(False)

    def _count_arrived(self, generation: int, count: int) -> None:
        if generation == self._generation:
            self.total = count
            self.count_changed.emit(count)

    def _failed_later(self, generation: int) -> Any:
        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            log.error("history: read failed: %r", error)
            self._exhausted = True
            self._set_loading(False)
            self.failed.emit(say(read_failure(error)))

        return failed

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def update_sale(self, sale: Sale) -> None:
        """Show a sale's new state (after a status check) without reloading the list."""
        for row, old in enumerate(self._rows):
            if old.id == sale.id:
                self._rows[row] = sale
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return

    def sale_at(self, row: int) -> Sale | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def till_id_at(self, row: int) -> str:
        """The shop database's id of the till that made the row's sale ("" for this till's journal)."""
        return self._till_ids[row] if 0 <= row < len(self._till_ids) else ""

    # -- the table -----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return say(COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        sale = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return local_time_text(sale.created_at)
            if column == 1:
                return sale.order_number
            if column == 2:
                return amount_text(sale)
            if column == 3:
                return sale.currency
            if column == 4:
                return say(status_text(sale))
            if column == TILL_COLUMN:
                return self._tills[index.row()] if index.row() < len(self._tills) else ""
            return sale.payment_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SALE_ROLE:
            return sale
        return None


class HistoryWindow(QWidget):
    """The owner's history window: filters on top, the sales table, Open for a sale's details."""

    sale_opened = Signal(object)  # the SaleDialog, once shown (tests and the main window may use it)

    def __init__(
        self,
        journal: TillJournal,
        tasks: Tasks,
        make_client: MakeClient | None = None,
        parent: QWidget | None = None,
        shop: ShopViews | None = None,
    ) -> None:
        super().__init__(parent)
        self.reprint: Reprint | None = None  # ReceiptDesk.print_sale when the till has a receipt printer
        self.setWindowTitle(self.tr("Sales history"))
        self.setObjectName("historyWindow")
        self.journal = journal
        self.tasks = tasks
        self.make_client = make_client  # a fresh client per check: a client must not be shared by threads
        self.shop = shop  # ShopViews when this till sends to a shop database: *All tills* reads it
        self.model = HistoryModel(journal, tasks, parent=self)
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("historyScope")
        self.scope_combo.addItem(say(THIS_TILL), THIS_TILL)
        self.scope_combo.addItem(say(ALL_TILLS), ALL_TILLS)
        self.scope_combo.setVisible(shop is not None)

        self.day_check = QCheckBox(self.tr("Day"))
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setEnabled(False)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for name, states in STATUS_GROUPS.items():
            self.status_combo.addItem(say(name), states)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search order number"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = plain_label("")
        self.count_label.setObjectName("historyCount")

        filters = QHBoxLayout()
        filters.addWidget(self.scope_combo)
        filters.addWidget(self.day_check)
        filters.addWidget(self.day_edit)
        filters.addWidget(plain_label(self.tr("Status")))
        filters.addWidget(self.status_combo)
        filters.addWidget(self.search_edit, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # One fixed row height and no wrapping: the view never measures rows it has not shown.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )  # ResizeToContents would read every row
        header.setStretchLastSection(True)
        # Widths from the theme's fonts and the longest text each column shows, not from pixels guessed
        # for one font size.
        longest_state = max((say(word) for word in STATUS_GROUPS), key=len)
        samples = (
            "2026-12-31 23:59:59",
            "T1-000000",
            "$1,000,000.00",
            say(COLUMNS[3]),
            max(
                say(
                    QT_TRANSLATE_NOOP("SaleState", "{state} ({word})").format(
                        state=longest_state, word="cancelled"
                    )
                ),
                say(MAY_HAVE_REACHED_KUPAY),
                key=len,
            ),
        )
        self.table.ensurePolished()  # the theme's fonts apply at polish time
        header.ensurePolished()
        body, head = self.table.fontMetrics(), header.fontMetrics()
        for column, sample in enumerate(samples):
            width = max(body.horizontalAdvance(sample), head.horizontalAdvance(say(COLUMNS[column])))
            self.table.setColumnWidth(column, width + 28)  # cell padding and the sort indicator
        # activated alone: it already fires on a double-click (and Enter); doubleClicked too opened two.
        width = max(
            body.horizontalAdvance("Terrace till 2"), head.horizontalAdvance(say(COLUMNS[TILL_COLUMN]))
        )
        self.table.setColumnWidth(TILL_COLUMN, width + 28)
        header.moveSection(TILL_COLUMN, 1)  # shown after the time; the payment id stays last and stretches
        self.table.setColumnHidden(TILL_COLUMN, True)
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.clicked.connect(self._open_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.model.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)  # below the table: the filters row has no room for long words
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 600)

        # Typing a search waits for a pause, so each key press does not start a query of its own.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        # Enter in the search: search now, and open the sale when it is the only match.
        self._open_single_match = False
        self.search_edit.returnPressed.connect(self._search_and_open)
        self.model.count_changed.connect(lambda _n: self._open_if_single())
        self.model.rowsInserted.connect(lambda *_a: self._open_if_single())
        self.day_check.toggled.connect(self.day_edit.setEnabled)
        self.day_check.toggled.connect(lambda _on: self.apply_filter())
        self.day_edit.dateChanged.connect(self._day_changed)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.scope_combo.currentTextChanged.connect(self._scope_changed)
        self.model.count_changed.connect(self._show_count)
        self.model.failed.connect(self.count_label.setText)
        self.apply_filter()

    def set_backend(self, journal: TillJournal, make_client: MakeClient | None) -> None:
        """Settings retired the old backend (new token or address): read the new journal, ask with the new
        client; the old journal is closed."""
        self.journal = journal
        self.make_client = make_client
        if not self.all_tills:
            self.model.set_source(journal)
            self.model.refresh()

    def current_filter(self) -> HistoryFilter:
        day: date | None = self.day_edit.date().toPython() if self.day_check.isChecked() else None  # type: ignore[assignment]
        states = self.status_combo.currentData()
        return HistoryFilter(
            day=day, states=tuple(states) if states else None, search=self.search_edit.text()
        )

    @property
    def all_tills(self) -> bool:
        return self._shop_shown() is not None

    def _shop_shown(self) -> ShopViews | None:
        """The shop database when the owner reads *All tills*, else None (this till's journal)."""
        return self.shop if self.scope_combo.currentData() == ALL_TILLS else None

    def set_shop(self, shop: ShopViews | None) -> None:
        """A new shop database (or none): the window was kept open across a Settings change."""
        if shop is self.shop:
            return
        self.shop = shop
        self.scope_combo.setVisible(shop is not None)
        if shop is None:
            self.scope_combo.setCurrentIndex(0)  # this till
        self._scope_changed("")

    def _scope_changed(self, _text: str) -> None:
        shop = self._shop_shown()
        self.model.set_source(shop if shop is not None else self.journal)
        self.table.setColumnHidden(TILL_COLUMN, not self.all_tills)
        self.apply_filter()

    def _day_changed(self, _day: QDate) -> None:
        if self.day_check.isChecked():
            self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_filter(self.current_filter())

    def _search_and_open(self) -> None:
        self._open_single_match = True
        self.apply_filter()

    def _open_if_single(self) -> None:
        total = self.model.total
        if not self._open_single_match or total is None:
            return
        if total != 1:
            self._open_single_match = False
        elif self.model.rowCount() == 1:
            self._open_single_match = False
            self.table.selectRow(0)
            self.open_row(0)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln sale(s)", "", count))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0].row())

    def open_row(self, row: int) -> SaleDialog | None:
        sale = self.model.sale_at(row)
        if sale is None:
            return None
        # Another till's sale: its timeline from the shop database, and no status check or reprint from
        # here (either would be journaled on this till, not on the till that owns the sale).
        shop = self._shop_shown()
        if shop is not None:
            dialog = SaleDialog(sale, shop.till(self.model.till_id_at(row)), self.tasks, parent=self)
        else:
            dialog = SaleDialog(
                sale, self.journal, self.tasks, self.make_client, parent=self, reprint=self.reprint
            )
        dialog.sale_changed.connect(self.model.update_sale)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.sale_opened.emit(dialog)
        return dialog


class SaleDialog(QDialog):
    """One sale: its details, its timeline, a status check with KuPay, its QR again while it waits."""

    sale_changed = Signal(object)  # the Sale after a status check was journaled

    def __init__(
        self,
        sale: Sale,
        journal: SaleTimelines,  # this till's journal, or another till's timelines in the shop database
        tasks: Tasks,
        make_client: MakeClient | None = None,  # None: no status check from here (another till's sale)
        parent: QWidget | None = None,
        reprint: Reprint | None = None,  # ReceiptDesk.print_sale when a receipt printer is set up
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Order {order}").format(order=sale.order_number))
        self.sale = sale
        self.journal = journal
        self.tasks = tasks
        self.make_client = make_client

        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for name in _FIELDS:
            label = plain_label()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = label
            self.form.addRow(say(name), label)

        self.timeline = QTableWidget(0, 4)
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("State"), self.tr("KuPay said"), self.tr("Note")]
        )
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Notes are read whole: wrapped in a stretched last column, never cut at the dialog's edge.
        self.timeline.setWordWrap(True)
        timeline_header = self.timeline.horizontalHeader()
        for column in range(3):
            timeline_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        timeline_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.message = plain_label("")
        self.message.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check status now"))
        self.check_button.clicked.connect(self.check_status)
        self.qr_button = QPushButton(self.tr("Show QR"))
        self.qr_button.clicked.connect(self.show_qr)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        box.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.qr_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reprint_button = QPushButton(self.tr("Reprint receipt"))
        self.reprint_button.clicked.connect(self.reprint)
        self._reprint = reprint
        if reprint is not None:
            box.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(plain_label(self.tr("Timeline")))
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.message)
        layout.addWidget(box)
        fit_on_screen(self, QSize(760, 520), parent)
        self.qr_dialog: QDialog | None = None
        self._show_sale(sale)
        self.load_timeline()

    def _show_sale(self, sale: Sale) -> None:
        self.sale = sale
        values = {
            "Order": sale.order_number,
            "Time": local_time_text(sale.created_at),
            "Amount": amount_text(sale),
            "Status": say(status_text(sale)),
            "Payment ID": sale.payment_id or "—",
            "KuPay id": sale.id,
            "Email": sale.email or "—",
        }
        for name, value in values.items():
            self.fields[name].setText(value)
        self.check_button.setEnabled(bool(self.make_client is not None and sale.payment_id))
        self.qr_button.setEnabled(can_be_paid_now(sale))

    def reprint(self) -> None:
        """Print the sale's receipt again (a COPY; a NOT PAID slip for an unpaid sale); the timeline shows it."""
        if self._reprint is None:
            return
        self.message.setText(self.tr("Printing receipt…"))

        def report(sentence: str) -> None:
            if shiboken6.isValid(self):
                self.message.setText(say(sentence))
                self.load_timeline()

        self._reprint(self.sale.id, report=report)

    def load_timeline(self) -> None:
        journal, sale_id = self.journal, self.sale.id
        self.tasks.run(lambda: journal.changes(sale_id), self._show_timeline, self._show_error)

    def _show_timeline(self, events: list[SaleEvent]) -> None:
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = (
                _event_time(event.at, self.sale.created_at),
                say(state_word(event.state)),
                say(kupay_said(event.status_word)),
                say(timeline_note(event.note)),
            )
            for column, text in enumerate(cells):
                self.timeline.setItem(row, column, QTableWidgetItem(text))
        self.timeline.resizeRowsToContents()

    def check_status(self) -> None:
        """Ask KuPay now; the answer is journaled (with its time) before it is shown. What it means for the
        sale is the flow's rule (flow.state_after_answer), applied by the journal as for the counter."""
        make_client, journal, sale = self.make_client, self.journal, self.sale
        if make_client is None or not sale.payment_id or not isinstance(journal, SalesJournal):
            return
        self.check_button.setEnabled(False)
        self.message.setText(self.tr("Asking KuPay…"))

        def job() -> Sale | None:
            client = make_client()  # its own, on this thread, with the till's current token and address
            try:
                status = client.payment_status(sale.payment_id)
            finally:
                client.close()
            return journal.record_status(sale.id, status)

        self.tasks.run(job, self._checked, self._show_error)

    def _checked(self, sale: Sale | None) -> None:
        if sale is None:
            return
        self._show_sale(sale)
        if sale.status_word:
            self.message.setText(self.tr("KuPay says: {word}.").format(word=sale.status_word))
        else:
            self.message.setText(self.tr("KuPay gave no status word."))
        self.sale_changed.emit(sale)
        self.load_timeline()

    def _show_error(self, error: BaseException) -> None:
        self.message.setText(say(str(error)))
        self.check_button.setEnabled(bool(self.make_client is not None and self.sale.payment_id))

    def show_qr(self) -> QDialog | None:
        """The customer's QR again (e.g. they closed the page): only while the payment can still be paid."""
        if not can_be_paid_now(self.sale):
            return None
        from pos_app.ui.qr_widget import QrWidget

        dialog = QDialog(self)
        dialog.setWindowTitle(
            self.tr("Order {order}").format(order=self.sale.order_number) + f" — {amount_text(self.sale)}"
        )
        qr = QrWidget(dialog)
        qr.set_text(self.sale.pay_url)
        qr.setMinimumSize(320, 320)
        caption = plain_label(f"{amount_text(self.sale)} · {self.sale.order_number}")
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(dialog)
        layout.addWidget(qr, 1)
        layout.addWidget(caption)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(420, 460)
        dialog.open()
        self.qr_dialog = dialog
        return dialog
