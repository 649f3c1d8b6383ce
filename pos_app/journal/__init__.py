"""The sales journal: every sale written to SQLite before KuPay hears of it (see store.py).

- store.py: the connection, schema migrations, recovery of a damaged file, the sale's transitions (every
  write) and what the sale flow, the resume worker and the shop database read back;
- queries.py: what people read: History's pages, a day's totals, the CSV export;
- rows.py: how a sale is kept (its columns, times as UTC microseconds), for both.

`from pos_app.journal import …` gives all of it, as before the split.
"""

from pos_app.journal.queries import (
    EXPORT_HEADER,
    STATUS_GROUPS,
    DayRow,
    DayTotals,
    HistoryCursor,
    HistoryFilter,
    HistoryPage,
    iter_export_rows,
    owner_timeline,
    tally_day,
)
from pos_app.journal.rows import UNFINISHED_STATES, SaleEvent, from_us, local_day_bounds
from pos_app.journal.store import (
    ANOTHER_SALES_PAYMENT,
    CREATED_ON_KUPAY,
    DEMO_PAYMENT_GONE,
    JOURNALED_BEFORE_CREATE,
    KEPT_AS,
    NO_ANSWER_AFTER_RESTART,
    OUTBOX_EVENT_COLUMNS,
    OUTBOX_SALE_COLUMNS,
    PROBLEM_AND_DETAIL,
    RECEIPT_PRINTED,
    SCHEMA_VERSION,
    Journal,
    JournalError,
    JournalTooNew,
    OutboxBatch,
    ReceiptPrint,
    timeline_note,
)

__all__ = [
    "ANOTHER_SALES_PAYMENT",
    "CREATED_ON_KUPAY",
    "DEMO_PAYMENT_GONE",
    "EXPORT_HEADER",
    "JOURNALED_BEFORE_CREATE",
    "KEPT_AS",
    "NO_ANSWER_AFTER_RESTART",
    "OUTBOX_EVENT_COLUMNS",
    "OUTBOX_SALE_COLUMNS",
    "PROBLEM_AND_DETAIL",
    "RECEIPT_PRINTED",
    "SCHEMA_VERSION",
    "STATUS_GROUPS",
    "UNFINISHED_STATES",
    "DayRow",
    "DayTotals",
    "HistoryCursor",
    "HistoryFilter",
    "HistoryPage",
    "Journal",
    "JournalError",
    "JournalTooNew",
    "OutboxBatch",
    "ReceiptPrint",
    "SaleEvent",
    "from_us",
    "iter_export_rows",
    "local_day_bounds",
    "owner_timeline",
    "tally_day",
    "timeline_note",
]
