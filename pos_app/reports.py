"""End-of-day report and CSV export of the sales journal, for the owner and the accountant. No Qt here.

`kupay-pos report [--date YYYY-MM-DD]` prints a day's totals per currency; `kupay-pos export --csv PATH
[--from ...] [--to ...]` writes the journal as CSV, streaming rows so a million sales need little memory.
The report dialog (ui/report_dialog.py) renders `report_html()` of the same `DayTotals`.
"""

from __future__ import annotations

import argparse
import csv
import html
import sys
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pos_app.journal import EXPORT_HEADER, DayTotals, HistoryFilter, Journal, JournalError, iter_export_rows
from pos_app.sale import Sale, status_text
from pos_app.settings import shown_terminal_name
from pos_app.wording import QT_TRANSLATE_NOOP, spoken, translate

if TYPE_CHECKING:
    from pos_app.ports import SalesList
    from pos_app.shop.queries import ShopDay

EXIT_OK = 0
EXIT_ERROR = 1  # the journal or the output file could not be used
EXIT_USAGE = 2  # a bad date or range on the command line (argparse uses 2 as well)

# The report's words are Sentences: the till shows and prints them in the shop's language (wording.spoken);
# the command line, which installs no translator, prints English. The CSV stays English (a file format).
REPORT_COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DayReport", "Currency"),
    QT_TRANSLATE_NOOP("DayReport", "Paid"),
    QT_TRANSLATE_NOOP("DayReport", "Total paid"),
    QT_TRANSLATE_NOOP("DayReport", "Expired"),
    QT_TRANSLATE_NOOP("DayReport", "Cancelled"),
    QT_TRANSLATE_NOOP("DayReport", "Unpaid"),
    QT_TRANSLATE_NOOP("DayReport", "Open"),
)
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("DayReport", "Monday"),
    QT_TRANSLATE_NOOP("DayReport", "Tuesday"),
    QT_TRANSLATE_NOOP("DayReport", "Wednesday"),
    QT_TRANSLATE_NOOP("DayReport", "Thursday"),
    QT_TRANSLATE_NOOP("DayReport", "Friday"),
    QT_TRANSLATE_NOOP("DayReport", "Saturday"),
    QT_TRANSLATE_NOOP("DayReport", "Sunday"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("DayReport", "January"),
    QT_TRANSLATE_NOOP("DayReport", "February"),
    QT_TRANSLATE_NOOP("DayReport", "March"),
    QT_TRANSLATE_NOOP("DayReport", "April"),
    QT_TRANSLATE_NOOP("DayReport", "May"),
    QT_TRANSLATE_NOOP("DayReport", "June"),
    QT_TRANSLATE_NOOP("DayReport", "July"),
    QT_TRANSLATE_NOOP("DayReport", "August"),
    QT_TRANSLATE_NOOP("DayReport", "September"),
    QT_TRANSLATE_NOOP("DayReport", "October"),
    QT_TRANSLATE_NOOP("DayReport", "November"),
    QT_TRANSLATE_NOOP("DayReport", "December"),
)


class ReportInputError(ValueError):
    """A command-line value the owner must correct; str() is one line."""


def parse_day(text: str, what: str = "date") -> date:
    """A YYYY-MM-DD day; a clear one-line error otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportInputError(
            f"The {what} {text!r} is not a day in the form YYYY-MM-DD, e.g. 2026-11-24."
        ) from None


def money_text(amount: Decimal, currency: str) -> str:
    """The total as the shop reads it (symbol, JPY without decimals); plain for a code Babel does not know."""
    try:
        from pos_app.money import format_amount

        return format_amount(amount, currency)
    except (ValueError, ImportError):
        return f"{amount} {currency}"


def day_report(journal: Journal, day: date | None = None) -> DayTotals:
    """Per currency: count and exact total of paid sales, counts of expired/cancelled/unpaid/open ones."""
    return journal.day_totals(day or date.today())


def report_rows(totals: DayTotals) -> list[tuple[str, ...]]:
    """The report's table as text cells, one row per currency (the same in the CLI, the dialog and the PDF)."""
    return [
        (
            r.currency,
            str(r.paid_count),
            money_text(r.paid_total, r.currency),
            str(r.expired_count),
            str(r.cancelled_count),
            str(r.unpaid_count),
            str(r.open_count),
        )
        for r in totals.rows
    ]


def report_title(totals: DayTotals) -> str:
    day = totals.day
    return spoken(
        QT_TRANSLATE_NOOP("DayReport", "Sales on {weekday} {day} {month} {year} (local time)").format(
            weekday=_WEEKDAYS[day.weekday()],
            day=f"{day.day:02d}",
            month=_MONTHS[day.month - 1],
            year=day.year,
        )
    )


def report_footer(totals: DayTotals) -> str:
    if not totals.rows:
        return spoken(QT_TRANSLATE_NOOP("DayReport", "No sales on this day."))
    waiting = sum(r.open_count for r in totals.rows)
    text = spoken(
        translate("DayReport", "%Ln sale(s). Only paid sales count as money taken.", "", -1).counted(
            totals.sale_count
        )
    )
    if waiting:
        text += " " + spoken(
            QT_TRANSLATE_NOOP("DayReport", "{count} still open or to be checked in KuPay's panel.").format(
                count=waiting
            )
        )
    originals, copies = totals.receipts
    if originals or copies:
        if copies == 1:
            printed = QT_TRANSLATE_NOOP("DayReport", "Receipts printed: {originals} and 1 copy.")
        elif copies:
            printed = QT_TRANSLATE_NOOP("DayReport", "Receipts printed: {originals} and {copies} copies.")
        else:
            printed = QT_TRANSLATE_NOOP("DayReport", "Receipts printed: {originals}.")
        text += " " + spoken(printed.format(originals=originals, copies=copies))
    return text


def report_text(totals: DayTotals) -> str:
    """A readable fixed-width table for the terminal."""
    return "\n".join([report_title(totals), "", *report_table(totals)]) + "\n"


def report_table(totals: DayTotals) -> list[str]:
    """The fixed-width table's lines and the footer (no title)."""
    rows = report_rows(totals)
    lines: list[str] = []
    if rows:
        columns = tuple(spoken(c) for c in REPORT_COLUMNS)
        widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]

        def line(cells: tuple[str, ...]) -> str:
            # Currency code left-aligned, figures right-aligned so the columns add up by eye.
            return "  ".join(
                cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(cells)
            )

        lines.append(line(columns))
        lines.extend(line(row) for row in rows)
        lines.append("")
    lines.append(report_footer(totals))
    return lines


def _table_html(totals: DayTotals) -> str:
    head = "".join(f"<th>{html.escape(spoken(c))}</th>" for c in REPORT_COLUMNS)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td align={'left' if i == 0 else 'right'}>{html.escape(v)}</td>" for i, v in enumerate(row)
        )
        + "</tr>"
        for row in report_rows(totals)
    )
    return f"<table border=1 cellspacing=0 cellpadding=6><tr>{head}</tr>{body}</table>" if totals.rows else ""


def report_html(totals: DayTotals, shop: str = "") -> str:
    """The same report as simple HTML for QTextDocument (screen, printer and PDF)."""
    shop_line = f"<p>{html.escape(shop)}</p>" if shop else ""
    table = _table_html(totals)
    return f"<h2>{html.escape(report_title(totals))}</h2>{shop_line}{table}<p>{html.escape(report_footer(totals))}</p>"


@dataclass(frozen=True)
class PaperHeading:
    """Who and when, on the printed or saved end-of-day report (a loose PDF must say where it came from)."""

    printed_at: datetime
    shop: str = ""
    terminal: str = ""
    demo: bool = False


def _folder_note() -> Path:
    from pos_app import paths

    return paths.config_dir() / "last-report-folder.txt"


def remembered_report_folder() -> Path | None:
    """Where the owner saved the last end-of-day PDF (kept across runs), if that folder still exists."""
    try:
        folder = Path(_folder_note().read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    return folder if folder.is_dir() else None


def remember_report_folder(folder: Path) -> None:
    note = _folder_note()
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text(str(folder), encoding="utf-8")


def day_sales(journal: SalesList, day: date) -> list[Sale]:
    """Every sale of a local day, oldest first (the list on the paper)."""
    return list(reversed(journal.page(HistoryFilter(day=day), limit=1_000_000).sales))


def report_paper_html(totals: DayTotals, sales: list[Sale], heading: PaperHeading) -> str:
    """The end-of-day report as paper: shop and terminal, a DEMO mark, the time printed, the totals, every sale."""
    esc = html.escape
    terminal = spoken(shown_terminal_name(heading.terminal)) if heading.terminal else ""
    who = " · ".join(part for part in (heading.shop, terminal) if part)
    demo = (
        "<p style='color:#b3261e; font-size:18pt; font-weight:bold'>"
        + esc(spoken(QT_TRANSLATE_NOOP("DayReport", "DEMO — sandbox sales, no real money")))
        + "</p>"
        if heading.demo
        else ""
    )
    printed_at = f"{heading.printed_at.astimezone():%Y-%m-%d %H:%M}"
    printed = (
        "<p>"
        + esc(spoken(QT_TRANSLATE_NOOP("DayReport", "Printed {time} (local time)").format(time=printed_at)))
        + "</p>"
    )
    rows = "".join(
        "<tr>"
        f"<td>{sale.created_at.astimezone():%H:%M:%S}</td><td>{esc(sale.order_number)}</td>"
        f"<td align=right>{esc(money_text(sale.amount, sale.currency))}</td><td>{esc(spoken(status_text(sale)))}</td>"
        "</tr>"
        for sale in sales
    )
    headings = (
        QT_TRANSLATE_NOOP("DayReport", "Time"),
        QT_TRANSLATE_NOOP("DayReport", "Order"),
        QT_TRANSLATE_NOOP("DayReport", "Amount"),
        QT_TRANSLATE_NOOP("DayReport", "Status"),
    )
    head = "".join(f"<th>{esc(spoken(h))}</th>" for h in headings)
    title = esc(spoken(QT_TRANSLATE_NOOP("DayReport", "Sales")))
    listing = (
        f"<h3>{title}</h3><table border=1 cellspacing=0 cellpadding=4><tr>{head}</tr>{rows}</table>"
        if sales
        else ""
    )
    return demo + report_html(totals, shop=who) + printed + listing


def shop_report_html(report: ShopDay) -> str:
    """A `ShopDay` (pos_app/shop/queries.py) as HTML: each till's table, then the shop's."""
    title = spoken(
        QT_TRANSLATE_NOOP("DayReport", "{title} — all tills").format(title=report_title(report.shop))
    )
    parts = [f"<h2>{html.escape(title)}</h2>"]
    for name, totals in report.tills:
        parts.append(f"<h3>{html.escape(name)}</h3>{_table_html(totals)}")
    total = spoken(QT_TRANSLATE_NOOP("DayReport", "Shop total (all tills)"))
    parts.append(f"<h3>{html.escape(total)}</h3>{_table_html(report.shop)}")
    parts.append(f"<p>{html.escape(report_footer(report.shop))}</p>")
    return "".join(parts)


# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: object) -> object:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading ' (a typed e-mail
    "=HYPERLINK(...)" or a server's payment id "+cmd" must not run); every other cell is left exactly as is."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def write_csv(journal_path: Path, out: TextIO, flt: HistoryFilter | None = None) -> int:
    """Write the header and every matching sale (oldest first) to `out`; returns the number of sales.

    Amounts are the exact journaled decimals ("19.99", "1200"), never reformatted through a float; text that
    a spreadsheet would run as a formula is neutralised (spreadsheet_safe).
    """
    writer = csv.writer(out)
    writer.writerow(EXPORT_HEADER)
    count = 0
    for row in iter_export_rows(journal_path, flt or HistoryFilter()):
        writer.writerow([spreadsheet_safe(cell) for cell in row])
        count += 1
    return count


def _open_journal_path() -> Path:
    """Open once (creates, upgrades or recovers the file as the app would), then stream read-only."""
    journal = Journal.open()
    try:
        if journal.recovered_from is not None:
            print(
                f"warning: the sales journal was damaged and was set aside as {journal.recovered_from}; "
                "a fresh, empty journal was started.",
                file=sys.stderr,
            )
        return journal.path
    finally:
        journal.close()


def cli_export(args: argparse.Namespace) -> int:
    """`export --csv PATH [--from D] [--to D]`: '-' writes to standard output."""
    try:
        first = parse_day(args.date_from, "--from date") if args.date_from else None
        last = parse_day(args.date_to, "--to date") if args.date_to else None
        if first and last and first > last:
            raise ReportInputError(f"--from {first} is after --to {last}: nothing could match.")
    except ReportInputError as exc:
        print(f"kupay-pos export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    flt = HistoryFilter(date_from=first, date_to=last)
    if getattr(args, "shop", False) or getattr(args, "shop_db", None):
        from pos_app.shop.cli import cli_export as shop_export

        return shop_export(args, flt)
    try:
        journal_path = _open_journal_path()
        if args.csv == "-":
            count = write_csv(journal_path, sys.stdout, flt)
            sys.stdout.flush()
        else:
            target = Path(args.csv)
            # newline="" lets the csv module write its own line endings (RFC 4180 CRLF) unchanged.
            with target.open("w", newline="", encoding="utf-8") as out:
                count = write_csv(journal_path, out, flt)
            print(f"Exported {count} sale(s) to {target}.", file=sys.stderr)
    except JournalError as exc:
        print(f"kupay-pos export: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"kupay-pos export: cannot write {args.csv}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cli_report(args: argparse.Namespace) -> int:
    """`report [--date D]`: the day's totals per currency (today by default)."""
    try:
        day = parse_day(args.date) if args.date else date.today()
    except ReportInputError as exc:
        print(f"kupay-pos report: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if getattr(args, "shop", False) or getattr(args, "shop_db", None):
        from pos_app.shop.cli import cli_report as shop_report

        return shop_report(args, day)
    try:
        journal = Journal.open()
    except JournalError as exc:
        print(f"kupay-pos report: {exc}", file=sys.stderr)
        return EXIT_ERROR
    try:
        if journal.recovered_from is not None:
            print(f"warning: the damaged journal was set aside as {journal.recovered_from}.", file=sys.stderr)
        sys.stdout.write(report_text(day_report(journal, day)))
    finally:
        journal.close()
    return EXIT_OK
