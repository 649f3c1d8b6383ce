"""What a receipt says, and how it is laid out on a paper of so many characters. Pure Python.

Every printer prints the same lines: the thermal printer as text with its own double-size and centring
commands, the system printer and PDF in a monospaced font. Lines are wrapped between words; a word is only
ever broken when it alone is wider than the paper (a long payment id on 58 mm paper), and an amount is
printed in a smaller size rather than cut.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from pos_app.money import format_amount
from pos_app.receipts.settings import ReceiptSettings
from pos_app.sale import Sale, SaleState
from pos_app.wording import QT_TRANSLATE_NOOP, spoken

PAID_WITH = QT_TRANSLATE_NOOP("Receipt", "Paid with crypto via KuPay")
NOT_PAID_WITH = QT_TRANSLATE_NOOP("Receipt", "Crypto payment via KuPay, not received")
QR_CAPTION = QT_TRANSLATE_NOOP("Receipt", "Scan to look up this payment")
COPY = QT_TRANSLATE_NOOP("Receipt", "COPY")

# Characters per line in the printer's normal font (font A: 12 dots wide on 384/576-dot heads).
COLUMNS = {"58mm": 32, "80mm": 48, "A4": 48, "Letter": 48}


class Style(enum.Enum):
    TITLE = "title"  # the shop's name: double size, bold
    BANNER = "banner"  # PAID / NOT PAID / COPY: double size, bold, reversed where the printer can
    AMOUNT = "amount"  # double size
    BOLD = "bold"
    NORMAL = "normal"

    @property
    def double(self) -> bool:
        return self in (Style.TITLE, Style.BANNER, Style.AMOUNT)


class Align(enum.Enum):
    LEFT = "left"
    CENTER = "center"


@dataclass(frozen=True)
class Text:
    text: str
    style: Style = Style.NORMAL
    align: Align = Align.CENTER


@dataclass(frozen=True)
class Pair:
    """A label on the left and its value on the right ("Order      T1-0007")."""

    label: str
    value: str


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class QrCode:
    data: str


Block = Text | Pair | Rule | QrCode


@dataclass(frozen=True)
class Receipt:
    """Everything one receipt says. `paid=False` makes a NOT PAID slip; `copy` marks a reprint."""

    order_number: str
    when: datetime  # the sale's time (timezone-aware), printed in local time
    amount_text: str  # already in the currency's format: "$12.50", "¥1,200"
    paid: bool
    payment_id: str
    terminal_name: str
    shop_name: str = ""
    header: tuple[str, ...] = ()
    footer: tuple[str, ...] = ()
    qr_data: str = ""  # the order-status page or the payment page; "" = no QR code
    copy: bool = False

    @property
    def title(self) -> str:
        """A file name or print-job name: "T1-0007", "T1-0007 copy", "T1-0007 not paid"."""
        return self.order_number + (" not paid" if not self.paid else "") + (" copy" if self.copy else "")


def build_receipt(
    sale: Sale,
    settings: ReceiptSettings,
    terminal_name: str,
    *,
    copy: bool = False,
    lookup_url: str = "",
) -> Receipt:
    """The receipt for a journaled sale: PAID only for a paid sale, otherwise a NOT PAID slip.

    `lookup_url` is the shop's order-status page when it has one; else the QR code shows the payment page.
    """
    return Receipt(
        order_number=sale.order_number,
        when=sale.created_at,
        amount_text=format_amount(sale.amount, sale.currency),
        paid=sale.state is SaleState.PAID,
        payment_id=sale.payment_id,
        terminal_name=terminal_name,
        shop_name=settings.shop_name,
        header=settings.header,
        footer=settings.footer,
        qr_data=(lookup_url or sale.pay_url) if settings.qr_code else "",
        copy=copy,
    )


def local_time_text(when: datetime) -> str:
    """The sale's local date and time as ISO 8601 ("2026-11-30 14:05"): read the same way in every country,
    and plain ASCII for every printer."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def receipt_blocks(receipt: Receipt) -> list[Block]:
    """What the receipt says, top to bottom, in the shop's language (English from the command line)."""
    say = spoken
    blocks: list[Block] = []
    if receipt.copy:
        blocks.append(Text(say(COPY), Style.BANNER))
    if receipt.shop_name:
        blocks.append(Text(receipt.shop_name, Style.TITLE))
    blocks += [Text(line) for line in receipt.header]
    blocks += [
        Rule(),
        Pair(say(QT_TRANSLATE_NOOP("Receipt", "Terminal")), receipt.terminal_name),
        Pair(say(QT_TRANSLATE_NOOP("Receipt", "Order")), receipt.order_number),
        Pair(say(QT_TRANSLATE_NOOP("Receipt", "Date")), local_time_text(receipt.when)),
        Rule(),
        Text(receipt.amount_text, Style.AMOUNT),
        Text(
            say(
                QT_TRANSLATE_NOOP("Receipt", "PAID")
                if receipt.paid
                else QT_TRANSLATE_NOOP("Receipt", "NOT PAID")
            ),
            Style.BANNER,
        ),
    ]
    if not receipt.paid:
        blocks += [
            Text(say(QT_TRANSLATE_NOOP("Receipt", "No payment was received."))),
            Text(say(QT_TRANSLATE_NOOP("Receipt", "This is not a receipt.")), Style.BOLD),
        ]
    blocks += [Rule(), Text(say(PAID_WITH if receipt.paid else NOT_PAID_WITH))]
    if receipt.payment_id:
        blocks += [Text(say(QT_TRANSLATE_NOOP("Receipt", "KuPay payment id"))), Text(receipt.payment_id)]
    if receipt.qr_data:
        blocks += [QrCode(receipt.qr_data), Text(say(QR_CAPTION))]
    if receipt.footer:
        blocks.append(Rule())
        blocks += [Text(line) for line in receipt.footer]
    if receipt.copy:
        blocks.append(Text(say(COPY), Style.BANNER))
    return blocks


# --- fitting text to the paper --------------------------------------------------------------------------


def visible(text: str) -> str:
    """Only characters that print: a control or format character (from KuPay's answer, a settings file...)
    becomes "?", so no text can smuggle printer commands (a paper cut, the cash drawer's kick) onto paper."""
    return "".join("?" if unicodedata.category(ch).startswith("C") else ch for ch in text.replace("\t", " "))


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters, broken between words (a no-break space never breaks).

    A single word wider than the line is the only thing ever broken.
    """
    width = max(1, width)
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if not word:
            continue
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if not word:
            continue
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Line:
    """One printed line: its text fits the paper in its style (a double-size line in half the columns)."""

    text: str
    style: Style = Style.NORMAL
    align: Align = Align.LEFT


@dataclass(frozen=True)
class QrLine:
    data: str


def lay_out(blocks: list[Block], columns: int) -> list[Line | QrLine]:
    """The receipt as lines for a paper `columns` characters wide."""
    out: list[Line | QrLine] = []
    for block in blocks:
        if isinstance(block, Text):
            block = Text(visible(block.text), block.style, block.align)
        elif isinstance(block, Pair):
            block = Pair(visible(block.label), visible(block.value))
        if isinstance(block, Rule):
            out.append(Line("-" * columns))
        elif isinstance(block, QrCode):
            out.append(QrLine(block.data))
        elif isinstance(block, Pair):
            gap = columns - len(block.label) - len(block.value)
            if gap >= 1:
                out.append(Line(block.label + " " * gap + block.value))
            else:  # too long for one line: the value on its own line(s), right-aligned
                out.append(Line(block.label))
                for part in wrap(block.value, columns):
                    out.append(Line(" " * (columns - len(part)) + part))
        else:
            style = block.style
            half = columns // 2
            if style.double and any(len(word) > half for word in block.text.split(" ")):
                style = Style.BOLD  # a word (an amount, a name) that does not fit large is printed smaller
            width = half if style.double else columns
            out += [Line(part, style, block.align) for part in wrap(block.text, width)]
    return out


def receipt_lines(receipt: Receipt, paper: str) -> list[Line | QrLine]:
    return lay_out(receipt_blocks(receipt), COLUMNS.get(paper, 48))


def plain_text(lines: list[Line | QrLine], columns: int) -> str:
    """The laid-out receipt as plain text, centred by spaces (self-test output, logs, tests)."""
    rows = []
    for line in lines:
        if isinstance(line, QrLine):
            rows.append("[QR code]".center(columns))
        else:
            width = columns // 2 if line.style.double else columns
            rows.append(line.text.center(width) if line.align is Align.CENTER else line.text)
    return "\n".join(rows)
