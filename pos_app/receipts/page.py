"""The system printer and PDF: the receipt's lines drawn by Qt (QPrinter), with no print dialog.

The same lines as on a thermal printer, in a monospaced font scaled so a line fills the receipt's width:
a roll (58/80 mm wide, as long as the receipt) or a receipt-wide column on A4/Letter. Runs on a worker
thread; needs a QGuiApplication (the till's, or an offscreen one for `kupay-pos receipt`).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from pos_app.receipts.content import COLUMNS, Align, Line, QrLine, Receipt, Style, receipt_lines
from pos_app.receipts.target import PrinterError, PrinterKind, PrinterTarget
from pos_app.ui.qr_widget import qr_matrix
from pos_app.wording import QT_TRANSLATE_NOOP

ROLL_MM = {"58mm": 58.0, "80mm": 80.0}
ROLL_MARGIN_MM = 3.0
SHEET_MARGIN_MM = 15.0
SHEET_COLUMN_MM = 90.0  # a receipt on A4/Letter: a column as wide as a till roll, not the whole sheet
QR_MM = 30.0


def _font(size_mm: float, bold: bool = False) -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setFixedPitch(True)
    font.setBold(bold)
    font.setPointSizeF(size_mm / 25.4 * 72)
    return font


def _em_ratios() -> tuple[float, float]:
    """Character advance and line spacing of the monospaced font, per em (independent of resolution)."""
    probe = _font(25.4 / 72 * 100)  # 100 pt
    metrics = QFontMetricsF(probe)
    em = probe.pointSizeF() * metrics.fontDpi() / 72  # pixels per em at the metrics' resolution
    return metrics.horizontalAdvance("M") / em, metrics.lineSpacing() / em


def free_pdf_path(folder: Path, title: str) -> Path:
    """`T1-0007.pdf`, then `T1-0007-2.pdf`...: a receipt never overwrites another."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", title).strip("-.") or "receipt"
    path = folder / f"{stem}.pdf"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.pdf"
        n += 1
    return path


def _printer_for(target: PrinterTarget, receipt: Receipt) -> tuple[QPrinter, str]:
    if target.kind is PrinterKind.PDF:
        folder = Path(target.path).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = free_pdf_path(folder, receipt.title)
            path.touch(exist_ok=False)  # fail here, in words, rather than inside Qt's PDF engine
        except OSError:
            raise PrinterError(
                QT_TRANSLATE_NOOP(
                    "Receipt",
                    "Receipts cannot be saved in {folder} — check that the folder exists and may be written to",
                ).format(folder=str(folder))
            ) from None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer, str(path)
    names = QPrinterInfo.availablePrinterNames()
    if target.name and target.name not in names:
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "Receipt",
                "This computer has no printer called “{printer}” — choose one in Settings › Receipts",
            ).format(printer=target.name)
        )
    info = QPrinterInfo.printerInfo(target.name) if target.name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "Receipt",
                "This computer has no printer set up — add one, or choose another in Settings › Receipts",
            )
        )
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return printer, info.printerName()


def print_page(receipt: Receipt, paper: str, target: PrinterTarget) -> str:
    """Draw the receipt on the system printer or into a new PDF file; returns the printer or the file."""
    lines = receipt_lines(receipt, paper)
    columns = COLUMNS.get(paper, 48)
    printer, where = _printer_for(target, receipt)
    printer.setDocName(f"Receipt {receipt.title}")
    printer.setCreator("KuPay POS")

    advance, spacing = _em_ratios()
    roll = ROLL_MM.get(paper)
    margin = ROLL_MARGIN_MM if roll else SHEET_MARGIN_MM
    if roll:
        width_mm = roll - 2 * margin
    else:
        sheet = QPageSize(QPageSize.PageSizeId.A4 if paper == "A4" else QPageSize.PageSizeId.Letter)
        width_mm = min(SHEET_COLUMN_MM, sheet.size(QPageSize.Unit.Millimeter).width() - 2 * margin)
    em_mm = width_mm / (columns * advance)
    line_mm = em_mm * spacing
    qr_mm = min(QR_MM, width_mm)
    heights = [
        qr_mm + line_mm if isinstance(x, QrLine) else line_mm * (2 if x.style.double else 1) for x in lines
    ]
    if roll:
        size = QPageSize(QSizeF(roll, sum(heights) + 2 * margin), QPageSize.Unit.Millimeter, "Receipt roll")
    else:
        size = sheet
    printer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin, margin, margin, margin),
            QPageLayout.Unit.Millimeter,
        )
    )

    painter = QPainter()
    if not painter.begin(printer):
        if target.kind is PrinterKind.PDF:
            raise PrinterError(
                QT_TRANSLATE_NOOP(
                    "Receipt", "The receipt could not be written to {file} — check the disk has room"
                ).format(file=where)
            )
        raise PrinterError(
            QT_TRANSLATE_NOOP(
                "Receipt", "The printer {printer} cannot print now — check it is on and has paper"
            ).format(printer=where)
        )
    try:
        px = printer.resolution() / 25.4  # device pixels per millimetre
        page_height = printer.pageLayout().paintRect(QPageLayout.Unit.Millimeter).height()
        y = 0.0
        for line, height in zip(lines, heights, strict=True):
            if not roll and y + height > page_height:
                printer.newPage()
                y = 0.0
            if isinstance(line, QrLine):
                _draw_qr(painter, line.data, QRectF(0, y * px, width_mm * px, qr_mm * px))
            else:
                _draw_line(painter, line, QRectF(0, y * px, width_mm * px, height * px), em_mm)
            y += height
    finally:
        painter.end()
    return where


def _draw_line(painter: QPainter, line: Line, rect: QRectF, em_mm: float) -> None:
    double = line.style.double
    painter.setFont(_font(em_mm * (2 if double else 1), bold=line.style is not Style.NORMAL))
    align = Qt.AlignmentFlag.AlignHCenter if line.align is Align.CENTER else Qt.AlignmentFlag.AlignLeft
    colour = QColor("black")
    if line.style is Style.BANNER:  # reversed, like the thermal printer's banner
        text_width = painter.fontMetrics().horizontalAdvance(f" {line.text} ")
        box = QRectF(rect.center().x() - text_width / 2, rect.top(), text_width, rect.height())
        painter.fillRect(box, colour)
        colour = QColor("white")
    painter.setPen(colour)
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), line.text)


def _draw_qr(painter: QPainter, data: str, rect: QRectF) -> None:
    matrix = qr_matrix(data)
    size = min(rect.width(), rect.height())
    module = size / len(matrix)
    left = rect.center().x() - size / 2
    black = QColor("black")
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRectF(left + col_index * module, rect.top() + row_index * module, module, module), black
                )
