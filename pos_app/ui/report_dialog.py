"""The end-of-day report: per currency, count and total of paid sales and counts of the others, for a day.

"Today" by default, any other day with the date field. Printable (Qt's print dialog) and saved as PDF
(QPdfWriter). QtPrintSupport ships in PySide6-Essentials (checked with 6.12), so no extra wheel is needed.
The figures come from `reports.report_html()`, the same table the `kupay-pos report` command prints.
"""

from __future__ import annotations

import html
import logging
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QMarginsF, QSize, QStandardPaths, Signal
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_app.journal import DayTotals
from pos_app.ports import DaySales, Tasks
from pos_app.reports import (
    PaperHeading,
    day_sales,
    remember_report_folder,
    remembered_report_folder,
    report_html,
    report_paper_html,
    shop_report_html,
)
from pos_app.sale import Sale
from pos_app.ui.form import plain_label
from pos_app.ui.placement import fit_on_screen

if TYPE_CHECKING:
    from pos_app.shop.queries import ShopDay, ShopViews

log = logging.getLogger(__name__)


class ReportDialog(QDialog):
    """Choose a day, read its totals, print them or save a PDF for the books."""

    report_ready = Signal(object)  # DayTotals shown (tests wait on it)
    last_folder: Path | None = None  # where the last PDF went, for the next one (kept across runs too)

    def __init__(
        self,
        journal: DaySales,
        tasks: Tasks,
        parent: QWidget | None = None,
        *,
        shop: str = "",
        terminal: str = "",
        demo: bool = False,
        shop_db: ShopViews | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End of day — DEMO") if demo else self.tr("End of day"))
        self.journal = journal
        self.tasks = tasks
        self.totals: DayTotals | None = None
        self.sales: list[Sale] = []
        self._who = (shop, terminal, demo)
        self.shop_db = shop_db  # ShopViews when this till sends to a shop database: *All tills* reads it
        self.shop_report: ShopDay | None = None  # shown for *All tills*
        self._requested: tuple[date, bool] | None = None
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("reportScope")
        self.scope_combo.addItems([self.tr("This till"), self.tr("All tills")])
        self.scope_combo.setVisible(shop_db is not None)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.load())

        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.dateChanged.connect(lambda _d: self.load())
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self.day_edit.setDate(QDate.currentDate()))
        top = QHBoxLayout()
        top.addWidget(self.scope_combo)
        top.addWidget(plain_label(self.tr("Day")))
        top.addWidget(self.day_edit)
        top.addWidget(today)
        top.addStretch(1)

        self.view = QTextBrowser()
        self.view.setObjectName("reportView")
        self.message = plain_label("")
        self.message.setWordWrap(True)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        box.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(box)
        fit_on_screen(self, QSize(760, 460), parent)
        if ReportDialog.last_folder is None:  # read off the UI thread, long before Save PDF is pressed
            self.tasks.run(remembered_report_folder, self._folder_found, lambda _e: None)
        self.load()

    @staticmethod
    def _folder_found(folder: Path | None) -> None:
        if folder is not None and ReportDialog.last_folder is None:
            ReportDialog.last_folder = folder

    @property
    def day(self) -> date:
        return self.day_edit.date().toPython()  # type: ignore[return-value]

    @property
    def all_tills(self) -> bool:
        return self.shop_db is not None and self.scope_combo.currentIndex() == 1

    def load(self) -> None:
        """Read the chosen day's totals on a worker thread; the journal is never read on the UI thread."""
        day, journal = self.day, self.journal
        shop_db = self.shop_db if self.all_tills else None
        request = self._requested = (day, shop_db is not None)
        self._set_actions(False)
        self.view.setHtml("<p>" + html.escape(self.tr("Counting…")) + "</p>")

        def job() -> tuple[object, object, bool]:
            # Failures come back as values too, so an answer for a day or scope no longer shown is dropped.
            try:
                if shop_db is not None:
                    return request, shop_db.day_totals(day), True
                return request, (journal.day_totals(day), day_sales(journal, day)), True
            except Exception as exc:  # noqa: BLE001 - shown as a sentence
                return request, exc, False

        self.tasks.run(job, self._arrived)  # a bound method: dropped if the dialog is gone

    def _arrived(self, answer: tuple[object, Any, bool]) -> None:
        request, value, succeeded = answer
        if request != self._requested:
            return  # the owner picked another day or scope meanwhile
        if not succeeded:
            self._failed(value)
        elif self.all_tills:
            self._show_shop(value)
        else:
            self._show(value)

    def _show(self, result: tuple[DayTotals, list[Sale]]) -> None:
        totals, sales = result
        self.totals, self.sales, self.shop_report = totals, sales, None
        self.view.setHtml(report_html(totals))
        self.message.setText("")
        self._set_actions(True)
        self.report_ready.emit(totals)

    def _show_shop(self, report: ShopDay) -> None:
        self.totals, self.sales, self.shop_report = None, [], report
        self.view.setHtml(shop_report_html(report))
        self.message.setText("")
        self._set_actions(True)
        self.report_ready.emit(report)

    def _failed(self, error: BaseException) -> None:
        from pos_app.ui.history_view import read_failure

        log.error("report: %r", error)
        self.view.setHtml("")
        self.totals, self.shop_report = None, None
        self.message.setText(read_failure(error))

    def _set_actions(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def document(self) -> QTextDocument:
        """The paper: who and when it is from, a DEMO mark in demo, the totals and the day's sales."""
        doc = QTextDocument(self)
        if self.shop_report is not None:
            printed = datetime.now().astimezone()
            stamp = self.tr("Printed {time} (local time)").format(time=f"{printed:%Y-%m-%d %H:%M}")
            doc.setHtml(f"{shop_report_html(self.shop_report)}<p>{html.escape(stamp)}</p>")
        elif self.totals is not None:
            shop, terminal, demo = self._who
            heading = PaperHeading(datetime.now().astimezone(), shop, terminal, demo)
            doc.setHtml(report_paper_html(self.totals, self.sales, heading))
        return doc

    def render_to(self, device: QPagedPaintDevice) -> None:
        """Lay the report out on pages of `device` (a QPrinter or QPdfWriter)."""
        self.document().print_(device)

    def print_with_dialog(self) -> bool:
        """Qt's print dialog, then print. Returns False when cancelled or no printer exists."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the end-of-day report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.render_to(printer)
        self.message.setText(self.tr("Sent to the printer."))
        return True

    def save_pdf(self, path: Path | str | None = None) -> Path | None:
        """Write the report as an A4 PDF; asks where when no path is given. Returns the file, or None."""
        shown = self.shop_report or self.totals
        if shown is None:
            return None
        day = shown.day
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the report as PDF"),
                str(
                    self.pdf_folder()
                    / f"kupay-report-{day.isoformat()}{'-all-tills' if self.shop_report else ''}.pdf"
                ),
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        target = Path(path)
        writer = QPdfWriter(str(target))
        writer.setTitle(f"KuPay POS report {day.isoformat()}")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(300)
        self.render_to(writer)
        del writer  # the file is complete once the writer is gone
        if not target.exists() or target.stat().st_size == 0:
            self.message.setText(self.tr("The PDF could not be written to {file}.").format(file=target))
            return None
        self.message.setText(self.tr("Saved {file}.").format(file=target))
        ReportDialog.last_folder = target.parent
        self.tasks.run(lambda: remember_report_folder(target.parent), None, lambda _e: None)
        return target

    @classmethod
    def pdf_folder(cls) -> Path:
        """The last folder a report went to, else Documents (never the app's working folder)."""
        if cls.last_folder is not None and cls.last_folder.is_dir():
            return cls.last_folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()
